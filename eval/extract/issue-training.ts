// The training of the issue model from the labelled set: the train split only (never a held-out
// block). One sample per issue a sentence names (or the rules read from a number), labelled by
// whether the item's labels take a position on it (an item of two sentences is labelled as a
// whole); sentences the rules find nothing in give none, since the model only revisits findings.
import { readSentence } from '../../src/extract/extract.js';
import { type IssueModel, issueCandidates, trainIssueModel } from '../../src/extract/issue-model.js';
import { posTagger } from '../../src/extract/pos.js';
import type { StanceModel } from '../../src/extract/stance-model.js';
import { STANCE_MODEL } from '../../src/extract/stance-model-data.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { gazetteerFor } from './gazetteers.js';
import { type LoadedSentence, loadEvalSet } from './load.js';
import type { LabelledSentence } from './score.js';

export type IssueSample = { features: string[]; label: boolean };

/** The training samples of each sentence, in order (one list per sentence). */
export function issueSamples(
  sentences: LabelledSentence[],
  stanceModel: StanceModel | null = STANCE_MODEL,
): IssueSample[][] {
  return sentences.map((s) => {
    const g = gazetteerFor(s.scenario);
    const gold = new Set(s.expect.map((f) => f.issue).filter(Boolean));
    const { tokens, sentences: spans } = tokenize(s.text);
    const pos = posTagger(s.text, tokens);
    const out: IssueSample[] = [];
    // One context per text, as when a report is read: a pronoun in the second sentence refers back.
    const ctx = {};
    for (const span of spans) {
      const found = readSentence(g, tokens, span.t0, span.t1, ctx, pos, stanceModel);
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
