// The labelled set: sentences.yaml (older blocks; a sentence without `split` takes the position
// rule) and one file per later block (heldout5.yaml, train2.yaml …), where every sentence names
// its split. One loader for the evaluation script and the tests.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { type LabelledSentence, splitOf } from './score.js';

export const EVAL_DIR = import.meta.dirname;

export interface LoadedSentence extends LabelledSentence {
  split: NonNullable<LabelledSentence['split']>;
  /** Where it is written, for messages: "sentences.yaml#12". */
  at: string;
}

export function loadEvalSet(dir = EVAL_DIR): LoadedSentence[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort((a, b) => (a === 'sentences.yaml' ? -1 : b === 'sentences.yaml' ? 1 : a.localeCompare(b)));
  const out: LoadedSentence[] = [];
  for (const file of files) {
    const data = parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { sentences?: LabelledSentence[] };
    if (!Array.isArray(data?.sentences)) throw new Error(`${file}: expected a top-level 'sentences:' list`);
    data.sentences.forEach((s, i) => {
      if (file !== 'sentences.yaml' && !s.split)
        throw new Error(`${file}: sentences[${i}]: a block file must give each sentence its split`);
      out.push({ ...s, split: s.split ?? splitOf(i), at: `${file}#${i}` });
    });
  }
  return out;
}
