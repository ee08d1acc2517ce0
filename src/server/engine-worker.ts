// Worker-thread entry: runs one engine on one scenario and posts progress, then the result.
// Running the synchronous engines here keeps the server answering (progress polls included).
import { parentPort, workerData } from 'node:worker_threads';
import type { Scenario } from '../model/types.js';
import { type EngineName, runEngine } from './engines.js';
import { toApiError } from './errors.js';

const { engine, scenario, params } = workerData as {
  engine: EngineName;
  scenario: Scenario;
  params: Record<string, unknown>;
};
let last = 0;
runEngine(engine, scenario, params, {
  onProgress: (p) => {
    // at most ~20 messages a second: progress is for people
    const now = performance.now();
    if (now - last < 50 && p.done < p.total) return;
    last = now;
    parentPort!.postMessage({ type: 'progress', progress: p });
  },
})
  .then((result) => parentPort!.postMessage({ type: 'result', result }))
  .catch((e: unknown) => {
    const api = toApiError(e);
    if (api.code === 'internal') console.error(e);
    parentPort!.postMessage({ type: 'error', code: api.code, message: api.message, extra: api.extra });
  });
