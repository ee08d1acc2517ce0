// The HTTP API over the model, the timeline, the engines and the store (Hono). `createApp` builds
// the app without opening a port (tests call `app.request`); `serve` in ./serve.ts listens.
import { timingSafeEqual } from 'node:crypto';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import { contentHash } from '../model/hash.js';
import { validateScenario } from '../model/parse.js';
import type { Scenario } from '../model/types.js';
import { paramsHash, type ScenarioVersion, type Store, type StoredRun } from '../store/index.js';
import { appliedEvents, type ResolvedScenario, resolveAsOf } from '../timeline/apply.js';
import { describeChange } from '../timeline/describe.js';
import { diff, diffDates } from '../timeline/diff.js';
import { VERSION } from '../version.js';
import {
  checkParams,
  ENGINE_NAMES,
  ENGINE_TITLES,
  type EngineName,
  engineAvailability,
  isEngine,
} from './engines.js';
import { ApiError, apiProblems, errorBody, toApiError } from './errors.js';
import { Jobs } from './jobs.js';
import { diffHunks, lineDiff } from './line-diff.js';
import { Lru } from './lru.js';
import { openApiDocument } from './openapi.js';
import { type EngineRunner, workerRunner } from './runner.js';
import { staticFiles } from './static.js';

export interface AppOptions {
  store: Store;
  /** When set, every request must carry it (`Authorization: Bearer …`, or the cookie set by `/?token=…`). */
  token?: string;
  /** Largest request body in bytes (default 2 MiB); larger ones get 413. */
  maxBodyBytes?: number;
  /** Cached engine runs kept in memory (default 500). */
  cacheSize?: number;
  /** How engine runs execute (default: a worker thread per run). */
  runner?: EngineRunner;
  /** Default wait for a run before answering 202 with a job (ms, default 1000). */
  runWaitMs?: number;
  /** The built web app to serve (default web/dist of the package); null serves none. */
  webDir?: string | null;
  /** Author recorded on saves that name none (default 'web'). */
  defaultAuthor?: string;
}

export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;
const TOKEN_COOKIE = 'entente_token';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOOPBACK_NAMES = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)$/i;

interface Parsed {
  stored: ScenarioVersion;
  base: Scenario;
}

interface Resolved {
  scenario: ResolvedScenario;
  hash: string;
}

