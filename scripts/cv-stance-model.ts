// Leave-one-block-out estimate of what the stance back-off adds: for each training block, train the
// model on the other training blocks and score the extractor on this one, with and without it
// (the issue model off in both: the shipped one was trained on this block too).
// Held-out blocks are not touched. Usage: npx tsx scripts/cv-stance-model.ts
import { loadEvalSet } from '../eval/extract/load.js';
import { predictPairs } from '../eval/extract/predict.js';
import { type Field, scoreAll } from '../eval/extract/score.js';
import { stanceSamples } from '../eval/extract/stance-training.js';
import { trainStanceModel } from '../src/extract/stance-model.js';

const train = loadEvalSet().filter((s) => s.split === 'train');
const blockOf = (at: string) => at.split('#')[0];
const samples = stanceSamples(train);
const fields: Field[] = ['party', 'issue', 'stance', 'condition', 'event'];
console.log(`block            mode      ${fields.map((f) => f.padStart(10)).join('')}`);
for (const block of [...new Set(train.map((s) => blockOf(s.at)))]) {
  const model = trainStanceModel(samples.filter((_, i) => blockOf(train[i].at) !== block).flat());
  const here = train.filter((s) => blockOf(s.at) === block);
  for (const [mode, m] of [
    ['rules', null],
    ['back-off', model],
  ] as const) {
    const sc = scoreAll(predictPairs(here, m, null));
    console.log(
      `${block.padEnd(16)} ${mode.padEnd(9)} ${fields.map((f) => sc[f].f1.toFixed(3).padStart(10)).join('')}`,
    );
  }
}
