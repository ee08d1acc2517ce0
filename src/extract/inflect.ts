// The other inflections of a cue verb, so that a lexicon lists "propose" once and still reads
// "proposes", "proposed" and "proposing". Regular English morphology plus a short table of
// irregular verbs; a form that is not a word costs nothing, as it never matches running text.

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  seek: ['sought'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  hold: ['held'],
  stand: ['stood'],
  draw: ['drew', 'drawn'],
  withdraw: ['withdrew', 'withdrawn'],
  make: ['made'],
  keep: ['kept'],
  lay: ['laid'],
  tell: ['told'],
  say: ['said'],
  write: ['wrote', 'written'],
  forgo: ['forwent', 'forgone'],
  forego: ['forewent', 'foregone'],
  forswear: ['forswore', 'forsworn'],
  undertake: ['undertook', 'undertaken'],
  bring: ['brought'],
  throw: ['threw', 'thrown'],
  speak: ['spoke', 'spoken'],
  stick: ['stuck'],
  fight: ['fought'],
  break: ['broke', 'broken'],
  choose: ['chose', 'chosen'],
  shut: ['shut'],
  put: ['put'],
  set: ['set'],
  cut: ['cut'],
  let: ['let'],
  go: ['went', 'gone'],
  come: ['came'],
  win: ['won'],
  meet: ['met'],
  lead: ['led'],
  read: ['read'],
  swear: ['swore', 'sworn'],
  strike: ['struck'],
};

// Words a cue may open with that are not verbs to inflect (modals, negations, adjectives), and
// verbs whose other forms mean something else ("expected to resume", "a compromised network",
// "would be considered targets", "before any deal is signed").
const NOT_INFLECTED = new Set([
  'could',
  'would',
  'will',
  'may',
  'might',
  'must',
  'should',
  'can',
  'cannot',
  'is',
  'are',
  'was',
  'were',
  'be',
  'no',
  'not',
  'non',
  'never',
  'only',
  'in',
  'on',
  'at',
  'under',
  'out',
  'off',
  'nothing',
  'the',
  'a',
  'an',
  'red',
  'key',
  'main',
  'central',
  'core',
  'bottom',
  'good',
  'common',
  'positive',
  'constructive',
  'productive',
  'substantial',
  'significant',
  'close',
  'closer',
  'ready',
  'willing',
  'open',
  'prepared',
  'acceptable',
  'unacceptable',
  'unrealistic',
  'unworkable',
  'amenable',
  'receptive',
  'basis',
  'condition',
  'precondition',
  'prerequisite',
  'ultimatum',
  'concession',
  'proposal',
  'commitment',
  'agreement',
  'acceptance',
  'insistence',
  'refusal',
  'rejection',
  'openness',
  'willingness',
  'closure',
  'abolition',
  'scrapping',
  'end',
  'ban',
  'change',
  'expect',
  'compromise',
  'consider',
  'sign',
  'state',
  'progress',
  'step',
  'breakthrough',
  'headway',
  'convergence',
  'dealbreaker',
  'deal-breaker',
  'nonstarter',
  'non-starter',
  'needs',
]);

/** Base verbs that end like an inflected form. */
const ED_ING_BASES = new Set(['need', 'proceed', 'succeed', 'exceed', 'heed', 'feed', 'bring', 'sing']);

const VOWEL = /[aeiou]/;

/** Past and present-participle forms of a base verb, and its -es / -ies third person. */
export function verbForms(base: string): string[] {
  const w = base.toLowerCase();
  if (!/^[a-z]{2,}$/.test(w) || NOT_INFLECTED.has(w)) return [];
  // A listed form ("demanded", "pressing") is not a base; "need", "proceed", "bring" are.
  if (/(ed|ing)$/.test(w) && !IRREGULAR[w] && !ED_ING_BASES.has(w)) return [];
  const out = new Set<string>(IRREGULAR[w] ?? []);
  const last = w[w.length - 1];
  // consonant-vowel-consonant at the end of a short or stressed-final verb doubles: ban → banned
  const cvc =
    w.length >= 3 &&
    !VOWEL.test(last) &&
    !'wxy'.includes(last) &&
    VOWEL.test(w[w.length - 2]) &&
    !VOWEL.test(w[w.length - 3]);
  if (w.endsWith('ie')) {
    out.add(`${w}d`).add(`${w.slice(0, -2)}ying`);
  } else if (w.endsWith('ee')) {
    out.add(`${w}d`).add(`${w}ing`);
  } else if (w.endsWith('e')) {
    out.add(`${w}d`).add(`${w.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(w)) {
    out
      .add(`${w.slice(0, -1)}ied`)
      .add(`${w}ing`)
      .add(`${w.slice(0, -1)}ies`);
  } else {
    out.add(`${w}ed`).add(`${w}ing`);
    if (cvc) out.add(`${w}${last}ed`).add(`${w}${last}ing`);
  }
  if (/(sh|ch|x|ss|z|o)$/.test(w)) out.add(`${w}es`);
  out.delete(w);
  return [...out];
}

/**
 * A cue phrase in every inflection of its opening verb ("insist on" → "insisted on", "insisting
 * on", …). Phrases that open with an inflected form, a modal or a noun give nothing.
 */
export function inflectPhrase(phrase: string): string[] {
  const [first, ...rest] = phrase.trim().split(/\s+/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  return verbForms(first).map((f) => `${f}${tail}`);
}
