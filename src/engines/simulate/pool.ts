// The candidate packages agents negotiate over, computed once per scenario: the Pareto frontier
// of the packages every principal's red lines allow, and for each principal the frontier of the
// packages its OWN red lines allow (what it would put on the table even when the others' red
// lines leave nothing). Every candidate carries every party's utility and whether it meets each
// party's red lines and walk-away value, so a negotiation round is table look-ups: no package is
// ever re-enumerated.
import type { Scenario } from '../../model/types.js';
import {
  bargainingSolutions,
  type CompiledSpace,
  compileSpace,
  EPS,
  type Frontier,
  paretoFrontier,
  rationalPart,
  utilityOf,
} from '../space/index.js';

/** A principal's own view of the pool: the candidates it may propose, by its own utility. */
export interface OwnIndex {
  /** Candidate ids meeting its red lines and walk-away value, ascending by its utility. */
  order: Int32Array;
  /** Its utility of each, ascending (the inverse-utility index: binary search a target level). */
  u: Float64Array;
  /** The subset acceptable to every principal (the ZOPA candidates), ascending by its utility. */
  zopaOrder: Int32Array;
  zopaU: Float64Array;
  /** Its best utility in the pool (its opening demand); its walk-away value when the pool is empty. */
  max: number;
}

export interface Pool {
  space: CompiledSpace;
  /** Party indices of the principals (the parties whose signature a deal needs). */
  principals: Int32Array;
  /** Number of parties (all roles). */
  parties: number;
  issues: number;
  /** Number of candidate packages. */
  n: number;
  /** n × issues value indices. */
  packages: Int32Array;
  /** n × parties utilities (soft penalties included). */
  util: Float64Array;
  /** n × parties: 1 when the party's own hard constraints hold. */
  ok: Uint8Array;
  /** n × parties: 1 when its hard constraints hold and its utility reaches its walk-away value. */
  acc: Uint8Array;
  /** Per candidate: principals for whom it is not acceptable. */
  broken: Int32Array;
  /** n × constraints: 1 when the constraint holds at the candidate. */
  holds: Uint8Array;
  /** Mediator draft orders, by objective and mediator (filled on first use). */
  draftOrders: Map<string, Int32Array>;
  /** Per principal (in `principals` order). */
  own: OwnIndex[];
  reservation: Float64Array;
  /** Per party, per issue: its best weighted contribution on that issue. */
  bestOnIssue: Float64Array[];
  /** The frontier of packages meeting every principal's red lines (principals' utilities). */
  feasible: Frontier;
  /** Its individually rational part: the ZOPA's frontier. */
  zopa: Frontier;
  /** The Nash solution's utility vectors over the ZOPA frontier (ties included; principals' order). */
  nash: Float64Array[];
}

function ownHard(space: CompiledSpace, party: number): number[] {
  return space.constraints.filter((c) => c.hard && c.party === party).map((c) => c.index);
}

