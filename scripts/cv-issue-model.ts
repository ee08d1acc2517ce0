// Leave-one-block-out estimate of what the issue model adds: for each training block, train the
// model on the other training blocks and score the extractor on this one, with and without it.
// Held-out blocks are not touched. Usage: npx tsx scripts/cv-issue-model.ts [threshold]
import { issueSamples } from '../eval/extract/issue-training.js';
import { loadEvalSet } from '../eval/extract/load.js';
import { predictPairs } from '../eval/extract/predict.js';
import { type Field, scoreAll } from '../eval/extract/score.js';
import { trainIssueModel } from '../src/extract/issue-model.js';
import { STANCE_MODEL } from '../src/extract/stance-model-data.js';

const train = loadEvalSet().filter((s) => s.split === 'train');
const blockOf = (at: string) => at.split('#')[0];
const samples = issueSamples(train);
const fields: Field[] = ['party', 'issue', 'stance', 'condition', 'event'];
console.log(`block            mode      ${fields.map((f) => f.padStart(10)).join('')}`);
const pooled: Record<string, { gold: never[]; pred: never[] }[]> = { rules: [], model: [] };
for (const block of [...new Set(train.map((s) => blockOf(s.at)))]) {
  const model = trainIssueModel(samples.filter((_, i) => blockOf(train[i].at) !== block).flat());
  const here = train.filter((s) => blockOf(s.at) === block);
  for (const [mode, m] of [
    ['rules', null],
    ['model', model],
  ] as const) {
    const pairs = predictPairs(here, STANCE_MODEL, m);
    if (block !== 'sentences.yaml') pooled[mode].push(...(pairs as never[]));
    const sc = scoreAll(pairs);
    console.log(
      `${block.padEnd(16)} ${mode.padEnd(9)} ${fields.map((f) => sc[f].f1.toFixed(3).padStart(10)).join('')}`,
    );
  }
}
for (const mode of ['rules', 'model']) {
  const sc = scoreAll(pooled[mode]);
  console.log(
    `${'blind pooled'.padEnd(16)} ${mode.padEnd(9)} ${fields.map((f) => sc[f].f1.toFixed(3).padStart(10)).join('')}`,
  );
}
