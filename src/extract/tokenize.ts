// Sentences and tokens with character offsets, from wink-nlp's English lite model (bundled in the
// npm package: nothing is downloaded at run time). Only sentence boundary detection runs: the
// rules below need tokens and sentences, not tags, and this keeps 800k words well under a second.
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text. */
  norm: string;
  /** `norm` with a possessive or plural/3rd-person `s` removed: the form phrases are matched on. */
  stem: string;
  /** Written with a capital first letter (a name, or the first word of a sentence). */
  cap?: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last + 1). */
  t0: number;
  t1: number;
  /** True when the sentence starts a new line (a paragraph or a headline). */
  newLine: boolean;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

/** Loads the language model once (about 0.1–0.2 s); later calls are free. */
export function loadNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

/** Lower-case, curly apostrophes straightened, possessive and plural `s` dropped. */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/\u2019/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (/(sh|ch|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
    else w = w.slice(0, -1);
  }
  return w;
}

/** Splits `text` into sentences and tokens; offsets index into `text`. */
export function tokenize(text: string): Tokenized {
  const n = loadNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  // wink emits line breaks as tokens of their own: drop them, and remember them as boundaries.
  const tokens: Token[] = [];
  const map = new Int32Array(values.length + 1);
  const breakBefore: number[] = [];
  let pendingBreak = true;
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    const sp = spaces[i];
    pos += sp.length;
    const v = values[i];
    map[i] = tokens.length;
    if (sp.includes('\n')) pendingBreak = true;
    if (v.trim() === '') {
      if (v.includes('\n')) pendingBreak = true;
      pos += v.length;
      continue;
    }
    // wink keeps the input text verbatim; guard anyway so offsets can never drift.
    const found = text.startsWith(v, pos) ? pos : text.indexOf(v, pos);
    const start = found < 0 ? pos : found;
    const norm = v.toLowerCase().replace(/\u2019/g, "'");
    breakBefore.push(pendingBreak ? 1 : 0);
    pendingBreak = false;
    // "below 2C." ends up as "2", "c.": a unit letter with the full stop glued on (wink reads it as
    // an initial). Split it when the text ends there or a new sentence starts.
    if (/^\p{L}\.$/u.test(norm) && /^(\s*$|\s+[A-Z"“])/.test(text.slice(start + 2, start + 4))) {
      tokens.push({ start, end: start + 1, norm: norm[0], stem: norm[0] });
      breakBefore.push(0);
      tokens.push({ start: start + 1, end: start + 2, norm: '.', stem: '.' });
    } else if (/^\p{L}[\p{L}.-]*'s$/u.test(norm)) {
      // wink mostly splits a possessive ("Kyiv" "'s") but not always ("Aldric's has …"): split it
      // here too, so a name reads the same in every sentence.
      const t: Token = { start, end: start + v.length - 2, norm: norm.slice(0, -2), stem: stemWord(norm) };
      if (/^\p{Lu}/u.test(v)) t.cap = true;
      tokens.push(t);
      breakBefore.push(0);
      tokens.push({ start: start + v.length - 2, end: start + v.length, norm: "'s", stem: '' });
    } else {
      const t: Token = { start, end: start + v.length, norm, stem: stemWord(norm) };
      if (/^\p{Lu}/u.test(v)) t.cap = true;
      tokens.push(t);
    }
    pos = start + v.length;
  }
  map[values.length] = tokens.length;
  const sentences: Sentence[] = [];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [wa, wb] of spans) {
    const a = map[wa];
    const b = map[wb + 1];
    let s0 = a;
    for (let i = a + 1; i < b; i++) {
      if (breakBefore[i]) {
        push(s0, i);
        s0 = i;
      }
    }
    push(s0, b);
  }
  function push(t0: number, t1: number): void {
    if (t1 <= t0) return;
    sentences.push({
      start: tokens[t0].start,
      end: tokens[t1 - 1].end,
      t0,
      t1,
      newLine: breakBefore[t0] === 1,
    });
  }
  return { tokens, sentences };
}
