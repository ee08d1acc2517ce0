// The way back: a normalised Scenario written as a scenario document (the file format), so that
// importers can emit YAML a user can edit, and parse(write(s)) gives s again.
import type { Change, Constraint, Evidence, Expr, Issue, NoAgreement, Party, Proposal, Scenario, ScenarioEvent, Statement } from './types.js';
import { renderCondition, renderStatement } from './conditions.js';

export function exprToDocument(e: Expr): Record<string, unknown> {
  switch (e.op) {
    case 'is':
      return { [e.issue]: e.options.length === 1 ? e.options[0] : e.options };
    case 'between':
      if (e.min === e.max) return { [e.issue]: e.min };
      return {
        [e.issue]: {
          ...(Number.isFinite(e.min) && { min: e.min }),
          ...(Number.isFinite(e.max) && { max: e.max }),
        },
      };
    case 'not':
      return { not: exprToDocument(e.of) };
    case 'all':
      return { all: e.of.map(exprToDocument) };
    case 'any':
      return { any: e.of.map(exprToDocument) };
  }
}

export function constraintToDocument(c: Constraint): Record<string, unknown> {
  const out: Record<string, unknown> = { id: c.id, text: c.text };
  if (c.form === 'if') {
    out.if = exprToDocument(c.if);
    out.then = exprToDocument(c.then);
  } else out[c.form] = exprToDocument(c.expr);
  if (!c.hard) Object.assign(out, { hard: false, penalty: c.penalty });
  if (c.evidence) out.evidence = evidenceToDocument(c.evidence);
  return out;
}

function evidenceToDocument(e: Evidence): Record<string, unknown> {
  return { ...e };
}

function noAgreementToDocument(n: NoAgreement): unknown {
  return n.kind === 'value' ? n.value : { package: n.package };
}

function issueToDocument(issue: Issue): Record<string, unknown> {
  const base: Record<string, unknown> = { id: issue.id, name: issue.name };
  if (issue.aliases.length) base.aliases = issue.aliases;
  if (issue.description) base.description = issue.description;
  if (issue.kind === 'range') {
    base.range = { min: issue.min, max: issue.max, step: issue.step, ...(issue.unit && { unit: issue.unit }) };
    return base;
  }
  const n = issue.options.length;
  const even = issue.options.every((o, k) => Math.abs(o.position - (100 * k) / (n - 1)) < 1e-9);
  base.options = issue.options.map((o) => {
    const plain = o.label === o.id && o.aliases.length === 0 && !o.description && even;
    if (plain) return o.id;
    return {
      id: o.id,
      ...(o.label !== o.id && { label: o.label }),
      ...(o.description && { description: o.description }),
      ...(o.aliases.length && { aliases: o.aliases }),
      ...(!even && { position: o.position }),
    };
  });
  return base;
}

function partyToDocument(p: Party): Record<string, unknown> {
  const stances: Record<string, unknown> = {};
  for (const [issueId, s] of Object.entries(p.stances)) {
    const hasUtility = Object.keys(s.utility).length > 0;
    if (s.ideal === null && s.salience === 0 && !hasUtility) continue;
    stances[issueId] = {
      ...(s.ideal !== null && { ideal: s.ideal }),
      salience: s.salience,
      ...(hasUtility && { utility: s.utility }),
      ...(s.position_sd !== undefined && { position_sd: s.position_sd }),
      ...(s.note && { note: s.note }),
      ...(s.evidence && { evidence: evidenceToDocument(s.evidence) }),
    };
  }
  return {
    id: p.id,
    name: p.name,
    ...(p.aliases.length && { aliases: p.aliases }),
    kind: p.kind,
    role: p.role,
    power: p.power,
    ...(p.risk !== undefined && { risk: p.risk }),
    ...(Object.keys(stances).length && { stances }),
    ...(p.constraints.length && { constraints: p.constraints.map(constraintToDocument) }),
    no_agreement: noAgreementToDocument(p.no_agreement),
    ...(p.note && { note: p.note }),
  };
}

function proposalToDocument(p: Proposal): Record<string, unknown> {
  return {
    id: p.id,
    label: p.label,
    by: p.by,
    ...(p.date && { date: p.date }),
    package: p.package,
    ...(p.evidence && { evidence: evidenceToDocument(p.evidence) }),
  };
}

export function changeToDocument(c: Change): Record<string, unknown> {
  switch (c.op) {
    case 'add_constraint':
      return { op: c.op, party: c.party, constraint: constraintToDocument(c.constraint) };
    case 'set_no_agreement':
      return { op: c.op, party: c.party, no_agreement: noAgreementToDocument(c.no_agreement) };
    case 'add_proposal':
      return { op: c.op, proposal: proposalToDocument(c.proposal) };
    default:
      return { ...c };
  }
}

export function eventToDocument(e: ScenarioEvent): Record<string, unknown> {
  return {
    id: e.id,
    date: e.date,
    ...(e.party && { party: e.party }),
    title: e.title,
    ...(e.summary && { summary: e.summary }),
    ...(e.quote && { quote: e.quote }),
    source: e.source,
    confidence: e.confidence,
    changes: e.changes.map(changeToDocument),
  };
}

function statementToText(s: Statement): string {
  return renderStatement(s);
}

/** The scenario as a document (plain data ready for YAML or JSON). */
export function scenarioToDocument(s: Scenario): Record<string, unknown> {
  const c = s.conflict;
  return {
    entente: 1,
    meta: s.meta,
    issues: s.issues.map(issueToDocument),
    parties: s.parties.map(partyToDocument),
    ...(s.status_quo && { status_quo: s.status_quo }),
    ...(s.proposals.length && { proposals: s.proposals.map(proposalToDocument) }),
    ...(c && {
      conflict: {
        options: c.options.map((o) => ({ id: o.id, party: o.party, label: o.label, ...(o.direction !== 'both' && { direction: o.direction }) })),
        ...(c.infeasible.length && { infeasible: c.infeasible.map(renderCondition) }),
        preferences: Object.fromEntries(
          Object.entries(c.preferences).map(([party, pref]) => [party, pref.kind === 'statements' ? pref.statements.map(statementToText) : { ranking: pref.tiers }]),
        ),
        ...(Object.keys(c.misperceptions).length && {
          misperceptions: Object.fromEntries(Object.entries(c.misperceptions).map(([p, list]) => [p, list.map(renderCondition)])),
        }),
        ...(c.coalitions.length && { coalitions: c.coalitions }),
        ...(c.status_quo && { status_quo: c.status_quo }),
      },
    }),
    ...(s.events.length && { events: s.events.map(eventToDocument) }),
  };
}
