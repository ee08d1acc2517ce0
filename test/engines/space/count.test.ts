import { describe, expect, it } from 'vitest';
import {
  analyzeSpace,
  bruteForceSpace,
  buildBlocks,
  compileSpace,
  countZopa,
} from '../../../src/engines/space/index.js';
import type { Scenario } from '../../../src/model/types.js';
import { is, makeParty, makeScenario, optionsIssue, rule, stance } from './helpers.js';

function medium(): Scenario {
  const ids = ['a', 'b', 'c', 'd'];
  const issues = Array.from({ length: 9 }, (_, i) => optionsIssue(`i${i}`, ids));
  const p = (name: string, shift: number, rv: number, extra: ReturnType<typeof rule>[] = []) =>
    makeParty(
      name,
      Object.fromEntries(
        issues.map((x, i) => [x.id, stance(ids[(i + shift) % 4], 1 + ((i * (shift + 3)) % 5))]),
      ),
      { noAgreement: { kind: 'value', value: rv }, constraints: extra },
    );
  return makeScenario(issues, [
    p('east', 0, 0.55, [rule('e1', 'no d on i0', { form: 'forbid', expr: is('i0', 'd') })]),
    p('west', 2, 0.5, [rule('w1', 'i1 is a or b', { form: 'require', expr: is('i1', 'a', 'b') })]),
    p('north', 1, 0.45),
  ]);
}

describe('countZopa', () => {
  it('counts the ZOPA exactly by the bounded walk and agrees with brute force', () => {
    const s = medium();
    const space = compileSpace(s);
    const brute = bruteForceSpace(space);
    const a = analyzeSpace(s);
    expect(a.zopa.exact).toBe(true);
    expect(a.zopa.method).toBe('enumerated');
    expect(a.zopa.count).toBe(String(brute.rational));
    expect(brute.rational).toBeGreaterThan(0);
    expect(a.feasible).toBe(String(brute.feasible));
  });

  it('gives a range that holds the exact count when the budget runs out', () => {
    const s = medium();
    const space = compileSpace(s);
    const set = buildBlocks(space, [0, 1], space.principals);
    const thr = Float64Array.from(space.principals, (p) => space.reservation[p]);
    const exact = countZopa(set, thr, 1e9).count as bigint;
    for (const budget of [1, 10, 1000, 20000]) {
      const c = countZopa(set, thr, budget, 3n);
      expect(c.exact).toBe(false);
      expect(c.method).toBe('bound');
      expect(c.lower <= exact && exact <= c.upper).toBe(true);
      expect(c.lower).toBeGreaterThanOrEqual(3n);
    }
    const r = analyzeSpace(s, { budget: 50 });
    expect(r.zopa.exact).toBe(false);
    expect(r.zopa.count).toBeNull();
    expect(BigInt(r.zopa.lower) <= exact && exact <= BigInt(r.zopa.upper)).toBe(true);
    expect(r.notes.join(' ')).toContain('between');
  });
});
