// `entente extract`: candidate timeline events from a news text, reviewed before they are written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import {
  applyCandidatesToYaml,
  type LexiconPatch,
  parseLexiconPatch,
  prepareExtractor,
  renderCandidates,
} from '../../extract/index.js';
import { ScenarioError } from '../../model/errors.js';
import { validateScenario } from '../../model/parse.js';
import { CliError, checkDate, color, EXIT, loadScenario, printJson, readInput } from '../io.js';
import { reviewCandidates } from './extract-review.js';

interface Opts {
  scenario: string;
  date: string;
  source: string;
  sourceTitle?: string;
  lexicon?: string[];
  review?: boolean;
  applyAll?: boolean;
  json?: boolean;
  /** false with --no-guess */
  guess: boolean;
  rulesOnly?: boolean;
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('find who signalled what in a news text, and propose sourced timeline events')
    .argument('<text-file>', 'the report, as plain text; "-" reads standard input')
    .requiredOption('--scenario <file>', 'the scenario whose parties, issues and aliases to recognise')
    .requiredOption('--date <date>', 'the date of the report (YYYY-MM-DD)')
    .requiredOption('--source <name>', 'a source id from meta.sources, or a new name (it is added)')
    .option('--source-title <title>', 'title for a new source')
    .option(
      '--lexicon <file...>',
      'extra cue lexicons (JSON); <scenario>.lexicon.json is read too when present',
    )
    .option(
      '--review',
      'walk through the candidates (accept, edit, skip) and write accepted ones into the scenario',
    )
    .option(
      '--apply-all',
      'write every candidate read from a cue into the scenario without asking (for scripts); guessed ones are left out',
    )
    .option('--no-guess', 'leave out candidates whose stance no cue decided (the statistical guess)')
    .option(
      '--rules-only',
      'the cue rules alone: no statistical guess, and no learnt second look at the issues',
    )
    .option('--json', 'print the candidates as JSON')
    .addHelpText(
      'after',
      `
Nothing is written to the scenario without --review (your say, one by one) or --apply-all.
A candidate marked "guessed" was read without a cue phrase: a word model trained on labelled
sentences guessed its stance. --apply-all never writes those; --review shows them; --no-guess
drops them. A second learnt model revisits which issues each finding is about (it can move a
finding off an issue named only in passing, or add one for a second position); --rules-only turns
both models off.
Comments and layout of the scenario file are kept; re-running on the same text proposes nothing
already accepted. Cue lexicons are documented in docs/extraction.md.

Examples:
  $ entente extract report.txt --scenario examples/ukraine-peace-talks/scenario.yaml --date 2025-12-15 --source reuters
  $ entente extract report.txt --scenario talks.yaml --date 2025-12-15 --source reuters --review`,
    )
    .action(async (textFile: string, opts: Opts) => {
      const date = checkDate(opts.date, '--date')!;
      if (opts.review && opts.applyAll) throw new CliError('choose one of --review and --apply-all');
      if ((opts.review || opts.applyAll) && opts.scenario === '-')
        throw new CliError('--review and --apply-all write the scenario file: give a file, not "-"');
      const text = readInput(textFile);
      const { scenario } = loadScenario(opts.scenario);
      const lexicon = loadLexicons(opts.scenario, opts.lexicon ?? []);
      const candidates = prepareExtractor(
        scenario,
        lexicon,
        opts.guess && !opts.rulesOnly ? undefined : null,
        opts.rulesOnly ? null : undefined,
      )(text, {
        date,
        source: opts.source,
      });

      if (!opts.review && !opts.applyAll) {
        if (opts.json) printJson(candidates);
        else process.stdout.write(`${renderCandidates(candidates)}\n`);
        return;
      }
      const guessed = candidates.filter((c) => c.finding.guessed).length;
      if (opts.applyAll && guessed)
        process.stderr.write(
          `${guessed} guessed candidate${guessed === 1 ? '' : 's'} not written (no cue decided the stance; use --review to see ${guessed === 1 ? 'it' : 'them'})\n`,
        );
      const accepted = opts.applyAll
        ? candidates.filter((c) => !c.finding.guessed)
        : await reviewCandidates(candidates, { input: process.stdin, output: process.stderr });
      if (accepted.length === 0) {
        process.stderr.write('nothing accepted; the scenario is unchanged\n');
        return;
      }
      const original = readFileSync(opts.scenario, 'utf8');
      const updated = applyCandidatesToYaml(original, accepted, {
        file: opts.scenario,
        ...(opts.sourceTitle && { sourceTitle: opts.sourceTitle }),
      });
      // Never leave the user's file invalid: check the result before writing it.
      const check = validateScenario(updated, { file: opts.scenario });
      if (!check.scenario)
        throw new ScenarioError(
          check.problems,
          `${opts.scenario} (after adding the events; file left unchanged)`,
        );
      writeFileSync(opts.scenario, updated);
      const summary = {
        written: accepted.length,
        file: opts.scenario,
        events: accepted.map((c) => c.event.id),
      };
      if (opts.json) printJson(summary);
      else
        process.stderr.write(
          `${color.green(`added ${accepted.length} event${accepted.length === 1 ? '' : 's'}`)} to ${opts.scenario}\n`,
        );
    });
}

function loadLexicons(scenarioFile: string, files: string[]): LexiconPatch[] {
  const sidecar = scenarioFile.replace(/\.(ya?ml|json)$/i, '.lexicon.json');
  const all = [
    ...(scenarioFile !== '-' && sidecar !== scenarioFile && existsSync(sidecar) ? [sidecar] : []),
    ...files,
  ];
  return all.map((file) => {
    let data: unknown;
    try {
      data = JSON.parse(readInput(file));
    } catch (e) {
      if (e instanceof CliError) throw e;
      throw new CliError(`${file}: not valid JSON (${(e as Error).message})`, EXIT.invalid);
    }
    return parseLexiconPatch(data, file);
  });
}
