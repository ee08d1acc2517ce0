// Worker thread for simulation tournaments: plays blocks of runs and posts their figures.
import { workerData } from 'node:worker_threads';
import { prepareTournament, runTournamentChunk, type TournamentOptions } from '../engines/simulate/index.js';
import type { Scenario } from '../model/types.js';
import { serveBlocks } from './run-blocks.js';

const { scenario, opts } = workerData as { scenario: Scenario; opts: TournamentOptions };
const { prep, plan } = prepareTournament(scenario, opts);

serveBlocks(
  (from, to) => runTournamentChunk(prep, plan, from, to),
  (fig) => [fig.agreed.buffer, fig.rounds.buffer, fig.utils.buffer, fig.nash.buffer] as ArrayBuffer[],
);
