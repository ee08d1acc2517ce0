// Worker thread for simulation tournaments: plays blocks of runs and posts their figures.
import { parentPort, workerData } from 'node:worker_threads';
import { prepareTournament, runTournamentChunk, type TournamentOptions } from '../engines/simulate/index.js';
import type { Scenario } from '../model/types.js';

const { scenario, opts } = workerData as { scenario: Scenario; opts: TournamentOptions };
const { prep, plan } = prepareTournament(scenario, opts);

parentPort!.on('message', (msg: { from: number; to: number }) => {
  try {
    const fig = runTournamentChunk(prep, plan, msg.from, msg.to);
    parentPort!.postMessage({ from: msg.from, to: msg.to, fig }, [
      fig.agreed.buffer as ArrayBuffer,
      fig.rounds.buffer as ArrayBuffer,
      fig.utils.buffer as ArrayBuffer,
      fig.nash.buffer as ArrayBuffer,
    ]);
  } catch (e) {
    parentPort!.postMessage({
      from: msg.from,
      to: msg.to,
      error: e instanceof Error ? e.message : String(e),
    });
  }
});
