// Leave-one-block-out estimate of what the stance back-off adds: for each training block, train the
// model on the other training blocks and score the extractor on this one, with and without it.
// Held-out blocks are not touched. Usage: npx tsx scripts/cv-stance-model.ts

import { loadEvalSet } from '../eval/extract/load.js';
import { EVAL_LEXICONS, EVAL_SCENARIOS } from '../eval/extract/scenarios/index.js';
import { type Field, scoreAll, toLabel } from '../eval/extract/score.js';
import { sentenceFeatures } from '../src/extract/analyse.js';
import { prepareExtractor } from '../src/extract/extract.js';
import { buildGazetteer } from '../src/extract/gazetteer.js';
import { defaultLexicon, mergeLexicon } from '../src/extract/lexicon.js';
import { type ModelStance, trainStanceModel } from '../src/extract/stance-model.js';
import { tokenize } from '../src/extract/tokenize.js';

const train = loadEvalSet().filter((s) => s.split === 'train');
const blockOf = (at: string) => at.split('#')[0];
const features = train.map((s) => {
  const patch = EVAL_LEXICONS[s.scenario];
  const g = buildGazetteer(
    EVAL_SCENARIOS[s.scenario],
    mergeLexicon(defaultLexicon(), ...(patch ? [patch] : [])),
  );
  const { tokens } = tokenize(s.text);
  return sentenceFeatures(g, tokens, 0, tokens.length);
});
const fields: Field[] = ['party', 'issue', 'stance', 'condition', 'event'];
console.log(`block            mode      ${fields.map((f) => f.padStart(9)).join('')}`);
for (const block of [...new Set(train.map((s) => blockOf(s.at)))]) {
  const samples: { features: string[]; stance: ModelStance }[] = [];
  train.forEach((s, i) => {
    if (blockOf(s.at) === block) return;
    const stances = new Set<ModelStance>(
      s.expect.map((f) => (f.stance === 'conditional_offer' ? 'offer' : f.stance)),
    );
    if (stances.size === 0) stances.add('none');
    for (const stance of stances) samples.push({ features: features[i], stance });
  });
  const model = trainStanceModel(samples);
  for (const [mode, m] of [
    ['rules', null],
    ['back-off', model],
  ] as const) {
    const pairs = train
      .filter((s) => blockOf(s.at) === block)
      .map((s) => ({
        gold: s.expect.map((g) => ({ ...g, option: g.option === undefined ? undefined : String(g.option) })),
        pred: prepareExtractor(
          EVAL_SCENARIOS[s.scenario],
          EVAL_LEXICONS[s.scenario],
          m,
        )(s.text, {
          date: '2025-01-01',
          source: 'eval',
        }).map((c) => toLabel(c.finding)),
      }));
    const sc = scoreAll(pairs);
    console.log(
      `${block.padEnd(16)} ${mode.padEnd(9)} ${fields.map((f) => sc[f].f1.toFixed(3).padStart(9)).join('')}`,
    );
  }
}
