// The readable summary behind `entente show` and `npm start`: parties, each issue's axis with
// every party's ideal, red lines and conditional offers, no-agreement values, proposals.
import { renderConstraintRule } from '../model/expr.js';
import type { Issue, Party } from '../model/types.js';
import type { ResolvedScenario } from '../timeline/apply.js';
import { renderNoAgreement, valueLabel } from '../timeline/describe.js';
import { color, heading, table } from './io.js';

const AXIS_WIDTH = 41;

export function renderSummary(s: ResolvedScenario): string {
  const out: string[] = [];
  const { as_of, applied } = s.resolved;
  out.push(color.bold(s.meta.title));
  if (s.meta.description) out.push(s.meta.description.trim());
  out.push(
    color.dim(
      `as of ${as_of ?? s.events[applied - 1]?.date ?? s.meta.as_of ?? 'the base data'}: ${applied} of ${s.events.length} timeline events applied`,
    ),
  );
  if (s.meta.judgements) out.push(color.dim(`Analyst judgement: ${s.meta.judgements.trim()}`));

  out.push(heading('Parties'));
  out.push(
    table(
      ['id', 'name', 'role', 'power', 'also known as'],
      s.parties.map((p) => [p.id, p.name, p.role, p.power, truncate(p.aliases.join(', '), 50)]),
    ),
  );

  out.push(heading('Issues: where each party stands (axis 0–100)'));
  for (const issue of s.issues) out.push(renderIssueAxis(issue, s.parties), '');

  const constraints = s.parties.flatMap((p) => p.constraints.map((c) => ({ p, c })));
  if (constraints.length > 0) {
    const issues = new Map(s.issues.map((i) => [i.id, i]));
    out.push(heading('Red lines and conditional offers'));
    for (const { p, c } of constraints) {
      const kind = c.form === 'if' ? 'conditional' : 'red line';
      const source = c.evidence
        ? color.dim(` [${c.evidence.source}${c.evidence.date ? `, ${c.evidence.date}` : ''}]`)
        : '';
      out.push(
        `  ${color.bold(p.id)} ${kind}${c.hard ? '' : ` (soft, penalty ${c.penalty})`} '${c.id}': ${c.text}${source}`,
      );
      out.push(color.dim(`      ${renderConstraintRule(c, issues)}`));
    }
  }

  out.push(heading('If there is no agreement'));
  for (const p of s.parties.filter((x) => x.role === 'principal')) {
    out.push(`  ${p.id}: ${renderNoAgreement(p.no_agreement)}`);
  }

  if (s.proposals.length > 0) {
    out.push(heading('Reported proposals'));
    for (const pr of s.proposals) {
      const terms = Object.entries(pr.package)
        .map(([i, v]) => `${i}=${valueLabel(s, i, v)}`)
        .join('; ');
      out.push(
        `  ${pr.label} (${pr.by.join(', ')}${pr.date ? `, ${pr.date}` : ''}): ${truncate(terms, 160)}`,
      );
    }
  }
  return out.join('\n');
}

function renderIssueAxis(issue: Issue, parties: Party[]): string {
  const lines: string[] = [];
  const kindNote =
    issue.kind === 'range' ? ` — ${issue.min}…${issue.max} ${issue.unit}, step ${issue.step}` : '';
  lines.push(`  ${color.bold(issue.name)} (${issue.id})${kindNote}`);
  if (issue.kind === 'options') {
    lines.push(
      color.dim(`    ${issue.options.map((o) => `${Math.round(o.position)} ${o.label}`).join(' · ')}`),
    );
  }
  for (const p of parties) {
    const stance = p.stances[issue.id];
    if (!stance || stance.ideal === null) continue;
    const pos = axisPosition(issue, stance.ideal);
    const at = Math.round((pos / 100) * (AXIS_WIDTH - 1));
    const bar = `${'─'.repeat(at)}●${'─'.repeat(AXIS_WIDTH - 1 - at)}`;
    const label = truncate(valueLabel({ issues: [issue] }, issue.id, stance.ideal), 34);
    lines.push(
      `    ${p.id.padEnd(5)}├${bar}┤ ${label.padEnd(34)} ${color.dim(`weight ${stance.weight.toFixed(2)}`)}`,
    );
  }
  return lines.join('\n');
}

export function axisPosition(issue: Issue, value: string | number): number {
  if (issue.kind === 'options') return issue.options.find((o) => o.id === value)?.position ?? 0;
  return (100 * (Number(value) - issue.min)) / (issue.max - issue.min);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
