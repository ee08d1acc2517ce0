// Evaluates the extractor on the labelled set: precision, recall and F1 per field, on the train and
// held-out parts. Usage: npx tsx scripts/eval-extract.ts [--split train|heldout|heldout2|heldout3|heldout4|heldout5|heldout_all|all] [--errors]
// --errors prints train errors only: held-out sentences are scored, never inspected (docs/extraction.md).

import { loadEvalSet } from '../eval/extract/load.js';
import { EVAL_LEXICONS, EVAL_SCENARIOS } from '../eval/extract/scenarios/index.js';
import { type LabelledFinding, renderScores, scoreAll, toLabel } from '../eval/extract/score.js';
import { extractCandidates } from '../src/extract/extract.js';

const args = process.argv.slice(2);
const only = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'all';
const showErrors = args.includes('--errors');

const sentences = loadEvalSet();
const groups: Record<string, { gold: LabelledFinding[]; pred: LabelledFinding[] }[]> = {
  train: [],
  heldout: [],
  heldout2: [],
  heldout3: [],
  heldout4: [],
  heldout5: [],
  heldout_all: [],
};
sentences.forEach((s) => {
  const split = s.split;
  const scenario = EVAL_SCENARIOS[s.scenario];
  if (!scenario) throw new Error(`${s.at}: unknown scenario '${s.scenario}'`);
  const pred = extractCandidates(s.text, scenario, {
    date: '2025-01-01',
    source: 'eval',
    lexicon: EVAL_LEXICONS[s.scenario],
  }).map((c) => toLabel(c.finding));
  const gold = (s.expect ?? []).map((g) => ({
    ...g,
    option: g.option === undefined ? undefined : String(g.option),
  }));
  groups[split].push({ gold, pred });
  if (split !== 'train') groups.heldout_all.push({ gold, pred });
  if (showErrors && split === 'train') {
    const key = (f: LabelledFinding) =>
      JSON.stringify(
        f,
        Object.keys(f)
          .filter((k) => f[k as keyof LabelledFinding] != null)
          .sort(),
      );
    const gk = gold.map(key).sort().join('\n');
    const pk = pred.map(key).sort().join('\n');
    if (gk !== pk)
      console.log(
        `\n[${s.at} ${split}] ${s.text}\n  gold: ${gk.replace(/\n/g, '\n        ')}\n  pred: ${pk.replace(/\n/g, '\n        ')}`,
      );
  }
});
const TITLES = {
  train: 'TRAIN',
  heldout: 'HELD-OUT',
  heldout2: 'HELD-OUT 2 (round 4)',
  heldout3: 'HELD-OUT 3 (round 6)',
  heldout4: 'HELD-OUT 4 (round 7)',
  heldout5: 'HELD-OUT 5 (round 8, written by a writer blind to the rules)',
  heldout_all: 'ALL HELD-OUT BLOCKS',
} as const;
for (const split of [
  'train',
  'heldout',
  'heldout2',
  'heldout3',
  'heldout4',
  'heldout5',
  'heldout_all',
] as const) {
  if (only !== 'all' && only !== split) continue;
  console.log(`\n${renderScores(TITLES[split], groups[split].length, scoreAll(groups[split]))}`);
}
