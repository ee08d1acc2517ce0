// The scenario turned into flat numeric tables: issue radices, per-party per-value utilities and
// weights, no-agreement values, and every constraint as a truth table over the few issues it
// touches. Everything downstream (frontier, ZOPA, conflict sets) reads only this.
import { UserError } from '../../model/errors.js';
import type { Constraint, Expr, Issue, Package, Party, Scenario, Stance } from '../../model/types.js';

export interface CompiledConstraint {
  /** Position in `CompiledSpace.constraints`. */
  index: number;
  id: string;
  /** Index of the owning party in `CompiledSpace.parties`. */
  party: number;
  text: string;
  hard: boolean;
  penalty: number;
  /** True when its owner is a principal: only principals' hard constraints veto packages. */
  vetoes: boolean;
  /** Issue indices the constraint reads, ascending. */
  scope: Int32Array;
  /** 1 where the constraint holds, over the scope's product (first scope issue varies fastest). */
  holds: Uint8Array;
  source: Constraint;
}

export interface CompiledSpace {
  issueIds: string[];
  issues: Issue[];
  /** Number of values of each issue. */
  radices: Int32Array;
  /** Size of the full outcome space (product of radices). */
  size: bigint;
  parties: string[];
  partyNames: string[];
  /** Party indices whose signature a deal needs (every party when no one is a principal). */
  principals: Int32Array;
  power: Float64Array;
  /** Per party, per issue: the effective weight (0 where the party has no position and no overrides). */
  weights: Float64Array[];
  /** Per party, per issue, per value: utility on 0–1 before weighting. */
  utils: Float64Array[][];
  /** Per party, per issue, per value: weight · utility (the additive contribution). */
  wutils: Float64Array[][];
  /** Per party: the utility of walking away. */
  reservation: Float64Array;
  constraints: CompiledConstraint[];
}

/** A scenario the agreement-space engine cannot analyse (normally caught by validation first). */
export class SpaceInputError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'SpaceInputError';
  }
}

/** Tolerance for comparing utilities: sums of a few dozen doubles stay well inside it. */
export const EPS = 1e-9;

/** Axis positions of an issue's values (options' positions, or levels mapped onto 0–100). */
export function valuePositions(issue: Issue): Float64Array {
  if (issue.kind === 'options') return Float64Array.from(issue.options, (o) => o.position);
  const span = issue.max - issue.min;
  return Float64Array.from(issue.levels, (l) => (span > 0 ? (100 * (l - issue.min)) / span : 0));
}

function idealPosition(issue: Issue, ideal: string | number): number | undefined {
  if (issue.kind === 'options') return issue.options.find((o) => o.id === ideal)?.position;
  if (typeof ideal !== 'number') return undefined;
  const span = issue.max - issue.min;
  return span > 0 ? (100 * (ideal - issue.min)) / span : 0;
}

/** The value index of an issue value (an option id, or a level), or -1. */
export function valueIndex(issue: Issue, value: string | number): number {
  if (issue.kind === 'options') return issue.options.findIndex((o) => o.id === value);
  const v = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(v)) return -1;
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  issue.levels.forEach((l, i) => {
    const gap = Math.abs(l - v);
    if (gap < bestGap) {
      bestGap = gap;
      best = i;
    }
  });
  return bestGap <= Math.abs(issue.step) * 1e-6 + 1e-12 ? best : -1;
}

export function valueLabel(issue: Issue, index: number): string {
  if (issue.kind === 'options') return issue.options[index].label;
  const unit = issue.unit ? ` ${issue.unit}` : '';
  return `${issue.levels[index]}${unit}`;
}

export function valueId(issue: Issue, index: number): string | number {
  return issue.kind === 'options' ? issue.options[index].id : issue.levels[index];
}

/**
 * Per-value utilities of one stance. Overrides win; other values follow the linear rule
 * u(v) = 1 − |pos(v) − pos(ideal)| / D, with D the largest distance from the ideal to any value
 * of the issue (the ideal scores 1, the farthest value 0). Without an ideal, unlisted values are 0.
 */
export function stanceUtilities(
  issue: Issue,
  stance: Stance | undefined,
): { utils: Float64Array; used: boolean } {
  const pos = valuePositions(issue);
  const n = pos.length;
  const utils = new Float64Array(n);
  const overrides = new Map<number, number>();
  for (const [key, u] of Object.entries(stance?.utility ?? {})) {
    const idx = valueIndex(issue, issue.kind === 'options' ? key : Number(key));
    if (idx >= 0) overrides.set(idx, u);
  }
  const ideal = stance?.ideal ?? null;
  const ip = ideal === null ? undefined : idealPosition(issue, ideal);
  if (ip !== undefined) {
    let d = 0;
    for (let k = 0; k < n; k++) d = Math.max(d, Math.abs(pos[k] - ip));
    for (let k = 0; k < n; k++) utils[k] = d > 0 ? 1 - Math.abs(pos[k] - ip) / d : 1;
  }
  for (const [k, u] of overrides) utils[k] = u;
  return { utils, used: ip !== undefined || overrides.size > 0 };
}

