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
import type { Constraint, Expr, Issue, Package, Party, Scenario, Stance } from '../../../src/model/types.js';
import { ifThen, makeScenario, normalise } from './helpers.js';

const EPS = 1e-9;
const hardOf = (space: CompiledSpace) =>
  space.constraints.filter((c) => c.hard && c.vetoes).map((c) => c.index);

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomScenario(seed: number): Scenario {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pickOne = <T>(xs: T[]): T => xs[int(0, xs.length - 1)];
  const nIssues = int(2, 4);
  const issues: Issue[] = [];
  for (let i = 0; i < nIssues; i++) {
    if (r() < 0.25) {
      const step = pickOne([1, 2, 5]);
      const n = int(2, 4);
      const levels = Array.from({ length: n }, (_, k) => 10 + k * step);
      issues.push({
        id: `r${i}`,
        name: `R${i}`,
        aliases: [],
        kind: 'range',
        min: 10,
        max: levels[n - 1],
        step,
        unit: 'u',
        levels,
      });
    } else {
      const n = int(2, 4);
      const positions = Array.from({ length: n }, () => int(0, 100)).sort((a, b) => a - b);
      issues.push({
        id: `i${i}`,
        name: `I${i}`,
        aliases: [],
        kind: 'options',
        options: positions.map((p, k) => ({ id: `o${k}`, label: `O${k}`, aliases: [], position: p })),
      });
    }
  }
  const valuesOf = (issue: Issue) =>
    issue.kind === 'options' ? issue.options.map((o) => o.id) : issue.levels;
  const atom = (): Expr => {
    const issue = pickOne(issues);
    if (issue.kind === 'range') {
      const a = pickOne(issue.levels);
      const b = pickOne(issue.levels);
      return { op: 'between', issue: issue.id, min: Math.min(a, b), max: Math.max(a, b) };
    }
    const opts = issue.options.filter(() => r() < 0.4).map((o) => o.id);
    return { op: 'is', issue: issue.id, options: opts.length ? opts : [issue.options[0].id] };
  };
  const expr = (depth: number): Expr => {
    const x = r();
    if (depth > 0 && x < 0.15) return { op: 'not', of: expr(depth - 1) };
    if (depth > 0 && x < 0.35)
      return { op: r() < 0.5 ? 'all' : 'any', of: [expr(depth - 1), expr(depth - 1)] };
    return atom();
  };
  const nParties = int(2, 5);
  const parties: Party[] = [];
  let cid = 0;
  for (let p = 0; p < nParties; p++) {
    const stances: Record<string, Stance> = {};
    for (const issue of issues) {
      const vals = valuesOf(issue);
      const ideal = r() < 0.15 ? null : pickOne(vals as (string | number)[]);
      const utility: Record<string, number> = {};
      if (r() < 0.3) utility[String(pickOne(vals as (string | number)[]))] = Math.round(r() * 100) / 100;
      stances[issue.id] = { ideal, salience: int(0, 10) / 10, weight: 0, utility };
    }
    const constraints: Constraint[] = [];
    const nc = int(0, 2);
    for (let k = 0; k < nc; k++) {
      const hard = r() < 0.8;
      const form = pickOne(['forbid', 'require', 'if'] as const);
      const base = {
        id: `c${cid++}`,
        party: `p${p}`,
        text: `rule ${cid}`,
        hard,
        penalty: hard ? 0 : int(1, 3) / 10,
      };
      if (form === 'if') constraints.push({ ...base, ...ifThen(expr(1), expr(1)) } as Constraint);
      else constraints.push({ ...base, form, expr: expr(1) });
    }
    let no_agreement: Party['no_agreement'] = { kind: 'value', value: Math.round(r() * 60) / 100 };
    if (r() < 0.25) {
      const pkg: Package = {};
      for (const issue of issues) pkg[issue.id] = pickOne(valuesOf(issue) as (string | number)[]);
      no_agreement = { kind: 'package', package: pkg };
    }
    parties.push({
      id: `p${p}`,
      name: `P${p}`,
      aliases: [],
      kind: 'state',
      role: p < 2 || r() < 0.6 ? 'principal' : 'mediator',
      power: int(0, 3),
      stances: normalise(stances),
      constraints,
      no_agreement,
    });
  }
  return makeScenario(issues, parties);
}

// ---- the direct computation, from the definitions ----

function evalExpr(e: Expr, pkg: Package): boolean {
  switch (e.op) {
    case 'is':
      return e.options.map(String).includes(String(pkg[e.issue]));
    case 'between':
      return (pkg[e.issue] as number) >= e.min && (pkg[e.issue] as number) <= e.max;
    case 'all':
      return e.of.every((x) => evalExpr(x, pkg));
    case 'any':
      return e.of.some((x) => evalExpr(x, pkg));
    case 'not':
      return !evalExpr(e.of, pkg);
  }
}

function satisfies(c: Constraint, pkg: Package): boolean {
  if (c.form === 'forbid') return !evalExpr(c.expr, pkg);
  if (c.form === 'require') return evalExpr(c.expr, pkg);
  return !evalExpr(c.if, pkg) || evalExpr(c.then, pkg);
}

function position(issue: Issue, v: string | number): number {
  if (issue.kind === 'options') return issue.options.find((o) => o.id === v)?.position ?? Number.NaN;
  return (100 * ((v as number) - issue.min)) / (issue.max - issue.min || 1);
}

function directUtility(s: Scenario, party: Party, pkg: Package, penalties = true): number {
  let u = 0;
  for (const issue of s.issues) {
    const st = party.stances[issue.id];
    const has = st.ideal !== null || Object.keys(st.utility).length > 0;
    if (!has) continue;
    const v = pkg[issue.id];
    let x = 0;
    if (st.utility[String(v)] !== undefined) x = st.utility[String(v)];
    else if (st.ideal !== null) {
      const vals = issue.kind === 'options' ? issue.options.map((o) => o.id) : issue.levels;
      const ip = position(issue, st.ideal);
      const D = Math.max(...vals.map((w) => Math.abs(position(issue, w) - ip)));
      x = D > 0 ? 1 - Math.abs(position(issue, v) - ip) / D : 1;
    }
    u += st.weight * x;
  }
  if (penalties) for (const c of party.constraints) if (!c.hard && !satisfies(c, pkg)) u -= c.penalty;
  return u;
}

function allPackages(s: Scenario): Package[] {
  let out: Package[] = [{}];
  for (const issue of s.issues) {
    const vals = issue.kind === 'options' ? issue.options.map((o) => o.id) : issue.levels;
    out = out.flatMap((p) => vals.map((v) => ({ ...p, [issue.id]: v })));
  }
  return out;
}

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
