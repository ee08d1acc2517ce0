import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/errors.js';
import { validateScenario } from '../../src/model/parse.js';
import { createApp, inlineRunner, openApiDocument, workerRunner } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';

declare global {
  interface Response {
    // biome-ignore lint/suspicious/noExplicitAny: the tests read API JSON freely
    json(): Promise<any>;
  }
}

const TRADE = readFileSync(path.resolve(import.meta.dirname, '../../examples/trade/scenario.yaml'), 'utf8');
const JSON_HEADERS = { 'content-type': 'application/json' };

let store: Store;
let app: ReturnType<typeof createApp>;

beforeEach(async () => {
  store = await openStore({ url: ':memory:' });
  app = createApp({ store, runner: inlineRunner(), webDir: null });
});
afterEach(async () => {
  await store.close();
});

function req(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  return app.request(url, {
    method,
    headers: { ...(body !== undefined && JSON_HEADERS), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function create(text = TRADE) {
  const r = await req('POST', '/api/scenarios', { text, message: 'first' });
  expect(r.status).toBe(201);
  return r.json();
}

/** The trade example with the supplier's price floor moved. */
const withFloor = (max: number) =>
  TRADE.replace('forbid: { price: { max: 85 } }', `forbid: { price: { max: ${max} } }`);

describe('scenarios and versions', () => {
  it('creates, lists, gets, updates, lists versions, gets a version and deletes', async () => {
    const created = await create();
    expect(created.scenario).toMatchObject({ scenarioId: 'trade-contract', version: 1, message: 'first' });
    expect(
      (await (await req('GET', '/api/scenarios')).json()).scenarios.map((s: { id: string }) => s.id),
    ).toEqual(['trade-contract']);
    const got = await (await req('GET', '/api/scenarios/trade-contract')).json();
    expect(got.scenario.text).toBe(TRADE);
    const up = await req('PUT', '/api/scenarios/trade-contract', {
      text: withFloor(95),
      expectedVersion: 1,
      message: 'higher floor',
      author: 'ana',
    });
    expect(up.status).toBe(200);
    expect((await up.json()).scenario).toMatchObject({ version: 2, author: 'ana', message: 'higher floor' });
    const versions = (await (await req('GET', '/api/scenarios/trade-contract/versions')).json()).versions;
    expect(versions.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
    const v1 = await (await req('GET', '/api/scenarios/trade-contract/versions/1')).json();
    expect(v1.version.text).toBe(TRADE);
    expect((await req('GET', '/api/scenarios/trade-contract/versions/7')).status).toBe(404);
    expect((await req('DELETE', '/api/scenarios/trade-contract')).status).toBe(204);
    const gone = await req('GET', '/api/scenarios/trade-contract');
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe('scenario_not_found');
    expect((await req('DELETE', '/api/scenarios/trade-contract')).status).toBe(404);
  });

  it('refuses a second scenario with the same id (409 scenario_exists)', async () => {
    await create();
    const r = await req('POST', '/api/scenarios', { text: TRADE });
    expect(r.status).toBe(409);
    expect((await r.json()).error.code).toBe('scenario_exists');
  });

  it('answers a stale save with 409 and the current version, and writes nothing', async () => {
    await create();
    expect(
      (await req('PUT', '/api/scenarios/trade-contract', { text: withFloor(90), expectedVersion: 1 })).status,
    ).toBe(200);
    const stale = await req('PUT', '/api/scenarios/trade-contract', {
      text: withFloor(95),
      expectedVersion: 1,
    });
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error).toMatchObject({ code: 'version_conflict', expectedVersion: 1, currentVersion: 2 });
    expect(body.error.current.currentVersion).toBe(2);
    expect(body.error.current.text).toBe(withFloor(90));
    expect((await (await req('GET', '/api/scenarios/trade-contract/versions')).json()).versions).toHaveLength(
      2,
    );
  });

  it('rejects a bad scenario with 400 and the located messages of the CLI', async () => {
    await create();
    const bad = TRADE.replace('salience: 0.5', 'salience: 5');
    const expected = validateScenario(bad, { file: 'trade-contract.yaml' }).problems;
    expect(expected.length).toBeGreaterThan(0);
    const r = await req('PUT', '/api/scenarios/trade-contract', { text: bad, expectedVersion: 1 });
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body.error.code).toBe('invalid_scenario');
    expect(body.error.problems.map((p: { formatted: string }) => p.formatted)).toEqual(
      expected.map(formatProblem),
    );
    expect(body.error.problems[0].line).toBeGreaterThan(1);
    expect((await (await req('GET', '/api/scenarios/trade-contract')).json()).scenario.currentVersion).toBe(
      1,
    );
  });

  it('refuses a save whose meta.id names another scenario', async () => {
    await create();
    const r = await req('PUT', '/api/scenarios/trade-contract', {
      text: TRADE.replace('id: trade-contract', 'id: other'),
      expectedVersion: 1,
    });
    expect(r.status).toBe(400);
    expect((await r.json()).error.code).toBe('id_mismatch');
  });

  it('reports bodies that are not JSON objects and missing fields', async () => {
    const r = await app.request('/api/scenarios', { method: 'POST', body: 'nope', headers: JSON_HEADERS });
    expect(r.status).toBe(400);
    expect((await r.json()).error.code).toBe('bad_request');
    const noText = await req('POST', '/api/scenarios', { message: 'x' });
    expect((await noText.json()).error.message).toMatch(/"text"/);
    await create();
    const noVersion = await req('PUT', '/api/scenarios/trade-contract', { text: TRADE });
    expect((await noVersion.json()).error.message).toMatch(/expectedVersion/);
  });
});

describe('validate', () => {
  it('returns the same problems as the CLI, from raw text or JSON', async () => {
    const bad = TRADE.replace('ideal: 120', 'ideal: 121');
    const expected = validateScenario(bad).problems.map(formatProblem);
    const raw = await app.request('/api/validate', {
      method: 'POST',
      body: bad,
      headers: { 'content-type': 'application/yaml' },
    });
    const a = await raw.json();
    expect(a.valid).toBe(false);
    expect(a.problems.map((p: { formatted: string }) => p.formatted)).toEqual(expected);
    const viaJson = await (await req('POST', '/api/validate', { text: TRADE, file: 'x.yaml' })).json();
    expect(viaJson).toMatchObject({ valid: true, id: 'trade-contract' });
    const syntax = await (
      await req('POST', '/api/validate', { text: 'entente: 1\nmeta: [\n', file: 'e.yaml' })
    ).json();
    expect(syntax.valid).toBe(false);
    expect(syntax.problems[0].formatted).toMatch(/^e\.yaml:\d+:\d+ {2}/);
  });
});

describe('timeline, resolved scenario and diffs', () => {
  it('resolves as of a date and lists events with their sources and changes in words', async () => {
    await create();
    const before = await (await req('GET', '/api/scenarios/trade-contract/resolved?asOf=2026-01-01')).json();
    const after = await (await req('GET', '/api/scenarios/trade-contract/resolved')).json();
    const buyer = (s: { parties: { id: string; stances: Record<string, { ideal: unknown }> }[] }) =>
      s.parties.find((p) => p.id === 'BUY')!.stances.delivery.ideal;
    expect(buyer(before.scenario)).toBe('fast');
    expect(buyer(after.scenario)).toBe('standard');
    expect(before.hash).not.toBe(after.hash);
    const tl = await (await req('GET', '/api/scenarios/trade-contract/timeline')).json();
    expect(tl.dates).toEqual(['2026-02-15']);
    expect(tl.events[0].source.title).toMatch(/memo/i);
    expect(tl.events[0].changes[0].text).toMatch(/standard/);
    const early = await (await req('GET', '/api/scenarios/trade-contract/timeline?asOf=2026-01-01')).json();
    expect(early.events).toEqual([]);
    expect((await req('GET', '/api/scenarios/trade-contract/resolved?asOf=yesterday')).status).toBe(400);
  });

  it('diffs two dates and two versions', async () => {
    await create();
    const d = await (
      await req('GET', '/api/scenarios/trade-contract/diff?from=2026-01-01&to=2026-03-01')
    ).json();
    expect(d.events.map((e: { date: string }) => e.date)).toEqual(['2026-02-15']);
    expect(d.changes[0]).toMatchObject({ kind: 'ideal', party: 'BUY', issue: 'delivery' });
    await req('PUT', '/api/scenarios/trade-contract', { text: withFloor(95), expectedVersion: 1 });
    const v = await (await req('GET', '/api/scenarios/trade-contract/diff?fromVersion=1&toVersion=2')).json();
    const changed = v.lines.filter((l: { op: string }) => l.op === '-' || l.op === '+');
    expect(changed.map((l: { op: string; text: string }) => `${l.op}${l.text.trim()}`)).toEqual([
      '-forbid: { price: { max: 85 } }',
      '+forbid: { price: { max: 95 } }',
    ]);
    expect(v.changes).toEqual([]); // the model diff compares constraints by id: same id, no entry
    const moved = withFloor(95).replace('price: { ideal: 80,', 'price: { ideal: 85,');
    await req('PUT', '/api/scenarios/trade-contract', { text: moved, expectedVersion: 2 });
    const w = await (await req('GET', '/api/scenarios/trade-contract/diff?fromVersion=2&toVersion=3')).json();
    expect(w.changes).toMatchObject([{ kind: 'ideal', party: 'BUY', issue: 'price' }]);
    expect((await req('GET', '/api/scenarios/trade-contract/diff?fromVersion=1')).status).toBe(400);
    expect((await req('GET', '/api/scenarios/trade-contract/diff')).status).toBe(400);
  });
});

describe('engine runs', () => {
  it('saves a run, answers the same request from the cache, and lists and gets runs', async () => {
    await create();
    const body = { engine: 'forecast', params: { model: 'median' } };
    const first = await req('POST', '/api/scenarios/trade-contract/runs', body);
    expect(first.status).toBe(201);
    const a = await first.json();
    expect(a.cached).toBe(false);
    expect(a.run.params).toEqual({ model: 'median', seed: 1, asOf: null });
    expect(a.run.result.engine).toBe('forecast');
    // defaults spelled out or left out: the same cache entry
    const second = await req('POST', '/api/scenarios/trade-contract/runs', {
      ...body,
      params: { seed: 1, model: 'median' },
    });
    expect(second.status).toBe(200);
    const b = await second.json();
    expect(b.cached).toBe(true);
    expect(b.run.id).toBe(a.run.id);
    expect(b.run.result).toEqual(a.run.result);
    // as of another date: another scenario state, another run
    const dated = await (
      await req('POST', '/api/scenarios/trade-contract/runs', { ...body, asOf: '2026-01-01' })
    ).json();
    expect(dated.cached).toBe(false);
    expect(dated.run.scenarioHash).not.toBe(a.run.scenarioHash);
    const list = await (await req('GET', '/api/runs?scenarioId=trade-contract&engine=forecast')).json();
    expect(list.runs).toHaveLength(2);
    expect(list.runs[0].result).toBeUndefined();
    const one = await (await req('GET', `/api/runs/${a.run.id}`)).json();
    expect(one.run.result).toEqual(a.run.result);
    expect((await req('GET', '/api/runs/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('finds a cached run in the store after a restart, and after a formatting-only save', async () => {
    await create();
    const body = { engine: 'forecast', params: { model: 'mean' } };
    const a = await (await req('POST', '/api/scenarios/trade-contract/runs', body)).json();
    app = createApp({ store, runner: inlineRunner(), webDir: null }); // empty in-memory cache
    const b = await (await req('POST', '/api/scenarios/trade-contract/runs', body)).json();
    expect(b).toMatchObject({ cached: true, run: { id: a.run.id } });
    await req('PUT', '/api/scenarios/trade-contract', { text: `# a comment\n${TRADE}`, expectedVersion: 1 });
    const c = await (await req('POST', '/api/scenarios/trade-contract/runs', body)).json();
    expect(c).toMatchObject({ cached: true, run: { id: a.run.id } });
  });

  it('rejects unknown engines, bad parameters and bad dates', async () => {
    await create();
    const unknown = await req('POST', '/api/scenarios/trade-contract/runs', { engine: 'oracle' });
    expect(unknown.status).toBe(400);
    const badParams = await req('POST', '/api/scenarios/trade-contract/runs', {
      engine: 'forecast',
      params: { model: 'x' },
    });
    expect(badParams.status).toBe(400);
    expect((await badParams.json()).error.code).toBe('invalid_params');
    const extra = await req('POST', '/api/scenarios/trade-contract/runs', {
      engine: 'forecast',
      params: { rounds: 3 },
    });
    expect((await extra.json()).error.code).toBe('invalid_params');
    const badDate = await req('POST', '/api/scenarios/trade-contract/runs', {
      engine: 'forecast',
      asOf: '2026-13-45',
    });
    expect(badDate.status).toBe(400);
    const missing = await req('POST', '/api/scenarios/nope/runs', { engine: 'forecast' });
    expect(missing.status).toBe(404);
  });

  it('reports the stability engine needs a conflict section, or is unavailable', async () => {
    await create();
    const r = await req('POST', '/api/scenarios/trade-contract/runs', { engine: 'stability' });
    const body = await r.json();
    if (r.status === 501) expect(body.error.code).toBe('engine_unavailable');
    else {
      expect(r.status).toBe(400);
      expect(body.error.code).toBe('engine_input');
    }
  });

  it('runs the agreement-space analysis when the engine is present', async () => {
    await create();
    const engines = (await (await req('GET', '/api/engines')).json()).engines;
    const space = engines.find((e: { name: string }) => e.name === 'space');
    const r = await req('POST', '/api/scenarios/trade-contract/runs', { engine: 'space' });
    if (!space.available) {
      expect(r.status).toBe(501);
      return;
    }
    expect(r.status).toBe(201);
    const body = await r.json();
    expect(['deal', 'no deal']).toContain(body.run.result.verdict);
  });

  it('answers 202 with a job for a run that outlasts the wait, then reports progress and the run', async () => {
    await create();
    const r = await req('POST', '/api/scenarios/trade-contract/runs', {
      engine: 'monte-carlo',
      params: { model: 'bdm', runs: 40 },
      wait: 0,
    });
    expect(r.status).toBe(202);
    expect(r.headers.get('location')).toMatch(/^\/api\/jobs\//);
    const { job } = await r.json();
    expect(job.state).toBe('running');
    const events = await app.request(`/api/jobs/${job.id}/events`);
    expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
    const stream = await events.text(); // ends when the job finishes
    expect(stream).toMatch(/event: done/);
    const done = await (await req('GET', `/api/jobs/${job.id}`)).json();
    expect(done.job.state).toBe('done');
    expect(done.job.progress).toMatchObject({ stage: 'runs', total: 40 });
    const run = await (await req('GET', `/api/runs/${done.job.runId}`)).json();
    expect(run.run.result).toMatchObject({ engine: 'forecast-monte-carlo', completed: 40 });
    const again = await req('POST', '/api/scenarios/trade-contract/runs', {
      engine: 'monte-carlo',
      params: { model: 'bdm', runs: 40 },
    });
    expect((await again.json()).cached).toBe(true);
    expect((await req('GET', '/api/jobs/nope')).status).toBe(404);
  });

  it('cancels a running job: it ends as cancelled, keeps no run, and the same run can start afresh', async () => {
    await create();
    const body = { engine: 'monte-carlo', params: { model: 'bdm', runs: 20_000 }, wait: 0 };
    const r = await req('POST', '/api/scenarios/trade-contract/runs', body);
    expect(r.status).toBe(202);
    const { job } = await r.json();
    const events = Promise.resolve(app.request(`/api/jobs/${job.id}/events`)).then((e) => e.text());
    const cancelled = await req('DELETE', `/api/jobs/${job.id}`);
    expect(cancelled.status).toBe(200);
    expect((await cancelled.json()).job).toMatchObject({ id: job.id, state: 'cancelled', runId: null });
    expect(await events).toMatch(/event: cancelled/);
    await app.idle();
    expect((await (await req('GET', `/api/jobs/${job.id}`)).json()).job.state).toBe('cancelled');
    // cancelling again reports the job as it ended
    expect((await (await req('DELETE', `/api/jobs/${job.id}`)).json()).job.state).toBe('cancelled');
    expect((await (await req('GET', '/api/runs?scenarioId=trade-contract')).json()).runs).toEqual([]);
    const again = await req('POST', '/api/scenarios/trade-contract/runs', body);
    expect(again.status).toBe(202);
    const second = (await again.json()).job;
    expect(second.id).not.toBe(job.id);
    await req('DELETE', `/api/jobs/${second.id}`);
    await app.idle();
    expect((await req('DELETE', '/api/jobs/nope')).status).toBe(404);
  });

  it('shares a job between identical requests: it stops only when every client that got it has cancelled', async () => {
    await create();
    const body = { engine: 'monte-carlo', params: { model: 'bdm', runs: 20_000, seed: 7 }, wait: 0 };
    const a = (await (await req('POST', '/api/scenarios/trade-contract/runs', body)).json()).job;
    const b = (await (await req('POST', '/api/scenarios/trade-contract/runs', body)).json()).job;
    expect(b.id).toBe(a.id);
    expect((await (await req('DELETE', `/api/jobs/${a.id}`)).json()).job.state).toBe('running');
    // a request still waiting when the last hold goes is woken and told
    const waiting = req('POST', '/api/scenarios/trade-contract/runs', { ...body, wait: 30_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect((await (await req('DELETE', `/api/jobs/${a.id}`)).json()).job.state).toBe('cancelled');
    const answer = await waiting;
    expect(answer.status).toBe(409);
    expect((await answer.json()).error.code).toBe('run_cancelled');
    await app.idle();
  });

  it('runs an engine in a worker thread', async () => {
    const pool = workerRunner(0, 1);
    app = createApp({ store, runner: pool, webDir: null });
    try {
      await create();
      const bodies = ['bdm', 'mean'].map((model) => ({
        engine: 'forecast',
        params: { model },
        wait: 30_000,
      }));
      // two runs queue for the one worker; both finish
      const [a, b] = await Promise.all(
        bodies.map((body) => req('POST', '/api/scenarios/trade-contract/runs', body)),
      );
      expect([a.status, b.status]).toEqual([201, 201]);
      expect((await a.json()).run.result.model).toBe('bdm');
      expect((await b.json()).run.result.model).toBe('mean');
      // an engine error inside the worker comes back as the API error
      const noConflict = await req('POST', '/api/scenarios/trade-contract/runs', {
        engine: 'stability',
        wait: 30_000,
      });
      expect((await noConflict.json()).error.code).toBe('engine_input');
    } finally {
      await pool.close();
    }
  });
});

describe('limits, errors and access', () => {
  it('refuses bodies over the size limit with 413', async () => {
    app = createApp({ store, runner: inlineRunner(), webDir: null, maxBodyBytes: 1000 });
    const r = await req('POST', '/api/validate', { text: 'x'.repeat(2000) });
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe('payload_too_large');
  });

  it('has a 2 MB limit by default', async () => {
    const r = await req('POST', '/api/validate', { text: 'x'.repeat(2 * 1024 * 1024 + 10) });
    expect(r.status).toBe(413);
  });

  it('without a token, answers only requests addressed to localhost (no DNS rebinding)', async () => {
    const r = await app.request('http://evil.example:4178/api/scenarios');
    expect(r.status).toBe(403);
    expect((await r.json()).error.code).toBe('forbidden_host');
    expect((await app.request('http://127.0.0.1:4178/api/scenarios')).status).toBe(200);
    expect((await app.request('http://[::1]:4178/api/scenarios')).status).toBe(200);
  });

  it('takes state changes only as JSON, which a cross-site form cannot send', async () => {
    const r = await app.request('/api/scenarios', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ text: TRADE }),
    });
    expect(r.status).toBe(415);
    expect((await r.json()).error.code).toBe('unsupported_media_type');
    expect((await req('GET', '/api/scenarios')).status).toBe(200);
    expect((await (await req('GET', '/api/scenarios')).json()).scenarios).toEqual([]);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const r = await req('GET', '/api/nothing');
    expect(r.status).toBe(404);
    expect((await r.json()).error.code).toBe('not_found');
  });

  it('with a token, refuses requests without it (401) and accepts the bearer header', async () => {
    app = createApp({ store, runner: inlineRunner(), webDir: null, token: 's3cret-token' });
    const none = await req('GET', '/api/scenarios');
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('unauthorized');
    expect((await req('GET', '/api/scenarios', undefined, { authorization: 'Bearer wrong' })).status).toBe(
      401,
    );
    expect(
      (await req('GET', '/api/scenarios', undefined, { authorization: 'Bearer s3cret-token' })).status,
    ).toBe(200);
    expect((await req('GET', '/api/openapi.json')).status).toBe(401);
  });

  it('with a token, a browser opening /?token=… gets a cookie that then admits it', async () => {
    app = createApp({ store, runner: inlineRunner(), webDir: null, token: 's3cret-token' });
    const open = await req('GET', '/?token=s3cret-token');
    expect(open.status).toBe(303);
    const cookie = open.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    const withCookie = await req('GET', '/api/scenarios', undefined, { cookie: cookie.split(';')[0] });
    expect(withCookie.status).toBe(200);
    expect((await req('GET', '/?token=wrong')).status).toBe(401);
  });

  it('serves the web app with a fallback to index.html, or a page saying it is not built', async () => {
    const tmp = path.resolve(import.meta.dirname, '../../test-output/webdir-fixture');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(path.join(tmp, 'assets'), { recursive: true });
    writeFileSync(path.join(tmp, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(tmp, 'assets', 'a.js'), 'console.log(1)');
    app = createApp({ store, runner: inlineRunner(), webDir: tmp });
    expect(await (await req('GET', '/scenarios/x/dashboard')).text()).toMatch(/<title>app/);
    const js = await req('GET', '/assets/a.js');
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect((await req('GET', '/assets/missing.js')).status).toBe(404);
    expect((await req('GET', '/../package.json')).status).not.toBe(200);
    app = createApp({ store, runner: inlineRunner(), webDir: path.join(tmp, 'absent') });
    expect(await (await req('GET', '/')).text()).toMatch(/not been built/);
  });
});

describe('OpenAPI document', () => {
  it('describes every route and routes every described path', async () => {
    const doc = await (await req('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const routed = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const described = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const m of Object.keys(item)) if (m !== 'parameters') described.add(`${m} ${p}`);
    }
    expect([...described].sort()).toEqual([...routed].sort());
    // every $ref resolves
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const r of refs) expect(doc.components.schemas[r.split('/').pop()!]).toBeDefined();
  });
});

describe('engines not in the build', () => {
  it('load as null (reported "not available yet"), while a module that fails to load still fails', async () => {
    const { optional } = await import('../../src/server/engines.js');
    expect(await optional('../engines/not-landed-yet/index.js')).toBeNull();
    expect(await optional('../engines/space/index.js')).not.toBeNull();
    await expect(optional('data:text/javascript,throw new Error("boom")')).rejects.toThrow('boom');
  });
});
