// The agreement-space analysis of a scenario: is there a package every principal can sign (the
// ZOPA), which ones are efficient (the Pareto frontier), which one each bargaining solution
// picks, and when there is none, which constraints clash and which concessions would open a
// deal. The result is plain JSON data; `renderSpace` formats it for a terminal.
import type { Scenario } from '../../model/types.js';
import { buildRegion, CELL_BLOCK, type Region } from './blocks.js';
import {
  type CompiledSpace,
  compileSpace,
  EPS,
  packageOf,
  tableCode,
  utilityOf,
  valueLabel,
} from './compile.js';
import { countRegion, type ZopaCount } from './count.js';
import { type Frontier, frontierOfRegion, rationalPart } from './frontier.js';
import { marco } from './marco.js';
import { bargainingSolutions, SOLUTION_NAMES, SOLUTION_TITLES, type SolutionName } from './solutions.js';

export const SPACE_ENGINE_VERSION = '0.1.0';

export interface SpaceOptions {
  /**
   * Work budget of an exact ZOPA count: the number of branches the bounded block-by-block walk
   * may open (default 2e7, about the packages it would enumerate in the worst case).
   */
  budget?: number;
  /** Largest number of conflict sets / concessions listed (default 20). */
  maxSets?: number;
  /** Frontier points listed in the result (default 200; the counts always cover all). */
  maxPoints?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * Largest product of one block's radices before the space is split into cells (default 2^20);
   * lower it to trade enumeration for more cells.
   */
  cellBlock?: number;
}

export interface PackageValue {
  issue: string;
  issueName: string;
  value: string | number;
  label: string;
}

export interface PartyUtility {
  party: string;
  name: string;
  utility: number;
  /** utility − no-agreement value. */
  gain: number;
}

export interface SolutionResult {
  name: SolutionName;
  title: string;
  /** The package (the first of the tied ones), issue by issue. */
  package: PackageValue[];
  utilities: PartyUtility[];
  /** Constraints the package breaks that do not veto: non-principals' hard ones and soft ones. */
  breaks: ConstraintRef[];
  /** Distinct utility vectors attaining the optimum, and the packages behind them. */
  tiedVectors: number;
  tiedPackages: number;
  score: number;
}

export interface ConstraintRef {
  kind: 'constraint' | 'reservation';
  /** Constraint id, or `no-agreement:<party>` for a walk-away value. */
  id: string;
  party: string;
  partyName: string;
  text: string;
}

export interface ConflictSet {
  constraints: ConstraintRef[];
  sentence: string;
}

export interface Concession {
  /** The constraints to relax (together). */
  relax: ConstraintRef[];
  /** Parties whose constraints are relaxed. */
  whoPays: string[];
  /** Packages that become acceptable to every principal once these are relaxed. */
  opens: { count: string | null; exact: boolean; lower: string; upper: string };
  /** The best of them by Nash product (relaxed walk-away values count from 0). */
  best?: { package: PackageValue[]; utilities: PartyUtility[] };
  sentence: string;
}

export interface NearestPackage {
  package: PackageValue[];
  utilities: PartyUtility[];
  violates: ConstraintRef[];
}

export interface FrontierPoint {
  utilities: number[];
  packages: number;
  package: PackageValue[];
}

export interface SpaceAnalysis {
  engine: 'space';
  version: string;
  scenario: { id: string; title: string };
  params: { budget: number; maxSets: number; maxPoints: number; cellBlock: number };
  parties: {
    id: string;
    name: string;
    role: string;
    principal: boolean;
    noAgreement: number;
    power: number;
  }[];
  issues: { id: string; name: string; values: number }[];
  /** Size of the outcome space (decimal string: it can exceed 2^53). */
  outcomes: string;
  /** Packages meeting every principal's hard constraints (exact). */
  feasible: string;
  /** Packages acceptable to every principal: hard constraints and walk-away values. */
  zopa: { count: string | null; exact: boolean; lower: string; upper: string; method: ZopaCount['method'] };
  verdict: 'deal' | 'no deal';
  /** Pareto frontier of the feasible packages, over the principals' utilities (package counts exact up to 2^53). */
  frontier: { parties: string[]; vectors: number; packages: number };
  /** Pareto frontier of the ZOPA (the feasible frontier's individually rational part). */
  zopaFrontier: { vectors: number; packages: number; points: FrontierPoint[]; listed: number };
  solutions: SolutionResult[];
  conflicts: { sets: ConflictSet[]; concessions: Concession[]; complete: boolean } | null;
  nearest: NearestPackage[];
  notes: string[];
}

