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

function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./engine-worker.js', import.meta.url));
  const entry = new URL('./engine-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

interface Pending {
  id: number;
  req: RunRequest;
  onProgress: (p: Progress) => void;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Pending | null;
}

/**
 * A pool of long-lived worker threads for the synchronous engines (started on demand, kept for
 * the next run, so a run does not pay for a thread start); Monte Carlo, which already spreads its
 * runs over worker threads, runs from this thread with `threads` workers. A cancelled run ends
 * its worker, and a fresh one takes its place on demand.
 */
export function workerRunner(threads = 2, poolSize = 2): EngineRunner & { close(): Promise<void> } {
  const inline = inlineRunner(threads);
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;

  const retire = (slot: Slot) => {
    const k = slots.indexOf(slot);
    if (k >= 0) slots.splice(k, 1);
    void slot.worker.terminate();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker(), task: null };
    slot.worker.unref(); // an idle pool does not keep the process alive
    slot.worker.on('message', (m: { id: number; type: string; [k: string]: unknown }) => {
      const task = slot.task;
      if (!task || task.id !== m.id) return;
      if (m.type === 'progress') return task.onProgress(m.progress as Progress);
      slot.task = null;
      if (m.type === 'result') task.resolve(m.result);
      else
        task.reject(
          new ApiError(m.code as ApiErrorCode, m.message as string, m.extra as Record<string, unknown>),
        );
      pump();
    });
    const fail = (e: Error) => {
      retire(slot);
      slot.task?.reject(e);
      slot.task = null;
      pump();
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`engine worker stopped (exit code ${code})`)));
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    while (queue.length > 0) {
      const slot = slots.find((s) => s.task === null) ?? (slots.length < poolSize ? spawn() : undefined);
      if (!slot) return;
      const task = queue.shift()!;
      slot.task = task;
      slot.worker.postMessage({ id: task.id, ...task.req });
    }
  };

  const run: EngineRunner = (req, onProgress, signal) => {
    if (req.engine === 'monte-carlo') return inline(req, onProgress, signal);
    return new Promise((resolve, reject) => {
      const task: Pending = { id: nextId++, req, onProgress, resolve, reject };
      signal.addEventListener(
        'abort',
        () => {
          const q = queue.indexOf(task);
          if (q >= 0) queue.splice(q, 1);
          const slot = slots.find((s) => s.task === task);
          if (slot) {
            slot.task = null;
            retire(slot);
          }
          reject(new ApiError('bad_request', 'the run was cancelled'));
          pump();
        },
        { once: true },
      );
      queue.push(task);
      pump();
    });
  };
  return Object.assign(run, {
    close: async () => {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  });
}
