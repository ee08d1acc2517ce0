import { describe, expect, it } from 'vitest';
import { trainedStanceModel } from '../../eval/extract/stance-training.js';
import { extractCandidates, prepareExtractor } from '../../src/extract/extract.js';
import { predictStance, stanceFeatures, trainStanceModel } from '../../src/extract/stance-model.js';
import { STANCE_MODEL } from '../../src/extract/stance-model-data.js';
import { ukraineScenario } from './fixtures/scenario.js';

describe('stance back-off model', () => {
  it('masks names and marks words after a negation', () => {
    const words = ['kyiv', 'will', 'not', 'accept', 'the', 'plan', 'now'];
    expect(stanceFeatures(words, (i) => i === 0)).toEqual([
      'will',
      'not',
      '¬accept',
      '¬the',
      '¬plan',
      'now',
      'will_not',
      'not_¬accept',
      '¬accept_¬the',
      '¬the_¬plan',
      '¬plan_now',
    ]);
  });

  it('learns which words go with which stance (naive Bayes, checked by hand on a toy set)', () => {
    const model = trainStanceModel(
      [
        { features: ['reject', 'firmly'], stance: 'rejection' },
        { features: ['reject', 'plan'], stance: 'rejection' },
        { features: ['offer', 'plan'], stance: 'offer' },
        { features: ['offer', 'ready'], stance: 'offer' },
      ],
      1,
    );
    expect(predictStance(model, ['reject']).stance).toBe('rejection');
    expect(predictStance(model, ['offer', 'unknown-word']).stance).toBe('offer');
    // 'plan' is seen once with each of two equally likely stances: it cannot decide between them.
    expect(predictStance(model, ['plan']).p).toBeLessThan(0.5);
  });

  it('ships the model trained on the current train split', () => {
    expect(trainedStanceModel().model).toEqual(STANCE_MODEL);
  }, 60_000);

  it('proposes a guessed, low-confidence finding only where no cue reads the sentence', () => {
    const text = 'Kyiv is sticking with its NATO ambitions for now, officials in the capital told reporters.';
    const withModel = extractCandidates(text, ukraineScenario, { date: '2025-12-15', source: 'test' });
    const rulesOnly = prepareExtractor(
      ukraineScenario,
      undefined,
      null,
    )(text, { date: '2025-12-15', source: 'test' });
    expect(rulesOnly).toEqual([]);
    expect(withModel).toHaveLength(1);
    expect(withModel[0].finding).toMatchObject({ party: 'UKR', issue: 'nato', guessed: true });
    expect(withModel[0].confidence).toBeLessThanOrEqual(0.4);
    expect(withModel[0].event.summary).toMatch(/guessed from the wording/);
    // A cue-read sentence is never guessed at.
    const read = extractCandidates(
      'Ukraine rejects any recognition of occupied territory.',
      ukraineScenario,
      {
        date: '2025-12-15',
        source: 'test',
      },
    );
    expect(read.every((c) => !c.finding.guessed)).toBe(true);
  });
});