export function createApp(opts: AppOptions) {
  const { store } = opts;
  const token = opts.token || undefined;
  const runner = opts.runner ?? workerRunner();
  const runWait = opts.runWaitMs ?? 1000;
  const author = opts.defaultAuthor ?? 'web';
  const jobs = new Jobs();
  // Versions never change once saved, so parses and resolutions are cached by id@version#hash.
  const parsedCache = new Lru<string, Parsed>(64);
  const resolvedCache = new Lru<string, Resolved>(256);
  // Runs by (engine, scenario content hash, params hash), serialised once.
  const runCache = new Lru<string, { run: StoredRun; json: string }>(opts.cacheSize ?? 500);
  const inflight = new Map<string, string>(); // cache key → job id

  const app = new Hono();

  app.onError((e, c) => {
    const api = toApiError(e);
    if (api.code === 'internal') console.error(e);
    return c.json(errorBody(api), api.status);
  });
  app.notFound((c) =>
    c.json(errorBody(new ApiError('not_found', `no route ${c.req.method} ${c.req.path}`)), 404),
  );

  // Without a token the server trusts its loopback peers, so it also checks that the page asking
  // is really on this machine: a Host of another name means DNS rebinding, and state changes must
  // be JSON, which a cross-site form cannot send without a CORS preflight this server never grants.
  if (!token) {
    app.use('*', async (c, next) => {
      // the node adapter builds the URL from the Host header
      const host = new URL(c.req.url).hostname.replace(/^\[|\]$/g, '');
      if (!LOOPBACK_NAMES.test(host))
        throw new ApiError('forbidden_host', `this server answers only on localhost, not as '${host}'`);
      return next();
    });
  }
  app.use('/api/*', async (c, next) => {
    const m = c.req.method;
    if ((m === 'POST' || m === 'PUT') && c.req.path !== '/api/validate') {
      if (!(c.req.header('content-type') ?? '').includes('application/json'))
        throw new ApiError(
          'unsupported_media_type',
          'send the request body as JSON (content-type: application/json)',
        );
    }
    return next();
  });

  if (token) {
    const expected = Buffer.from(token);
    const matches = (given: string | undefined) => {
      if (!given) return false;
      const b = Buffer.from(given);
      return b.length === expected.length && timingSafeEqual(b, expected);
    };
    app.use('*', async (c, next) => {
      const header = c.req.header('authorization');
      const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
      if (matches(bearer) || matches(getCookie(c, TOKEN_COOKIE))) return next();
      // A browser opens the printed URL with ?token=…: keep it in a cookie and drop it from the address.
      const query = c.req.query('token');
      if (c.req.method === 'GET' && !c.req.path.startsWith('/api/') && matches(query)) {
        setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/' });
        return c.redirect(c.req.path, 303);
      }
      throw new ApiError(
        'unauthorized',
        'this server needs its access token: send `Authorization: Bearer <token>` (or open the URL it printed)',
      );
    });
  }

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? DEFAULT_MAX_BODY,
      onError: (c) =>
        c.json(
          errorBody(
            new ApiError(
              'payload_too_large',
              `the request body is larger than ${opts.maxBodyBytes ?? DEFAULT_MAX_BODY} bytes`,
            ),
          ),
          413,
        ),
    }),
  );

  // ---- helpers ----

  async function jsonBody(c: Context): Promise<Record<string, unknown>> {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ApiError('bad_request', 'the request body must be JSON');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw new ApiError('bad_request', 'the request body must be a JSON object');
    return body as Record<string, unknown>;
  }

  function str(body: Record<string, unknown>, key: string, required: true): string;
  function str(body: Record<string, unknown>, key: string, required?: false): string | undefined;
  function str(body: Record<string, unknown>, key: string, required = false): string | undefined {
    const v = body[key];
    if (v === undefined || v === null) {
      if (required) throw new ApiError('bad_request', `the body needs "${key}" (a string)`);
      return undefined;
    }
    if (typeof v !== 'string') throw new ApiError('bad_request', `"${key}" must be a string`);
    return v;
  }

  function intParam(value: string | undefined, name: string): number | undefined {
    if (value === undefined || value === '') return undefined;
    if (!/^\d+$/.test(value))
      throw new ApiError('bad_request', `${name} must be a whole number, got '${value}'`);
    return Number(value);
  }

  function dateParam(value: string | undefined, name: string): string | undefined {
    if (value === undefined || value === '') return undefined;
    if (!DATE.test(value) || Number.isNaN(Date.parse(value)))
      throw new ApiError('bad_request', `${name} must be a date written YYYY-MM-DD, got '${value}'`);
    return value;
  }

  async function loadStored(id: string, version?: number): Promise<ScenarioVersion> {
    if (version !== undefined) {
      const v = await store.getVersion(id, version);
      if (v) return v;
      if (!(await store.getScenario(id)))
        throw new ApiError('scenario_not_found', `no scenario '${id}' in the store`);
      throw new ApiError('version_not_found', `scenario '${id}' has no version ${version}`);
    }
    const s = await store.getScenario(id);
    if (!s) throw new ApiError('scenario_not_found', `no scenario '${id}' in the store`);
    return { ...s, scenarioId: s.id, version: s.currentVersion };
  }

  async function loadParsed(id: string, version?: number): Promise<Parsed> {
    // The hot path (runs of the current version) looks up the version in the scenario list, which
    // carries no text, and reads the text only when the parse is not cached yet.
    if (version === undefined) {
      const summary = (await store.listScenarios()).find((s) => s.id === id);
      if (!summary) throw new ApiError('scenario_not_found', `no scenario '${id}' in the store`);
      const hit = parsedCache.get(`${id}@${summary.currentVersion}#${summary.hash}`);
      if (hit) return hit;
    }
    const stored = await loadStored(id, version);
    const key = `${id}@${stored.version}#${stored.hash}`;
    let parsed = parsedCache.get(key);
    if (!parsed) {
      const { scenario, problems } = validateScenario(stored.text, { file: `${id}.yaml` });
      if (!scenario) {
        throw new ApiError(
          'invalid_scenario',
          `version ${stored.version} of '${id}' is not a valid scenario`,
          {
            problems: apiProblems(problems),
          },
        );
      }
      parsed = { stored, base: scenario };
      parsedCache.set(key, parsed);
    }
    return parsed;
  }

  function resolveCached(p: Parsed, asOf: string | undefined): Resolved {
    const key = `${p.stored.scenarioId}@${p.stored.version}#${p.stored.hash}|${asOf ?? ''}`;
    let r = resolvedCache.get(key);
    if (!r) {
      const scenario = resolveAsOf(p.base, asOf);
      r = { scenario, hash: contentHash(scenario) };
      resolvedCache.set(key, r);
    }
    return r;
  }

  function validate(text: string, file: string) {
    const { scenario, problems } = validateScenario(text, { file });
    if (!scenario) {
      const errors = problems.filter((p) => p.severity === 'error').length;
      throw new ApiError(
        'invalid_scenario',
        `the scenario is not valid (${errors} problem${errors === 1 ? '' : 's'})`,
        {
          problems: apiProblems(problems),
        },
      );
    }
    return { scenario, problems };
  }

  const eventsOf = (s: Scenario) => s.events.map((e) => ({ ...e }));

  function forgetScenario(id: string) {
    const prefix = `${id}@`;
    parsedCache.delete((k) => k.startsWith(prefix));
    resolvedCache.delete((k) => k.startsWith(prefix));
    runCache.delete((_, v) => v.run.scenarioId === id);
  }

  function eventView(base: Scenario, e: Scenario['events'][number]) {
    const source = base.meta.sources.find((s) => s.id === e.source) ?? { id: e.source, title: e.source };
    return { ...e, source, changes: e.changes.map((c) => ({ ...c, text: describeChange(base, c) })) };
  }

  // ---- routes ----

  app.get('/api/health', async (c) =>
    c.json({ ok: true, version: VERSION, store: store.backend, auth: token !== undefined }),
  );

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/engines', async (c) => {
    const available = await engineAvailability();
    return c.json({
      engines: ENGINE_NAMES.map((name) => ({ name, title: ENGINE_TITLES[name], available: available[name] })),
    });
  });

  app.post('/api/validate', async (c) => {
    const type = c.req.header('content-type') ?? '';
    let text: string;
    let file = '<input>';
    if (type.includes('json')) {
      const body = await jsonBody(c);
      text = str(body, 'text', true);
      file = str(body, 'file') ?? file;
    } else text = await c.req.text();
    const { scenario, problems } = validateScenario(text, { file });
    return c.json({
      valid: scenario !== undefined,
      ...(scenario && { id: scenario.meta.id, title: scenario.meta.title }),
      problems: apiProblems(problems),
    });
  });

  app.get('/api/scenarios', async (c) => c.json({ scenarios: await store.listScenarios() }));

  app.post('/api/scenarios', async (c) => {
    const body = await jsonBody(c);
    const text = str(body, 'text', true);
    const { scenario, problems } = validate(text, str(body, 'file') ?? '<input>');
    const created = await store.createScenario({
      id: scenario.meta.id,
      title: scenario.meta.title,
      text,
      author: str(body, 'author') ?? author,
      message: str(body, 'message') ?? 'created',
      events: eventsOf(scenario),
    });
    const { text: _t, ...info } = created;
    return c.json({ scenario: info, problems: apiProblems(problems) }, 201, {
      Location: `/api/scenarios/${encodeURIComponent(created.scenarioId)}`,
    });
  });

  app.get('/api/scenarios/:id', async (c) => {
    const id = c.req.param('id');
    const s = await store.getScenario(id);
    if (!s) throw new ApiError('scenario_not_found', `no scenario '${id}' in the store`);
    const { problems } = validateScenario(s.text, { file: `${id}.yaml` });
    return c.json({ scenario: s, problems: apiProblems(problems) });
  });

  app.put('/api/scenarios/:id', async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    const text = str(body, 'text', true);
    const expectedVersion = body.expectedVersion;
    if (typeof expectedVersion !== 'number' || !Number.isInteger(expectedVersion))
      throw new ApiError(
        'bad_request',
        'the body needs "expectedVersion": the version your edit is based on',
      );
    const { scenario, problems } = validate(text, str(body, 'file') ?? `${id}.yaml`);
    if (scenario.meta.id !== id) {
      throw new ApiError(
        'id_mismatch',
        `meta.id is '${scenario.meta.id}' but this is scenario '${id}': keep meta.id, or create a new scenario`,
      );
    }
    try {
      const saved = await store.updateScenario(id, {
        text,
        expectedVersion,
        author: str(body, 'author') ?? author,
        message: str(body, 'message') ?? '',
        title: scenario.meta.title,
        events: eventsOf(scenario),
      });
      const { text: _t, ...info } = saved;
      return c.json({ scenario: info, problems: apiProblems(problems) });
    } catch (e) {
      const api = toApiError(e);
      if (api.code === 'version_conflict') {
        const current = await store.getScenario(id);
        throw new ApiError(api.code, api.message, { ...api.extra, current });
      }
      throw e;
    }
  });

  app.delete('/api/scenarios/:id', async (c) => {
    const id = c.req.param('id');
    if (!(await store.getScenario(id)))
      throw new ApiError('scenario_not_found', `no scenario '${id}' in the store`);
    await store.deleteScenario(id);
    forgetScenario(id);
    return c.body(null, 204);
  });

  app.get('/api/scenarios/:id/versions', async (c) => {
    const id = c.req.param('id');
    if (!(await store.getScenario(id)))
      throw new ApiError('scenario_not_found', `no scenario '${id}' in the store`);
    return c.json({ versions: await store.listVersions(id) });
  });

  app.get('/api/scenarios/:id/versions/:version', async (c) => {
    const version = intParam(c.req.param('version'), 'version')!;
    return c.json({ version: await loadStored(c.req.param('id'), version) });
  });

  app.get('/api/scenarios/:id/resolved', async (c) => {
    const id = c.req.param('id');
    const asOf = dateParam(c.req.query('asOf'), 'asOf');
    const p = await loadParsed(id, intParam(c.req.query('version'), 'version'));
    const r = resolveCached(p, asOf);
    return c.json({
      scenarioId: id,
      version: p.stored.version,
      asOf: asOf ?? null,
      hash: r.hash,
      scenario: r.scenario,
    });
  });

  app.get('/api/scenarios/:id/timeline', async (c) => {
    const id = c.req.param('id');
    const p = await loadParsed(id, intParam(c.req.query('version'), 'version'));
    const asOf = dateParam(c.req.query('asOf'), 'asOf');
    const events = asOf ? appliedEvents(resolveCached(p, asOf).scenario) : p.base.events;
    return c.json({
      scenarioId: id,
      version: p.stored.version,
      baseDate: p.base.meta.as_of ?? null,
      dates: [...new Set(p.base.events.map((e) => e.date))],
      events: events.map((e) => eventView(p.base, e)),
    });
  });

  app.get('/api/scenarios/:id/diff', async (c) => {
    const id = c.req.param('id');
    const from = dateParam(c.req.query('from'), 'from');
    const to = dateParam(c.req.query('to'), 'to');
    const fromVersion = intParam(c.req.query('fromVersion'), 'fromVersion');
    const toVersion = intParam(c.req.query('toVersion'), 'toVersion');
    if (fromVersion !== undefined || toVersion !== undefined) {
      if (fromVersion === undefined || toVersion === undefined)
        throw new ApiError('bad_request', 'give both fromVersion and toVersion (or from and to dates)');
      const [a, b] = await Promise.all([loadStored(id, fromVersion), loadStored(id, toVersion)]);
      const pa = validateScenario(a.text).scenario;
      const pb = validateScenario(b.text).scenario;
      return c.json({
        scenarioId: id,
        fromVersion,
        toVersion,
        lines: diffHunks(lineDiff(a.text, b.text)),
        changes: pa && pb ? diff(resolveAsOf(pa), resolveAsOf(pb)) : null,
      });
    }
    if (!from || !to)
      throw new ApiError('bad_request', 'give from and to dates (YYYY-MM-DD), or fromVersion and toVersion');
    const p = await loadParsed(id, intParam(c.req.query('version'), 'version'));
    const d = diffDates(p.base, from, to);
    return c.json({
      scenarioId: id,
      version: p.stored.version,
      from,
      to,
      events: d.events.map((e) => eventView(p.base, e)),
      changes: d.changes,
    });
  });

  app.post('/api/scenarios/:id/runs', async (c) => {
    const id = c.req.param('id');
    const body = await jsonBody(c);
    const engine = str(body, 'engine', true);
    if (!isEngine(engine))
      throw new ApiError('bad_request', `unknown engine '${engine}': use one of ${ENGINE_NAMES.join(', ')}`);
    const asOf = dateParam(str(body, 'asOf'), 'asOf');
    const version = body.version === undefined || body.version === null ? undefined : Number(body.version);
    if (version !== undefined && !Number.isInteger(version))
      throw new ApiError('bad_request', 'version must be a whole number');
    const waitMs = body.wait === undefined ? runWait : Number(body.wait);
    if (!(waitMs >= 0 && waitMs <= 60_000)) throw new ApiError('bad_request', 'wait must be 0–60000 ms');
    const params: Record<string, unknown> = { ...checkParams(engine, body.params), asOf: asOf ?? null };

    const p = await loadParsed(id, version);
    const r = resolveCached(p, asOf);
    const key = `${engine}|${r.hash}|${paramsHash(params)}`;
    const hit = runCache.get(key);
    if (hit) return cachedResponse(c, hit.json);
    const found = await store.findRun({ scenarioHash: r.hash, engine, params });
    if (found) {
      const json = JSON.stringify(found);
      runCache.set(key, { run: found, json });
      return cachedResponse(c, json);
    }

    let jobId = inflight.get(key);
    if (!jobId) {
      const { asOf: _a, ...engineParams } = params;
      const job = jobs.start(
        { engine, scenarioId: id, version: p.stored.version, asOf: asOf ?? null },
        async (onProgress, signal, thisJob) => {
          try {
            const result = await runner(
              { engine, scenario: r.scenario, params: engineParams },
              onProgress,
              signal,
            );
            // A cancelled Monte Carlo run returns its partial result: not a run to keep (the job is
            // already 'cancelled', so this error only stops the save).
            if (signal.aborted) throw new ApiError('run_cancelled', 'the run was cancelled');
            const run = await store.saveRun({
              scenarioId: id,
              version: p.stored.version,
              engine,
              params,
              seed: typeof params.seed === 'number' ? params.seed : null,
              scenarioHash: r.hash,
              result,
            });
            runCache.set(key, { run, json: JSON.stringify(run) });
            return run.id;
          } finally {
            if (inflight.get(key) === thisJob) inflight.delete(key);
          }
        },
        toApiError,
      );
      jobId = job.id;
      inflight.set(key, jobId);
    }
    const finished = await jobs.wait(jobId, waitMs);
    const job = jobs.get(jobId)!;
    if (finished && job.state === 'done') {
      const cached = runCache.get(key);
      const json = cached?.json ?? JSON.stringify(await store.getRun(job.runId!));
      return c.body(`{"cached":false,"run":${json}}`, 201, { 'content-type': 'application/json' });
    }
    if (finished && job.state === 'cancelled') throw new ApiError('run_cancelled', 'the run was cancelled');
    if (finished && job.state === 'failed') {
      const { code, message, ...extra } = job.error!;
      throw new ApiError(code as ApiError['code'], message, extra);
    }
    jobs.hold(job.id);
    return c.json({ job }, 202, { Location: `/api/jobs/${job.id}` });
  });

  function cachedResponse(c: Context, json: string) {
    return c.body(`{"cached":true,"run":${json}}`, 200, { 'content-type': 'application/json' });
  }

  app.get('/api/runs', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit');
    const runs = await store.listRuns({
      scenarioId: c.req.query('scenarioId') || undefined,
      version: intParam(c.req.query('version'), 'version'),
      engine: c.req.query('engine') || undefined,
      limit: limit === undefined ? undefined : Math.min(limit, 1000),
    });
    return c.json({ runs });
  });

  app.get('/api/runs/:id', async (c) => {
    const id = c.req.param('id');
    const run = /^[0-9a-f-]{36}$/i.test(id) ? await store.getRun(id) : null;
    if (!run) throw new ApiError('run_not_found', `no run '${id}'`);
    return c.json({ run });
  });

  app.get('/api/jobs/:id', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job)
      throw new ApiError(
        'job_not_found',
        `no job '${c.req.param('id')}' (finished jobs are kept for a while only)`,
      );
    return c.json({ job });
  });

  // Cancelling releases the caller's hold; the job stops when no other client that received it
  // still holds it. A finished job comes back as it ended, so a client racing the end of a run
  // learns which happened.
  app.delete('/api/jobs/:id', (c) => {
    const job = jobs.cancel(c.req.param('id'));
    if (!job) throw new ApiError('job_not_found', `no job '${c.req.param('id')}'`);
    // the same run asked for again starts afresh rather than joining the cancelled job
    if (job.state === 'cancelled')
      for (const [key, jobId] of inflight) if (jobId === job.id) inflight.delete(key);
    return c.json({ job });
  });

  app.get('/api/jobs/:id/events', (c) => {
    const id = c.req.param('id');
    const job = jobs.get(id);
    if (!job) throw new ApiError('job_not_found', `no job '${id}'`);
    return streamSSE(c, async (stream) => {
      let resolveEnd: () => void = () => {};
      const ended = new Promise<void>((r) => {
        resolveEnd = r;
      });
      const send = (j: typeof job) =>
        stream.writeSSE({ event: j.state === 'running' ? 'progress' : j.state, data: JSON.stringify(j) });
      // writes go out in order; the stream ends once the final event is written
      let writing: Promise<unknown> = send(job);
      if (job.state !== 'running') resolveEnd();
      const unsubscribe = jobs.subscribe(id, (j) => {
        const snapshot = { ...j };
        writing = writing.then(() => send(snapshot));
        if (j.state !== 'running') void writing.then(resolveEnd);
      });
      stream.onAbort(() => resolveEnd());
      await ended;
      await writing;
      unsubscribe();
    });
  });

  // The web app, with every other GET path falling back to its index.html.
  if (opts.webDir !== null) app.get('*', staticFiles(opts.webDir));

  /** Waits (at most `ms`) for the engine runs under way, so that the store can close after them. */
  const idle = (ms = 10_000) => jobs.idle(ms);
  return Object.assign(app, { idle });
}

export type App = ReturnType<typeof createApp>;

// Re-exported for callers that only want the engine list.
export type { EngineName };
