// Timeline changes as sentences, for the CLI, reports and the web app.
import type { Change, IssueValue, NoAgreement, Scenario } from '../model/types.js';

export function valueLabel(s: Pick<Scenario, 'issues'>, issueId: string, v: IssueValue | null): string {
  if (v === null) return 'no position';
  const issue = s.issues.find((i) => i.id === issueId);
  if (issue?.kind === 'options') return issue.options.find((o) => o.id === v)?.label ?? String(v);
  return `${v}${issue?.unit ? ` ${issue.unit}` : ''}`;
}

export function describeChange(s: Scenario, c: Change): string {
  const party = (id: string) => s.parties.find((p) => p.id === id)?.name ?? id;
  const issue = (id: string) => s.issues.find((i) => i.id === id)?.name ?? id;
  switch (c.op) {
    case 'set_ideal':
      return `${party(c.party)} now prefers ${valueLabel(s, c.issue, c.ideal)} on ${issue(c.issue)}`;
    case 'set_salience':
      return `${party(c.party)} gives ${issue(c.issue)} salience ${c.salience}`;
    case 'set_utility':
      return `${party(c.party)} values ${valueLabel(s, c.issue, c.value)} on ${issue(c.issue)} at ${c.utility}`;
    case 'set_power':
      return `${party(c.party)}'s power becomes ${c.power}`;
    case 'set_no_agreement':
      return `${party(c.party)}'s no-agreement value becomes ${renderNoAgreement(c.no_agreement)}`;
    case 'add_constraint':
      return `${party(c.party)} adds ${c.constraint.hard ? '' : 'soft '}'${c.constraint.id}': ${c.constraint.text}`;
    case 'drop_constraint':
      return `${party(c.party)} drops '${c.id}'`;
    case 'set_status_quo':
      return `status quo on ${issue(c.issue)} becomes ${valueLabel(s, c.issue, c.value)}`;
    case 'add_proposal':
      return `proposal '${c.proposal.label}' by ${c.proposal.by.map(party).join(', ')}`;
  }
}

export function renderNoAgreement(n: NoAgreement): string {
  return n.kind === 'value' ? `utility ${n.value}` : 'the utility of a package';
}
