// Simulation benchmarks. (1) 10,000 negotiations of 100 rounds on the flagship scenario, on 0, 1
// and 2 worker threads. (2) One 100-round negotiation on the 5.76 M-outcome SmartEnergyGrid
// domain against a naive agent that re-enumerates the outcome space every round (measured on a
// few rounds and scaled). `BENCH_QUICK=1` shrinks sizes. Run: npx tsx bench/simulate.ts
import fs from 'node:fs';
import path from 'node:path';
import { prepare, type StrategySpec, simulate } from '../src/engines/simulate/index.js';
import { type CompiledSpace, compileSpace, EPS } from '../src/engines/space/index.js';
import { importGenius } from '../src/formats/genius/index.js';
import { parseScenario } from '../src/model/parse.js';
import type { Scenario } from '../src/model/types.js';
import { tournamentThreaded } from '../src/node/simulate-tournament.js';
import { resolveAsOf } from '../src/timeline/apply.js';

const QUICK = process.env.BENCH_QUICK === '1';
let peakRss = process.memoryUsage().rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  sample();
  return { ms, value };
}

const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

// ---- (1) flagship tournament ----
const flagFile = path.resolve(import.meta.dirname, '../examples/ukraine-peace-talks/scenario.yaml');
const flagship = resolveAsOf(parseScenario(fs.readFileSync(flagFile, 'utf8'), { file: flagFile }));
const unlocked = structuredClone(flagship);
for (const p of unlocked.parties) p.constraints = p.constraints.filter((c) => c.id !== 'territory-anchorage');
const five: StrategySpec[] = [
  { kind: 'boulware' },
  { kind: 'linear' },
  { kind: 'conceder' },
  { kind: 'hardliner' },
  { kind: 'tit-for-tat' },
];
// 5 strategies for each of 3 principals = 125 combinations; 80 seeds each = 10,000 runs.
const seeds = QUICK ? 8 : 80;
const repeat = QUICK ? 1 : 2;
for (const [label, sc] of [
  ['flagship as of now (no ZOPA: every run plays 100 rounds)', flagship],
  ['flagship without the Anchorage demand', unlocked],
] as const) {
  const opts = { rounds: 100, seed: 1, seeds, strategies: { '*': five } };
  // Best of `repeat`: the machine is shared, so single timings are noisy.
  const best = async (threads: number) => {
    let b = await time(() => tournamentThreaded(sc, { ...opts, threads }));
    for (let k = 1; k < repeat; k++) {
      const t = await time(() => tournamentThreaded(sc, { ...opts, threads }));
      if (t.ms < b.ms) b = t;
    }
    return b;
  };
  const t0 = await best(0);
  const t1 = await best(1);
  const t2 = await best(2);
  const same =
    JSON.stringify(t0.value) === JSON.stringify(t2.value) &&
    JSON.stringify(t1.value) === JSON.stringify(t2.value);
  const runs = t0.value.params.runs;
  const rounds = runs * t0.value.overall.meanRounds;
  row(
    `${label}: ${runs} runs, ${Math.round(rounds)} rounds, agreement ${(100 * t0.value.overall.agreementRate).toFixed(1)}%`,
    `2 threads ${(t2.ms / 1000).toFixed(2)} s`,
    `1 thread ${(t1.ms / 1000).toFixed(2)} s; in-process ${(t0.ms / 1000).toFixed(2)} s`,
    `${(t0.ms / t2.ms).toFixed(2)}× vs in-process; ${((t2.ms * 1000) / rounds).toFixed(2)} µs/round; identical: ${same}`,
  );
}

// The mediated text scans the mediator's best tier of candidates every round: dearer per round.
{
  const mseeds = QUICK ? 1 : 8;
  for (const [label, sc] of [
    ['flagship as of now, mediated text', flagship],
    ['flagship without the Anchorage demand, mediated text', unlocked],
  ] as const) {
    const opts = {
      protocol: 'mediator' as const,
      rounds: 100,
      seed: 1,
      seeds: mseeds,
      strategies: { '*': five },
    };
    const t0 = await time(() => tournamentThreaded(sc, { ...opts, threads: 0 }));
    const t2 = await time(() => tournamentThreaded(sc, { ...opts, threads: 2 }));
    const runs = t0.value.params.runs;
    const rounds = runs * t0.value.overall.meanRounds;
    row(
      `${label}: ${runs} runs, ${Math.round(rounds)} rounds, agreement ${(100 * t0.value.overall.agreementRate).toFixed(1)}%`,
      `2 threads ${(t2.ms / 1000).toFixed(2)} s`,
      `in-process ${(t0.ms / 1000).toFixed(2)} s (${((t0.ms * 1000) / rounds).toFixed(1)} µs/round)`,
      `${(t0.ms / t2.ms).toFixed(2)}× vs in-process; 10,000 runs ≈ ${((t0.ms * 10000) / runs / 1000).toFixed(1)} s in one thread`,
    );
  }
}

