// Engine runs as jobs: a client that does not get its result within the wait (a second by
// default) receives the job, then polls it or follows its server-sent events for progress, and may
// cancel it.
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
  done: Promise<void>;
  listeners: Set<Listener>;
  controller: AbortController;
}

const KEEP_FINISHED = 500;

export class Jobs {
  private readonly jobs = new Map<string, Job>();

  start(
    meta: Pick<JobInfo, 'engine' | 'scenarioId' | 'version' | 'asOf'>,
    work: (onProgress: (p: Progress) => void, signal: AbortSignal) => Promise<string>,
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
    const notify = () => {
      for (const l of listeners) l(info);
    };
    const controller = new AbortController();
    const done = work((p) => {
      if (info.state !== 'running') return;
      info.progress = p;
      notify();
    }, controller.signal).then(
      (runId) => {
        if (info.state === 'cancelled') return;
        info.state = 'done';
        info.runId = runId;
        info.finishedAt = new Date().toISOString();
        notify();
      },
      (e: unknown) => {
        if (info.state === 'cancelled') return;
        const api = toError(e);
        if (api.code === 'internal') console.error(e);
        info.state = 'failed';
        info.error = { code: api.code, message: api.message, ...api.extra };
        info.finishedAt = new Date().toISOString();
        notify();
      },
    );
    this.jobs.set(info.id, { info, done, listeners, controller });
    this.prune();
    return info;
  }

  get(id: string): JobInfo | undefined {
    return this.jobs.get(id)?.info;
  }

  /** Resolves when the job finishes or after `ms`, whichever is first; true when finished. */
  async wait(id: string, ms: number): Promise<boolean> {
    const job = this.jobs.get(id);
    if (!job) return false;
    if (job.info.state !== 'running') return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((r) => {
      timer = setTimeout(() => r(false), ms);
    });
    const finished = await Promise.race([job.done.then(() => true as const), timeout]);
    clearTimeout(timer);
    return finished;
  }

  /**
   * Stops a running job: its work sees the abort signal and its result, if one still comes, is not
   * kept. Undefined when there is no such job; a finished job is returned unchanged.
   */
  cancel(id: string): JobInfo | undefined {
    const job = this.jobs.get(id);
    if (!job || job.info.state !== 'running') return job?.info;
    job.info.state = 'cancelled';
    job.info.finishedAt = new Date().toISOString();
    job.controller.abort();
    for (const l of job.listeners) l(job.info);
    return job.info;
  }

  subscribe(id: string, listener: Listener): () => void {
    const job = this.jobs.get(id);
    if (!job) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Resolves when every running job has finished, or after `ms`. */
  async idle(ms: number): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => j.info.state === 'running').map((j) => j.done);
    if (running.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(running), new Promise((r) => (timer = setTimeout(r, ms)))]);
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
