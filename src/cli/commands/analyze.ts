// `entente analyze`: is there a deal, which one, and if not, what would unlock one.
import { Command } from 'commander';
import { analyzeSpace, renderSpace, type SpaceAnalysis } from '../../engines/space/index.js';
import { provenance } from '../../model/hash.js';
import { resolveAsOf } from '../../timeline/apply.js';
import { color, loadScenario, printJson, table } from '../io.js';
import { progressBar } from '../progress.js';
import { integer } from './forecast.js';

interface Opts {
  asOf?: string;
  overTime?: boolean;
  budget?: string;
  json?: boolean;
}

export function analyzeCommand(): Command {
  return new Command('analyze')
    .description(
      'the agreement space: is there a deal, the Pareto frontier, bargaining solutions, and what would unlock a deal',
    )
    .argument('<file>', 'scenario file; "-" reads standard input')
    .option('--as-of <date>', 'the scenario as it stood on this date (YYYY-MM-DD)')
    .option('--over-time', 'run the analysis at every event date and show how the zone of agreement moved')
    .option(
      '--budget <n>',
      'work budget of the exact ZOPA count before it is reported as a bound',
      '20000000',
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
The ZOPA is the set of packages every principal can accept: it breaks none of their hard
constraints and gives each at least its no-agreement value. Solutions (Nash, power-weighted Nash,
Kalai–Smorodinsky, egalitarian, utilitarian) are defined in docs/agreement-space.md.

Examples:
  $ entente analyze examples/ukraine-peace-talks/scenario.yaml
  $ entente analyze examples/ukraine-peace-talks/scenario.yaml --as-of 2025-12-01
  $ entente analyze examples/ukraine-peace-talks/scenario.yaml --over-time`,
    )
    .action((file: string, opts: Opts) => {
      const { base, scenario } = loadScenario(file, opts.asOf);
      const budget = integer(opts.budget ?? '20000000', '--budget', 1);
      if (opts.overTime) return overTime(base, budget, opts);
      const bar = progressBar('Analysing', !opts.json);
      const started = Date.now();
      const result = analyzeSpace(scenario, {
        budget,
        // Only show a bar once a run has taken a second; quick runs stay quiet.
        onProgress: (_stage, done, total) => {
          if (Date.now() - started > 1000) bar.update(done, total);
        },
      });
      bar.stop();
      if (opts.json) printJson({ ...result, provenance: provenance('space', scenario, { budget }) });
      else process.stdout.write(`${renderSpace(result)}\n`);
    });
}

function overTime(base: Parameters<typeof resolveAsOf>[0], budget: number, opts: Opts): void {
  const dates = [...new Set(base.events.map((e) => e.date))].filter((d) => !opts.asOf || d <= opts.asOf);
  const points: { date: string | null; events: string[]; result: SpaceAnalysis }[] = [];
  const bar = progressBar('Analysing dates', !opts.json);
  const steps: (string | null)[] = [null, ...dates];
  steps.forEach((date, k) => {
    const scenario = date === null ? resolveAsOf(base, '0000-01-01') : resolveAsOf(base, date);
    points.push({
      date,
      events: date === null ? [] : base.events.filter((e) => e.date === date).map((e) => e.title),
      result: analyzeSpace(scenario, { budget, maxPoints: 20 }),
    });
    bar.update(k + 1, steps.length);
  });
  bar.stop();
  if (opts.json) {
    printJson(
      points.map(({ date, events, result }) => ({
        date,
        events,
        verdict: result.verdict,
        zopa: result.zopa,
        frontier: result.zopaFrontier,
        solutions: result.solutions,
        conflicts: result.conflicts,
      })),
    );
    return;
  }
  const rows = points.map(({ date, events, result }) => {
    const zopa = result.zopa.exact ? result.zopa.count! : `${result.zopa.lower}–${result.zopa.upper}`;
    const clashes =
      result.conflicts?.sets.map((c) => c.constraints.map((k) => `${k.party}:${k.id}`).join(' × ')) ?? [];
    const unlock =
      result.conflicts?.concessions[0]?.relax.map((k) => `${k.party} drops ${k.id}`).join(', ') ?? '';
    return [
      date ?? 'base',
      truncate(events.join('; ') || '(before the first event)', 30),
      result.verdict === 'deal' ? color.green('deal') : color.red('no deal'),
      zopa,
      truncate(clashes.join('; '), 48),
      truncate(unlock, 34),
    ];
  });
  process.stdout.write(`${color.bold(`${base.meta.title}: the zone of agreement over time`)}\n`);
  process.stdout.write(
    `${table(['as of', 'events that day', 'verdict', 'ZOPA', 'red lines that clash', 'cheapest unlock'], rows)}\n`,
  );
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
