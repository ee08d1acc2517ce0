// Load on the workbench API: 50 concurrent clients on loopback ask for the flagship's
// agreement-space analysis of an unchanged scenario version (answered from the run cache), beside
// GET /api/health (the HTTP floor) and the direct in-process analysis (what a miss costs), all
// measured in the same run. Bounded in requests and time; loopback only. BENCH_QUICK=1 shrinks it.
// Run: npx tsx bench/server-load.ts
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeSpace } from '../src/engines/space/index.js';
import { parseScenario } from '../src/model/parse.js';
import { resolveAsOf } from '../src/timeline/apply.js';

const QUICK = process.env.BENCH_QUICK === '1';
const CLIENTS = 50;
const PER_CLIENT = QUICK ? 6 : 40;
const TIME_LIMIT_MS = QUICK ? 15_000 : 60_000;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FLAGSHIP = 'ukraine-peace-talks';

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  // The sources through tsx, so that the figures are those of this checkout (a dist/ may be stale).
  const args = ['--import', 'tsx', path.join(ROOT, 'src', 'cli', 'bin.ts')];
  const child = spawn(
    process.execPath,
    [...args, 'serve', '--host', '127.0.0.1', '--port', '0', '--data-dir', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, ENTENTE_TOKEN: '', ENTENTE_DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = out.match(/workbench: (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${out}`)));
  });
}

function peakRssOf(pid: number): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
    return m ? Number(m[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

// node:http with keep-alive: a lighter client than fetch, so the figures say more about the server.
const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
function request(url: string, method = 'GET', body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          data += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Load {
  name: string;
  requests: number;
  failed: number;
  seconds: number;
  latencies: number[];
}

async function load(
  name: string,
  send: () => Promise<{ status: number; body: string }>,
  check: (status: number, body: string) => boolean,
): Promise<Load> {
  const latencies: number[] = [];
  let failed = 0;
  const deadline = performance.now() + TIME_LIMIT_MS;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let k = 0; k < PER_CLIENT && performance.now() < deadline; k++) {
        const s = performance.now();
        try {
          const r = await send();
          if (!check(r.status, r.body)) failed++;
        } catch {
          failed++;
        }
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { name, requests: latencies.length, failed, seconds: (performance.now() - t0) / 1000, latencies };
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'entente-load-'));
const { child, url } = await startServer(dataDir);
try {
  // What a cache miss costs: the analysis itself, in this process.
  const text = readFileSync(path.join(ROOT, 'examples', FLAGSHIP, 'scenario.yaml'), 'utf8');
  const scenario = resolveAsOf(parseScenario(text));
  analyzeSpace(scenario, {});
  const direct: number[] = [];
  for (let k = 0; k < (QUICK ? 3 : 10); k++) {
    const t = performance.now();
    analyzeSpace(scenario, {});
    direct.push(performance.now() - t);
  }

  const runUrl = `${url}api/scenarios/${FLAGSHIP}/runs`;
  const run = () => request(runUrl, 'POST', JSON.stringify({ engine: 'space', wait: 30_000 }));
  const t = performance.now();
  const first = await run();
  const firstBody = JSON.parse(first.body) as { cached: boolean; run: { result: { verdict: string } } };
  const cold = performance.now() - t;
  if (first.status !== 201 && first.status !== 200) throw new Error(`first run answered ${first.status}`);

  const health = await load(
    'GET /api/health (HTTP floor)',
    () => request(`${url}api/health`),
    (st) => st === 200,
  );
  const cached = await load(
    'POST runs, space, cached',
    run,
    (st, body) => st === 200 && body.startsWith('{"cached":true'),
  );

  const rows = [health, cached].map((l) => ({
    load: l.name,
    requests: l.requests,
    failed: l.failed,
    'req/s': (l.requests / l.seconds).toFixed(0),
    p50: ms(q(l.latencies, 50)),
    p90: ms(q(l.latencies, 90)),
    p99: ms(q(l.latencies, 99)),
    max: ms(Math.max(...l.latencies)),
  }));
  console.log(
    `${CLIENTS} concurrent clients on loopback, ${PER_CLIENT} requests each (at most ${TIME_LIMIT_MS / 1000} s per load)`,
  );
  console.table(rows);
  const p99 = q(cached.latencies, 99);
  const directMedian = q(direct, 50);
  console.table([
    { figure: 'flagship verdict', value: firstBody.run.result.verdict },
    { figure: 'first run (computed in a worker, saved)', value: ms(cold) },
    { figure: 'direct analyzeSpace in-process (median)', value: ms(directMedian) },
    {
      figure: 'cached p50 / health p50',
      value: (q(cached.latencies, 50) / q(health.latencies, 50)).toFixed(2),
    },
    { figure: 'cached p99 / direct analysis', value: (p99 / directMedian).toFixed(2) },
    {
      figure: 'cached throughput / health throughput',
      value: (cached.requests / cached.seconds / (health.requests / health.seconds)).toFixed(2),
    },
    { figure: 'server peak RSS', value: mb(peakRssOf(child.pid!)) },
    { figure: 'client peak RSS', value: mb(process.resourceUsage().maxRSS * 1024) },
  ]);
  const ok = p99 <= 200 && cached.failed === 0 && health.failed === 0;
  console.log(
    `target p99 ≤ 200 ms with no failed request: ${ok ? 'met' : 'NOT met'} (p99 ${ms(p99)}, ${cached.failed} failed)`,
  );
} finally {
  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
