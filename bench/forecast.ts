// Forecast engine benchmark: KTAB SMP on the reference inputs and on synthetic actors (against
// KTAB's own timings on this machine and, per turn, against the literal implementation run
// here), the BDM model, and Monte Carlo on worker threads against the same runs in one thread.
// Run: npx tsx bench/forecast.ts   (BENCH_QUICK=1 for a smoke run)
import fs from 'node:fs';
import path from 'node:path';
import { runBdm } from '../src/engines/forecast/bdm.js';
import { KTAB_DEFAULTS } from '../src/engines/forecast/ktab/params.js';
import type { SmpInput } from '../src/engines/forecast/ktab/smp.js';
import { assess, runSmp, salienceSums, switchesOf, turn } from '../src/engines/forecast/ktab/smp.js';
import { monteCarloInProcess } from '../src/engines/forecast/monte-carlo.js';
import { seededUniform } from '../src/engines/forecast/rng.js';
import { parseBdmCsv } from '../src/formats/bdm.js';
import { parseKtabCsv } from '../src/formats/ktab.js';
import { forecastMonteCarlo } from '../src/node/forecast-monte-carlo.js';
import { fourByEight, partiesByIssues } from '../test/engines/forecast/fixtures.js';
import { bruteTurn } from '../test/engines/forecast/ktab-literal.js';

const QUICK = process.env.BENCH_QUICK === '1';
const ref = path.resolve(import.meta.dirname, '../../shared/reference-data/forecast');

const rows: string[][] = [['case', 'figure', 'baseline', 'ratio', 'note']];
const sec = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
};

/** KTAB-style random actors: capability 10–200, total salience 0.75–0.99 split over dimensions. */
function synthetic(n: number, d: number, seed: number): SmpInput {
  const u = seededUniform(seed, 0);
  const cap = new Float64Array(n);
  const pos = new Float64Array(n * d);
  const sal = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    cap[i] = 10 + 190 * u();
    const s = 0.75 + 0.24 * u();
    let t = 0;
    for (let k = 0; k < d; k++) t += sal[i * d + k] = 0.1 + 0.9 * u();
    for (let k = 0; k < d; k++) {
      sal[i * d + k] *= s / t;
      pos[i * d + k] = Math.round(u() * 10000) / 10000;
    }
  }
  return { n, d, cap, pos, sal };
}

function fromKtabFile(file: string): SmpInput {
  const k = parseKtabCsv(fs.readFileSync(file, 'utf8'), file);
  const n = k.actors.length;
  const d = k.dimensions.length;
  return {
    n,
    d,
    cap: k.actors.map((a) => a.capability),
    pos: k.actors.flatMap((a) => a.positions.map((p) => p / 100)),
    sal: k.actors.flatMap((a) => a.saliences.map((s) => s / 100)),
  };
}

// 1. Reference inputs
if (fs.existsSync(ref)) {
  for (const f of ['dummyData_3Dim', 'SOE-Pol-Comp']) {
    const input = fromKtabFile(path.join(ref, 'ktab', `${f}.csv`));
    const [r, ms] = time(() => runSmp(input));
    rows.push([
      `KTAB ${f} (${input.n}×${input.d}), ${r.states.length - 1} turns`,
      sec(ms),
      '',
      '',
      'reproduces KTAB output',
    ]);
  }
  const bdm = parseBdmCsv(fs.readFileSync(path.join(ref, 'bdm', 'emission-standards-1994.csv'), 'utf8'));
  const [, ms] = time(() => {
    for (let k = 0; k < 100; k++) runBdm(bdm.actors);
  });
  rows.push(['BDM emission standards, 8 rounds', sec(ms / 100), '', '', 'mean of 100 runs']);
} else console.warn(`reference data not found at ${ref}: skipping the reference cases`);

