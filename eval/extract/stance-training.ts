// The training of the stance back-off from the labelled set: the train split only (never a
// held-out block). One sample per distinct stance labelled in a sentence (a conditional offer
// counts as an offer); a sentence labelled with no finding is a 'none' sample.
import { sentenceFeatures } from '../../src/extract/analyse.js';
import { type ModelStance, type StanceModel, trainStanceModel } from '../../src/extract/stance-model.js';
import { tokenize } from '../../src/extract/tokenize.js';
import { gazetteerFor } from './gazetteers.js';
import { type LoadedSentence, loadEvalSet } from './load.js';
import type { LabelledSentence } from './score.js';

export type StanceSample = { features: string[]; stance: ModelStance };

/** The training samples of each sentence, in order (one list per sentence). */
export function stanceSamples(sentences: LabelledSentence[]): StanceSample[][] {
  return sentences.map((s) => {
    const g = gazetteerFor(s.scenario);
    const { tokens } = tokenize(s.text);
    const features = sentenceFeatures(g, tokens, 0, tokens.length);
    const stances = new Set<ModelStance>(
      s.expect.map((f) => (f.stance === 'conditional_offer' ? 'offer' : f.stance)),
    );
    if (stances.size === 0) stances.add('none');
    return [...stances].map((stance) => ({ features, stance }));
  });
}

export function trainedStanceModel(sentences: LoadedSentence[] = loadEvalSet()): {
  model: StanceModel;
  samples: number;
} {
  const samples = stanceSamples(sentences.filter((s) => s.split === 'train')).flat();
  return { model: trainStanceModel(samples), samples: samples.length };
}
