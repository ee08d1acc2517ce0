// Evaluates the extractor on the labelled set: precision, recall and F1 per field, per block.
// Usage: npx tsx scripts/eval-extract.ts [--split NAME|all] [--errors] [--rules-only] [--no-issue-model]
//   NAME: train, train_first, train_blind, heldout … heldout14, heldout_all
//   --errors      prints the errors on TRAIN sentences only: held-out sentences are scored, never
//                 inspected (docs/extraction.md)
//   --rules-only  turns the stance back-off and the issue model off, to measure the cue rules alone
//   --no-issue-model  turns only the issue model off
import { loadEvalSet } from '../eval/extract/load.js';
import { predictPairs } from '../eval/extract/predict.js';
import { type LabelledFinding, renderScores, scoreAll } from '../eval/extract/score.js';

const args = process.argv.slice(2);
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const showErrors = args.includes('--errors');
const rulesOnly = args.includes('--rules-only');
const noIssueModel = rulesOnly || args.includes('--no-issue-model');

const TITLES: Record<string, string> = {
  train: 'TRAIN (all blocks)',
  train_first: 'TRAIN, first block (sentences.yaml; written knowing the rules)',
  train_blind: 'TRAIN, blocks written blind to the rules (train2…)',
  heldout: 'HELD-OUT',
  heldout2: 'HELD-OUT 2 (round 4)',
  heldout3: 'HELD-OUT 3 (round 6)',
  heldout4: 'HELD-OUT 4 (round 7)',
  heldout5: 'HELD-OUT 5 (round 8, written blind to the rules by a separate writer)',
  heldout6: 'HELD-OUT 6 (round 8b, written blind to the rules by a separate writer)',
  heldout7: 'HELD-OUT 7 (round 8c, written blind to the rules by a separate writer)',
  heldout8: 'HELD-OUT 8 (round 9, written blind to the rules by a separate writer)',
  heldout9: 'HELD-OUT 9 (round 10, written blind to the rules by a separate writer)',
  heldout10: 'HELD-OUT 10 (round 10b, written blind to the rules by a separate writer)',
  heldout11: 'HELD-OUT 11 (round 11, written blind to the rules by a separate writer)',
  heldout12: 'HELD-OUT 12 (round 11b, written blind to the rules by a separate writer)',
  heldout13: 'HELD-OUT 13 (round 11c, written blind to the rules by a separate writer)',
  heldout14: 'HELD-OUT 14 (round 11d, written blind to the rules by a separate writer)',
  heldout_all: 'ALL HELD-OUT BLOCKS',
};
if (only !== 'all' && !TITLES[only]) {
  console.error(`unknown --split '${only}'; use one of: ${Object.keys(TITLES).join(', ')}, all`);
  process.exit(2);
}
const groupsOf = (split: string, at: string): string[] => {
  if (split !== 'train') return [split, 'heldout_all'];
  return ['train', at.startsWith('sentences.yaml#') ? 'train_first' : 'train_blind'];
};
const wanted = (split: string, at: string) => only === 'all' || groupsOf(split, at).includes(only);

const sentences = loadEvalSet().filter((s) => wanted(s.split, s.at));
const pairs = predictPairs(sentences, rulesOnly ? null : undefined, noIssueModel ? null : undefined);
const groups: Record<string, typeof pairs> = {};
sentences.forEach((s, i) => {
  for (const g of groupsOf(s.split, s.at)) (groups[g] ??= []).push(pairs[i]);
  if (!showErrors || s.split !== 'train') return;
  const key = (f: LabelledFinding) =>
    JSON.stringify(
      f,
      Object.keys(f)
        .filter((k) => f[k as keyof LabelledFinding] != null)
        .sort(),
    );
  const gk = pairs[i].gold.map(key).sort().join('\n');
  const pk = pairs[i].pred.map(key).sort().join('\n');
  if (gk !== pk)
    console.log(
      `\n[${s.at}] ${s.text}\n  gold: ${gk.replace(/\n/g, '\n        ')}\n  pred: ${pk.replace(/\n/g, '\n        ')}`,
    );
});
for (const [g, title] of Object.entries(TITLES)) {
  if ((only !== 'all' && only !== g) || !groups[g]) continue;
  console.log(`\n${renderScores(title, groups[g].length, scoreAll(groups[g]))}`);
}
