// Engine runs as jobs: a client that does not get its result within the wait (a second by
// default) receives the job, then polls it or follows its server-sent events for progress, and may
// cancel it. Identical requests share one job, so a cancel only releases the caller's hold: the
// work stops when no one else is waiting for it.
import { randomUUID } from 'node:crypto';
import type { Progress } from './engines.js';
import type { ApiError } from './errors.js';

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobInfo {
  id: string;
  engine: string;
  scenarioId: string;
  version: number;
  asOf: string | null;
  state: JobState;
  progress: Progress | null;
  startedAt: string;
  finishedAt: string | null;
  /** When done: the saved run. */
  runId: string | null;
  error: { code: string; message: string } | null;
}

type Listener = (job: JobInfo) => void;

interface Job {
  info: JobInfo;
  /** Settles when the job's state leaves 'running' (done, failed or cancelled). */
  ended: Promise<void>;
  /** Settles when the work itself has returned, which a cancelled run may do later. */
  settled: Promise<void>;
  listeners: Set<Listener>;
  controller: AbortController;
  /** Clients that received this job and have not cancelled it. */
  holders: number;
  /** Moves the job out of 'running' (once) and tells its listeners. */
  finish: (state: JobState, patch?: Partial<JobInfo>) => void;
}

const KEEP_FINISHED = 500;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start(
    meta: Pick<JobInfo, 'engine' | 'scenarioId' | 'version' | 'asOf'>,
    work: (onProgress: (p: Progress) => void, signal: AbortSignal, id: string) => Promise<string>,
    toError: (e: unknown) => ApiError,
  ): JobInfo {
    const info: JobInfo = {
      id: randomUUID(),
      ...meta,
      state: 'running',
      progress: null,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      runId: null,
      error: null,
    };
    const listeners = new Set<Listener>();
    let end: () => void = () => {};
    const ended = new Promise<void>((r) => {
      end = r;
    });
    const finish = (state: JobState, patch: Partial<JobInfo> = {}) => {
      if (info.state !== 'running') return;
      Object.assign(info, patch, { state, finishedAt: new Date().toISOString() });
      for (const l of listeners) l(info);
      end();
    };
    const controller = new AbortController();
    const settled = work(
      (p) => {
        if (info.state !== 'running') return;
        info.progress = p;
        for (const l of listeners) l(info);
      },
      controller.signal,
      info.id,
    ).then(
      (runId) => finish('done', { runId }),
      (e: unknown) => {
        if (info.state !== 'running') return;
        const api = toError(e);
        if (api.code === 'internal') console.error(e);
        finish('failed', { error: { code: api.code, message: api.message, ...api.extra } });
      },
    );
    this.jobs.set(info.id, { info, ended, settled, listeners, controller, holders: 0, finish });
    this.prune();
    return info;
  }

  get(id: string): JobInfo | undefined {
    return this.jobs.get(id)?.info;
  }

  /** A client has received the job (a 202): it holds it until it cancels. */
  hold(id: string): void {
    const job = this.jobs.get(id);
    if (job) job.holders++;
  }

  /** Resolves when the job ends or after `ms`, whichever is first; true when it has ended. */
  async wait(id: string, ms: number): Promise<boolean> {
    const job = this.jobs.get(id);
    if (!job) return false;
    if (job.info.state !== 'running') return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => {
      timer = setTimeout(() => r(false), ms);
    });
    const ended = await Promise.race([job.ended.then(() => true as const), timeout]);
    clearTimeout(timer);
    return ended;
  }

  /**
   * Releases one client's hold on a running job; when no holder is left the job is cancelled:
   * its work sees the abort signal and whatever it still returns is not kept. Undefined when
   * there is no such job; a finished job is returned as it ended.
   */
  cancel(id: string): JobInfo | undefined {
    const job = this.jobs.get(id);
    if (!job || job.info.state !== 'running') return job?.info;
    job.holders = Math.max(0, job.holders - 1);
    if (job.holders > 0) return job.info;
    job.finish('cancelled');
    job.controller.abort();
    return job.info;
  }

  subscribe(id: string, listener: Listener): () => void {
    const job = this.jobs.get(id);
    if (!job) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Resolves when the work of every job has returned (cancelled ones too), or after `ms`. */
  async idle(ms: number): Promise<void> {
    const pending = [...this.jobs.values()].map((j) => j.settled);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(pending), new Promise((r) => (timer = setTimeout(r, ms)))]);
    clearTimeout(timer);
  }

  private prune(): void {
    if (this.jobs.size <= KEEP_FINISHED) return;
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEEP_FINISHED) break;
      if (job.info.state !== 'running') this.jobs.delete(id);
    }
  }
}
