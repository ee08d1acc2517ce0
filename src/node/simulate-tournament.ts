// Simulation tournaments on worker threads. Runs are handed out in blocks; run i's random stream
// comes from (seed, i) and its figures are stored at index i, so the result is bit-for-bit the
// same for any number of threads. Cancelling (AbortSignal) stops handing out blocks, ends the
// workers and summarises the finished runs.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  emptyFigures,
  prepareTournament,
  type RunFigures,
  storeFigures,
  summariseTournament,
  type TournamentOptions,
  type TournamentProgress,
  type TournamentResult,
  tournament,
} from '../engines/simulate/index.js';
import type { Scenario } from '../model/types.js';

export interface TournamentRunOptions extends TournamentOptions {
  /** Worker threads (default: available cores, at most 8; 0 runs in this thread). */
  threads?: number;
  /** Runs per block handed to a worker (default: about runs / (16·threads), 16–2000). */
  blockSize?: number;
  onProgress?: (p: TournamentProgress) => void;
  signal?: AbortSignal;
}

/** Starts a worker; from the TypeScript sources (tests, tsx) it registers tsx inside the worker first. */
function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./simulate-worker.js', import.meta.url), { workerData });
  const entry = new URL('./simulate-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export async function tournamentThreaded(
  scenario: Scenario,
  opts: TournamentRunOptions,
): Promise<TournamentResult> {
  // Checks the options and surfaces input errors here, not in a worker.
  const { prep, plan } = prepareTournament(scenario, opts);
  const { onProgress, signal, threads: t, blockSize, ...plain } = opts;
  const threads = Math.max(0, Math.min(t ?? Math.min(8, os.availableParallelism()), plan.runs));
  if (threads === 0) return tournament(scenario, opts);
  const d = prep.pool.principals.length;
  const runs = plan.runs;
  const block = Math.max(1, blockSize ?? Math.min(2000, Math.max(16, Math.ceil(runs / (16 * threads)))));
  const fig = emptyFigures(runs, d);
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
      w.on('message', (msg: { from: number; to: number; fig?: RunFigures; error?: string }) => {
        if (finished) return;
        if (msg.error !== undefined)
          failure ??= new Error(`simulation tournament worker failed: ${msg.error}`);
        else if (msg.fig) {
          storeFigures(fig, msg.fig, msg.from, d);
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
  return summariseTournament(scenario, prep, plan, fig, done);
}
