// The small expression language of constraints: parsing from the document form, evaluation on a
// package, a readable rendering, and a check that a constraint can hold at all.

import { closest, type DocPath, knownList, type Problem } from './errors.js';
import type { Constraint, Expr, Issue, Package } from './types.js';

export const EXPR_KEYWORDS = ['all', 'any', 'not'] as const;

/** Index of the scenario's issues by id, shared by the expression parser and the normaliser. */
export type IssueIndex = ReadonlyMap<string, Issue>;

export function parseExpr(
  raw: unknown,
  path: DocPath,
  issues: IssueIndex,
  problems: Problem[],
): Expr | undefined {
  const fail = (message: string, hint?: string, at: DocPath = path): undefined => {
    problems.push({ path: at, message, hint, severity: 'error' });
    return undefined;
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(
      'must be a condition map such as {nato: membership} or {all: [...]}',
      `got ${describe(raw)}; write {issue: option}, {issue: [options]}, {issue: {min, max}}, {all|any: [...]} or {not: ...}`,
    );
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0)
    return fail('is an empty condition', 'name at least one issue, e.g. {nato: membership}');
  const parts: Expr[] = [];
  for (const [key, value] of entries) {
    const at = [...path, key];
    let part: Expr | undefined;
    if (key === 'all' || key === 'any') {
      if (!Array.isArray(value) || value.length === 0) {
        fail(`'${key}' must be a non-empty list of conditions`, undefined, at);
        continue;
      }
      const of = value.map((v, i) => parseExpr(v, [...at, i], issues, problems));
      if (of.every((e): e is Expr => e !== undefined)) part = { op: key, of };
    } else if (key === 'not') {
      const of = parseExpr(value, at, issues, problems);
      if (of) part = { op: 'not', of };
    } else {
      part = parseIssueTest(key, value, at, issues, problems);
    }
    if (part) parts.push(part);
  }
  if (parts.length !== entries.length) return undefined;
  return parts.length === 1 ? parts[0] : { op: 'all', of: parts };
}

function parseIssueTest(
  issueId: string,
  value: unknown,
  path: DocPath,
  issues: IssueIndex,
  problems: Problem[],
): Expr | undefined {
  const fail = (message: string, hint?: string): undefined => {
    problems.push({ path, message, hint, severity: 'error' });
    return undefined;
  };
  const issue = issues.get(issueId);
  if (!issue) {
    const guess = closest(issueId, [...issues.keys()]);
    return fail(
      `refers to unknown issue '${issueId}'`,
      `${guess ? `did you mean '${guess}'? ` : ''}${knownList([...issues.keys(), ...EXPR_KEYWORDS])}`,
    );
  }
  if (issue.kind === 'range') {
    const describeRange = `a number, a list of numbers, or {min, max} in ${issue.unit || 'units'} (${issue.min}–${issue.max})`;
    if (typeof value === 'number') return { op: 'between', issue: issueId, min: value, max: value };
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'number')) {
      const of: Expr[] = value.map((v) => ({ op: 'between', issue: issueId, min: v, max: v }));
      return of.length === 1 ? of[0] : { op: 'any', of };
    }
    if (isBounds(value)) {
      // An open bound is the end of the issue's range, so the expression stays plain JSON.
      const { min = issue.min, max = issue.max } = value;
      if (typeof min !== 'number' || typeof max !== 'number') {
        return fail(`min and max of range issue '${issueId}' must be numbers`, `got ${describe(value)}`);
      }
      if (min > max) return fail(`min (${min}) is greater than max (${max})`, 'swap them');
      return { op: 'between', issue: issueId, min, max };
    }
    return fail(`issue '${issueId}' is a range: the test must be ${describeRange}`, `got ${describe(value)}`);
  }
  const ids = issue.options.map((o) => o.id);
  const checkOption = (v: unknown): string | undefined => {
    if (typeof v !== 'string') {
      fail(`issue '${issueId}' has options, not numbers: name an option`, knownList(ids));
      return undefined;
    }
    if (!ids.includes(v)) {
      const guess = closest(v, ids);
      fail(
        `refers to unknown option '${v}' of issue '${issueId}'`,
        `${guess ? `did you mean '${guess}'? ` : ''}${knownList(ids)}`,
      );
      return undefined;
    }
    return v;
  };
  if (typeof value === 'string' || typeof value === 'number') {
    const option = checkOption(value);
    return option ? { op: 'is', issue: issueId, options: [option] } : undefined;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return fail(`the option list for '${issueId}' is empty`, knownList(ids));
    const options = value.map(checkOption);
    if (options.some((o) => o === undefined)) return undefined;
    return { op: 'is', issue: issueId, options: [...new Set(options as string[])] };
  }
  if (isBounds(value)) {
    // Options are ordered, so {min, max} selects the inclusive run between two options.
    const from = value.min === undefined ? ids[0] : checkOption(value.min);
    const to = value.max === undefined ? ids[ids.length - 1] : checkOption(value.max);
    if (from === undefined || to === undefined) return undefined;
    const a = ids.indexOf(from);
    const b = ids.indexOf(to);
    if (a > b)
      return fail(`min '${from}' comes after max '${to}' in the order of issue '${issueId}'`, 'swap them');
    return { op: 'is', issue: issueId, options: ids.slice(a, b + 1) };
  }
  return fail(
    `the test for issue '${issueId}' must be an option, a list of options or {min, max}`,
    `got ${describe(value)}`,
  );
}

