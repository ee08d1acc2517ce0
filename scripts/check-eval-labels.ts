// Checks the labels of an evaluation file without running the extractor (so the writer of a blind
// block never sees what the extractor makes of it). Usage: npx tsx scripts/check-eval-labels.ts [file]
// (without a file: every file of the set, eval/extract/*.yaml)
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { labelProblems } from '../eval/extract/labels.js';
import { EVAL_DIR, loadEvalSet } from '../eval/extract/load.js';
import { EVAL_SCENARIOS } from '../eval/extract/scenarios/index.js';
import type { LabelledSentence } from '../eval/extract/score.js';

const file = process.argv[2] ? path.resolve(process.argv[2]) : EVAL_DIR;
const data = (process.argv[2] ? parse(fs.readFileSync(file, 'utf8')) : { sentences: loadEvalSet() }) as {
  sentences?: LabelledSentence[];
};
if (!Array.isArray(data?.sentences)) {
  console.error(`${file}: expected a top-level 'sentences:' list`);
  process.exit(1);
}
const problems = labelProblems(data.sentences, EVAL_SCENARIOS);
for (const p of problems) console.error(`${file}: ${p}`);
const findings = data.sentences.reduce((n, s) => n + (s.expect?.length ?? 0), 0);
console.log(`${data.sentences.length} sentences, ${findings} labelled findings, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
