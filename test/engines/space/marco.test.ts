import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { marco } from '../../../src/engines/space/index.js';

// A monotone oracle from a family of "bad" sets: a subset is unsatisfiable when it contains one.
function oracle(bad: number[][]) {
  return (subset: number[]) => {
    const s = new Set(subset);
    return !bad.some((b) => b.every((x) => s.has(x)));
  };
}

function bruteMusMcs(n: number, sat: (s: number[]) => boolean) {
  const members = (m: number) => [...Array(n).keys()].filter((k) => m & (1 << k));
  const ok = new Uint8Array(1 << n);
  for (let m = 0; m < 1 << n; m++) ok[m] = sat(members(m)) ? 1 : 0;
  const full = (1 << n) - 1;
  const muses: string[] = [];
  const mcses: string[] = [];
  for (let m = 0; m <= full; m++) {
    const bits = members(m);
    if (!ok[m] && bits.every((k) => ok[m & ~(1 << k)])) muses.push(bits.join(','));
    const rest = full & ~m;
    if (m && ok[rest] && bits.every((k) => !ok[rest | (1 << k)])) mcses.push(bits.join(','));
  }
  return { muses: muses.sort(), mcses: mcses.sort() };
}

describe('marco', () => {
  it('finds the MUS and MCS of a small textbook case', () => {
    // {0,1} clash and {1,2,3} clash: MUSes {0,1}, {1,2,3}; MCSes {1}, {0,2}, {0,3}.
    const r = marco(
      4,
      oracle([
        [0, 1],
        [1, 2, 3],
      ]),
    );
    expect(r.complete).toBe(true);
    expect(r.muses.map((x) => x.join(',')).sort()).toEqual(['0,1', '1,2,3']);
    expect(r.mcses.map((x) => x.join(',')).sort()).toEqual(['0,2', '0,3', '1']);
  });

  it('enumerates exactly the MUSes and MCSes of random monotone families (up to 12 items)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 4 }), {
              maxLength: 6,
            }),
          ),
        ),
        ([n, bad]) => {
          const sat = oracle(bad);
          const r = marco(n, sat);
          const want = bruteMusMcs(n, sat);
          expect(r.complete).toBe(true);
          if (want.muses.length === 0) {
            expect(r.muses).toEqual([]);
            expect(r.mcses).toEqual([]);
            return;
          }
          expect(r.muses.map((x) => [...x].sort((a, b) => a - b).join(',')).sort()).toEqual(want.muses);
          expect(r.mcses.map((x) => [...x].sort((a, b) => a - b).join(',')).sort()).toEqual(want.mcses);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says when the call budget ran out', () => {
    const bad = Array.from({ length: 10 }, (_, k) => [2 * k, 2 * k + 1]);
    const r = marco(20, oracle(bad), 30);
    expect(r.complete).toBe(false);
  });
});