/** Truth mask over one issue's values for an atom of an expression. */
function atomMask(issue: Issue, e: Expr): Uint8Array {
  const n = issue.kind === 'options' ? issue.options.length : issue.levels.length;
  const mask = new Uint8Array(n);
  if (e.op === 'is') {
    if (issue.kind === 'options') {
      const set = new Set(e.options);
      issue.options.forEach((o, k) => {
        mask[k] = set.has(o.id) ? 1 : 0;
      });
    } else {
      const set = new Set(e.options.map(Number));
      issue.levels.forEach((l, k) => {
        mask[k] = set.has(l) ? 1 : 0;
      });
    }
  } else if (e.op === 'between') {
    // Relative tolerance for grid levels built by repeated addition; open bounds need none.
    const scale = Math.max(1, ...[e.min, e.max].filter(Number.isFinite).map(Math.abs));
    const tol = 1e-9 * scale;
    if (issue.kind === 'range') {
      issue.levels.forEach((l, k) => {
        mask[k] = l >= e.min - tol && l <= e.max + tol ? 1 : 0;
      });
    } else {
      issue.options.forEach((o, k) => {
        mask[k] = o.position >= e.min - tol && o.position <= e.max + tol ? 1 : 0;
      });
    }
  }
  return mask;
}

export function exprIssues(e: Expr, out: Set<string> = new Set()): Set<string> {
  if (e.op === 'is' || e.op === 'between') out.add(e.issue);
  else if (e.op === 'not') exprIssues(e.of, out);
  else for (const x of e.of) exprIssues(x, out);
  return out;
}

/** An expression compiled to a closure over a vector of value indices (indexed by issue). */
type Pred = (vals: Int32Array) => boolean;

function compileExpr(e: Expr, issueAt: Map<string, number>, issues: Issue[]): Pred {
  switch (e.op) {
    case 'is':
    case 'between': {
      const i = issueAt.get(e.issue);
      if (i === undefined) throw new SpaceInputError(`a constraint refers to unknown issue '${e.issue}'`);
      const mask = atomMask(issues[i], e);
      return (v) => mask[v[i]] === 1;
    }
    case 'not': {
      const p = compileExpr(e.of, issueAt, issues);
      return (v) => !p(v);
    }
    case 'all': {
      const ps = e.of.map((x) => compileExpr(x, issueAt, issues));
      return (v) => ps.every((p) => p(v));
    }
    case 'any': {
      const ps = e.of.map((x) => compileExpr(x, issueAt, issues));
      return (v) => ps.some((p) => p(v));
    }
  }
}

/** Largest product of radices a single constraint may read (its truth table is that long). */
export const MAX_CONSTRAINT_TABLE = 1 << 22;

function compileConstraint(
  c: Constraint,
  index: number,
  party: number,
  vetoes: boolean,
  issueAt: Map<string, number>,
  issues: Issue[],
  radices: Int32Array,
): CompiledConstraint {
  const names = new Set<string>();
  if (c.form === 'if') {
    exprIssues(c.if, names);
    exprIssues(c.then, names);
  } else exprIssues(c.expr, names);
  const scope = Int32Array.from(
    [...names].map((n) => {
      const i = issueAt.get(n);
      if (i === undefined) throw new SpaceInputError(`constraint '${c.id}' refers to unknown issue '${n}'`);
      return i;
    }),
  ).sort();
  let tableSize = 1;
  for (const i of scope) tableSize *= radices[i];
  if (tableSize > MAX_CONSTRAINT_TABLE) {
    throw new SpaceInputError(
      `constraint '${c.id}' reads ${scope.length} issues with ${tableSize} combinations (limit ${MAX_CONSTRAINT_TABLE}); split it into smaller constraints`,
    );
  }
  let test: Pred;
  if (c.form === 'if') {
    const p = compileExpr(c.if, issueAt, issues);
    const q = compileExpr(c.then, issueAt, issues);
    test = (v) => !p(v) || q(v);
  } else if (c.form === 'forbid') {
    const p = compileExpr(c.expr, issueAt, issues);
    test = (v) => !p(v);
  } else test = compileExpr(c.expr, issueAt, issues);
  const holds = new Uint8Array(tableSize);
  const vals = new Int32Array(issues.length);
  for (let code = 0; code < tableSize; code++) {
    let rest = code;
    for (const i of scope) {
      vals[i] = rest % radices[i];
      rest = Math.floor(rest / radices[i]);
    }
    holds[code] = test(vals) ? 1 : 0;
  }
  return {
    index,
    id: c.id,
    party,
    text: c.text,
    hard: c.hard,
    penalty: c.penalty,
    vetoes,
    scope,
    holds,
    source: c,
  };
}

