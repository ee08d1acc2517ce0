// Alias matching that forgives inflection and a short gap: "the deployment of European troops"
// finds the alias "deploy troops", "the lifting of Western sanctions" finds "lifting of sanctions".
// Words are compared by `rootWord`; between two content words of an alias at most MAX_GAP tokens
// may stand, of which at most one is not a function word, and no punctuation.
import type { PhraseMatch } from './phrase-matcher.js';
import { phraseStems } from './phrase-matcher.js';
import { LOOSE_STOPWORDS, rootWord } from './roots.js';
import type { Token } from './tokenize.js';

const MAX_GAP = 4;
const MAX_CONTENT_IN_GAP = 1;

interface Entry<T> {
  roots: string[];
  value: T;
  phrase: string;
}

export class LooseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const roots = phraseStems(phrase)
      .filter((s) => s !== '' && !LOOSE_STOPWORDS.has(s))
      .map(rootWord);
    // One generic word ("kept", "open") is too loose; one long word ("recognise") is not.
    if (roots.length === 0 || (roots.length === 1 && phrase.trim().length < 8)) return;
    let list = this.byFirst.get(roots[0]);
    if (!list) this.byFirst.set(roots[0], (list = []));
    const key = roots.join(' ');
    if (list.some((e) => e.value === value && e.roots.join(' ') === key)) return;
    list.push({ roots, value, phrase });
    list.sort((a, b) => b.roots.length - a.roots.length);
  }

  /** Every loose match in [t0, t1); `roots[i - t0]` is the root of token i. */
  scan(tokens: Token[], roots: string[], t0: number, t1: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = t0; i < t1; i++) {
      const list = this.byFirst.get(roots[i - t0]);
      if (!list) continue;
      for (const e of list) {
        let j = i;
        let ok = true;
        for (let k = 1; k < e.roots.length && ok; k++) {
          ok = false;
          let content = 0;
          for (let p = j + 1; p < t1 && p <= j + 1 + MAX_GAP; p++) {
            if (roots[p - t0] === e.roots[k]) {
              j = p;
              ok = true;
              break;
            }
            const n = tokens[p].norm;
            if (!/^[\p{L}\p{N}'-]/u.test(n)) break;
            if (!LOOSE_STOPWORDS.has(tokens[p].stem) && ++content > MAX_CONTENT_IN_GAP) break;
          }
        }
        if (ok) out.push({ t0: i, t1: j + 1, value: e.value, phrase: e.phrase });
      }
    }
    return out;
  }
}