// ---- (2) SmartEnergyGrid: one negotiation vs a naive re-enumerating agent ----
const segDir = path.resolve(
  import.meta.dirname,
  '../../shared/reference-data/negotiation/domains/genius-xml/anac2016-SmartEnergyGrid-3party',
);
if (!fs.existsSync(segDir)) {
  console.warn(`skipping the SmartEnergyGrid case: ${segDir} is absent`);
} else {
  const files = fs.readdirSync(segDir).filter((f) => f.endsWith('.xml'));
  const domainFile = files.find((f) => /domain/i.test(f)) as string;
  const profiles = files.filter((f) => f !== domainFile).sort();
  const read = (f: string) => fs.readFileSync(path.join(segDir, f), 'utf8');
  const seg: Scenario = importGenius(
    read(domainFile),
    profiles.map((p) => ({ name: p, xml: read(p) })),
    { domainFile },
  );
  const strategies = Object.fromEntries(seg.parties.map((p) => [p.id, { kind: 'boulware' } as StrategySpec]));
  const ours = await time(() => simulate(seg, { rounds: 100, seed: 1, strategies }));
  const prep = await time(() => prepare(seg, { strategies }));
  const warm = await time(() => simulate(seg, { rounds: 100, seed: 1, strategies }, prep.value));
  const space = compileSpace(seg);
  const naiveRounds = QUICK ? 1 : 3;
  const naive = await time(() => naiveNegotiation(space, 100, naiveRounds));
  const perRound = naive.ms / naiveRounds;
  const projected = perRound * Math.min(100, ours.value.outcome.round);
  row(
    `SmartEnergyGrid (${space.size} outcomes, 3 parties, Boulware ×3): one negotiation, agreed in round ${ours.value.outcome.round}`,
    `${ours.ms.toFixed(0)} ms (pool ${prep.ms.toFixed(0)} ms, ${prep.value.pool.n} candidates; rounds ${warm.ms.toFixed(1)} ms)`,
    `naive: ${perRound.toFixed(0)} ms/round × ${Math.min(100, ours.value.outcome.round)} rounds ≈ ${(projected / 1000).toFixed(1)} s (measured on ${naiveRounds})`,
    `${(projected / ours.ms).toFixed(0)}× (rounds alone: ${(projected / warm.ms).toFixed(0)}×)`,
  );
}

/**
 * The naive agent: every round the proposer scans the whole outcome space for the package just
 * above its target that is best for the others, and the others evaluate it. Typed arrays and an
 * odometer, no object per package: a fair baseline, only without the frontier index.
 */
function naiveNegotiation(space: CompiledSpace, deadline: number, rounds: number): number {
  const m = space.issues.length;
  const P = space.parties.length;
  const pkg = new Int32Array(m);
  const max = new Float64Array(P);
  for (let p = 0; p < P; p++) for (let i = 0; i < m; i++) max[p] += Math.max(...space.wutils[p][i]);
  let found = 0;
  for (let r = 0; r < rounds; r++) {
    const q = r % P;
    const t = r / (deadline - 1);
    const target = space.reservation[q] + (max[q] - space.reservation[q]) * (1 - t ** 5);
    let best = Number.NEGATIVE_INFINITY;
    pkg.fill(0);
    for (;;) {
      let own = 0;
      for (let i = 0; i < m; i++) own += space.wutils[q][i][pkg[i]];
      if (own >= target - EPS && own <= target + 0.05) {
        let others = 0;
        for (let o = 0; o < P; o++) {
          if (o === q) continue;
          let u = 0;
          for (let i = 0; i < m; i++) u += space.wutils[o][i][pkg[i]];
          others += u;
        }
        if (others > best) best = others;
        found++;
      }
      let i = 0;
      while (i < m && ++pkg[i] === space.radices[i]) pkg[i++] = 0;
      if (i === m) break;
    }
  }
  return found;
}

const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length), 8));
const head = ['case', 'ours', 'baseline / detail', 'ratio'];
console.log(head.map((h, c) => h.padEnd(widths[c])).join('  '));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(r.map((x, c) => x.padEnd(widths[c])).join('  '));
sample();
console.log(`\npeak RSS ${mb(Math.max(peakRss, process.resourceUsage().maxRSS * 1024))}`);
