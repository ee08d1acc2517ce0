// What a finding implies for the scenario: the timeline change(s) a reviewer can accept.
import type { Change, Expr } from '../model/types.js';
import type { Gazetteer } from './gazetteer.js';
import type { Finding } from './types.js';

const STANCE_WORDS: Record<Finding['stance'], string> = {
  offer: 'offer',
  conditional_offer: 'conditional offer',
  demand: 'demand',
  rejection: 'red line',
  progress: 'progress reported',
};

function optionValue(g: Gazetteer, issue: string, option: string): string | number {
  return g.ranges.has(issue) ? Number(option) : option;
}

function exprFor(g: Gazetteer, issue: string, option: string, relinquished: boolean): Expr {
  const base: Expr = g.ranges.has(issue)
    ? { op: 'between', issue, min: Number(option), max: Number(option) }
    : { op: 'is', issue, options: [option] };
  return relinquished ? { op: 'not', of: base } : base;
}

function optionText(g: Gazetteer, issue: string, option: string | undefined, relinquished: boolean): string {
  const name = g.issueNames.get(issue) ?? issue;
  if (option === undefined) return name;
  const label = g.optionLabels.get(`${issue}.${option}`) ?? option;
  return `${name}: ${relinquished ? 'not ' : ''}${label}`;
}

export function describeFinding(g: Gazetteer, f: Finding): string {
  const who = g.partyNames.get(f.party) ?? f.party;
  const what = f.issue ? optionText(g, f.issue, f.option, f.relinquished) : 'no issue named';
  const cond = f.condition?.issue
    ? ` only if ${optionText(g, f.condition.issue, f.condition.option, f.condition.relinquished)}`
    : '';
  const firm = f.firmness && f.firmness !== 'firm' ? ` (${f.firmness})` : '';
  return `${who}: ${STANCE_WORDS[f.stance]}${firm}: ${what}${cond}`;
}

/** The only other option of a two-option issue: what is left when one is given up. */
function otherOption(g: Gazetteer, issue: string, option: string): string | undefined {
  const opts = g.options.get(issue);
  return opts && opts.length === 2 ? opts.find((o) => o !== option) : undefined;
}

/**
 * The changes a finding implies, and notes where none could be derived. `idBase` makes
 * constraint ids unique and stable (it ends with the candidate's fingerprint).
 */
export function changesFor(
  g: Gazetteer,
  f: Finding,
  idBase: string,
  text: string,
): { changes: Change[]; notes: string[] } {
  const notes: string[] = [];
  if (f.stance === 'progress')
    return { changes: [], notes: ['a report of progress: no position change implied'] };
  if (!f.issue) return { changes: [], notes: ['no issue recognised: edit to name the issue and option'] };
  if (f.option === undefined) {
    return { changes: [], notes: [`no option of '${f.issue}' recognised: edit to choose one`] };
  }
  const { issue, option, party, relinquished } = f;
  const hard = f.firmness === 'firm';
  const soft = { hard, penalty: hard ? 0 : 0.3 };
  switch (f.stance) {
    case 'offer':
    case 'demand': {
      if (!relinquished)
        return { changes: [{ op: 'set_ideal', party, issue, ideal: optionValue(g, issue, option) }], notes };
      const other = otherOption(g, issue, option);
      if (other) return { changes: [{ op: 'set_ideal', party, issue, ideal: other }], notes };
      if (f.stance === 'demand') {
        return {
          changes: [
            {
              op: 'add_constraint',
              party,
              constraint: {
                form: 'require',
                expr: exprFor(g, issue, option, true),
                id: `${idBase}-require`,
                party,
                text,
                ...soft,
              },
            },
          ],
          notes,
        };
      }
      notes.push(`gives up '${option}' without naming what replaces it: edit to set the new ideal`);
      return { changes: [], notes };
    }
    case 'conditional_offer': {
      const c = f.condition;
      if (!c?.issue || c.option === undefined) {
        notes.push('the condition names no option: edit to choose the option it requires');
        return { changes: [], notes };
      }
      return {
        changes: [
          {
            op: 'add_constraint',
            party,
            constraint: {
              form: 'if',
              if: exprFor(g, issue, option, relinquished),
              // biome-ignore lint/suspicious/noThenProperty: the model's if/then constraint form
              then: exprFor(g, c.issue, c.option, c.relinquished),
              id: `${idBase}-if`,
              party,
              text,
              hard: true,
              penalty: 0,
            },
          },
        ],
        notes,
      };
    }
    case 'rejection':
      return {
        changes: [
          {
            op: 'add_constraint',
            party,
            constraint: {
              form: 'forbid',
              expr: exprFor(g, issue, option, relinquished),
              id: `${idBase}-forbid`,
              party,
              text,
              ...soft,
            },
          },
        ],
        notes,
      };
  }
}
