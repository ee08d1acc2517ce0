// Part-of-speech tags from wink-nlp, computed only for the sentences that carry a stance or
// reporting cue (a few per cent of a report), so tagging stays within the speed budget.
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { Token } from './tokenize.js';

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Universal POS tags (`NOUN`, `VERB`, `AUX`, …) of tokens [t0, t1); '' where wink split differently. */
export type PosTagger = (t0: number, t1: number) => readonly string[];

/** A tagger over `text` and its tokens; each sentence range is tagged once, on first request. */
export function posTagger(text: string, tokens: Token[]): PosTagger {
  const cache = new Map<number, readonly string[]>();
  return (t0, t1) => {
    const hit = cache.get(t0 * 65536 + t1);
    if (hit) return hit;
    const tags = tagRange(text, tokens, t0, t1);
    cache.set(t0 * 65536 + t1, tags);
    return tags;
  };
}

function tagRange(text: string, tokens: Token[], t0: number, t1: number): string[] {
  const out: string[] = new Array(Math.max(0, t1 - t0)).fill('');
  if (t1 <= t0) return out;
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  const base = tokens[t0].start;
  const slice = text.slice(base, tokens[t1 - 1].end);
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out(nlp.its.value) as string[];
  const spaces = doc.tokens().out(nlp.its.precedingSpaces) as string[];
  const pos = doc.tokens().out(nlp.its.pos) as string[];
  const byStart = new Map<number, string>();
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    const found = slice.startsWith(values[i], at) ? at : slice.indexOf(values[i], at);
    const start = found < 0 ? at : found;
    byStart.set(base + start, pos[i]);
    at = start + values[i].length;
  }
  for (let t = t0; t < t1; t++) out[t - t0] = byStart.get(tokens[t].start) ?? '';
  return out;
}
