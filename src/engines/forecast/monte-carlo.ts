// Monte Carlo over input uncertainty, the pure part: run r perturbs every taking-part position
// by its own standard deviation (stance.position_sd, else the global jitter) with the random
// stream of (seed, r), runs the model, and keeps each issue's end point. Chunks of runs can be
// computed anywhere (a worker, the main thread) and put together by run index, so the result
// does not depend on how the runs were split.
import type { Scenario } from '../../model/types.js';
import type { ActorTable, NearestOption } from './actors.js';
import { actorsFromScenario, ForecastInputError, nearestOption } from './actors.js';
import type { ForecastModel, ForecastOptions } from './forecast.js';
import { FORECAST_ENGINE_VERSION, forecastFromTable } from './forecast.js';
import { normalFrom, seededUniform } from './rng.js';

export interface MonteCarloOptions extends ForecastOptions {
  runs: number;
  seed: number;
  /** Standard deviation (axis units) for positions without their own position_sd (default 0). */
  jitter?: number;
}

export interface MonteCarloIssue {
  issue: string;
  name: string;
  mean: number;
  quantiles: { p5: number; p25: number; p50: number; p75: number; p95: number };
  /** Probability that the forecast's nearest option is each option (range issues: levels reached). */
  options: (NearestOption & { probability: number })[];
}

export interface MonteCarloResult {
  engine: 'forecast-monte-carlo';
  engineVersion: string;
  scenario: { id: string; as_of?: string };
  model: ForecastModel;
  /** The model's switches as given (defaults apply to the rest). */
  params: { ktab?: Record<string, unknown>; bdm?: Record<string, unknown> };
  seed: number;
  runs: number;
  /** Runs that finished (fewer than `runs` when cancelled). */
  completed: number;
  cancelled: boolean;
  jitter: number;
  issues: MonteCarloIssue[];
}

/** The actor table with run r's perturbed positions. */
export function perturbedTable(
  t: ActorTable,
  seed: number,
  run: number,
  jitter: number,
): { table: ActorTable; uniform: () => number } {
  const uniform = seededUniform(seed, run);
  const normal = normalFrom(uniform);
  const position = t.position.slice();
  const unit = t.unit.slice();
  for (let x = 0; x < position.length; x++) {
    if (!t.active[x]) continue;
    const sd = t.sd[x] > 0 ? t.sd[x] : jitter;
    // draw even when sd is 0 so that each value's deviate does not depend on the others' sds
    const z = normal();
    if (sd <= 0) continue;
    const p = Math.min(100, Math.max(0, position[x] + sd * z));
    position[x] = p;
    unit[x] = p / 100;
  }
  return { table: { ...t, position, unit }, uniform };
}

/** End points of runs [from, to): a (to − from) × issues row-major array. */
export function runMonteCarloChunk(
  scenario: Scenario,
  opts: MonteCarloOptions,
  from: number,
  to: number,
): Float64Array {
  const t = actorsFromScenario(scenario, opts.extraActors);
  return runChunkOnTable(t, opts, from, to);
}