// 2. One turn against the literal implementation (same results, run here)
for (const [n, d] of QUICK
  ? [[15, 2]]
  : [
      [20, 2],
      [40, 3],
    ]) {
  const input = synthetic(n, d, 7);
  const sw = switchesOf(KTAB_DEFAULTS);
  const pos = Float64Array.from(input.pos);
  const P = { ...KTAB_DEFAULTS };
  const m2 = (a: ArrayLike<number>) =>
    Array.from({ length: n }, (_, i) => Array.from(a).slice(i * d, i * d + d));
  const oursTurn = () => turn(input, salienceSums(input), pos, assess(input, pos, sw), sw, undefined);
  const litTurn = () => bruteTurn(P, Array.from(input.cap), m2(input.pos), m2(input.sal));
  // warm both up first: the comparison is of steady-state code, not of the JIT
  oursTurn();
  litTurn();
  const [, ours] = time(oursTurn);
  const [, lit] = time(litTurn);
  rows.push([
    `one turn ${n}×${d}`,
    sec(ours),
    sec(lit),
    `${(lit / ours).toFixed(1)}×`,
    'vs literal implementation',
  ]);
}

// 3. Whole runs against KTAB's timings (-O2, this machine)
const ktabSeconds: Record<string, number> = { '40×1': 25.8, '80×1': 243, '50×3': 132 };
const sizes = QUICK
  ? [
      [40, 1],
      [50, 3],
    ]
  : [
      [40, 1],
      [80, 1],
      [50, 3],
      [200, 3],
    ];
for (const [n, d] of sizes) {
  const input = synthetic(n, d, 1);
  const [r, ms] = time(() => runSmp(input));
  const k = ktabSeconds[`${n}×${d}`];
  rows.push([
    `KTAB run ${n}×${d}, ${r.states.length - 1} turns${r.converged ? '' : ' (limit)'}`,
    sec(ms),
    k ? `${k} s` : '',
    k ? `${((k * 1000) / ms).toFixed(0)}×` : '',
    k ? "vs KTAB's run here" : 'target ≤ 60 s',
  ]);
}

// 4. Monte Carlo: worker threads against one thread, identical results
const runs = QUICK ? 100 : 1000;
const sc = fourByEight(8);
const t0 = performance.now();
const one = await monteCarloInProcess(sc, { model: 'ktab', runs, seed: 1, blockSize: 64 });
const single = performance.now() - t0;
const t1 = performance.now();
const two = await forecastMonteCarlo(sc, { model: 'ktab', runs, seed: 1, threads: 2 });
const dual = performance.now() - t1;
rows.push([
  `Monte Carlo ${runs} runs, KTAB, 4×8, 2 threads`,
  sec(dual),
  sec(single),
  `${(single / dual).toFixed(2)}×`,
  JSON.stringify(one) === JSON.stringify(two) ? 'vs 1 thread; identical' : 'vs 1 thread; DIFFERENT',
]);
const t2 = performance.now();
await forecastMonteCarlo(sc, { model: 'bdm', runs, seed: 1, threads: 2 });
rows.push([`Monte Carlo ${runs} runs, BDM, 4×8, 2 threads`, sec(performance.now() - t2), '', '', '']);

// a heavier scenario, where the workers' start-up (≈1 s each when loading TypeScript through
// tsx; far less from the built JavaScript) is small beside the work
const heavy = partiesByIssues(12, 8);
const hr = QUICK ? 40 : 800;
const t3 = performance.now();
const h1 = await monteCarloInProcess(heavy, { model: 'ktab', runs: hr, seed: 3, blockSize: 64 });
const hs = performance.now() - t3;
const t4 = performance.now();
const h2 = await forecastMonteCarlo(heavy, { model: 'ktab', runs: hr, seed: 3, threads: 2 });
const hd = performance.now() - t4;
rows.push([
  `Monte Carlo ${hr} runs, KTAB, 12×8, 2 threads`,
  sec(hd),
  sec(hs),
  `${(hs / hd).toFixed(2)}×`,
  JSON.stringify(h1) === JSON.stringify(h2) ? 'vs 1 thread; identical' : 'vs 1 thread; DIFFERENT',
]);

const w = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
console.log(rows.map((r) => r.map((x, c) => x.padEnd(w[c])).join('  ')).join('\n'));
const mem = process.memoryUsage();
console.log(
  `\nmemory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB, peak rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