interface Item {
  kind: 'constraint' | 'reservation';
  /** Constraint index or party index. */
  index: number;
}

function spell(space: CompiledSpace, pkg: ArrayLike<number>): PackageValue[] {
  const ids = packageOf(space, pkg);
  return space.issues.map((issue, i) => ({
    issue: issue.id,
    issueName: issue.name,
    value: ids[issue.id],
    label: valueLabel(issue, pkg[i]),
  }));
}

function utilitiesAt(space: CompiledSpace, pkg: ArrayLike<number>): PartyUtility[] {
  return space.parties.map((id, k) => {
    const u = utilityOf(space, k, pkg);
    return { party: id, name: space.partyNames[k], utility: u, gain: u - space.reservation[k] };
  });
}

function refOf(space: CompiledSpace, it: Item): ConstraintRef {
  if (it.kind === 'reservation') {
    const p = it.index;
    return {
      kind: 'reservation',
      id: `no-agreement:${space.parties[p]}`,
      party: space.parties[p],
      partyName: space.partyNames[p],
      text: `nothing worse than walking away (utility ${space.reservation[p].toFixed(3)})`,
    };
  }
  const c = space.constraints[it.index];
  return {
    kind: 'constraint',
    id: c.id,
    party: space.parties[c.party],
    partyName: space.partyNames[c.party],
    text: c.text,
  };
}

