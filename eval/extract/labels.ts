// Checks that a labelled sentence names only ids its scenario has, so a typo in a label shows up as
// an error rather than as a silent miss in the scores. No extraction is run here: writers of a blind
// block can check their labels without seeing what the extractor makes of their sentences.
import type { Scenario } from '../../src/model/types.js';
import type { LabelledSentence } from './score.js';

export const SPLITS = [
  'train',
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout6',
  'heldout7',
  'heldout8',
  'heldout9',
  'heldout10',
  'heldout11',
  'heldout12',
  'heldout13',
  'heldout14',
] as const;
export type Split = (typeof SPLITS)[number];
const STANCES = ['offer', 'conditional_offer', 'demand', 'rejection', 'progress'];
const FIRMNESS = ['firm', 'tentative', 'hypothetical'];

function optionProblem(scenario: Scenario, issueId: string, option: string | number): string | undefined {
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (!issue) return `unknown issue '${issueId}' (known: ${scenario.issues.map((i) => i.id).join(', ')})`;
  const raw = String(option).replace(/^!/, '');
  if (issue.kind === 'range') {
    const v = Number(raw);
    if (!Number.isFinite(v) || v < issue.min || v > issue.max)
      return `issue '${issueId}' is a range ${issue.min}..${issue.max}; '${raw}' is not a number in it`;
    return undefined;
  }
  if (!issue.options.some((o) => o.id === raw))
    return `issue '${issueId}' has no option '${raw}' (known: ${issue.options.map((o) => o.id).join(', ')})`;
  return undefined;
}

/** Every problem in the labels, as "sentences[i]: what is wrong". */
export function labelProblems(sentences: LabelledSentence[], scenarios: Record<string, Scenario>): string[] {
  const out: string[] = [];
  sentences.forEach((s, k) => {
    const at = (s as { at?: string }).at ?? `sentences[${k}]`;
    const scenario = scenarios[s.scenario];
    if (!scenario) {
      out.push(`${at}: unknown scenario '${s.scenario}' (known: ${Object.keys(scenarios).join(', ')})`);
      return;
    }
    if (typeof s.text !== 'string' || !s.text.trim()) out.push(`${at}: text is missing`);
    if (s.split !== undefined && !(SPLITS as readonly string[]).includes(s.split))
      out.push(`${at}: split '${s.split}' is not one of ${SPLITS.join(', ')}`);
    if (!Array.isArray(s.expect)) {
      out.push(`${at}: expect must be a list (use [] for a sentence with no signal)`);
      return;
    }
    s.expect.forEach((f, j) => {
      const fat = `${at}.expect[${j}]`;
      if (!scenario.parties.some((p) => p.id === f.party))
        out.push(
          `${fat}: unknown party '${f.party}' (known: ${scenario.parties.map((p) => p.id).join(', ')})`,
        );
      if (!STANCES.includes(f.stance))
        out.push(`${fat}: stance '${f.stance}' is not one of ${STANCES.join(', ')}`);
      if (f.firmness != null && !FIRMNESS.includes(f.firmness))
        out.push(`${fat}: firmness '${f.firmness}' is not one of ${FIRMNESS.join(', ')}`);
      if (f.stance === 'progress' && f.firmness != null) out.push(`${fat}: progress takes no firmness`);
      if (f.stance !== 'progress' && f.firmness == null) out.push(`${fat}: firmness is missing`);
      if (f.option !== undefined && !f.issue) out.push(`${fat}: an option needs its issue`);
      if (f.issue) {
        const p = f.option === undefined ? undefined : optionProblem(scenario, f.issue, f.option);
        if (!scenario.issues.some((i) => i.id === f.issue))
          out.push(
            `${fat}: unknown issue '${f.issue}' (known: ${scenario.issues.map((i) => i.id).join(', ')})`,
          );
        else if (p) out.push(`${fat}: ${p}`);
      }
      if (f.condition) {
        const [ci, co] = f.condition.split(':');
        const p = co === undefined ? undefined : optionProblem(scenario, ci, co);
        if (!scenario.issues.some((i) => i.id === ci))
          out.push(`${fat}: condition names unknown issue '${ci}'`);
        else if (p) out.push(`${fat}: condition: ${p}`);
      }
      if (f.stance === 'conditional_offer' && !f.condition)
        out.push(`${fat}: a conditional_offer needs its condition`);
    });
  });
  return out;
}