/** Builds the pool; `extraDims` adds frontiers that include these parties' utilities (a mediator's). */
export function buildPool(scenario: Scenario, extraDims: readonly number[] = []): Pool {
  const space = compileSpace(scenario);
  const principals = space.principals;
  const P = space.parties.length;
  const m = space.issues.length;
  const d = principals.length;
  const allHard = space.constraints.filter((c) => c.hard && c.vetoes).map((c) => c.index);
  const feasible = paretoFrontier(space, { hard: allHard });
  const dRes = Float64Array.from(principals, (p) => space.reservation[p]);
  const zopa = rationalPart(feasible, dRes);
  const fronts: Frontier[] = [feasible];
  const seen = new Set<string>([allHard.join(',')]);
  for (const p of principals) {
    const hard = ownHard(space, p);
    const key = hard.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    fronts.push(paretoFrontier(space, { hard }));
  }
  const extra = extraDims.filter((p) => !principals.includes(p));
  if (extra.length > 0) {
    const dims = Int32Array.from([...principals, ...extra]);
    fronts.push(paretoFrontier(space, { hard: allHard, parties: dims }));
  }
  // Union of the frontiers' packages, each once.
  const index = new Map<string, number>();
  const pk: number[] = [];
  for (const f of fronts) {
    for (let k = 0; k < f.n; k++) {
      const pkg = f.packages.subarray(k * m, k * m + m);
      const key = pkg.join(',');
      if (index.has(key)) continue;
      index.set(key, index.size);
      for (let i = 0; i < m; i++) pk.push(pkg[i]);
    }
  }
  const n = index.size;
  const packages = Int32Array.from(pk);
  const util = new Float64Array(n * P);
  const ok = new Uint8Array(n * P);
  const acc = new Uint8Array(n * P);
  const broken = new Int32Array(n);
  const C = space.constraints.length;
  const holdsAt = new Uint8Array(n * C);
  for (let x = 0; x < n; x++) {
    for (const c of space.constraints) {
      let code = 0;
      let mul = 1;
      for (const i of c.scope) {
        code += packages[x * m + i] * mul;
        mul *= space.radices[i];
      }
      holdsAt[x * C + c.index] = c.holds[code];
    }
  }
  const hardOf = space.parties.map((_, p) => space.constraints.filter((c) => c.hard && c.party === p));
  for (let x = 0; x < n; x++) {
    const pkg = packages.subarray(x * m, x * m + m);
    for (let p = 0; p < P; p++) {
      const u = utilityOf(space, p, pkg);
      util[x * P + p] = u;
      let good = 1;
      for (const c of hardOf[p]) {
        if (holdsAt[x * C + c.index] === 0) {
          good = 0;
          break;
        }
      }
      ok[x * P + p] = good;
      acc[x * P + p] = good && u >= space.reservation[p] - EPS ? 1 : 0;
    }
    let b = 0;
    for (const p of principals) if (acc[x * P + p] === 0) b++;
    broken[x] = b;
  }
  const own: OwnIndex[] = Array.from(principals, (p) => {
    const ids: number[] = [];
    for (let x = 0; x < n; x++) if (acc[x * P + p] === 1) ids.push(x);
    // Ties in own utility are ordered by candidate id so the index is the same on every run.
    ids.sort((a, b) => util[a * P + p] - util[b * P + p] || a - b);
    const order = Int32Array.from(ids);
    const u = Float64Array.from(ids, (x) => util[x * P + p]);
    const zIds = ids.filter((x) => broken[x] === 0);
    return {
      order,
      u,
      zopaOrder: Int32Array.from(zIds),
      zopaU: Float64Array.from(zIds, (x) => util[x * P + p]),
      max: ids.length > 0 ? u[u.length - 1] : space.reservation[p],
    };
  });
  const bestOnIssue = space.wutils.map((w) => Float64Array.from(w, (vals) => Math.max(...vals)));
  let nash: Float64Array[] = [];
  if (zopa.n > 0) {
    const sols = bargainingSolutions(zopa.vec, zopa.n, d, dRes, new Float64Array(d).fill(1));
    nash = sols.nash.best.map((k) => zopa.vec.slice(k * d, k * d + d));
  }
  return {
    space,
    principals,
    parties: P,
    issues: m,
    n,
    packages,
    util,
    ok,
    acc,
    broken,
    holds: holdsAt,
    draftOrders: new Map(),
    own,
    reservation: space.reservation,
    bestOnIssue,
    feasible,
    zopa,
    nash,
  };
}

/** First position in an ascending array whose value is ≥ v (the length when none is). */
export function lowerBound(a: Float64Array, v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mediator's static ranking of the candidates: fewest principals for whom a candidate is
 * unacceptable first, then the best for its objective (ties by candidate id). A draft is the
 * first candidate of the best tier that also meets the dynamic criteria, so a round scans one
 * tier at most.
 */
export function draftOrder(pool: Pool, objective: 'nash' | 'maxmin' | 'own', mediator: number): Int32Array {
  const key = `${objective}:${mediator}`;
  const cached = pool.draftOrders.get(key);
  if (cached) return cached;
  const { n, util, principals, reservation, broken } = pool;
  const P = pool.parties;
  const obj = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    let prod = 1;
    let minGain = Number.POSITIVE_INFINITY;
    for (const p of principals) {
      const g = util[x * P + p] - reservation[p];
      prod *= Math.max(0, g);
      minGain = Math.min(minGain, g);
    }
    obj[x] =
      objective === 'own' && mediator >= 0 ? util[x * P + mediator] : objective === 'maxmin' ? minGain : prod;
  }
  const order = Int32Array.from({ length: n }, (_, x) => x).sort(
    (a, b) => broken[a] - broken[b] || (Math.abs(obj[b] - obj[a]) > 1e-12 ? obj[b] - obj[a] : 0) || a - b,
  );
  pool.draftOrders.set(key, order);
  return order;
}
