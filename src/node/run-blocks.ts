// Runs numbered work (Monte Carlo runs, tournament games) on worker threads in blocks. Each run's
// result depends only on its index, and results are stored by index, so the outcome is the same
// for any number of threads. Cancelling stops handing out blocks and ends the workers; the
// caller keeps whatever blocks finished.
import { parentPort, Worker } from 'node:worker_threads';

export interface BlockRunOptions<R> {
  /** The worker module next to this file, without extension (e.g. 'forecast-worker'). */
  worker: string;
  workerData: unknown;
  runs: number;
  threads: number;
  block: number;
  signal?: AbortSignal;
  /** Called in the main thread as each block arrives. */
  onBlock: (from: number, to: number, result: R) => void;
  /** Names the work in error messages ("forecast Monte Carlo"). */
  label: string;
}

interface BlockMessage<R> {
  from: number;
  to: number;
  result?: R;
  error?: string;
}

/** Starts a worker; from the TypeScript sources (tests, tsx) it registers tsx inside the worker first. */
function startWorker(name: string, workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL(`./${name}.js`, import.meta.url), { workerData });
  const entry = new URL(`./${name}.ts`, import.meta.url).href;
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export async function runBlocksOnWorkers<R>(opts: BlockRunOptions<R>): Promise<void> {
  const { runs, threads, block, signal } = opts;
  let next = 0;
  const workers: Worker[] = [];
  let failure: Error | undefined;

  await new Promise<void>((resolve) => {
    let active = 0;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      signal?.removeEventListener('abort', finish);
      for (const w of workers) void w.terminate();
      resolve();
    };
    if (signal?.aborted) return finish();
    signal?.addEventListener('abort', finish);
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
      const w = startWorker(opts.worker, opts.workerData);
      workers.push(w);
      active++;
      w.on('message', (msg: BlockMessage<R>) => {
        if (finished) return;
        if (msg.error !== undefined) failure ??= new Error(`${opts.label} worker failed: ${msg.error}`);
        else if (msg.result !== undefined) opts.onBlock(msg.from, msg.to, msg.result);
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
}

/** The worker side: answers each block request with its result (typed arrays are transferred). */
export function serveBlocks<R>(
  compute: (from: number, to: number) => R,
  transfer: (r: R) => ArrayBuffer[] = () => [],
): void {
  parentPort!.on('message', (msg: { from: number; to: number }) => {
    try {
      const result = compute(msg.from, msg.to);
      parentPort!.postMessage(
        { from: msg.from, to: msg.to, result } satisfies BlockMessage<R>,
        transfer(result),
      );
    } catch (e) {
      parentPort!.postMessage({
        from: msg.from,
        to: msg.to,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  });
}
