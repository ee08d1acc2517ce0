// Random small scenarios and a direct evaluation of packages from the scenario's definitions
// (red lines, utilities, walk-away values), independent of the engines' compiled tables.
import type { Constraint, Expr, Issue, Package, Party, Scenario, Stance } from '../../src/model/types.js';
import { ifThen, makeScenario, normalise } from '../engines/space/helpers.js';

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

export function randomScenario(seed: number): Scenario {
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

export function evalExpr(e: Expr, pkg: Package): boolean {
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

export function satisfies(c: Constraint, pkg: Package): boolean {
  if (c.form === 'forbid') return !evalExpr(c.expr, pkg);
  if (c.form === 'require') return evalExpr(c.expr, pkg);
  return !evalExpr(c.if, pkg) || evalExpr(c.then, pkg);
}

function position(issue: Issue, v: string | number): number {
  if (issue.kind === 'options') return issue.options.find((o) => o.id === v)?.position ?? Number.NaN;
  return (100 * ((v as number) - issue.min)) / (issue.max - issue.min || 1);
}

export function directUtility(s: Scenario, party: Party, pkg: Package, penalties = true): number {
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

export function allPackages(s: Scenario): Package[] {
  let out: Package[] = [{}];
  for (const issue of s.issues) {
    const vals = issue.kind === 'options' ? issue.options.map((o) => o.id) : issue.levels;
    out = out.flatMap((p) => vals.map((v) => ({ ...p, [issue.id]: v })));
  }
  return out;
}

export function principalsOf(s: Scenario): Party[] {
  const ps = s.parties.filter((p) => p.role === 'principal');
  return ps.length > 0 ? ps : s.parties;
}

export function walkAway(s: Scenario, p: Party): number {
  return p.no_agreement.kind === 'value'
    ? p.no_agreement.value
    : directUtility(s, p, { ...(s.status_quo ?? {}), ...p.no_agreement.package }, false);
}

/** A party can sign the package: its hard constraints hold and it is no worse than walking away. */
export function acceptableTo(s: Scenario, p: Party, pkg: Package): boolean {
  return (
    p.constraints.every((c) => !c.hard || satisfies(c, pkg)) &&
    directUtility(s, p, pkg) >= walkAway(s, p) - 1e-9
  );
}

/** Number of packages every principal can sign, package by package. */
export function directZopa(s: Scenario): number {
  const ps = principalsOf(s);
  return allPackages(s).filter((pkg) => ps.every((p) => acceptableTo(s, p, pkg))).length;
}
