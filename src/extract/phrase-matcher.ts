// Finds phrases (sequences of stemmed words) in a token array. Phrases are indexed by their first
// stem, longest first, so a scan is one map lookup per token plus a short comparison.
import { type Token, tokenize } from './tokenize.js';

export interface PhraseMatch<T> {
  /** Token index range [t0, t1). */
  t0: number;
  t1: number;
  value: T;
  phrase: string;
}

interface Entry<T> {
  stems: string[];
  value: T;
  phrase: string;
}

/** A phrase as the stems the tokenizer would produce for it in running text. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).tokens.map((t) => t.stem);
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const stems = phraseStems(phrase);
    if (stems.length === 0) return;
    let list = this.byFirst.get(stems[0]);
    if (!list) this.byFirst.set(stems[0], (list = []));
    if (list.some((e) => e.value === value && e.stems.join(' ') === stems.join(' '))) return;
    list.push({ stems, value, phrase });
    list.sort((a, b) => b.stems.length - a.stems.length);
  }

  /** Every match starting at token i (longest first). */
  at(tokens: Token[], i: number, end: number): PhraseMatch<T>[] {
    const list = this.byFirst.get(tokens[i].stem);
    if (!list) return [];
    const out: PhraseMatch<T>[] = [];
    for (const e of list) {
      const n = e.stems.length;
      if (i + n > end) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (tokens[i + k].stem !== e.stems[k]) {
          ok = false;
          break;
        }
      }
      if (ok) out.push({ t0: i, t1: i + n, value: e.value, phrase: e.phrase });
    }
    return out;
  }

  /**
   * Leftmost-longest matches in [t0, t1) that do not overlap (per value kind, the caller decides).
   * With `overlap` every match is returned.
   */
  scan(tokens: Token[], t0: number, t1: number, overlap = false): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = t0;
    while (i < t1) {
      const here = this.at(tokens, i, t1);
      if (here.length === 0) {
        i++;
        continue;
      }
      if (overlap) {
        out.push(...here);
        i++;
      } else {
        out.push(here[0]);
        i = here[0].t1;
      }
    }
    return out;
  }
}
