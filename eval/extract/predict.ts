// Runs the extractor over labelled sentences, one prepared extractor per scenario.
import { prepareExtractor } from '../../src/extract/extract.js';
import type { IssueModel } from '../../src/extract/issue-model.js';
import { ISSUE_MODEL } from '../../src/extract/issue-model-data.js';
import type { StanceModel } from '../../src/extract/stance-model.js';
import { STANCE_MODEL } from '../../src/extract/stance-model-data.js';
import { EVAL_LEXICONS, EVAL_SCENARIOS } from './scenarios/index.js';
import { type LabelledFinding, type LabelledSentence, toLabel } from './score.js';

export interface ScoredPair {
  gold: LabelledFinding[];
  pred: LabelledFinding[];
}

export function predictPairs(
  sentences: LabelledSentence[],
  stanceModel: StanceModel | null = STANCE_MODEL,
  issueModel: IssueModel | null = ISSUE_MODEL,
): ScoredPair[] {
  const extractors = new Map<string, ReturnType<typeof prepareExtractor>>();
  return sentences.map((s) => {
    let run = extractors.get(s.scenario);
    if (!run) {
      const scenario = EVAL_SCENARIOS[s.scenario];
      if (!scenario) throw new Error(`unknown scenario '${s.scenario}'`);
      run = prepareExtractor(scenario, EVAL_LEXICONS[s.scenario], stanceModel, issueModel);
      extractors.set(s.scenario, run);
    }
    return {
      gold: s.expect.map((g) => ({ ...g, option: g.option === undefined ? undefined : String(g.option) })),
      pred: run(s.text, { date: '2025-01-01', source: 'eval' }).map((c) => toLabel(c.finding)),
    };
  });
}
