// A coarser word form than `Token.stem` for the loose matching of issue and option aliases:
// "deployment", "deployed" and "deploying" all become "deploy", "withdrawal" becomes "withdraw",
// and a few reporting-style synonyms fold into the word scenario aliases tend to use ("send
// troops" → "deploy troops"). Cue phrases keep the exact stems; their inflections come from
// src/extract/inflect.ts.
import { DEFAULT_LEXICON_DATA } from './lexicon-data.js';

// Keys are compared with token stems, which drop a plural "s" ("arms" → "arm"): both forms are keys.
const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const m = new Map(Object.entries(DEFAULT_LEXICON_DATA.synonyms.words as Record<string, string>));
  for (const [k, v] of [...m]) if (/[^s]s$/.test(k) && !m.has(k.slice(0, -1))) m.set(k.slice(0, -1), v);
  return m;
})();

/** Function words that neither count as an alias's content nor break a loose match. */
export const LOOSE_STOPWORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'its',
  'their',
  'his',
  'her',
  'our',
  'in',
  'on',
  'for',
  'from',
  'with',
  'at',
  'by',
  'all',
  'any',
  'and',
  'some',
  'this',
  'that',
  'these',
  'those',
  "'s",
  "'",
  // auxiliaries: "troops could be deployed" still names "troops deployed"
  'be',
  'been',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'may',
  'might',
  'should',
  'must',
  'also',
]);

const SUFFIXES = ['ament', 'ments', 'ment', 'ings', 'ing', 'ied', 'ed', 'al', 'es', 's', 'e'];

function strip(w: string): string {
  for (const suf of SUFFIXES) {
    if (!w.endsWith(suf) || w.length - suf.length < 4) continue;
    if (suf === 'al' && w.length < 8) continue;
    if (suf === 'es' && !/(sh|ch|x|ss|z)es$/.test(w)) continue;
    if (suf === 's' && /(ss|us|is)$/.test(w)) continue;
    let r = w.slice(0, -suf.length);
    if (suf === 'ied') r += 'y';
    // "dropped" → "dropp" → "drop"
    if ((suf === 'ed' || suf === 'ing') && /([bdfgmnprt])\1$/.test(r)) r = r.slice(0, -1);
    return r.endsWith('e') && r.length > 4 ? r.slice(0, -1) : r;
  }
  return w;
}

// Memo of stem → root: a deterministic cache (the same answer every time), bounded in size.
const memo = new Map<string, string>();

/** The loose-matching form of a stemmed token. */
export function rootWord(stem: string): string {
  let r = memo.get(stem);
  if (r !== undefined) return r;
  const syn = SYNONYMS.get(stem);
  r = strip(syn ?? stem);
  if (memo.size > 50_000) memo.clear();
  memo.set(stem, r);
  return r;
}
