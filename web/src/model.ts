// Small readings of the resolved scenario for the charts.
import type { Expr, Issue, Scenario, Timeline } from './types.js';

/** A value's position on the issue's 0–100 axis. */
export function axisPosition(issue: Issue, value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (issue.kind === 'options') return issue.options.find((o) => o.id === value)?.position ?? null;
  const v = Number(value);
  return issue.max === issue.min ? 0 : (100 * (v - issue.min)) / (issue.max - issue.min);
}

export function valueLabel(issue: Issue, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (issue.kind === 'options') return issue.options.find((o) => o.id === value)?.label ?? String(value);
  return `${value}${issue.unit ? ` ${issue.unit}` : ''}`;
}

export function exprIssues(e: Expr, into: Set<string> = new Set()): Set<string> {
  if (e.op === 'is' || e.op === 'between') into.add(e.issue);
  else if (e.op === 'not') exprIssues(e.of, into);
  else for (const x of e.of) exprIssues(x, into);
  return into;
}

export function constraintIssues(c: Scenario['parties'][number]['constraints'][number]): Set<string> {
  if (c.form === 'if') return exprIssues(c.then, exprIssues(c.if));
  return exprIssues(c.expr);
}

/** The day before an ISO date (for "before the first event"). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export const PARTY_COLORS = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
];

export interface Stop {
  /** undefined: every event applied. */
  asOf: string | undefined;
  label: string;
}

/** The slider's stops: before the first event, then each event date (the last one: every event). */
export function stopsOf(tl: Timeline, before: string): Stop[] {
  const stops: Stop[] = [{ asOf: before, label: `${before} (before the first event)` }];
  tl.dates.forEach((d, k) => {
    const titles = tl.events.filter((e) => e.date === d).map((e) => e.title);
    const last = k === tl.dates.length - 1;
    stops.push({ asOf: last ? undefined : d, label: `${d}: ${titles.join('; ')}${last ? ' (latest)' : ''}` });
  });
  return stops;
}
