// Simulation tournaments on worker threads. Runs are handed out in blocks; run i's random stream
// comes from (seed, i) and its figures are stored at index i, so the result is bit-for-bit the
// same for any number of threads. Cancelling (AbortSignal) stops handing out blocks, ends the
// workers and summarises the finished runs.
import os from 'node:os';
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
import { runBlocksOnWorkers } from './run-blocks.js';

export interface TournamentRunOptions extends TournamentOptions {
  /** Worker threads (default: available cores, at most 8; 0 runs in this thread). */
  threads?: number;
  /** Runs per block handed to a worker (default: about runs / (16·threads), 16–2000). */
  blockSize?: number;
  onProgress?: (p: TournamentProgress) => void;
  signal?: AbortSignal;
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
  let completed = 0;
  await runBlocksOnWorkers<RunFigures>({
    worker: 'simulate-worker',
    workerData: { scenario, opts: plain },
    runs,
    threads,
    block,
    ...(signal && { signal }),
    label: 'simulation tournament',
    onBlock: (from, to, blockFig) => {
      storeFigures(fig, blockFig, from, d);
      done.fill(1, from, to);
      completed += to - from;
      onProgress?.({ completed, runs });
    },
  });
  return summariseTournament(scenario, prep, plan, fig, done);
}