function describe(space: CompiledSpace, it: Item): string {
  if (it.kind === 'reservation') {
    return `${space.partyNames[it.index]}'s walk-away value (${space.reservation[it.index].toFixed(3)})`;
  }
  const c = space.constraints[it.index];
  const what = c.source.form === 'forbid' ? 'red line' : c.source.form === 'require' ? 'demand' : 'condition';
  return `${space.partyNames[c.party]}'s ${what} '${c.text}'`;
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function conflictSentence(space: CompiledSpace, items: Item[]): string {
  const parts = items.map((it) => describe(space, it));
  if (parts.length === 1) return `${parts[0]} cannot be met by any package`;
  if (parts.length === 2) return `${joinAnd(parts)} cannot both hold`;
  return `${joinAnd(parts)} cannot all hold together`;
}

function fmtCount(c: ZopaCount) {
  return {
    count: c.count === null ? null : c.count.toString(),
    exact: c.exact,
    lower: c.lower.toString(),
    upper: c.upper.toString(),
  };
}

/** The feasible region of a subset of items: hard constraints in it, thresholds of its reservations. */
function region(space: CompiledSpace, items: Item[], subset: number[]) {
  const hard = subset.filter((k) => items[k].kind === 'constraint').map((k) => items[k].index);
  const reserving = new Set(subset.filter((k) => items[k].kind === 'reservation').map((k) => items[k].index));
  const thresholds = Float64Array.from(space.principals, (p) =>
    reserving.has(p) ? space.reservation[p] : Number.NEGATIVE_INFINITY,
  );
  return { hard, thresholds };
}

export function analyzeSpace(scenario: Scenario, opts: SpaceOptions = {}): SpaceAnalysis {
  const budget = opts.budget ?? 2e7;
  const maxSets = opts.maxSets ?? 20;
  const maxPoints = opts.maxPoints ?? 200;
  const progress = opts.onProgress ?? (() => {});
  const notes: string[] = [];
  const space = compileSpace(scenario);
  const principals = space.principals;
  const d = principals.length;
  if (!scenario.parties.some((p) => p.role === 'principal')) {
    notes.push('No party is a principal: every party is treated as one.');
  }
  const mediatorHard = space.constraints.filter((c) => c.hard && !c.vetoes);
  if (mediatorHard.length > 0) {
    notes.push(
      `${mediatorHard.length} hard constraint(s) of non-principals (mediators, guarantors, observers) do not veto packages; each solution lists those its package breaks.`,
    );
  }
  const hard = space.constraints.filter((c) => c.hard && c.vetoes).map((c) => c.index);
  const dRes = Float64Array.from(principals, (p) => space.reservation[p]);
  progress('frontier', 0, 1);
  const set: Region = buildRegion(space, hard, principals, opts.cellBlock);
  if (set.cutIssues.length > 0) {
    notes.push(
      `Constraints chain many issues; the space was split into ${set.cells.length} cells by fixing ${set.cutIssues.map((i) => space.issues[i].name).join(', ')} (the results stay exact).`,
    );
  }
  const front: Frontier = frontierOfRegion(space, set);
  const zf = rationalPart(front, dRes);
  progress('frontier', 1, 1);
  progress('zopa', 0, 1);
  const zcount = countRegion(set, dRes, budget, BigInt(Math.round(zf.packageCount)));
  if (!zcount.exact) {
    notes.push(
      `The ZOPA holds between ${zcount.lower} and ${zcount.upper} packages: counting it exactly needed more than the budget of ${budget} steps (the upper bound counts every package meeting the hard constraints).`,
    );
  }
  progress('zopa', 1, 1);
  const m = space.issues.length;
  const pkgAt = (f: Frontier, k: number) => f.packages.subarray(k * m, k * m + m);
  const solutions: SolutionResult[] = [];
  if (zf.n > 0) {
    const sols = bargainingSolutions(
      zf.vec,
      zf.n,
      d,
      dRes,
      Float64Array.from(principals, (p) => space.power[p]),
    );
    for (const name of SOLUTION_NAMES) {
      const s = sols[name];
      if (s.best.length === 0) continue;
      const pkg = pkgAt(zf, s.best[0]);
      const breaks = space.constraints
        .filter((c) => (!c.hard || !c.vetoes) && c.holds[tableCode(c, space.radices, pkg)] === 0)
        .map((c) => refOf(space, { kind: 'constraint', index: c.index }));
      solutions.push({
        name,
        title: SOLUTION_TITLES[name],
        package: spell(space, pkg),
        utilities: utilitiesAt(space, pkg),
        breaks,
        tiedVectors: s.best.length,
        tiedPackages: s.best.reduce((a, k) => a + zf.count[k], 0),
        score: s.score,
      });
    }
  }
  const order = Array.from({ length: zf.n }, (_, k) => k).sort((a, b) => zf.vec[b * d] - zf.vec[a * d]);
  const points: FrontierPoint[] = order.slice(0, maxPoints).map((k) => ({
    utilities: Array.from(zf.vec.subarray(k * d, k * d + d)),
    packages: zf.count[k],
    package: spell(space, pkgAt(zf, k)),
  }));
  let conflicts: SpaceAnalysis['conflicts'] = null;
  let nearest: NearestPackage[] = [];
  const deal = zf.n > 0;
  if (!deal) {
    const r = explainNoDeal(space, budget, maxSets, progress, opts.cellBlock);
    conflicts = r.conflicts;
    nearest = r.nearest;
  }
  return {
    engine: 'space',
    version: SPACE_ENGINE_VERSION,
    scenario: { id: scenario.meta.id, title: scenario.meta.title },
    params: { budget, maxSets, maxPoints, cellBlock: opts.cellBlock ?? CELL_BLOCK },
    parties: scenario.parties.map((p, k) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      principal: principals.includes(k),
      noAgreement: space.reservation[k],
      power: p.power,
    })),
    issues: space.issues.map((issue, i) => ({ id: issue.id, name: issue.name, values: space.radices[i] })),
    outcomes: space.size.toString(),
    feasible: set.feasible.toString(),
    zopa: { ...fmtCount(zcount), method: zcount.method },
    verdict: deal ? 'deal' : 'no deal',
    frontier: {
      parties: Array.from(principals, (p) => space.parties[p]),
      vectors: front.n,
      packages: front.packageCount,
    },
    zopaFrontier: { vectors: zf.n, packages: zf.packageCount, points, listed: points.length },
    solutions,
    conflicts,
    nearest,
    notes,
  };
}

