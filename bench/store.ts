// Store benchmark: saves, reads and cache look-ups through the store, against the same work done
// with raw prepared statements (better-sqlite3) or raw queries (pg) in the same run.
//   npx tsx bench/store.ts            (BENCH_QUICK=1 for a smoke run)
// Postgres is measured too when ENTENTE_BENCH_DATABASE_URL or ENTENTE_TEST_DATABASE_URL is set.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, paramsHash, type Store } from '../src/store/index.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SAVES = QUICK ? 60 : 400;
const READS = QUICK ? 300 : 3000;
const CONCURRENCY = 50;
const PG_URL = process.env.ENTENTE_BENCH_DATABASE_URL || process.env.ENTENTE_TEST_DATABASE_URL;

const text = (n: number) =>
  `# version ${n}\n${'  - note: "filler line for a realistic scenario size"\n'.repeat(300)}`;
const events = (n: number) =>
  Array.from({ length: 8 }, (_, i) => ({
    id: `e${i}`,
    date: `2024-0${(i % 9) + 1}-01`,
    title: `v${n} e${i}`,
  }));
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const RESULT = { verdict: 'deal', frontier: Array.from({ length: 200 }, (_, i) => [i / 200, 1 - i / 200]) };
const PARAMS = { samples: 1000, method: 'nash' };

interface Row {
  backend: string;
  op: string;
  impl: string;
  n: number;
  opsPerSec: number;
  p50: number;
  p99: number;
}
const rows: Row[] = [];
let peakRss = process.memoryUsage().rss;

async function measure(
  backend: string,
  op: string,
  impl: string,
  n: number,
  body: (i: number) => Promise<unknown> | unknown,
) {
  const lat = new Float64Array(n);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await body(i);
    lat[i] = performance.now() - s;
  }
  const total = performance.now() - t0;
  lat.sort();
  rows.push({
    backend,
    op,
    impl,
    n,
    opsPerSec: (n / total) * 1000,
    p50: lat[Math.floor(n * 0.5)],
    p99: lat[Math.floor(n * 0.99)],
  });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

/** `n` calls issued by CONCURRENCY concurrent callers; latency per call. */
async function measureConcurrent(
  backend: string,
  op: string,
  impl: string,
  n: number,
  body: () => Promise<unknown>,
) {
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < n) {
        const s = performance.now();
        await body();
        lat.push(performance.now() - s);
      }
    }),
  );
  const total = performance.now() - t0;
  lat.sort((a, b) => a - b);
  rows.push({
    backend,
    op,
    impl,
    n,
    opsPerSec: (n / total) * 1000,
    p50: lat[Math.floor(n * 0.5)],
    p99: lat[Math.floor(n * 0.99)],
  });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

async function benchStore(backend: string, store: Store): Promise<{ hash: string }> {
  await store.createScenario({ id: 'bench', text: text(1), author: 'bench', events: events(1) });
  await measure(backend, 'save version (+8 events)', 'store', SAVES, (i) =>
    store.updateScenario('bench', {
      text: text(i + 2),
      expectedVersion: i + 1,
      author: 'bench',
      events: events(i + 2),
    }),
  );
  const current = (await store.getScenario('bench'))!;
  await measure(backend, 'get current scenario', 'store', READS, () => store.getScenario('bench'));
  await store.saveRun({
    scenarioId: 'bench',
    version: current.currentVersion,
    engine: 'agreement-space',
    params: PARAMS,
    scenarioHash: current.hash,
    result: RESULT,
  });
  const find = () => store.findRun({ scenarioHash: current.hash, engine: 'agreement-space', params: PARAMS });
  await measure(backend, 'findRun (cache hit)', 'store', READS, find);
  await measureConcurrent(backend, `findRun x${CONCURRENCY} concurrent`, 'store', READS, find);
  await measure(backend, 'listEvents (date range)', 'store', READS, () =>
    store.listEvents('bench', { from: '2024-03-01', to: '2024-06' }),
  );
  return { hash: current.hash };
}

