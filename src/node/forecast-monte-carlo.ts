// Forecast Monte Carlo on worker threads. Runs are handed out in blocks; each run's random
// stream comes from (seed, run index), and results are stored by run index, so the outcome is
// bit-for-bit the same for any number of threads. Cancelling (AbortSignal) stops handing out
// blocks, ends the workers and returns what the finished blocks give.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
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

export interface MonteCarloRunOptions extends MonteCarloOptions {
  /** Worker threads (default: available cores, at most 8; 0 runs in this thread). */
  threads?: number;
  /** Runs per block handed to a worker (default: about runs / (8·threads), 4–64). */
  blockSize?: number;
  onProgress?: (p: MonteCarloProgress) => void;
  signal?: AbortSignal;
}

/** Starts a worker; from the TypeScript sources (tests, tsx) it registers tsx inside the worker first. */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./forecast-worker.js', import.meta.url), { workerData });
  const entry = new URL('./forecast-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
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
  let next = 0;
  let completed = 0;
  const workers: Worker[] = [];
  let failure: Error | undefined;

  await new Promise<void>((resolve) => {
    let active = 0;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      resolve();
    };
    const onAbort = (): void => finish();
    if (signal?.aborted) return finish();
    signal?.addEventListener('abort', onAbort);
    const feed = (w: Worker): void => {
      if (finished) return;
      if (next >= runs || signal?.aborted || failure) {
        active--;
        if (active === 0) finish();
        return;
      }
      const from = next;
      const to = Math.min(runs, from + block);
      next = to;
      w.postMessage({ from, to });
    };
    for (let i = 0; i < threads; i++) {
      const w = startWorker({ scenario, opts: plain });
      workers.push(w);
      active++;
      w.on('message', (msg: { from: number; to: number; ends?: Float64Array; error?: string }) => {
        if (finished) return;
        if (msg.error !== undefined)
          failure ??= new Error(`forecast Monte Carlo worker failed: ${msg.error}`);
        else if (msg.ends) {
          ends.set(msg.ends, msg.from * m);
          done.fill(1, msg.from, msg.to);
          completed += msg.to - msg.from;
          onProgress?.({ completed, runs });
        }
        feed(w);
      });
      w.on('error', (e) => {
        failure ??= e instanceof Error ? e : new Error(String(e));
        finish();
      });
      feed(w);
    }
  });
  if (failure) throw failure;
  return summariseMonteCarlo(scenario, opts, ends, done, completed < runs);
}
