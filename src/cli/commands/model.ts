// Commands over the scenario model itself: validate, show, timeline, schema.
import { Command } from 'commander';
import { formatProblem } from '../../model/errors.js';
import { validateScenario } from '../../model/parse.js';
import { scenarioJsonSchema } from '../../model/schema.js';
import { appliedEvents } from '../../timeline/apply.js';
import { describeChange } from '../../timeline/describe.js';
import { diffDates } from '../../timeline/diff.js';
import {
  CliError,
  checkDate,
  color,
  displayName,
  EXIT,
  heading,
  loadScenario,
  printJson,
  readInput,
} from '../io.js';
import { renderSummary } from '../summary.js';

export function validateCommand(): Command {
  return new Command('validate')
    .description('check scenario files and list every problem with its file, line and path')
    .argument('<files...>', 'scenario files (YAML or JSON); "-" reads standard input')
    .option('--json', 'print the problems as JSON')
    .addHelpText(
      'after',
      `
Exit status: 0 when every file is valid (warnings allowed), 1 when any has errors.

Examples:
  $ entente validate examples/ukraine-peace-talks/scenario.yaml
  $ cat my.yaml | entente validate - --json`,
    )
    .action((files: string[], opts: { json?: boolean }) => {
      const results = files.map((file) => {
        const name = displayName(file);
        const { scenario, problems } = validateScenario(readInput(file), { file: name });
        return { file: name, valid: scenario !== undefined, problems };
      });
      if (opts.json) printJson(files.length === 1 ? results[0] : results);
      else {
        for (const r of results) {
          for (const p of r.problems) {
            const line = formatProblem(p);
            process.stdout.write(`${p.severity === 'error' ? color.red(line) : color.yellow(line)}\n`);
          }
          const errors = r.problems.filter((p) => p.severity === 'error').length;
          const warnings = r.problems.length - errors;
          const tail = warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
          process.stdout.write(
            r.valid
              ? `${color.green('valid')}: ${r.file}${tail}\n`
              : `${color.red('invalid')}: ${r.file}, ${errors} error${errors === 1 ? '' : 's'}${tail}\n`,
          );
        }
      }
      process.exitCode = results.every((r) => r.valid) ? EXIT.ok : EXIT.invalid;
    });
}

export function showCommand(): Command {
  return new Command('show')
    .description(
      "summarise a scenario: parties, each issue's axis with every party's ideal, red lines, conditional offers",
    )
    .argument('<file>', 'scenario file; "-" reads standard input')
    .option(
      '--as-of <date>',
      'the scenario as it stood on this date (YYYY-MM-DD); default: every event applied',
    )
    .option('--json', 'print the resolved scenario as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ entente show examples/ukraine-peace-talks/scenario.yaml
  $ entente show examples/ukraine-peace-talks/scenario.yaml --as-of 2025-11-01`,
    )
    .action((file: string, opts: { asOf?: string; json?: boolean }) => {
      const { scenario } = loadScenario(file, opts.asOf);
      if (opts.json) printJson(scenario);
      else process.stdout.write(`${renderSummary(scenario)}\n`);
    });
}

export function timelineCommand(): Command {
  return new Command('timeline')
    .description('list the dated events and what each changed, or what changed between two dates')
    .argument('<file>', 'scenario file; "-" reads standard input')
    .option('--diff <dates...>', 'compare the scenario on two dates: --diff FROM TO')
    .option('--as-of <date>', 'list only events up to this date')
    .option('--json', 'print as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ entente timeline examples/ukraine-peace-talks/scenario.yaml
  $ entente timeline examples/ukraine-peace-talks/scenario.yaml --diff 2025-06-01 2025-12-31`,
    )
    .action((file: string, opts: { diff?: string[]; asOf?: string; json?: boolean }) => {
      const { base, scenario } = loadScenario(file, opts.asOf);
      const sourceOf = (id: string) => base.meta.sources.find((s) => s.id === id);
      if (opts.diff) {
        if (opts.diff.length !== 2) throw new CliError('--diff takes two dates: --diff FROM TO');
        const [from, to] = opts.diff.map((d) => checkDate(d, '--diff')!);
        const result = diffDates(base, from, to);
        if (opts.json) return printJson(result);
        const out = [color.bold(`${base.meta.title}: what changed from ${from} to ${to}`)];
        out.push(heading(`Events (${result.events.length})`));
        for (const e of result.events) out.push(`  ${e.date}  ${e.title} ${color.dim(`[${e.source}]`)}`);
        out.push(heading(`Changes (${result.changes.length})`));
        for (const c of result.changes) out.push(`  • ${c.text}`);
        if (result.changes.length === 0) out.push('  nothing changed');
        process.stdout.write(`${out.join('\n')}\n`);
        return;
      }
      const events = appliedEvents(scenario);
      if (opts.json) return printJson(events);
      const out = [color.bold(`${base.meta.title}: ${events.length} events`)];
      for (const e of events) {
        const src = sourceOf(e.source);
        out.push('');
        out.push(`${color.bold(e.date)}  ${e.title}${e.party ? ` (${e.party})` : ''}`);
        if (e.summary) out.push(`  ${e.summary.trim()}`);
        out.push(
          color.dim(
            `  source: ${src ? `${src.publisher ? `${src.publisher}, ` : ''}${src.title}${src.date ? `, ${src.date}` : ''}` : e.source}; confidence ${e.confidence}`,
          ),
        );
        for (const c of e.changes) out.push(`  → ${describeChange(base, c)}`);
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
}

export function schemaCommand(): Command {
  return new Command('schema')
    .description('print the JSON Schema of scenario files (for editor autocompletion)')
    .addHelpText(
      'after',
      `
Editors: point YAML files at schema/scenario.schema.json, e.g. with the first line
  # yaml-language-server: $schema=../../schema/scenario.schema.json

Example:
  $ entente schema > scenario.schema.json`,
    )
    .action(() => printJson(scenarioJsonSchema()));
}
