// Leave-one-block-out estimate of what the issue model adds: for each training block, train the
// stance back-off and then the issue model on the other training blocks, and score the extractor
// on this block with and without the issue model (the back-off on in both). Held-out blocks are
// not touched. Takes a few minutes. Usage: npx tsx scripts/cv-issue-model.ts
import { issueSamples } from '../eval/extract/issue-training.js';
import { loadEvalSet } from '../eval/extract/load.js';
import { predictPairs, type ScoredPair } from '../eval/extract/predict.js';
import { type Field, scoreAll } from '../eval/extract/score.js';
import { stanceSamples } from '../eval/extract/stance-training.js';
import { trainIssueModel } from '../src/extract/issue-model.js';
import { trainStanceModel } from '../src/extract/stance-model.js';

const train = loadEvalSet().filter((s) => s.split === 'train');
const blockOf = (at: string) => at.split('#')[0];
const stance = stanceSamples(train);
const fields: Field[] = ['party', 'issue', 'stance', 'condition', 'event'];
const row = (name: string, mode: string, pairs: ScoredPair[]) => {
  const sc = scoreAll(pairs);
  console.log(
    `${name.padEnd(16)} ${mode.padEnd(9)} ${fields.map((f) => sc[f].f1.toFixed(3).padStart(10)).join('')}`,
  );
};
console.log(`block            mode      ${fields.map((f) => f.padStart(10)).join('')}`);
const pooled: Record<'rules' | 'model', ScoredPair[]> = { rules: [], model: [] };
for (const block of [...new Set(train.map((s) => blockOf(s.at)))]) {
  const others = train.filter((s) => blockOf(s.at) !== block);
  const stanceModel = trainStanceModel(stance.filter((_, i) => blockOf(train[i].at) !== block).flat());
  const issueModel = trainIssueModel(issueSamples(others, stanceModel).flat());
  const here = train.filter((s) => blockOf(s.at) === block);
  for (const [mode, m] of [
    ['rules', null],
    ['model', issueModel],
  ] as const) {
    const pairs = predictPairs(here, stanceModel, m);
    // The first block was written knowing the rules: shown, not pooled.
    if (block !== 'sentences.yaml') pooled[mode].push(...pairs);
    row(block, mode, pairs);
  }
}
row('blind pooled', 'rules', pooled.rules);
row('blind pooled', 'model', pooled.model);
