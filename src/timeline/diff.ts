// What changed between two states of a scenario: positions, saliences, power, red lines,
// no-agreement values, status quo and reported proposals.
import type { IssueValue, Scenario } from '../model/types.js';
import { appliedEvents, resolveAsOf } from './apply.js';
import { valueLabel as labelOf, renderNoAgreement } from './describe.js';

export type DiffKind =
  | 'ideal'
  | 'salience'
  | 'utility'
  | 'power'
  | 'no_agreement'
  | 'constraint_added'
  | 'constraint_dropped'
  | 'status_quo'
  | 'proposal';

export interface DiffEntry {
  kind: DiffKind;
  party?: string;
  issue?: string;
  id?: string;
  from?: unknown;
  to?: unknown;
  /** The change as a sentence. */
  text: string;
}

export function diff(a: Scenario, b: Scenario): DiffEntry[] {
  const out: DiffEntry[] = [];
  const issueName = (id: string) => b.issues.find((i) => i.id === id)?.name ?? id;
  const valueLabel = (issueId: string, v: IssueValue | null) => labelOf(b, issueId, v);
  for (const pb of b.parties) {
    const pa = a.parties.find((p) => p.id === pb.id);
    if (!pa) continue;
    if (pa.power !== pb.power)
      out.push({
        kind: 'power',
        party: pb.id,
        from: pa.power,
        to: pb.power,
        text: `${pb.name}: power ${pa.power} → ${pb.power}`,
      });
    for (const [issueId, sb] of Object.entries(pb.stances)) {
      const sa = pa.stances[issueId];
      if (!sa) continue;
      if (sa.ideal !== sb.ideal) {
        out.push({
          kind: 'ideal',
          party: pb.id,
          issue: issueId,
          from: sa.ideal,
          to: sb.ideal,
          text: `${pb.name} on ${issueName(issueId)}: ${valueLabel(issueId, sa.ideal)} → ${valueLabel(issueId, sb.ideal)}`,
        });
      }
      if (sa.salience !== sb.salience) {
        out.push({
          kind: 'salience',
          party: pb.id,
          issue: issueId,
          from: sa.salience,
          to: sb.salience,
          text: `${pb.name}: salience of ${issueName(issueId)} ${sa.salience} → ${sb.salience}`,
        });
      }
      for (const key of new Set([...Object.keys(sa.utility), ...Object.keys(sb.utility)])) {
        if (sa.utility[key] !== sb.utility[key]) {
          out.push({
            kind: 'utility',
            party: pb.id,
            issue: issueId,
            id: key,
            from: sa.utility[key],
            to: sb.utility[key],
            text: `${pb.name}: utility of ${valueLabel(issueId, key)} on ${issueName(issueId)} ${sa.utility[key] ?? 'default'} → ${sb.utility[key] ?? 'default'}`,
          });
        }
      }
    }
    const idsA = new Set(pa.constraints.map((c) => c.id));
    const idsB = new Set(pb.constraints.map((c) => c.id));
    for (const c of pb.constraints) {
      if (!idsA.has(c.id))
        out.push({
          kind: 'constraint_added',
          party: pb.id,
          id: c.id,
          to: c,
          text: `${pb.name} adds '${c.id}': ${c.text}`,
        });
    }
    for (const c of pa.constraints) {
      if (!idsB.has(c.id))
        out.push({
          kind: 'constraint_dropped',
          party: pb.id,
          id: c.id,
          from: c,
          text: `${pb.name} drops '${c.id}': ${c.text}`,
        });
    }
    if (JSON.stringify(pa.no_agreement) !== JSON.stringify(pb.no_agreement)) {
      out.push({
        kind: 'no_agreement',
        party: pb.id,
        from: pa.no_agreement,
        to: pb.no_agreement,
        text: `${pb.name}: no-agreement value ${renderNoAgreement(pa.no_agreement)} → ${renderNoAgreement(pb.no_agreement)}`,
      });
    }
  }
  for (const [issueId, v] of Object.entries(b.status_quo ?? {})) {
    const before = a.status_quo?.[issueId];
    if (before !== v)
      out.push({
        kind: 'status_quo',
        issue: issueId,
        from: before,
        to: v,
        text: `status quo on ${issueName(issueId)}: ${before === undefined ? 'unset' : valueLabel(issueId, before)} → ${valueLabel(issueId, v)}`,
      });
  }
  for (const p of b.proposals) {
    const before = a.proposals.find((x) => x.id === p.id);
    if (!before || JSON.stringify(before) !== JSON.stringify(p)) {
      out.push({
        kind: 'proposal',
        id: p.id,
        from: before,
        to: p,
        text: `${before ? 'revised' : 'new'} proposal '${p.label}' by ${p.by.join(', ')}`,
      });
    }
  }
  return out;
}

/** What changed between two dates, and the events that changed it. */
export function diffDates(base: Scenario, from: string, to: string) {
  const a = resolveAsOf(base, from);
  const b = resolveAsOf(base, to);
  const events = appliedEvents(b).slice(a.resolved.applied);
  return { from, to, events, changes: diff(a, b) };
}