function isBounds(v: unknown): v is { min?: unknown; max?: unknown } {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'min' || k === 'max');
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object') return 'a map';
  if (typeof v === 'string') return `'${v.length > 40 ? `${v.slice(0, 40)}…` : v}'`;
  return String(v);
}

export function evalExpr(e: Expr, pkg: Package): boolean {
  switch (e.op) {
    case 'is':
      return e.options.includes(pkg[e.issue] as string);
    case 'between': {
      const v = pkg[e.issue];
      return typeof v === 'number' && v >= e.min - 1e-9 && v <= e.max + 1e-9;
    }
    case 'all':
      return e.of.every((x) => evalExpr(x, pkg));
    case 'any':
      return e.of.some((x) => evalExpr(x, pkg));
    case 'not':
      return !evalExpr(e.of, pkg);
  }
}

/** The expression a package must satisfy to respect the constraint. */
export function constraintExpr(c: Constraint): Expr {
  switch (c.form) {
    case 'forbid':
      return { op: 'not', of: c.expr };
    case 'require':
      return c.expr;
    case 'if':
      return { op: 'any', of: [{ op: 'not', of: c.if }, c.then] };
  }
}

export function satisfies(c: Constraint, pkg: Package): boolean {
  return evalExpr(constraintExpr(c), pkg);
}

export function exprIssues(e: Expr, into: Set<string> = new Set()): Set<string> {
  if (e.op === 'is' || e.op === 'between') into.add(e.issue);
  else if (e.op === 'not') exprIssues(e.of, into);
  else for (const x of e.of) exprIssues(x, into);
  return into;
}

/**
 * Counts, over the combinations of the issues an expression mentions, how many satisfy it.
 * Returns undefined when there are too many combinations to enumerate.
 */
export function countSatisfying(
  e: Expr,
  issues: IssueIndex,
  limit = 200_000,
): { holds: number; total: number } | undefined {
  const ids = [...exprIssues(e)];
  const domains = ids.map((id) => {
    const issue = issues.get(id)!;
    return issue.kind === 'options' ? issue.options.map((o) => o.id) : issue.levels;
  });
  const total = domains.reduce((n, d) => n * d.length, 1);
  if (total > limit) return undefined;
  let holds = 0;
  const pkg: Package = {};
  const walk = (k: number): void => {
    if (k === ids.length) {
      if (evalExpr(e, pkg)) holds++;
      return;
    }
    for (const v of domains[k]) {
      pkg[ids[k]] = v;
      walk(k + 1);
    }
  };
  walk(0);
  return { holds, total };
}

/** "nato is membership or open_door", using option labels when the issues are known. */
export function renderExpr(e: Expr, issues?: IssueIndex): string {
  const name = (id: string) => issues?.get(id)?.name ?? id;
  switch (e.op) {
    case 'is': {
      const issue = issues?.get(e.issue);
      const label = (o: string) =>
        issue?.kind === 'options' ? (issue.options.find((x) => x.id === o)?.label ?? o) : o;
      const list = e.options.map(label);
      return `${name(e.issue)} is ${list.length === 1 ? list[0] : `one of ${list.join(' / ')}`}`;
    }
    case 'between': {
      const issue = issues?.get(e.issue);
      const unit = issue?.kind === 'range' && issue.unit ? ` ${issue.unit}` : '';
      if (e.min === e.max) return `${name(e.issue)} is ${e.min}${unit}`;
      const low = issue?.kind === 'range' ? issue.min : Number.NEGATIVE_INFINITY;
      const high = issue?.kind === 'range' ? issue.max : Number.POSITIVE_INFINITY;
      if (e.min <= low) return `${name(e.issue)} is at most ${e.max}${unit}`;
      if (e.max >= high) return `${name(e.issue)} is at least ${e.min}${unit}`;
      return `${name(e.issue)} is between ${e.min} and ${e.max}${unit}`;
    }
    case 'all':
      return e.of.map((x) => wrap(x, issues)).join(' and ');
    case 'any':
      return e.of.map((x) => wrap(x, issues)).join(' or ');
    case 'not':
      return `not (${renderExpr(e.of, issues)})`;
  }
}

function wrap(e: Expr, issues?: IssueIndex): string {
  const s = renderExpr(e, issues);
  return e.op === 'all' || e.op === 'any' ? `(${s})` : s;
}

export function renderConstraintRule(c: Constraint, issues?: IssueIndex): string {
  switch (c.form) {
    case 'forbid':
      return `never: ${renderExpr(c.expr, issues)}`;
    case 'require':
      return `must: ${renderExpr(c.expr, issues)}`;
    case 'if':
      return `if ${renderExpr(c.if, issues)} then ${renderExpr(c.then, issues)}`;
  }
}
