// Property tests: on random small scenarios (2–5 parties, option and range issues, overrides,
// hard/soft constraints, reservation values and packages) the engine must agree with a direct
// computation written here from the definitions, package by package and subset by subset.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeSpace,
  bruteForceSpace,
  buildBlocks,
  type CompiledSpace,
  compileSpace,
  frontierOfBlocks,
  paretoFrontier,
  rationalPart,
} from '../../../src/engines/space/index.js';
import type { Package, Scenario } from '../../../src/model/types.js';
import { allPackages, directUtility, randomScenario, satisfies } from '../../support/random-scenarios.js';

const EPS = 1e-9;
const hardOf = (space: CompiledSpace) =>
  space.constraints.filter((c) => c.hard && c.vetoes).map((c) => c.index);

function direct(s: Scenario) {
  const principals = s.parties.filter((p) => p.role === 'principal');
  const reservation = principals.map((p) =>
    p.no_agreement.kind === 'value'
      ? p.no_agreement.value
      : directUtility(s, p, p.no_agreement.package, false),
  );
  const items: { id: string; check: (pkg: Package, u: number[]) => boolean }[] = [
    ...principals.flatMap((p) =>
      p.constraints
        .filter((c) => c.hard)
        .map((c) => ({ id: c.id, check: (pkg: Package) => satisfies(c, pkg) })),
    ),
    ...principals.map((p, q) => ({
      id: `no-agreement:${p.id}`,
      check: (_: Package, u: number[]) => u[q] >= reservation[q] - EPS,
    })),
  ];
  const pkgs = allPackages(s);
  const rows = pkgs.map((pkg) => {
    const u = principals.map((p) => directUtility(s, p, pkg));
    let viol = 0;
    items.forEach((it, k) => {
      if (!it.check(pkg, u)) viol |= 1 << k;
    });
    return { u, viol };
  });
  const nItems = items.length;
  const hardMask = (1 << (nItems - principals.length)) - 1;
  const feasible = rows.filter((r) => (r.viol & hardMask) === 0);
  const zopa = rows.filter((r) => r.viol === 0);
  const dominates = (a: number[], b: number[]) =>
    a.every((x, q) => x >= b[q] - EPS) && a.some((x, q) => x > b[q] + EPS);
  const frontier = feasible.filter((r) => !feasible.some((o) => dominates(o.u, r.u)));
  const distinct: number[][] = [];
  for (const f of frontier)
    if (!distinct.some((v) => v.every((x, q) => Math.abs(x - f.u[q]) <= EPS))) distinct.push(f.u);
  const zfront = frontier.filter((r) => r.viol === 0);
  const satSubset = (mask: number) => rows.some((r) => (r.viol & mask) === 0);
  const full = (1 << nItems) - 1;
  const muses: string[] = [];
  const mcses: string[] = [];
  if (!satSubset(full)) {
    for (let m = 1; m <= full; m++) {
      if (
        !satSubset(m) &&
        [...Array(nItems).keys()].every((k) => !(m & (1 << k)) || satSubset(m & ~(1 << k)))
      ) {
        muses.push(maskIds(m));
      }
      const rest = full & ~m;
      if (
        satSubset(rest) &&
        [...Array(nItems).keys()].every((k) => !(m & (1 << k)) || !satSubset(rest | (1 << k)))
      ) {
        mcses.push(maskIds(m));
      }
    }
  }
  function maskIds(m: number) {
    return items
      .filter((_, k) => m & (1 << k))
      .map((x) => x.id)
      .sort()
      .join('+');
  }
  const nash = zopa.length
    ? Math.max(...zopa.map((r) => r.u.reduce((a, x, q) => a * (x - reservation[q]), 1)))
    : null;
  const welfare = zopa.length ? Math.max(...zopa.map((r) => r.u.reduce((a, x) => a + x, 0))) : null;
  const egal = zopa.length
    ? Math.max(...zopa.map((r) => Math.min(...r.u.map((x, q) => x - reservation[q]))))
    : null;
  return {
    feasible: feasible.length,
    zopa: zopa.length,
    frontier,
    distinct,
    zfront,
    muses,
    mcses,
    nash,
    welfare,
    egal,
    reservation,
  };
}

