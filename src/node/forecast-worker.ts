// Worker thread for forecast Monte Carlo: computes blocks of runs and posts their end points.
import { workerData } from 'node:worker_threads';
import { actorsFromScenario } from '../engines/forecast/actors.js';
import type { MonteCarloOptions } from '../engines/forecast/monte-carlo.js';
import { runChunkOnTable } from '../engines/forecast/monte-carlo.js';
import type { Scenario } from '../model/types.js';
import { serveBlocks } from './run-blocks.js';

const { scenario, opts } = workerData as { scenario: Scenario; opts: MonteCarloOptions };
const table = actorsFromScenario(scenario, opts.extraActors);

serveBlocks(
  (from, to) => runChunkOnTable(table, opts, from, to),
  (ends) => [ends.buffer as ArrayBuffer],
);
