// Plain-text rendering of candidates for a terminal (no colour codes).
import type { Change, Expr } from '../model/types.js';
import type { Candidate } from './types.js';

export function exprText(e: Expr): string {
  switch (e.op) {
    case 'is':
      return `${e.issue}=${e.options.join('|')}`;
    case 'between':
      return e.min === e.max ? `${e.issue}=${e.min}` : `${e.issue} in [${e.min}, ${e.max}]`;
    case 'not':
      return `not ${exprText(e.of)}`;
    case 'all':
      return `(${e.of.map(exprText).join(' and ')})`;
    case 'any':
      return `(${e.of.map(exprText).join(' or ')})`;
  }
}

export function changeText(c: Change): string {
  switch (c.op) {
    case 'set_ideal':
      return `set_ideal ${c.party} ${c.issue} = ${c.ideal}`;
    case 'add_constraint': {
      const k = c.constraint;
      const body =
        k.form === 'if' ? `if ${exprText(k.if)} then ${exprText(k.then)}` : `${k.form} ${exprText(k.expr)}`;
      return `add_constraint ${c.party} ${body}${k.hard ? '' : ` (soft, penalty ${k.penalty})`}`;
    }
    default:
      return c.op;
  }
}

const MAX_QUOTE = 160;

function excerpt(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_QUOTE ? `${one.slice(0, MAX_QUOTE - 1)}…` : one;
}

/** One candidate as a few indented lines. */
export function renderCandidate(c: Candidate, index?: number, total?: number): string {
  const f = c.finding;
  const head = index === undefined ? '' : `[${index + 1}${total === undefined ? '' : `/${total}`}] `;
  const lines = [`${head}${c.event.title}  (confidence ${c.confidence.toFixed(2)})`];
  const who = f.speaker ? `${f.party} (reported by ${f.speaker})` : f.party;
  lines.push(
    `    party ${who}; stance ${f.stance}${f.firmness ? `, ${f.firmness}` : ''}${f.negated ? ', negated' : ''}${f.guessed ? ' (guessed: no cue phrase decided it; check before accepting)' : ''}`,
  );
  if (f.condition)
    lines.push(
      `    condition "${f.condition.cue}": ${f.condition.issue ?? '?'}${f.condition.option ? `=${f.condition.option}` : ''}`,
    );
  for (const ch of c.event.changes) lines.push(`    change: ${changeText(ch)}`);
  for (const n of c.notes) lines.push(`    note: ${n}`);
  lines.push(`    evidence [${c.evidence.start}-${c.evidence.end}]: "${excerpt(c.evidence.text)}"`);
  lines.push(
    `    cues: ${f.cues.length ? f.cues.join(', ') : '(none)'}; event ${c.event.id} on ${c.event.date} from ${c.event.source}`,
  );
  return lines.join('\n');
}

/** All candidates, numbered, for a terminal. */
export function renderCandidates(candidates: Candidate[]): string {
  if (candidates.length === 0) return 'No candidate events found (or all are already accepted).';
  const out = [`${candidates.length} candidate event${candidates.length === 1 ? '' : 's'}:`, ''];
  candidates.forEach((c, i) => {
    out.push(renderCandidate(c, i, candidates.length), '');
  });
  return out.join('\n').trimEnd();
}