export function runChunkOnTable(
  t: ActorTable,
  opts: MonteCarloOptions,
  from: number,
  to: number,
): Float64Array {
  const m = t.issues.length;
  const out = new Float64Array((to - from) * m);
  for (let r = from; r < to; r++) {
    const { table, uniform } = perturbedTable(t, opts.seed, r, opts.jitter ?? 0);
    const res = forecastFromTable(table, { ...opts, uniform });
    for (let k = 0; k < m; k++) out[(r - from) * m + k] = res.issues[k].end;
  }
  return out;
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Summarises the end points of the completed runs. `ends` is runs × issues (row r = run r);
 * `done[r]` says whether run r finished.
 */
export function summariseMonteCarlo(
  scenario: Scenario,
  opts: MonteCarloOptions,
  ends: Float64Array,
  done: Uint8Array,
  cancelled: boolean,
): MonteCarloResult {
  const issues = scenario.issues;
  const m = issues.length;
  let completed = 0;
  for (const d of done) completed += d;
  return {
    engine: 'forecast-monte-carlo',
    engineVersion: FORECAST_ENGINE_VERSION,
    scenario: { id: scenario.meta.id, ...(scenario.meta.as_of ? { as_of: scenario.meta.as_of } : {}) },
    model: opts.model,
    params: {
      ...(opts.ktab ? { ktab: { ...opts.ktab } } : {}),
      ...(opts.bdm ? { bdm: { ...opts.bdm } } : {}),
    },
    seed: opts.seed,
    runs: opts.runs,
    completed,
    cancelled,
    jitter: opts.jitter ?? 0,
    issues: issues.map((is, k) => {
      const vals = new Float64Array(completed);
      let c = 0;
      for (let r = 0; r < done.length; r++) if (done[r]) vals[c++] = ends[r * m + k];
      let sum = 0;
      for (const v of vals) sum += v;
      const counts = new Map<string, { o: NearestOption; n: number }>();
      if (is.kind === 'options')
        for (const o of is.options)
          counts.set(o.id, { o: { value: o.id, label: o.label, position: o.position }, n: 0 });
      for (const v of vals) {
        const o = nearestOption(is, v);
        const key = String(o.value);
        const e = counts.get(key);
        if (e) e.n++;
        else counts.set(key, { o, n: 1 });
      }
      const sorted = vals.slice().sort();
      return {
        issue: is.id,
        name: is.name,
        mean: completed ? sum / completed : Number.NaN,
        quantiles: {
          p5: quantile(sorted, 0.05),
          p25: quantile(sorted, 0.25),
          p50: quantile(sorted, 0.5),
          p75: quantile(sorted, 0.75),
          p95: quantile(sorted, 0.95),
        },
        options: [...counts.values()]
          .sort((a, b) => a.o.position - b.o.position)
          .map(({ o, n }) => ({ ...o, probability: completed ? n / completed : 0 })),
      };
    }),
  };
}

export interface MonteCarloProgress {
  completed: number;
  runs: number;
}

/**
 * Monte Carlo in the calling thread, in blocks, yielding between blocks so that a signal can
 * stop it (for the browser or a single core). Node callers with cores to spare use the worker
 * runner, which gives identical results.
 */
export async function monteCarloInProcess(
  scenario: Scenario,
  opts: MonteCarloOptions & {
    onProgress?: (p: MonteCarloProgress) => void;
    signal?: AbortSignal;
    blockSize?: number;
  },
): Promise<MonteCarloResult> {
  checkMonteCarloOptions(opts);
  const t = actorsFromScenario(scenario, opts.extraActors);
  const m = t.issues.length;
  const ends = new Float64Array(opts.runs * m);
  const done = new Uint8Array(opts.runs);
  const block = Math.max(1, opts.blockSize ?? 16);
  let completed = 0;
  let cancelled = false;
  for (let from = 0; from < opts.runs; from += block) {
    if (opts.signal?.aborted) {
      cancelled = true;
      break;
    }
    const to = Math.min(opts.runs, from + block);
    ends.set(runChunkOnTable(t, opts, from, to), from * m);
    done.fill(1, from, to);
    completed += to - from;
    opts.onProgress?.({ completed, runs: opts.runs });
    await new Promise<void>((res) => setTimeout(res, 0));
  }
  return summariseMonteCarlo(scenario, opts, ends, done, cancelled);
}

export function checkMonteCarloOptions(opts: MonteCarloOptions): void {
  if (!Number.isInteger(opts.runs) || opts.runs < 1)
    throw new ForecastInputError(`runs must be a positive whole number, not ${opts.runs}`);
  if (!Number.isFinite(opts.seed)) throw new ForecastInputError(`seed must be a number, not ${opts.seed}`);
  if (opts.jitter !== undefined && !(opts.jitter >= 0))
    throw new ForecastInputError(`jitter must be ≥ 0, not ${opts.jitter}`);
}
