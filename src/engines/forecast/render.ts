// Plain-text rendering of forecast results for a terminal (no colour codes).
import type { ForecastResult } from './forecast.js';
import type { MonteCarloResult } from './monte-carlo.js';

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');

function table(rows: string[][], alignRight: boolean[] = []): string {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (alignRight[c] ? cell.padStart(w[c]) : cell.padEnd(w[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const MODEL_NAMES: Record<string, string> = {
  ktab: 'KTAB spatial model of politics (probabilistic Condorcet election)',
  bdm: 'Expected-utility model (Bueno de Mesquita, as reconstructed by Scholz et al. 2011)',
  mean: 'Power-weighted mean ("compromise model")',
  median: 'Power-weighted median',
};

/** A readable summary: per issue the forecast, its nearest option and the baselines, then trajectories. */
export function renderForecast(r: ForecastResult): string {
  const out: string[] = [];
  out.push(`Forecast: ${MODEL_NAMES[r.model] ?? r.model}`);
  if (r.model === 'ktab' || r.model === 'bdm')
    out.push(
      `${r.rounds} round${r.rounds === 1 ? '' : 's'}, ${r.converged ? 'converged' : 'did not settle (stopped at the round limit)'}` +
        (r.seed !== undefined ? `, seed ${r.seed}` : ''),
    );
  out.push("Positions are on each issue's 0–100 axis.");
  out.push('');
  const rows = [['Issue', 'Start', 'End', 'Nearest option', 'Mean', 'Median']];
  const inUnits = (x: number | undefined, unit: string | undefined): string =>
    x === undefined ? '' : ` (${Number(x.toPrecision(4))}${unit ? ` ${unit}` : ''})`;
  for (const is of r.issues)
    rows.push([
      is.name,
      f1(is.start) + inUnits(is.value?.start, is.value?.unit),
      f1(is.end) + inUnits(is.value?.end, is.value?.unit),
      `${is.nearest.label} (${f1(is.nearest.position)})`,
      `${f1(is.baselines.mean)} → ${is.baselines.meanOption.label}`,
      `${f1(is.baselines.median)} → ${is.baselines.medianOption.label}`,
    ]);
  out.push(table(rows, [false, true, true, false, false, false]));
  if (r.rounds > 0) {
    const names = new Map(r.actors.map((a) => [a.id, a.name]));
    for (const is of r.issues) {
      out.push('');
      out.push(`${is.name}: positions by round`);
      const head = ['Actor', ...is.trajectory.map((_, t) => String(t))];
      const body = Object.entries(is.positions).map(([id, p]) => [names.get(id) ?? id, ...p.map(f1)]);
      body.push(['(forecast)', ...is.trajectory.map(f1)]);
      out.push(table([head, ...body], [false, ...is.trajectory.map(() => true)]));
    }
  }
  return out.join('\n');
}

/** Monte Carlo summary: quantiles per issue and the probability of each option. */
export function renderMonteCarlo(r: MonteCarloResult): string {
  const out: string[] = [];
  out.push(
    `Monte Carlo: ${r.completed} of ${r.runs} runs${r.cancelled ? ' (cancelled: partial results)' : ''}, model ${r.model}, seed ${r.seed}`,
  );
  out.push('');
  const rows = [['Issue', 'p5', 'p25', 'median', 'p75', 'p95', 'mean']];
  for (const is of r.issues) {
    const q = is.quantiles;
    rows.push([is.name, f1(q.p5), f1(q.p25), f1(q.p50), f1(q.p75), f1(q.p95), f1(is.mean)]);
  }
  out.push(table(rows, [false, true, true, true, true, true, true]));
  for (const is of r.issues) {
    out.push('');
    out.push(`${is.name}: probability of each outcome`);
    const body = is.options
      .filter((o) => o.probability > 0)
      .map((o) => [o.label, `${(100 * o.probability).toFixed(1)}%`]);
    out.push(
      body.length ? table([['Outcome', 'Probability'], ...body], [false, true]) : '(no completed runs)',
    );
  }
  return out.join('\n');
}
