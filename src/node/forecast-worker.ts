// Worker thread for forecast Monte Carlo: computes blocks of runs and posts their end points.
import { parentPort, workerData } from 'node:worker_threads';
import { actorsFromScenario } from '../engines/forecast/actors.js';
import type { MonteCarloOptions } from '../engines/forecast/monte-carlo.js';
import { runChunkOnTable } from '../engines/forecast/monte-carlo.js';
import type { Scenario } from '../model/types.js';

const { scenario, opts } = workerData as { scenario: Scenario; opts: MonteCarloOptions };
const table = actorsFromScenario(scenario, opts.extraActors);

parentPort!.on('message', (msg: { from: number; to: number }) => {
  try {
    const ends = runChunkOnTable(table, opts, msg.from, msg.to);
    parentPort!.postMessage({ from: msg.from, to: msg.to, ends }, [ends.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({
      from: msg.from,
      to: msg.to,
      error: e instanceof Error ? e.message : String(e),
    });
  }
});
