// `entente start`: the flagship scenario at a glance in the terminal — its summary and the
// headline of every engine's analysis, each with the command that gives the full picture.
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { forecast } from '../../engines/forecast/index.js';
import { analyzeStability } from '../../engines/gmcr/index.js';
import { analyzeSpace } from '../../engines/space/index.js';
import type { ResolvedScenario } from '../../timeline/apply.js';
import { color, heading, loadScenario, table } from '../io.js';
import { renderSummary } from '../summary.js';

export const FLAGSHIP = fileURLToPath(
  new URL('../../../examples/ukraine-peace-talks/scenario.yaml', import.meta.url),
);

export function startCommand(): Command {
  return new Command('start')
    .description(
      "the flagship scenario (Russia–Ukraine talks) at a glance in the terminal, with each analysis' headline",
    )
    .argument('[file]', 'another scenario to show instead')
    .option('--as-of <date>', 'as it stood on this date (YYYY-MM-DD)')
    .addHelpText('after', '\nExample:\n  $ entente start --as-of 2025-11-30')
    .action((file: string | undefined, opts: { asOf?: string }) => {
      const path = file ?? FLAGSHIP;
      const { scenario } = loadScenario(path, opts.asOf);
      const shown = file ?? 'examples/ukraine-peace-talks/scenario.yaml';
      process.stdout.write(`${renderSummary(scenario)}\n${renderHeadlines(scenario, shown)}\n`);
    });
}

export function renderHeadlines(s: ResolvedScenario, file: string): string {
  const out: string[] = [];
  const space = analyzeSpace(s, { maxPoints: 10, maxSets: 5 });
  out.push(heading('Is there a deal?'));
  if (space.verdict === 'deal') {
    out.push(
      `  ${color.green('Yes')}: ${space.zopa.count ?? `${space.zopa.lower}–${space.zopa.upper}`} packages are acceptable to every principal.`,
    );
    const nash = space.solutions.find((x) => x.name === 'nash');
    if (nash)
      out.push(`  Nash bargaining solution: ${nash.package.map((v) => `${v.issue}=${v.label}`).join('; ')}`);
  } else {
    out.push(`  ${color.red('No')}: no package is acceptable to every principal.`);
    for (const c of space.conflicts?.sets.slice(0, 3) ?? []) out.push(`  • ${c.sentence}`);
    const cheapest = space.conflicts?.concessions[0];
    if (cheapest) out.push(`  Smallest concession: ${cheapest.sentence}`);
  }
  out.push(color.dim(`  full analysis: entente analyze ${file}   (and --over-time)`));

  if (s.conflict) {
    const st = analyzeStability(s, { concepts: ['nash', 'seq'] });
    const label = (code: number) => st.states.find((x) => x.code === code)?.label ?? String(code);
    const seq = st.results.find((r) => r.concept === 'seq')!;
    out.push(heading('Which outcomes are stable? (conflict analysis, sequential stability)'));
    for (const code of seq.equilibria.slice(0, 6)) out.push(`  • ${label(code)}`);
    if (seq.equilibria.length > 6) out.push(`  … and ${seq.equilibria.length - 6} more`);
    if (st.statusQuo) {
      const reached = st.statusQuo.paths.filter((p) => p.steps.length > 0).length;
      out.push(
        `  From the status quo [${label(st.statusQuo.state)}], ${reached} other equilibria can be reached by unilateral improvements.`,
      );
    }
    out.push(color.dim(`  full analysis: entente stability ${file}`));
  }

  const participants = s.issues.filter(
    (i) => s.parties.filter((p) => p.stances[i.id]?.ideal !== null).length >= 2,
  );
  if (participants.length > 0) {
    const f = forecast(s, { model: 'ktab' });
    out.push(heading('Where will it end? (KTAB spatial model; baselines beside it)'));
    out.push(
      table(
        ['issue', 'forecast', 'weighted mean', 'weighted median'],
        f.issues.map((i) => [
          i.name,
          i.nearest.label,
          i.baselines.meanOption.label,
          i.baselines.medianOption.label,
        ]),
      ),
    );
    out.push(color.dim(`  full forecast and Monte Carlo: entente forecast ${file} --runs 1000`));
  }
  return out.join('\n');
}
