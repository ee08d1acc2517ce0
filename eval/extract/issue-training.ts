// The training of the issue model from the labelled set: the train split only (never a held-out
// block). One sample per issue a sentence names (or the rules read from a number), labelled by
// whether the sentence's labels take a position on it; sentences the rules find nothing in give
// none, since the model only revisits findings.
import { readSentence } from '../../src/extract/extract.js';
import { buildGazetteer, type Gazetteer } from '../../src/extract/gazetteer.js';
import { type IssueModel, issueCandidates, trainIssueModel } from '../../src/extract/issue-model.js';
import { defaultLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import { posTagger } from '../../src/extract/pos.js';
import type { StanceModel } from '../../src/extract/stance-model.js';
import { STANCE_MODEL } from '../../src/extract/stance-model-data.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { type LoadedSentence, loadEvalSet } from './load.js';
import { EVAL_LEXICONS, EVAL_SCENARIOS } from './scenarios/index.js';
import type { LabelledSentence } from './score.js';

export type IssueSample = { features: string[]; label: boolean };

/** The training samples of each sentence, in order (one list per sentence). */
export function issueSamples(
  sentences: LabelledSentence[],
  stanceModel: StanceModel | null = STANCE_MODEL,
): IssueSample[][] {
  const gazetteers = new Map<string, Gazetteer>();
  return sentences.map((s) => {
    let g = gazetteers.get(s.scenario);
    if (!g) {
      const patch = EVAL_LEXICONS[s.scenario];
      g = buildGazetteer(
        EVAL_SCENARIOS[s.scenario],
        mergeLexicon(defaultLexicon(), ...(patch ? [patch] : [])),
      );
      gazetteers.set(s.scenario, g);
    }
    const gold = new Set(s.expect.map((f) => f.issue).filter(Boolean));
    const { tokens, sentences: spans } = tokenize(s.text);
    const pos = posTagger(s.text, tokens);
    const out: IssueSample[] = [];
    for (const span of spans) {
      const found = readSentence(g, tokens, span.t0, span.t1, {}, pos, stanceModel);
      if (!found.length) continue;
      for (const c of issueCandidates(g, tokens, span.t0, span.t1, found, pos))
        out.push({ features: [...c.features, ...c.shared], label: gold.has(c.issue) });
    }
    return out;
  });
}

export function trainedIssueModel(sentences: LoadedSentence[] = loadEvalSet()): {
  model: IssueModel;
  samples: number;
} {
  const samples = issueSamples(sentences.filter((s) => s.split === 'train')).flat();
  return { model: trainIssueModel(samples), samples: samples.length };
}
