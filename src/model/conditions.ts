// The text forms of the conflict section: conditions ("a & -b") and prioritised preference
// statements ("a | b", "q if p", "q iff p"), as in gmcr-py's option prioritisation.
import { closest, type DocPath, knownList, type Problem } from './errors.js';
import type { Condition, Statement } from './types.js';

export function parseCondition(
  text: string,
  path: DocPath,
  optionIds: readonly string[],
  problems: Problem[],
): Condition | undefined {
  const cond: Condition = {};
  const literals = text.split('&').map((s) => s.trim());
  for (const literal of literals) {
    const m = /^([-!~]?)\s*([A-Za-z][\w.-]*)$/.exec(literal);
    if (!m) {
      problems.push({
        path,
        message: `cannot read '${literal || text}' in condition '${text}'`,
        hint: 'write option ids joined by "&", with "-" before an option that is not taken: "renounce_nato & -ceasefire"',
        severity: 'error',
      });
      return undefined;
    }
    const [, neg, id] = m;
    if (!optionIds.includes(id)) {
      const guess = closest(id, optionIds);
      problems.push({
        path,
        message: `refers to unknown conflict option '${id}'`,
        hint: `${guess ? `did you mean '${guess}'? ` : ''}${knownList(optionIds)}`,
        severity: 'error',
      });
      return undefined;
    }
    const taken = neg === '';
    if (id in cond && cond[id] !== taken) {
      problems.push({
        path,
        message: `condition '${text}' asks for '${id}' both taken and not taken, so no state matches it`,
        severity: 'error',
      });
      return undefined;
    }
    cond[id] = taken;
  }
  return cond;
}

export function parseStatement(
  text: string,
  path: DocPath,
  optionIds: readonly string[],
  problems: Problem[],
): Statement | undefined {
  const conditional = /^(.*?)\s+(iff|if)\s+(.*)$/i.exec(text.trim());
  if (conditional) {
    const q = parseCondition(conditional[1], path, optionIds, problems);
    const p = parseCondition(conditional[3], path, optionIds, problems);
    if (!q || !p) return undefined;
    return { op: conditional[2].toLowerCase() === 'iff' ? 'iff' : 'if', q, p };
  }
  if (text.includes('|')) {
    const of = text.split('|').map((part) => parseCondition(part, path, optionIds, problems));
    return of.every((c): c is Condition => c !== undefined) ? { op: 'or', of } : undefined;
  }
  const cond = parseCondition(text, path, optionIds, problems);
  return cond ? { op: 'cond', cond } : undefined;
}

export function matchesCondition(cond: Condition, taken: ReadonlySet<string>): boolean {
  for (const id in cond) if (taken.has(id) !== cond[id]) return false;
  return true;
}

export function renderCondition(cond: Condition): string {
  return Object.entries(cond)
    .map(([id, taken]) => (taken ? id : `-${id}`))
    .join(' & ');
}

export function renderStatement(s: Statement): string {
  switch (s.op) {
    case 'cond':
      return renderCondition(s.cond);
    case 'or':
      return s.of.map(renderCondition).join(' | ');
    case 'if':
      return `${renderCondition(s.q)} if ${renderCondition(s.p)}`;
    case 'iff':
      return `${renderCondition(s.q)} iff ${renderCondition(s.p)}`;
  }
}
