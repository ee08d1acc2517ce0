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

/** A root of this form stands for any exact mention of the issue ("give up land" → "give up <territory>"). */
export const SLOT = '@';

interface Entry<T> {
  roots: string[];
  value: T;
  phrase: string;
}

export class LooseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /**
   * `slots`: stems of other aliases of the same issue, each stem sequence with its issue id; an
   * alias word that is one of them becomes a slot any mention of that issue fills.
   */
  add(phrase: string, value: T, slots?: { stems: string[]; issue: string }[]): void {
    let stems = phraseStems(phrase).filter((s) => s !== '' && !LOOSE_STOPWORDS.has(s));
    if (slots && stems.length > 1) {
      for (const sl of slots) {
        const n = sl.stems.length;
        for (let i = 0; i + n <= stems.length; i++) {
          if (stems.slice(i, i + n).join(' ') !== sl.stems.join(' ')) continue;
          if (n === stems.length) break;
          stems = [...stems.slice(0, i), SLOT + sl.issue, ...stems.slice(i + n)];
          break;
        }
      }
    }
    const roots = stems.map((s) => (s.startsWith(SLOT) ? s : rootWord(s)));
    if (roots[0]?.startsWith(SLOT) && roots.length === 1) return;
    // One generic word ("kept", "open") is too loose; one long word ("recognise") is not.
    if (roots.length === 0 || (roots.length === 1 && phrase.trim().length < 8)) return;
    let list = this.byFirst.get(roots[0]);
    if (!list) this.byFirst.set(roots[0], (list = []));
    const key = roots.join(' ');
    if (list.some((e) => e.value === value && e.roots.join(' ') === key)) return;
    list.push({ roots, value, phrase });
    list.sort((a, b) => b.roots.length - a.roots.length);
  }

  /**
   * Every loose match in [t0, t1); `roots[i - t0]` is the root of token i, `slotAt[i - t0]` the
   * issue mentioned exactly from token i (and `slotEnd` where that mention ends), if any.
   */
  scan(
    tokens: Token[],
    roots: string[],
    t0: number,
    t1: number,
    slotAt: (string | undefined)[] = [],
    slotEnd: number[] = [],
  ): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const fits = (p: number, root: string) =>
      root.startsWith(SLOT) ? slotAt[p - t0] === root.slice(1) : roots[p - t0] === root;
    const endOf = (p: number, root: string) => (root.startsWith(SLOT) ? slotEnd[p - t0] - 1 : p);
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
            if (fits(p, e.roots[k])) {
              j = endOf(p, e.roots[k]);
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