/** Minimal conflict sets, minimal concessions and nearest packages when the ZOPA is empty. */
export function explainNoDeal(
  space: CompiledSpace,
  budget = 2e7,
  maxSets = 20,
  onProgress?: SpaceOptions['onProgress'],
  cellBlock?: number,
): { conflicts: NonNullable<SpaceAnalysis['conflicts']>; nearest: NearestPackage[] } {
  const principals = space.principals;
  const d = principals.length;
  const items: Item[] = [
    ...space.constraints
      .filter((c) => c.hard && c.vetoes)
      .map((c): Item => ({ kind: 'constraint', index: c.index })),
    ...Array.from(principals, (p): Item => ({ kind: 'reservation', index: p })),
  ];
  const sat = (subset: number[]): boolean => {
    const { hard, thresholds } = region(space, items, subset);
    // Only the parties whose walk-away value is in the subset need a coordinate.
    const reserving = Int32Array.from(
      Array.from(principals).filter((_, q) => thresholds[q] !== Number.NEGATIVE_INFINITY),
    );
    const set = buildRegion(
      space,
      hard,
      reserving.length > 0 ? reserving : principals.subarray(0, 1),
      cellBlock,
    );
    if (set.feasible === 0n) return false;
    if (reserving.length === 0) return true;
    const thr = Float64Array.from(reserving, (p) => space.reservation[p]);
    return frontierOfRegion(space, set, thr).n > 0;
  };
  const res = marco(items.length, sat, 5000, (calls, max) => onProgress?.('conflicts', calls, max));
  // Each concession's opened region is counted with a share of the budget.
  const concessionBudget = Math.min(budget, 2e6);
  const m = space.issues.length;
  const sets: ConflictSet[] = res.muses
    .map((mus) => mus.map((k) => items[k]))
    .sort((a, b) => a.length - b.length)
    .slice(0, maxSets)
    .map((its) => ({
      constraints: its.map((it) => refOf(space, it)),
      sentence: conflictSentence(space, its),
    }));
  type Scored = Concession & {
    size: number;
    payers: number;
    nash: number;
    pkg?: Int32Array;
    relaxedItems: Item[];
  };
  const scored: Scored[] = res.mcses.map((mcs) => {
    const inMcs = new Set(mcs);
    const keep = items.map((_, k) => k).filter((k) => !inMcs.has(k));
    const { hard, thresholds } = region(space, items, keep);
    const set = buildRegion(space, hard, principals, cellBlock);
    const thr = thresholds; // -∞ where the walk-away value is relaxed
    const rf = rationalPart(frontierOfRegion(space, set, thr), thr);
    const cnt = countRegion(
      set,
      thr.map((t) => (t === Number.NEGATIVE_INFINITY ? -1e300 : t)),
      concessionBudget,
      BigInt(Math.round(rf.packageCount)),
    );
    // Nash over the opened region; a party whose walk-away value is relaxed counts from 0.
    const base = Float64Array.from(thr, (t) => (t === Number.NEGATIVE_INFINITY ? 0 : t));
    let bestK = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < rf.n; k++) {
      let p = 1;
      for (let q = 0; q < d; q++) p *= Math.max(0, rf.vec[k * d + q] - base[q]);
      if (p > bestScore + 1e-15) {
        bestScore = p;
        bestK = k;
      }
    }
    const relaxedItems = mcs.map((k) => items[k]);
    const relax = relaxedItems.map((it) => refOf(space, it));
    const whoPays = [...new Set(relax.map((r) => r.partyName))];
    const pkg = bestK >= 0 ? rf.packages.slice(bestK * m, bestK * m + m) : undefined;
    const countText = cnt.exact
      ? `${cnt.count} package${cnt.count === 1n ? '' : 's'}`
      : `between ${cnt.lower} and ${cnt.upper} packages`;
    const sentence = `If ${joinAnd(relaxedItems.map((it) => describe(space, it)))} ${relaxedItems.length === 1 ? 'is' : 'are'} given up, ${countText} ${cnt.exact && cnt.count === 1n ? 'becomes' : 'become'} acceptable to every principal; ${joinAnd(whoPays)} ${whoPays.length === 1 ? 'pays' : 'pay'}.`;
    return {
      relax,
      whoPays,
      opens: fmtCount(cnt),
      best: pkg ? { package: spell(space, pkg), utilities: utilitiesAt(space, pkg) } : undefined,
      sentence,
      size: mcs.length,
      payers: whoPays.length,
      nash: bestScore,
      pkg,
      relaxedItems,
    };
  });
  scored.sort((a, b) => a.size - b.size || a.payers - b.payers || b.nash - a.nash);
  const minSize = scored.length > 0 ? scored[0].size : 0;
  const nearest: NearestPackage[] = scored
    .filter((s) => s.size === minSize && s.pkg)
    .sort((a, b) => b.nash - a.nash)
    .slice(0, 5)
    .map((s) => ({
      package: s.best?.package ?? [],
      utilities: s.best?.utilities ?? [],
      violates: violated(space, items, s.pkg as Int32Array).map((it) => refOf(space, it)),
    }));
  const concessions: Concession[] = scored
    .slice(0, maxSets)
    .map(({ relax, whoPays, opens, best, sentence }) => ({
      relax,
      whoPays,
      opens,
      ...(best ? { best } : {}),
      sentence,
    }));
  return { conflicts: { sets, concessions, complete: res.complete }, nearest };
}

function violated(space: CompiledSpace, items: Item[], pkg: Int32Array): Item[] {
  return items.filter((it) => {
    if (it.kind === 'reservation') return utilityOf(space, it.index, pkg) < space.reservation[it.index] - EPS;
    const c = space.constraints[it.index];
    return c.holds[tableCode(c, space.radices, pkg)] === 0;
  });
}