describe('agreement space against the direct computation', () => {
  it('agrees on random scenarios (frontier, ZOPA, solutions, conflict sets)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const s = randomScenario(seed);
        const want = direct(s);
        // Tiny cell limits force the split into cells on most scenarios: both must be exact.
        for (const cellBlock of [undefined, 2]) {
          check(s, want, analyzeSpace(s, { maxSets: 10_000, maxPoints: 10_000, cellBlock }));
        }
      }),
      { numRuns: 150 },
    );
  });

  function check(s: Scenario, want: ReturnType<typeof direct>, a: ReturnType<typeof analyzeSpace>) {
    expect(a.feasible).toBe(String(want.feasible));
    expect(a.zopa.count).toBe(String(want.zopa));
    expect(a.frontier.packages).toBe(want.frontier.length);
    expect(a.frontier.vectors).toBe(want.distinct.length);
    expect(a.zopaFrontier.packages).toBe(want.zfront.length);
    expect(a.verdict).toBe(want.zopa > 0 ? 'deal' : 'no deal');
    const sol = (n: string) => a.solutions.find((x) => x.name === n);
    const principalIds = s.parties.filter((p) => p.role === 'principal').map((p) => p.id);
    const pu = (n: string) => (sol(n)?.utilities ?? []).filter((u) => principalIds.includes(u.party));
    if (want.nash !== null) {
      const got = pu('nash').reduce((acc, u, q) => acc * (u.utility - want.reservation[q]), 1);
      expect(got).toBeCloseTo(want.nash, 9);
      expect(pu('utilitarian').reduce((acc, u) => acc + u.utility, 0)).toBeCloseTo(want.welfare as number, 9);
      expect(Math.min(...pu('egalitarian').map((u, q) => u.utility - want.reservation[q]))).toBeCloseTo(
        want.egal as number,
        9,
      );
    } else {
      const key = (ids: { id: string }[]) =>
        ids
          .map((x) => x.id)
          .sort()
          .join('+');
      expect(a.conflicts?.complete).toBe(true);
      expect((a.conflicts?.sets ?? []).map((x) => key(x.constraints)).sort()).toEqual([...want.muses].sort());
      expect((a.conflicts?.concessions ?? []).map((x) => key(x.relax)).sort()).toEqual(
        [...want.mcses].sort(),
      );
      for (const n of a.nearest)
        expect(n.violates.length).toBe(Math.min(...want.mcses.map((m) => m.split('+').length)));
    }
  }

  it('the block merge equals the brute-force frontier package for package', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const space = compileSpace(randomScenario(seed));
        const fast = paretoFrontier(space);
        const slow = bruteForceSpace(space).frontier;
        expect(fast.n).toBe(slow.n);
        expect(fast.packageCount).toBe(slow.packageCount);
        const key = (f: typeof fast, k: number) =>
          Array.from(f.vec.subarray(k * f.dims, (k + 1) * f.dims), (x) => x.toFixed(7)).join(',');
        const a = Array.from({ length: fast.n }, (_, k) => key(fast, k)).sort();
        const b = Array.from({ length: slow.n }, (_, k) => key(slow, k)).sort();
        expect(a).toEqual(b);
        // Pruning by thresholds during the merge gives exactly the rational part.
        const thr = Float64Array.from(space.principals, (p) => space.reservation[p]);
        const pruned = frontierOfBlocks(space, buildBlocks(space, hardOf(space), space.principals), thr);
        const rational = rationalPart(fast, thr);
        expect(pruned.n).toBe(rational.n);
        expect(pruned.packageCount).toBe(rational.packageCount);
      }),
      { numRuns: 150 },
    );
  });
});
