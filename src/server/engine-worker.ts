// Worker-thread entry: runs engine tasks one at a time as they arrive, posting progress and then
// the result (or the error) tagged with the task id. Running the synchronous engines here keeps
// the server answering, progress polls included.
import { parentPort } from 'node:worker_threads';
import type { Scenario } from '../model/types.js';
import { type EngineName, runEngine } from './engines.js';
import { toApiError } from './errors.js';

interface Task {
  id: number;
  engine: EngineName;
  scenario: Scenario;
  params: Record<string, unknown>;
}

parentPort!.on('message', (task: Task) => {
  let last = 0;
  const post = (m: Record<string, unknown>) => parentPort!.postMessage({ id: task.id, ...m });
  runEngine(task.engine, task.scenario, task.params, {
    onProgress: (p) => {
      // at most ~20 messages a second: progress is for people
      const now = performance.now();
      if (now - last < 50 && p.done < p.total) return;
      last = now;
      post({ type: 'progress', progress: p });
    },
  })
    .then((result) => post({ type: 'result', result }))
    .catch((e: unknown) => {
      const api = toApiError(e);
      if (api.code === 'internal') console.error(e);
      post({ type: 'error', code: api.code, message: api.message, extra: api.extra });
    });
});
