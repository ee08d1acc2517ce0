import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBdm, weightedMean, weightedMedian } from '../../../src/engines/forecast/bdm.js';
import { parseBdmCsv } from '../../../src/formats/bdm.js';

const file = path.resolve(
  import.meta.dirname,
  '../../../../shared/reference-data/forecast/bdm/emission-standards-1994.csv',
);
const have = fs.existsSync(file);
if (!have) console.warn(`BDM reference data not found at ${file}: skipping the emission-standards test`);

describe.skipIf(!have)('BDM (Scholz, Calbert & Smith 2011) on the EC emission-standards case', () => {
  const data = have ? parseBdmCsv(fs.readFileSync(file, 'utf8'), file) : { actors: [] };
  const res = have ? runBdm(data.actors) : { rounds: [] };

  it('starts from the published power-weighted median 7 and mean 7.39', () => {
    expect(res.rounds[0].median).toBe(7);
    expect(res.rounds[0].mean).toBeCloseTo(7.39, 2);
  });

  it('gives the replication figures: median and mean by round to ±0.05', () => {
    const median = [8.42, 9.61, 9.96, 9.96, 9.96, 7.47, 8.82, 9.67];
    const mean = [7.46, 7.55, 7.59, 7.36, 7.35, 7.41, 7.51, 7.57];
    expect(res.rounds.length).toBe(9);
    for (const [r, m] of median.entries())
      expect(Math.abs(res.rounds[r + 1].median - m)).toBeLessThanOrEqual(0.05);
    for (const [r, m] of mean.entries())
      expect(Math.abs(res.rounds[r + 1].mean - m)).toBeLessThanOrEqual(0.05);
  });

  it('gives the round-1 risk exponents to ±0.005', () => {
    const names = [
      'Netherlands',
      'Belgium',
      'Luxembourg',
      'Germany',
      'France',
      'Italy',
      'UK',
      'Ireland',
      'Denmark',
      'Greece',
    ];
    const want = [1.406, 0.754, 0.509, 1.406, 1.047, 1.047, 1.965, 0.5, 2.0, 1.112];
    expect(data.actors.map((a) => a.name)).toEqual(names);
    for (const [i, w] of want.entries())
      expect(Math.abs(res.rounds[1].risk[i] - w)).toBeLessThanOrEqual(0.005);
  });

  it("the documented deviations of Scholz's code are switches that change the dynamics", () => {
    const pairwise = runBdm(data.actors, { probability: 'pairwise' });
    const leastMove = runBdm(data.actors, { compromiseChoice: 'least-move' });
    const medians = (r: typeof res) => r.rounds.map((x) => x.median.toFixed(3)).join(' ');
    expect(medians(pairwise)).not.toBe(medians(res));
    expect(medians(leastMove)).not.toBe(medians(res));
    // risk exponents stay within BDM's [0.5, 2] whatever the switches
    for (const r of [pairwise, leastMove])
      for (const rd of r.rounds.slice(1))
        for (const x of rd.risk) expect(x).toBeGreaterThanOrEqual(0.5 - 1e-12);
  });
});

describe('weighted baselines against brute force', () => {
  const actorsArb = fc.array(
    fc.record({
      capability: fc.double({ min: 0.01, max: 10, noNaN: true }),
      position: fc.integer({ min: 0, max: 20 }),
      salience: fc.double({ min: 0.01, max: 1, noNaN: true }),
    }),
    { minLength: 1, maxLength: 8 },
  );

  it('the median beats or ties every held position in a power-weighted pairwise vote', () => {
    fc.assert(
      fc.property(actorsArb, (acts) => {
        const pos = acts.map((a) => a.position);
        const med = weightedMedian(acts, pos);
        for (const p of pos) {
          let v = 0;
          acts.forEach((a, i) => {
            v += a.capability * a.salience * (Math.abs(pos[i] - med) - Math.abs(pos[i] - p));
          });
          expect(v).toBeLessThanOrEqual(1e-9);
        }
        // and it is a weighted median: at most half the weight lies strictly on either side
        const w = acts.map((a) => a.capability * a.salience);
        const tot = w.reduce((x, y) => x + y, 0);
        const below = w.reduce((s, x, i) => (pos[i] < med ? s + x : s), 0);
        const above = w.reduce((s, x, i) => (pos[i] > med ? s + x : s), 0);
        expect(below).toBeLessThanOrEqual(tot / 2 + 1e-9);
        expect(above).toBeLessThanOrEqual(tot / 2 + 1e-9);
      }),
    );
  });

  it('the mean is the power × salience weighted average', () => {
    fc.assert(
      fc.property(actorsArb, (acts) => {
        const pos = acts.map((a) => a.position);
        let num = 0;
        let den = 0;
        for (const a of acts) {
          num += a.capability * a.salience * a.position;
          den += a.capability * a.salience;
        }
        expect(weightedMean(acts, pos)).toBeCloseTo(num / den, 9);
      }),
    );
  });
});

describe('BDM round dynamics on random inputs', () => {
  const arb = fc.array(
    fc.record({
      capability: fc.double({ min: 0.05, max: 1, noNaN: true }),
      position: fc.integer({ min: 0, max: 10 }),
      salience: fc.double({ min: 0.05, max: 1, noNaN: true }),
    }),
    { minLength: 3, maxLength: 7 },
  );

  it('every move follows its outcome: conflict and capitulation adopt the other position, compromise lies between', () => {
    fc.assert(
      fc.property(arb, fc.constantFrom('paper' as const, 'never' as const), (acts, cap) => {
        const res = runBdm(acts, { rounds: 3, capitulation: cap });
        for (let r = 1; r < res.rounds.length; r++) {
          const before = res.rounds[r - 1].positions;
          for (const mv of res.rounds[r].moves) {
            const own = before[mv.actor];
            const other = before[mv.from];
            if (mv.kind === 'compromise') {
              expect(mv.position).toBeGreaterThanOrEqual(Math.min(own, other) - 1e-12);
              expect(mv.position).toBeLessThanOrEqual(Math.max(own, other) + 1e-12);
            } else expect(mv.position).toBe(other);
            if (cap === 'never') expect(mv.kind).not.toBe('capitulation');
            expect(res.rounds[r].positions[mv.actor]).toBe(mv.position);
          }
          for (const x of res.rounds[r].risk) {
            expect(x).toBeGreaterThanOrEqual(0.5 - 1e-12);
            expect(x).toBeLessThanOrEqual(2 + 1e-12);
          }
        }
      }),
      { numRuns: 100, seed: 42 },
    );
  });

  it('capitulation does occur under the paper rule', () => {
    let seen = false;
    fc.assert(
      fc.property(arb, (acts) => {
        const res = runBdm(acts, { rounds: 2, capitulation: 'paper' });
        if (res.rounds.some((r) => r.moves.some((m) => m.kind === 'capitulation'))) seen = true;
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(seen).toBe(true);
  });
});
