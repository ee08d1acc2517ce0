// GMCR stability: the fast textbook engine against the direct, definition-by-definition engine,
// on random 4-party conflicts with every state feasible. Run: npx tsx bench/gmcr.ts
// (BENCH_QUICK=1 for a smoke run).
import { directStability, partyDecisionMakers } from '../src/engines/gmcr/direct.js';
import { fastStability } from '../src/engines/gmcr/fast.js';
import { analyzeStability, compileConflict, randomConflictScenario } from '../src/engines/gmcr/index.js';
import { ALL_CONCEPTS } from '../src/engines/gmcr/types.js';

const quick = process.env.BENCH_QUICK === '1';
const sizes = quick ? [8, 12, 14] : [8, 10, 12, 16, 20];
const directUpTo = quick ? 8 : 10;
const targets: Record<number, number> = { 12: 0.5, 16: 3, 20: 30 };

const scenarioFor = (options: number) =>
  randomConflictScenario(20251126 + options, { parties: 4, options, irreversible: 0.2, statements: 8 });

const peakMb = () => process.resourceUsage().maxRSS / 1024;
let lastCpu = 0;
/** Wall-clock seconds; the process CPU seconds of the same call go to `lastCpu` (the machine may be shared). */
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const c = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(c);
  lastCpu = (used.user + used.system) / 1e6;
  return [out, (performance.now() - t) / 1000];
};

interface Row {
  options: number;
  states: number;
  compile: number;
  fast: number;
  cpuFast: number;
  analyze: number | null;
  direct: number | null;
  peak: number;
}
const rows: Row[] = [];
for (const n of sizes) {
  const scenario = scenarioFor(n);
  const [model, compile] = time(() => compileConflict(scenario));
  // Best of three below 20 options (the first run of a size also pays for compilation in the JIT).
  let [fast, tFast] = time(() => fastStability(model, ALL_CONCEPTS));
  let cpuFast = lastCpu;
  for (let rep = 1; rep < (n < 20 ? 3 : 1); rep++) {
    const [again, t] = time(() => fastStability(model, ALL_CONCEPTS));
    if (t < tFast) [fast, tFast, cpuFast] = [again, t, lastCpu];
  }
  let tAnalyze: number | null = null;
  if (n <= 16) [, tAnalyze] = time(() => analyzeStability(scenario, { explainLimit: 0 }));
  let tDirect: number | null = null;
  if (n <= directUpTo) {
    const dms = partyDecisionMakers(model);
    const [direct, t] = time(() => ALL_CONCEPTS.map((c) => directStability(model, dms, c, 'textbook')));
    tDirect = t;
    // The two engines must agree, or the timing means nothing.
    ALL_CONCEPTS.forEach((c, q) => {
      model.parties.forEach((_, d) => {
        model.codes.forEach((code, k) => {
          const f = (fast[c]![d][code >>> 5] >>> (code & 31)) & 1;
          if (f !== direct[q][d][k]) throw new Error(`engines disagree: ${c}, party ${d}, state ${code}`);
        });
      });
    });
  }
  rows.push({
    options: n,
    states: model.codes.length,
    compile,
    fast: tFast,
    cpuFast,
    analyze: tAnalyze,
    direct: tDirect,
    peak: peakMb(),
  });
}

const fmt = (x: number | null, d = 3) => (x === null ? '—' : x.toFixed(d));
console.log(
  'GMCR stability, 4 parties, all six concepts (Nash, GMR, SMR, SEQ, SIM, SEQ&SIM), textbook semantics',
);
console.log(
  [
    'options',
    'states',
    'compile s',
    'fast s',
    'fast cpu s',
    'analyze s',
    'direct s',
    'direct/fast',
    'target s',
    'peak RSS MB',
  ]
    .map((h) => h.padStart(13))
    .join(''),
);
for (const r of rows) {
  console.log(
    [
      String(r.options),
      String(r.states),
      fmt(r.compile),
      fmt(r.fast),
      fmt(r.cpuFast),
      fmt(r.analyze),
      fmt(r.direct),
      r.direct === null ? '—' : `${(r.direct / r.fast).toFixed(0)}×`,
      targets[r.options] ? `≤ ${targets[r.options]}` : '',
      r.peak.toFixed(0),
    ]
      .map((c) => c.padStart(13))
      .join(''),
  );
}
console.log(
  'fast = fastStability, all concepts (compile excluded; cpu = process CPU seconds, the wall time suffers on a shared machine); analyze = analyzeStability (model, all concepts, JSON states); peak RSS is for the whole run so far.',
);
console.log(
  'For reference (not measured here): gmcr-py 0.4.1 needs 146 s and 1.1 GB for 12 options and cannot do 14.',
);
