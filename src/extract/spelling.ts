// Names met in another spelling: reports transliterate ("Zelenskiy", "Zelenskyy", "Zelensky") and
// misspell. A word one edit away (a letter changed, added, dropped or two swapped) from exactly
// one long name is read as that name. The index holds each name and its one-letter deletions, so
// a look-up is a handful of map reads.

/** Names shorter than this are too easily one edit from an ordinary word. */
export const MIN_FUZZY_LENGTH = 6;

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** True when a and b differ by one substitution, insertion, deletion or adjacent swap. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class SpellingIndex<T> {
  private readonly keys = new Map<string, { word: string; value: T }[]>();

  add(word: string, value: T): void {
    const w = word.toLowerCase();
    if (w.length < MIN_FUZZY_LENGTH || !/^\p{L}+$/u.test(w)) return;
    for (const k of [w, ...deletions(w)]) {
      let list = this.keys.get(k);
      if (!list) this.keys.set(k, (list = []));
      if (!list.some((e) => e.word === w && e.value === value)) list.push({ word: w, value });
    }
  }

  /** The one value whose name is one edit from `word`; undefined when none or several are. */
  find(word: string): T | undefined {
    const w = word.toLowerCase();
    if (w.length < MIN_FUZZY_LENGTH - 1 || !/^\p{L}+$/u.test(w)) return undefined;
    let found: T | undefined;
    let seen = false;
    for (const k of [w, ...deletions(w)]) {
      for (const e of this.keys.get(k) ?? []) {
        if (!oneEditApart(w, e.word)) continue;
        if (seen && e.value !== found) return undefined;
        found = e.value;
        seen = true;
      }
    }
    return found;
  }
}
