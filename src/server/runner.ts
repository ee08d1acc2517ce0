// Where engine runs execute: in this thread (tests, tiny inputs) or in a worker thread per run, so
// that a long synchronous analysis does not stop the server from answering progress polls.
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../model/types.js';
import { type EngineName, type Progress, runEngine } from './engines.js';
import { ApiError, type ApiErrorCode } from './errors.js';

export interface RunRequest {
  engine: EngineName;
  scenario: Scenario;
  params: Record<string, unknown>;
}

export type EngineRunner = (
  req: RunRequest,
  onProgress: (p: Progress) => void,
  signal: AbortSignal,
) => Promise<unknown>;

/** Runs in the calling thread (Monte Carlo still fans out to `threads` workers). */
export function inlineRunner(threads = 0): EngineRunner {
  return async (req, onProgress, signal) => {
    await new Promise((r) => setImmediate(r)); // let the caller register the job first
    return runEngine(req.engine, req.scenario, req.params, { onProgress, signal, threads });
  };
}

function startWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./engine-worker.js', import.meta.url), { workerData });
  const entry = new URL('./engine-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * One worker thread per run for the synchronous engines; Monte Carlo, which already spreads its
 * runs over worker threads, runs from this thread with `threads` workers.
 */
export function workerRunner(threads = 2): EngineRunner {
  const inline = inlineRunner(threads);
  return (req, onProgress, signal) => {
    if (req.engine === 'monte-carlo') return inline(req, onProgress, signal);
    return new Promise((resolve, reject) => {
      const worker = startWorker(req);
      let settled = false;
      const settle = (f: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', abort);
        f();
        void worker.terminate();
      };
      const abort = () => settle(() => reject(new ApiError('bad_request', 'the run was cancelled')));
      signal.addEventListener('abort', abort);
      worker.on('message', (m: { type: string; [k: string]: unknown }) => {
        if (m.type === 'progress') onProgress(m.progress as Progress);
        else if (m.type === 'result') settle(() => resolve(m.result));
        else if (m.type === 'error')
          settle(() =>
            reject(
              new ApiError(m.code as ApiErrorCode, m.message as string, m.extra as Record<string, unknown>),
            ),
          );
      });
      worker.on('error', (e) => settle(() => reject(e)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`engine worker stopped (exit code ${code}) before answering`))),
      );
    });
  };
}
