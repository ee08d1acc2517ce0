// The workbench's calls to the Entente API. Errors come back as ApiFailure with the API's code.
import type { Problem, RunResponse, ScenarioSummary, StoredScenario, Timeline, VersionInfo } from './types';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: { problems?: Problem[]; current?: StoredScenario; [k: string]: unknown },
  ) {
    super(message);
  }
}

async function call<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, {
    method,
    signal,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiFailure(res.status, e.code ?? 'http_error', e.message ?? `HTTP ${res.status}`, e);
  }
  return data as T;
}

const enc = encodeURIComponent;

export const api = {
  scenarios: () => call<{ scenarios: ScenarioSummary[] }>('GET', '/api/scenarios'),
  scenario: (id: string) =>
    call<{ scenario: StoredScenario; problems: Problem[] }>('GET', `/api/scenarios/${enc(id)}`),
  create: (text: string, message: string) =>
    call<{ scenario: VersionInfo }>('POST', '/api/scenarios', { text, message }),
  save: (id: string, text: string, expectedVersion: number, message: string) =>
    call<{ scenario: VersionInfo; problems: Problem[] }>('PUT', `/api/scenarios/${enc(id)}`, {
      text,
      expectedVersion,
      message,
      file: `${id}.yaml`,
    }),
  remove: (id: string) => call<void>('DELETE', `/api/scenarios/${enc(id)}`),
  validate: (text: string, file: string, signal?: AbortSignal) =>
    call<{ valid: boolean; problems: Problem[] }>('POST', '/api/validate', { text, file }, signal),
  versions: (id: string) => call<{ versions: VersionInfo[] }>('GET', `/api/scenarios/${enc(id)}/versions`),
  versionDiff: (id: string, from: number, to: number) =>
    call<{
      lines: ({ op: ' ' | '-' | '+'; text: string; line: number } | { op: '…'; skipped: number })[];
      changes: { text: string }[] | null;
    }>('GET', `/api/scenarios/${enc(id)}/diff?fromVersion=${from}&toVersion=${to}`),
  resolved: (id: string, asOf?: string) =>
    // biome-ignore lint/suspicious/noExplicitAny: the resolved scenario is read field by field
    call<{ version: number; hash: string; scenario: any }>(
      'GET',
      `/api/scenarios/${enc(id)}/resolved${asOf ? `?asOf=${asOf}` : ''}`,
    ),
  timeline: (id: string) => call<Timeline>('GET', `/api/scenarios/${enc(id)}/timeline`),
  dateDiff: (id: string, from: string, to: string) =>
    call<{ changes: { text: string }[] }>('GET', `/api/scenarios/${enc(id)}/diff?from=${from}&to=${to}`),
  engines: () =>
    call<{ engines: { name: string; title: string; available: boolean }[] }>('GET', '/api/engines'),
  run: async <R>(
    id: string,
    engine: string,
    params: Record<string, unknown>,
    asOf: string | undefined,
    onProgress?: (p: { stage: string; done: number; total: number }) => void,
    signal?: AbortSignal,
  ): Promise<RunResponse<R>> => {
    const res = await call<RunResponse<R> | { job: { id: string } }>(
      'POST',
      `/api/scenarios/${enc(id)}/runs`,
      {
        engine,
        params,
        asOf,
      },
    );
    if ('run' in res) return res;
    // A long run: follow its progress until it is done, then fetch the saved run. A caller that
    // no longer wants it (the as-of slider moved on) cancels it, so runs do not pile up.
    for (;;) {
      await new Promise((r) => setTimeout(r, 400));
      if (signal?.aborted) {
        await call('DELETE', `/api/jobs/${res.job.id}`).catch(() => {});
        throw new DOMException('the run was cancelled', 'AbortError');
      }
      const { job } = await call<{
        job: {
          state: string;
          progress: { stage: string; done: number; total: number } | null;
          runId: string | null;
          error: { code: string; message: string } | null;
        };
      }>('GET', `/api/jobs/${res.job.id}`);
      if (job.progress) onProgress?.(job.progress);
      if (job.state === 'failed') throw new ApiFailure(400, job.error!.code, job.error!.message, {});
      if (job.state === 'cancelled') throw new ApiFailure(409, 'run_cancelled', 'the run was cancelled', {});
      if (job.state === 'done') {
        const { run } = await call<{ run: RunResponse<R>['run'] }>('GET', `/api/runs/${job.runId}`);
        return { cached: false, run };
      }
    }
  },
};
