// The 14 ANAC / GENIUS / GeniusWeb reference domains: conceder and Boulware agents negotiate
// (stacked alternating offers, 100 rounds, 10 seeds); how far their agreements fall from the
// Nash point. Figures are printed (and quoted in docs/simulation.md).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepare, type StrategySpec, simulate } from '../../../src/engines/simulate/index.js';
import { type DomainFiles, negotiationDir as dir, loadReference } from '../../support/reference-domains.js';

if (!fs.existsSync(dir)) console.warn(`skipping simulation reference tests: ${dir} is absent`);

const pairs: [string, StrategySpec, StrategySpec][] = [
  ['conceder/conceder', { kind: 'conceder' }, { kind: 'conceder' }],
  ['conceder/Boulware', { kind: 'conceder' }, { kind: 'boulware' }],
  ['Boulware/conceder', { kind: 'boulware' }, { kind: 'conceder' }],
  ['Boulware/Boulware', { kind: 'boulware' }, { kind: 'boulware' }],
];

describe.skipIf(!fs.existsSync(dir))('reference negotiation domains: distance of agreements to Nash', () => {
  const cases: DomainFiles[] = fs.existsSync(dir)
    ? JSON.parse(fs.readFileSync(path.join(dir, 'results.json'), 'utf8'))
    : [];

  it('conceder and Boulware agents always agree; like pairs land near the Nash point', () => {
    const lines: string[] = [];
    const symmetric: number[] = [];
    for (const r of cases) {
      const s = loadReference(r);
      const pool = prepare(s).pool;
      const cells: string[] = [];
      for (const [name, a, b] of pairs) {
        // Parties alternate between the two strategies (first, third… get `a`).
        const strategies = Object.fromEntries(s.parties.map((p, k) => [p.id, k % 2 === 0 ? a : b]));
        const ds: number[] = [];
        for (let seed = 1; seed <= 10; seed++) {
          const res = simulate(s, { strategies, seed, trace: false }, prepare(s, { strategies }, pool));
          expect(res.outcome.agreed, `${r.scenario} ${name} seed ${seed}`).toBe(true);
          expect(res.outcome.distanceToNash).not.toBeNull();
          ds.push(res.outcome.distanceToNash as number);
        }
        const mean = ds.reduce((x, y) => x + y, 0) / ds.length;
        if (a.kind === b.kind) symmetric.push(mean);
        cells.push(`${mean.toFixed(3)}`);
      }
      lines.push(
        `${r.scenario.replace('domains/', '').padEnd(46)} ${cells.map((c) => c.padStart(8)).join(' ')}`,
      );
    }
    console.log(
      `mean distance to Nash over 10 seeds (${pairs.map((p) => p[0]).join(', ')}):\n${lines.join('\n')}`,
    );
    // Like pairs concede at the same pace and meet in the middle: well inside the unit square.
    for (const d of symmetric) expect(d).toBeLessThan(0.5);
    const meanSym = symmetric.reduce((x, y) => x + y, 0) / symmetric.length;
    expect(meanSym).toBeLessThan(0.25);
  });

  it('a Boulware agent facing a conceder does at least as well as a conceder would', () => {
    for (const r of cases.filter((c) => c.parties.length === 2)) {
      const s = loadReference(r);
      const pool = prepare(s).pool;
      const [first, second] = s.parties.map((p) => p.id);
      const mean = (strategies: Record<string, StrategySpec>, id: string) => {
        let sum = 0;
        for (let seed = 1; seed <= 5; seed++) {
          const res = simulate(s, { strategies, seed, trace: false }, prepare(s, { strategies }, pool));
          sum += res.outcome.utilities.find((u) => u.party === id)?.utility ?? 0;
        }
        return sum / 5;
      };
      for (const [me, other] of [
        [first, second],
        [second, first],
      ]) {
        const tough = mean({ [me]: { kind: 'boulware' }, [other]: { kind: 'conceder' } }, me);
        const soft = mean({ [me]: { kind: 'conceder' }, [other]: { kind: 'conceder' } }, me);
        expect(tough, `${r.scenario} ${me}`).toBeGreaterThanOrEqual(soft - 1e-9);
      }
    }
  });
});
