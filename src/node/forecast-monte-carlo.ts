// Forecast Monte Carlo on worker threads. Runs are handed out in blocks; each run's random
// stream comes from (seed, run index), and results are stored by run index, so the outcome is
// bit-for-bit the same for any number of threads. Cancelling (AbortSignal) stops handing out
// blocks, ends the workers and returns what the finished blocks give.
import os from 'node:os';
import { actorsFromScenario } from '../engines/forecast/actors.js';
import type {
  MonteCarloOptions,
  MonteCarloProgress,
  MonteCarloResult,
} from '../engines/forecast/monte-carlo.js';
import {
  checkMonteCarloOptions,
  monteCarloInProcess,
  summariseMonteCarlo,
} from '../engines/forecast/monte-carlo.js';
import type { Scenario } from '../model/types.js';
import { runBlocksOnWorkers } from './run-blocks.js';

export interface MonteCarloRunOptions extends MonteCarloOptions {
  /** Worker threads (default: available cores, at most 8; 0 runs in this thread). */
  threads?: number;
  /** Runs per block handed to a worker (default: about runs / (8·threads), 4–64). */
  blockSize?: number;
  onProgress?: (p: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

export async function forecastMonteCarlo(
  scenario: Scenario,
  opts: MonteCarloRunOptions,
): Promise<MonteCarloResult> {
  checkMonteCarloOptions(opts);
  actorsFromScenario(scenario, opts.extraActors); // surface input errors here, not in a worker
  const threads = Math.max(0, Math.min(opts.threads ?? Math.min(8, os.availableParallelism()), opts.runs));
  if (threads === 0) return monteCarloInProcess(scenario, opts);
  const { onProgress, signal, uniform: _u, threads: _t, ...plain } = opts;
  const m = scenario.issues.length;
  const runs = opts.runs;
  const block = Math.max(1, opts.blockSize ?? Math.min(64, Math.max(4, Math.ceil(runs / (8 * threads)))));
  const ends = new Float64Array(runs * m);
  const done = new Uint8Array(runs);
  let completed = 0;
  await runBlocksOnWorkers<Float64Array>({
    worker: 'forecast-worker',
    workerData: { scenario, opts: plain },
    runs,
    threads,
    block,
    ...(signal && { signal }),
    label: 'forecast Monte Carlo',
    onBlock: (from, to, blockEnds) => {
      ends.set(blockEnds, from * m);
      done.fill(1, from, to);
      completed += to - from;
      onProgress?.({ completed, runs });
    },
  });
  return summariseMonteCarlo(scenario, opts, ends, done, completed < runs);
}