async function benchSqlite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-bench-'));
  try {
    const store = await openStore({ dataDir: dir, env: {} });
    const { hash } = await benchStore('sqlite', store);
    await store.close();

    // Baseline: the same statements, hand-prepared, on the same file and pragmas.
    const db = new Database(path.join(dir, 'entente.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    const now = () => new Date().toISOString();
    db.prepare(`insert into scenarios values ('raw', 'raw', 1, ?, ?, ?, 'b')`).run(
      sha(text(1)),
      now(),
      now(),
    );
    db.prepare(`insert into scenario_versions values ('raw', 1, 'raw', ?, ?, 'b', '', ?)`).run(
      text(1),
      sha(text(1)),
      now(),
    );
    const bump = db.prepare(
      `update scenarios set current_version = ?, current_hash = ?, updated_at = ?, updated_by = 'b' where id = 'raw' and current_version = ?`,
    );
    const addVersion = db.prepare(`insert into scenario_versions values ('raw', ?, 'raw', ?, ?, 'b', '', ?)`);
    const addEvent = db.prepare(`insert into events values ('raw', ?, ?, ?, ?, null, ?, ?)`);
    const save = db.transaction((v: number) => {
      const t = text(v);
      const h = sha(t);
      if (bump.run(v, h, now(), v - 1).changes !== 1) throw new Error('conflict');
      addVersion.run(v, t, h, now());
      for (const [i, e] of events(v).entries()) addEvent.run(v, i, e.id, e.date, e.title, JSON.stringify(e));
    });
    await measure('sqlite', 'save version (+8 events)', 'raw better-sqlite3', SAVES, (i) => save(i + 2));
    const get = db.prepare(
      `select s.*, v.text, v.author, v.message from scenarios s join scenario_versions v on v.scenario_id = s.id and v.version = s.current_version where s.id = 'bench'`,
    );
    await measure('sqlite', 'get current scenario', 'raw better-sqlite3', READS, () => get.get());
    const find = db.prepare(
      `select * from runs where scenario_hash = ? and engine = ? and params_hash = ? order by created_at desc, id desc limit 1`,
    );
    const ph = paramsHash(PARAMS);
    await measure('sqlite', 'findRun (cache hit)', 'raw better-sqlite3', READS, () => {
      const r = find.get(hash, 'agreement-space', ph) as { result: string };
      return JSON.parse(r.result);
    });
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(url: string) {
  const schema = `entente_bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({ url, schema, env: {} });
  try {
    const { hash } = await benchStore('postgres', store);
    const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema}` });
    const ph = paramsHash(PARAMS);
    const find = async () => {
      const { rows: r } = await pool.query(
        'select * from runs where scenario_hash = $1 and engine = $2 and params_hash = $3 order by created_at desc, id desc limit 1',
        [hash, 'agreement-space', ph],
      );
      return JSON.parse(r[0].result);
    };
    await measure('postgres', 'findRun (cache hit)', 'raw pg', READS, find);
    await measureConcurrent('postgres', `findRun x${CONCURRENCY} concurrent`, 'raw pg', READS, find);
    await pool.query(`drop schema ${schema} cascade`);
    await pool.end();
  } finally {
    await store.close();
  }
}

await benchSqlite();
if (PG_URL) await benchPostgres(PG_URL);
else console.log('(Postgres not measured: set ENTENTE_BENCH_DATABASE_URL or ENTENTE_TEST_DATABASE_URL)\n');

const header = ['backend', 'operation', 'implementation', 'n', 'ops/s', 'p50 ms', 'p99 ms', 'store/raw time'];
const lines = rows.map((r) => {
  const raw = rows.find((b) => b.backend === r.backend && b.op === r.op && b.impl !== 'store');
  const ratio = r.impl === 'store' && raw ? `${(raw.opsPerSec / r.opsPerSec).toFixed(2)}x` : '';
  return [
    r.backend,
    r.op,
    r.impl,
    String(r.n),
    r.opsPerSec.toFixed(0),
    r.p50.toFixed(3),
    r.p99.toFixed(3),
    ratio,
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
for (const l of [header, ...lines])
  console.log(
    l
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
console.log(
  `\npeak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB; heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