/** Index into a constraint's table for a full package (value index per issue). */
export function tableCode(c: CompiledConstraint, radices: Int32Array, pkg: ArrayLike<number>): number {
  let code = 0;
  let mul = 1;
  for (const i of c.scope) {
    code += pkg[i] * mul;
    mul *= radices[i];
  }
  return code;
}

export function holds(c: CompiledConstraint, radices: Int32Array, pkg: ArrayLike<number>): boolean {
  return c.holds[tableCode(c, radices, pkg)] === 1;
}

/** Additive utility of a package for one party, soft-constraint penalties included. */
export function utilityOf(space: CompiledSpace, party: number, pkg: ArrayLike<number>): number {
  const w = space.wutils[party];
  let u = 0;
  for (let i = 0; i < w.length; i++) u += w[i][pkg[i]];
  for (const c of space.constraints) {
    if (c.party === party && !c.hard && !holds(c, space.radices, pkg)) u -= c.penalty;
  }
  return u;
}

/** A (possibly partial) package as value indices; missing issues are -1. */
export function packageIndices(space: CompiledSpace, pkg: Package): Int32Array {
  const out = new Int32Array(space.issues.length).fill(-1);
  space.issues.forEach((issue, i) => {
    const v = pkg[issue.id];
    if (v !== undefined) out[i] = valueIndex(issue, v);
  });
  return out;
}

/** A package spelled out by issue: id → value id (option id or level). */
export function packageOf(space: CompiledSpace, pkg: ArrayLike<number>): Package {
  const out: Package = {};
  space.issues.forEach((issue, i) => {
    out[issue.id] = valueId(issue, pkg[i]);
  });
  return out;
}

function partyWeights(issues: Issue[], p: Party): { weights: Float64Array; utils: Float64Array[] } {
  const weights = new Float64Array(issues.length);
  const utils = issues.map((issue, i) => {
    const stance = p.stances[issue.id];
    const { utils: u, used } = stanceUtilities(issue, stance);
    weights[i] = used ? (stance?.weight ?? 0) : 0;
    return u;
  });
  return { weights, utils };
}

/**
 * No-agreement utility. A package walk-away is scored additively; issues it leaves out take the
 * scenario's status quo, and issues still missing contribute nothing. Soft penalties do not
 * apply: they price deals, and walking away is not one.
 */
function noAgreementValue(space: CompiledSpace, scenario: Scenario, party: number): number {
  const na = scenario.parties[party].no_agreement;
  if (na.kind === 'value') return na.value;
  const pkg = { ...(scenario.status_quo ?? {}), ...na.package };
  const idx = packageIndices(space, pkg);
  let u = 0;
  for (let i = 0; i < idx.length; i++) if (idx[i] >= 0) u += space.wutils[party][i][idx[i]];
  return u;
}

export function compileSpace(scenario: Scenario): CompiledSpace {
  const issues = scenario.issues;
  const issueIds = issues.map((i) => i.id);
  const issueAt = new Map(issueIds.map((id, i) => [id, i]));
  const radices = Int32Array.from(issues, (i) => (i.kind === 'options' ? i.options.length : i.levels.length));
  issues.forEach((issue, i) => {
    if (radices[i] === 0) {
      throw new SpaceInputError(
        `issue '${issue.id}' has no values; give it at least one option or a range with min ≤ max`,
      );
    }
  });
  let size = 1n;
  for (const r of radices) size *= BigInt(r);
  const parties = scenario.parties.map((p) => p.id);
  let principals = scenario.parties.flatMap((p, k) => (p.role === 'principal' ? [k] : []));
  if (principals.length === 0) principals = parties.map((_, k) => k);
  const weights: Float64Array[] = [];
  const utils: Float64Array[][] = [];
  const wutils: Float64Array[][] = [];
  for (const p of scenario.parties) {
    const pw = partyWeights(issues, p);
    weights.push(pw.weights);
    utils.push(pw.utils);
    wutils.push(pw.utils.map((u, i) => u.map((x) => x * pw.weights[i])));
  }
  const principalSet = new Set(principals);
  const constraints: CompiledConstraint[] = [];
  scenario.parties.forEach((p, k) => {
    for (const c of p.constraints) {
      constraints.push(
        compileConstraint(c, constraints.length, k, principalSet.has(k), issueAt, issues, radices),
      );
    }
  });
  const space: CompiledSpace = {
    issueIds,
    issues,
    radices,
    size,
    parties,
    partyNames: scenario.parties.map((p) => p.name),
    principals: Int32Array.from(principals),
    power: Float64Array.from(scenario.parties, (p) => p.power),
    weights,
    utils,
    wutils,
    reservation: new Float64Array(parties.length),
    constraints,
  };
  scenario.parties.forEach((_, k) => {
    space.reservation[k] = noAgreementValue(space, scenario, k);
  });
  return space;
}
