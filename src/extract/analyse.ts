// Reads one sentence: splits it into clauses, finds who speaks, the stance taken on each issue
// named, how firmly, and on what condition. Rules, not a trained model: every decision can be
// traced to the cue phrases listed in the finding.
import { type Entity, type Gazetteer, unitWord } from './gazetteer.js';
import type { CueClass } from './lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { PosTagger } from './pos.js';
import { LOOSE_STOPWORDS, rootWord } from './roots.js';
import { predictStance, type StanceModel, stanceFeatures } from './stance-model.js';
import type { Token } from './tokenize.js';
import type { Finding, Firmness, SignalCondition, SignalStance } from './types.js';

/** A finding with the token range of the clause it came from. */
export interface ClauseFinding {
  finding: Finding;
  t0: number;
  t1: number;
}

export interface Cue {
  cls: CueClass;
  t0: number;
  t1: number;
  phrase: string;
}

export const STANCE_CUES: ReadonlySet<CueClass> = new Set([
  'offer',
  'demand',
  'rejection',
  'relinquish',
  'acceptance',
]);
const NOT_ACTOR_BEFORE: ReadonlySet<string> = new Set([
  'with',
  'between',
  'against',
  'to',
  'from',
  'on',
  'and',
  'in',
  'of',
  'at',
  'into',
  'over',
  'within',
  'for',
  // "during the talks in Moscow", "despite Kyiv's objections": a time or place, not who speaks
  // (not "after" / "before" / "since", which also open a clause with a subject of its own)
  'during',
  'despite',
  'than',
  'towards',
  'toward',
  'across',
  'through',
  'outside',
]);
/** "officials in Washington" names the actor although "in" usually does not. */
const PEOPLE_IN: ReadonlySet<string> = new Set([
  'officials',
  'sources',
  'diplomats',
  'negotiators',
  'leaders',
  'authorities',
  'ministers',
  'aides',
  'envoys',
  'delegates',
  'delegation',
  'team',
  'representatives',
  'negotiator',
  'official',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'members',
  'scientists',
  'experts',
  'researchers',
  'staff',
]);
/** "officials in Kyiv", "ministers from the island alliance", "the delegation of Lumara", "negotiators for Sardavia". */
const PEOPLE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'of', 'for', 'at']);
function peopleIn(tokens: Token[], t: number): boolean {
  let i = t - 1;
  if (i >= 0 && DETERMINERS.has(tokens[i].norm)) i--;
  // ("Ukraine's negotiators in Berlin" are Ukraine's: a possessor before the noun wins.)
  return (
    i >= 1 &&
    PEOPLE_PREPOSITIONS.has(tokens[i].norm) &&
    PEOPLE_IN.has(tokens[i - 1].norm) &&
    !(i >= 2 && (tokens[i - 2].norm === "'s" || tokens[i - 2].norm === "'"))
  );
}
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Reporting verbs whose next party is the addressee ("told Kyiv that …"). */
const TOLD: ReadonlySet<string> = new Set(['told', 'tell', 'tells', 'telling', 'briefed']);
const BE: ReadonlySet<string> = new Set(['is', 'are', 'be', 'been', 'was', 'were']);

/** The word before a mention, looking past an article. */
function wordBefore(tokens: Token[], t: number): string {
  let i = t - 1;
  if (i >= 0 && DETERMINERS.has(tokens[i].norm)) i--;
  return i >= 0 ? tokens[i].norm : '';
}
/** "rejected by Moscow", "a red line for Kyiv": the party after these words is the actor. */
const AGENT_BEFORE: ReadonlySet<string> = new Set(['by', 'for', 'to']);
const MODAL_CLASSES: ReadonlySet<CueClass> = new Set(['firm', 'tentative', 'hypothetical']);
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'may', 'might']);
/** Verbs of judging: "considers X unacceptable" is a rejection, not an offer. */
const CONSIDER: ReadonlySet<string> = new Set(['consider', 'considers', 'considered', 'considering']);
/** Words between a modal and the action it qualifies ("could be deployed", "will also lift"). */
const MODAL_GAP: ReadonlySet<string> = new Set(['be', 'also', 'then', 'still', 'soon', 'eventually']);
/** A rejection cue that is a refused acceptance ("will not agree", "not accept"), not a judgement. */
const REFUSED_ACCEPTANCE = /^(will|would|shall|could|can|cannot|not|never|won't|n't)\b/;

/** Temporal conditions that say what must happen first ("will not disarm until …"). */
const UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'before']);
/** Role nouns that, after "the" and with no name, point back to the party last named as a subject. */
const DEFINITE_ROLES: ReadonlySet<string> = new Set([
  'delegation',
  'government',
  'leadership',
  'side',
  'team',
  'negotiators',
  'ministry',
  'administration',
  'envoy',
  'spokesman',
  'spokeswoman',
]);
/** Pronouns that open a sentence and point back to the last party named as a subject. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);
/** Words before a cue that make it a noun ("its demands", "of demands"). */
const NOUN_BEFORE: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'of', 'the', 'a']);
/** How far (in tokens) an issue may be from the cue that governs it. */
const MAX_CUE_DISTANCE = 12;
/** How far a predicate ("… remains a precondition") may stand from the issue in its subject. */
const MAX_SUBJECT_DISTANCE = 22;
/** A stance cue that is the predicate of its clause's subject: "is" / "remains" within the three words before it. */
function isPredicate(tokens: Token[], c: Cue, c0: number): boolean {
  for (let i = c.t0 - 1; i >= Math.max(c0, c.t0 - 4); i--) {
    const w = tokens[i].norm;
    if (BE.has(w) || w === 'remains' || w === 'remain') return true;
    if (!/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}
/** How far back a negation reaches to flip a cue ("will not accept", "not prepared to"). */
const NEGATION_SCOPE = 3;
/** How far back a relinquishing verb reaches to an option ("abandoning its bid for NATO membership"). */
const RELINQUISH_SCOPE = 5;
/** Nouns of aim between a verb of giving up and what is given up ("drop its bid for …"). */
const AIMS: ReadonlySet<string> = new Set([
  'ambition',
  'ambitions',
  'bid',
  'aspiration',
  'aspirations',
  'goal',
  'aim',
  'hopes',
  'quest',
  'drive',
  'plans',
  'plan',
  'claim',
  'claims',
  'demand',
  'demands',
  'push',
]);

/** The last sentence's mentions: the rules and then the issue model ask for the same sentence. */
let lastMentions:
  | { g: Gazetteer; tokens: Token[]; t0: number; t1: number; out: readonly PhraseMatch<Entity>[] }
  | undefined;

/** Non-overlapping entity mentions, longest first (a party alias inside an option alias loses). */
export function entityMentions(g: Gazetteer, tokens: Token[], t0: number, t1: number): PhraseMatch<Entity>[] {
  const m = lastMentions;
  if (m && m.g === g && m.tokens === tokens && m.t0 === t0 && m.t1 === t1) return [...m.out];
  // Frozen: the arrays handed out are copies, and the matches they share cannot be changed.
  const out = scanMentions(g, tokens, t0, t1).map((x) => Object.freeze(x));
  lastMentions = { g, tokens, t0, t1, out };
  return [...out];
}

function scanMentions(g: Gazetteer, tokens: Token[], t0: number, t1: number): PhraseMatch<Entity>[] {
  const all = g.entities.scan(tokens, t0, t1, true);
  // Longest first; on equal length an option beats its issue (it says more).
  const rank = (e: Entity) => (e.kind === 'option' ? 0 : e.kind === 'issue' ? 1 : 2);
  all.sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0) || rank(a.value) - rank(b.value) || a.t0 - b.t0);
  const taken = new Uint8Array(t1 - t0);
  let out: PhraseMatch<Entity>[] = [];
  for (const m of all) {
    let free = true;
    for (let i = m.t0; i < m.t1; i++) if (taken[i - t0]) free = false;
    if (!free) continue;
    for (let i = m.t0; i < m.t1; i++) taken[i - t0] = 1;
    out.push(m);
  }
  // A capitalised word left over that is one edit from exactly one party's one-word name is that
  // name in another spelling ("Zelenskiy"); an exact name anywhere else in the text wins.
  for (let i = t0; i < t1; i++) {
    const t = tokens[i];
    if (taken[i - t0] || !t.cap || g.entities.at(tokens, i, t1).length) continue;
    const id = g.spellings.find(t.stem);
    if (id === undefined) continue;
    taken[i - t0] = 1;
    out.push({ t0: i, t1: i + 1, value: { kind: 'party', id }, phrase: t.norm });
  }
  // Then aliases met in another inflection or with a word between ("the deployment of European
  // troops"): such a match may swallow a party named inside it or a bare mention of its own
  // issue, never another issue or an option found exactly.
  const roots: string[] = [];
  for (let i = t0; i < t1; i++) roots.push(rootWord(tokens[i].stem));
  const slotAt: (string | undefined)[] = new Array(t1 - t0);
  const slotEnd: number[] = new Array(t1 - t0);
  for (const m of out)
    if (m.value.kind === 'issue') {
      slotAt[m.t0 - t0] = m.value.issue;
      slotEnd[m.t0 - t0] = m.t1;
    }
  const loose = g.loose.scan(tokens, roots, t0, t1, slotAt, slotEnd);
  loose.sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0) || rank(a.value) - rank(b.value) || a.t0 - b.t0);
  for (const m of loose) {
    const v = m.value;
    if (v.kind === 'party') continue;
    const over = out.filter((o) => o.t0 < m.t1 && o.t1 > m.t0);
    if (
      over.some(
        (o) =>
          o.value.kind === 'option' ||
          (o.value.kind === 'issue' && o.value.issue !== v.issue) ||
          (o.value.kind === 'issue' && v.kind === 'issue') ||
          (o.value.kind === 'party' && (o.t0 === m.t0 || o.t1 === m.t1)),
      )
    )
      continue;
    out = out.filter((o) => !(o.value.kind === 'issue' && over.includes(o)));
    out.push(m);
  }
  return out.sort((a, b) => a.t0 - b.t0);
}

/**
 * Condition words in set phrases that state none: "once again", "only once,", "on condition of
 * anonymity", "as long as it takes".
 */
function notCondition(tokens: Token[], c: Cue): boolean {
  const next = tokens[c.t1]?.norm ?? '';
  if (/^once$/.test(c.phrase) || c.phrase === 'only once')
    return next === 'again' || next === 'more' || /^[,.;:)]$/.test(next) || next === '';
  if (c.phrase === 'on condition') return next === 'of' && tokens[c.t1 + 1]?.norm === 'anonymity';
  if (c.phrase === 'as long as' || c.phrase === 'so long as')
    return next === 'it' && /^(takes|took|needed|needs)$/.test(tokens[c.t1 + 1]?.norm ?? '');
  return false;
}

export function cueMatches(g: Gazetteer, tokens: Token[], t0: number, t1: number): Cue[] {
  return (
    g.cues
      .scan(tokens, t0, t1, true)
      .map((m) => ({ cls: m.value, t0: m.t0, t1: m.t1, phrase: m.phrase }))
      .filter((c) => !(c.cls === 'condition' && notCondition(tokens, c)))
      // "Russian state assets", "the state broadcaster": the noun, not the verb of saying
      .filter(
        (c) =>
          !(
            c.cls === 'reporting' &&
            /^states?$/.test(c.phrase) &&
            (g.demonyms.has(tokens[c.t0 - 1]?.norm ?? '') ||
              /^(the|a|an|its|their|his|her|our|this|that|every|each|member|nation|sovereign)$/.test(
                tokens[c.t0 - 1]?.norm ?? '',
              ))
          ),
      )
      .filter(
        (c) =>
          !(c.cls === 'condition' && c.phrase === 'provided' && PASSIVE_NEXT.has(tokens[c.t1]?.norm ?? '')),
      )
      .filter(
        (c, _, all) =>
          !all.some(
            (o) =>
              o !== c &&
              (o.cls === c.cls || (STANCE_CUES.has(o.cls) && STANCE_CUES.has(c.cls))) &&
              o.t0 <= c.t0 &&
              o.t1 >= c.t1 &&
              o.t1 - o.t0 > c.t1 - c.t0,
          ),
      )
  );
}

/** Forms of the verbs that put an act on another party ("expected Kyiv to …"), to their base. */
const ASKING: ReadonlyMap<string, string> = new Map(
  Object.entries({
    expect: ['expects', 'expected', 'expecting'],
    ask: ['asks', 'asked', 'asking'],
    require: ['requires', 'required', 'requiring'],
    oblige: ['obliges', 'obliged', 'obliging'],
  }).flatMap(([base, forms]) => [base, ...forms].map((f) => [f, base] as const)),
);

/** Offer cues of intention, which keeping what one holds turns into a demand. */
const INTEND = /^(intend|plan|vow|pledge|promise|determined|resolved) to$/;

/**
 * "Moscow expected Kyiv to recognise …", "asked the Americans for a guarantee": expecting or asking
 * another party to act is a demand ("expected to resume" alone forecasts, so "expect" is no cue
 * by itself).
 */
function expectations(tokens: Token[], mentions: PhraseMatch<Entity>[], t0: number, t1: number): Cue[] {
  const out: Cue[] = [];
  for (let i = t0; i < t1 - 2; i++) {
    const verb = ASKING.get(tokens[i].norm);
    if (!verb) continue;
    const at = DETERMINERS.has(tokens[i + 1].norm) ? i + 2 : i + 1;
    const party = mentions.find((m) => m.value.kind === 'party' && m.t0 === at);
    const next = party && tokens[party.t1]?.norm;
    if (next === 'to' || (verb === 'ask' && next === 'for'))
      out.push({ cls: 'demand', t0: i, t1: i + 1, phrase: verb });
  }
  return out;
}

/**
 * "after a ceasefire", "following a deal on X": a temporal condition, when an issue is named right
 * after the word (an article or one modifier between). "after the Berlin meeting" is not one.
 */
function temporalConditions(
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  cues: Cue[],
  t0: number,
  t1: number,
): Cue[] {
  const out: Cue[] = [];
  for (let i = t0; i < t1 - 1; i++) {
    const w = tokens[i].norm;
    // "until / before" may name the other side and its verb first ("until the union calls off
    // the strike", "until the Community improves its offer on beef"): a wider window, words only.
    const wide = UNTIL.has(w);
    if (w !== 'after' && w !== 'following' && !wide) continue;
    if (cues.some((c) => c.cls === 'condition' && c.t0 <= i && c.t1 > i)) continue;
    const m = mentions.find((x) => x.value.kind !== 'party' && x.t0 > i && x.t0 <= i + (wide ? 8 : 3));
    if (!m) continue;
    let ok = true;
    for (let k = i + 1; k < m.t0; k++)
      if (!/^([\p{L}][\p{L}'-]*|-)$/u.test(tokens[k].norm) || (!wide && BE.has(tokens[k].norm))) ok = false;
    if (ok) out.push({ cls: 'condition', t0: i, t1: i + 1, phrase: w });
  }
  return out;
}

/** Nouns after a party's name that make it the speaker or actor ("Russian negotiators", "Kyiv's envoy"). */
const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'official',
  'officials',
  'leader',
  'leaders',
  'leadership',
  'negotiator',
  'negotiators',
  'delegation',
  'delegations',
  'delegate',
  'delegates',
  'government',
  'president',
  'presidency',
  'prime',
  'minister',
  'ministers',
  'ministry',
  'side',
  'envoy',
  'envoys',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'authorities',
  'diplomat',
  'diplomats',
  'team',
  'administration',
  'office',
  'chief',
  'adviser',
  'advisor',
  'aide',
  'aides',
  'representative',
  'representatives',
  'memorandum',
  'draft',
  'plan',
  'proposal',
  'counter-proposal',
  'counterproposal',
  'position',
  'statement',
  'movement',
  'foreign',
  'defence',
  'defense',
  'trade',
  'energy',
  'chancellor',
  'secretary',
  'sources',
  'source',
  'camp',
  'counterparts',
  'mediators',
  'mediator',
  'parliament',
  'cabinet',
  'council',
  'bloc',
  'alliance',
  'fighters',
  'forces',
  'troops',
  'units',
  'executive',
  'executives',
  'board',
  'directors',
  'management',
  'committee',
  'lawyers',
  'bosses',
  'chair',
  'chairman',
  'chairwoman',
  'ambassador',
  'embassy',
  'generals',
  'commanders',
  'command',
  'staff',
  'officers',
]);

/** Nouns of a meeting that a place name before them only locates ("the Geneva round"). */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'talks',
  'meeting',
  'meetings',
  'summit',
  'round',
  'conference',
  'session',
  'format',
  'process',
  'forum',
]);

/**
 * A party named as a modifier, not as someone who speaks or acts: a possessive before anything but
 * a role or a stance ("Ukraine's pre-2014 borders", but "Ukraine's envoy", "Kyiv's refusal"), or a
 * demonym before a noun that is not a role ("Russian control", but "Russian negotiators").
 */
function isModifier(g: Gazetteer, tokens: Token[], m: PhraseMatch<Entity>, cues: Cue[], t1: number): boolean {
  const next = tokens[m.t1];
  if (!next || m.t1 >= t1) return false;
  const lookahead = (from: number) => {
    // (A hyphenated modifier such as "28-point" is three tokens: count it as one word.)
    let limit = from + 4;
    for (let k = from; k < Math.min(t1, limit); k++) {
      if (tokens[k].norm === '-') {
        limit += 2;
        continue;
      }
      // "Russian foreign minister", "Sardavia's supreme national security council", but not
      // "Ukrainian membership of the alliance".
      if (LOOSE_STOPWORDS.has(tokens[k].norm) || !/^[a-z0-9]/.test(tokens[k].norm)) return false;
      if (ROLE_NOUNS.has(tokens[k].norm) || DOCUMENTS.has(tokens[k].stem)) return true;
      if (cues.some((c) => c.t0 === k && (STANCE_CUES.has(c.cls) || c.cls === 'reporting'))) return true;
    }
    return false;
  };
  if (next.stem === '' && (next.norm === "'s" || next.norm === "'")) return !lookahead(m.t1 + 1);
  // "the Berlin talks", "the Brussels meeting": a place naming an event, not who speaks
  if (EVENT_NOUNS.has(next.norm) && !g.demonyms.has(tokens[m.t0].norm)) return true;
  if (m.t1 - m.t0 === 1 && g.demonyms.has(tokens[m.t0].norm) && /^[a-z][a-z-]+$/.test(next.norm)) {
    if (ROLE_NOUNS.has(next.norm) || cues.some((c) => c.t0 === m.t1)) return false;
    if (BE.has(next.norm) || MODALS.has(next.norm) || /^(has|have|had|also|and|or|nor)$/.test(next.norm))
      return false;
    return !lookahead(m.t1 + 1);
  }
  return false;
}

/**
 * The "by" of a passive agent right after a verb: "rejected by", or past a judgement in between,
 * "dismissed as unrealistic by"; -1 when there is none.
 */
function byAt(tokens: Token[], t: number): number {
  if (tokens[t]?.norm === 'by') return t;
  if (tokens[t]?.norm !== 'as') return -1;
  for (let k = t + 1; k <= t + 4 && k < tokens.length; k++) {
    if (tokens[k].norm === 'by') return k;
    if (!/^[a-z-]+$/.test(tokens[k].norm)) return -1;
  }
  return -1;
}

/** "was rejected by (the) P": the agent of a passive stance verb. */
function agentAfter(
  tokens: Token[],
  c: Cue,
  parties: PhraseMatch<Entity>[],
): PhraseMatch<Entity> | undefined {
  const by = byAt(tokens, c.t1);
  if (by < 0) return undefined;
  const at = DETERMINERS.has(tokens[by + 1]?.norm ?? '') ? by + 2 : by + 1;
  return parties.find((m) => m.t0 === at);
}

/** A possessive party right before a stance noun ("Kyiv's refusal", "the government's acceptance"). */
function possessiveActor(tokens: Token[], m: PhraseMatch<Entity>, stanceCues: Cue[]): boolean {
  const next = tokens[m.t1];
  if (next?.stem !== '' || (next.norm !== "'s" && next.norm !== "'")) return false;
  return stanceCues.some((c) => c.t0 === m.t1 + 1 || c.t0 === m.t1 + 2);
}

/** Parties joined to `m` by "and", "nor", "or" ("France and Britain", "Neither Kyiv nor its backers"). */
function coordinated(tokens: Token[], m: PhraseMatch<Entity>, parties: PhraseMatch<Entity>[]): string[] {
  const ids = [(m.value as { id: string }).id];
  const JOIN = /^(and|nor|or|,|the|its|their|both|also|as|well)$/;
  const joinable = (a: number, b: number) => {
    if (b - a < 1 || b - a > 3) return false;
    let conj = false;
    for (let k = a; k < b; k++) {
      if (!JOIN.test(tokens[k].norm)) return false;
      if (/^(and|nor|or)$/.test(tokens[k].norm)) conj = true;
    }
    return conj;
  };
  let cur = m;
  for (;;) {
    const nx = parties.find((o) => o.t0 > cur.t1 - 1 && joinable(cur.t1, o.t0));
    if (!nx) break;
    ids.push((nx.value as { id: string }).id);
    cur = nx;
  }
  cur = m;
  for (;;) {
    const pv = parties.find((o) => o.t1 <= cur.t0 && joinable(o.t1, cur.t0));
    if (!pv) break;
    ids.unshift((pv.value as { id: string }).id);
    cur = pv;
  }
  return [...new Set(ids)];
}

/** "provided by", "provided to": a verb, not a condition. */
const PASSIVE_NEXT: ReadonlySet<string> = new Set(['by', 'to', 'for', 'with', 'in']);

/** Clause boundaries: "While A, B" splits at the comma; "A, but B" / "A; B" split at the word. */
/** Participles that open a clause of the same actor ("…, insisting that …", "…, arguing that …"). */
const PARTICIPLES: ReadonlySet<string> = new Set([
  'insisting',
  'demanding',
  'arguing',
  'adding',
  'saying',
  'stressing',
]);

function clauses(tokens: Token[], t0: number, t1: number, cues: Cue[]): [number, number][] {
  const cuts = new Set<number>();
  for (const c of cues) {
    if (c.cls !== 'clause_break') continue;
    // "…, but only if …", "…, but only in return for …" keep the condition with its clause.
    if (
      cues.some(
        (o) =>
          o.cls === 'condition' && (o.t0 === c.t1 || (o.t0 === c.t1 + 1 && tokens[c.t1]?.norm === 'only')),
      )
    )
      continue;
    if (c.t0 === t0) {
      for (let i = c.t1; i < t1; i++) {
        if (tokens[i].norm === ',') {
          cuts.add(i);
          break;
        }
      }
    } else cuts.add(c.t0);
  }
  // "…, insisting that all of the work be done first": a participle after a comma that states a
  // stance of its own is a clause of the same actor, about its own issue and option.
  const stanceAt = (a: number, b: number) =>
    cues.some((c) => STANCE_CUES.has(c.cls) && c.t0 >= a && c.t0 < b);
  for (let i = t0 + 1; i < t1 - 2; i++)
    if (
      tokens[i].norm === ',' &&
      PARTICIPLES.has(tokens[i + 1].norm) &&
      stanceAt(t0, i) &&
      stanceAt(i + 1, t1)
    )
      cuts.add(i);
  const out: [number, number][] = [];
  let s = t0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > s) out.push([s, cut]);
    s = cut;
  }
  if (t1 > s) out.push([s, t1]);
  return out;
}

function inside(m: { t0: number }, r: [number, number] | undefined): boolean {
  return r !== undefined && m.t0 >= r[0] && m.t0 < r[1];
}

/** "never … without X", "no treaty that lacks X": X is demanded. */
const WITHOUT: ReadonlySet<string> = new Set([
  'without',
  'lacking',
  'that lacks',
  'which lacks',
  'that does not',
  'which does not',
]);

/** Verbs that put a stance forward rather than give ground: "tabled demands" is a demand. */
const PUT_FORWARD =
  /^(tabl|put forward|present|submit|back|support|endors|reiterat|restat|repeat|renew|made)/;

/** Demand cues of obligation: what the subject must do is demanded by whoever says it. */
const OBLIGATION: ReadonlySet<string> = new Set([
  'must',
  'should',
  'have to',
  'has to',
  'need to',
  'needs to',
  'ought to',
]);

/**
 * True when `subject` (another party than the speaker) is the subject of an obligation cue right
 * after it ("Ukraine must", "Kyiv should first"): the demand is the speaker's, not the subject's.
 */
function imposedOn(tokens: Token[], subject: PhraseMatch<Entity>, cue: Cue, speaker: string): boolean {
  if (cue.cls !== 'demand' || !OBLIGATION.has(cue.phrase)) return false;
  if ((subject.value as { id?: string }).id === speaker) return false;
  if (cue.t0 < subject.t1 || cue.t0 > subject.t1 + 2) return false;
  for (let i = subject.t1; i < cue.t0; i++) if (!/^[a-z]+$/.test(tokens[i].norm)) return false;
  return true;
}

function isNegated(cues: Cue[], at: number, from: number, tokens?: Token[]): boolean {
  return cues.some(
    (c) =>
      c.cls === 'negation' &&
      c.t0 < at &&
      c.t0 >= Math.max(from, at - NEGATION_SCOPE) &&
      // "was not enough and asked for …": a new verb after "and" / "but" is not negated.
      !tokens?.slice(c.t1, at).some((t) => t.norm === 'and' || t.norm === 'but'),
  );
}

/** "refuses to cede", "rejects giving up": a rejection governing the next acceptance cue. */
function refusedBy(cues: Cue[], at: number, from: number): boolean {
  return cues.some((c) => c.cls === 'rejection' && c.t1 <= at && c.t0 >= Math.max(from, at - NEGATION_SCOPE));
}

/** A number in the clause that is a plausible value of a range issue, snapped to its levels. */
function rangeValue(
  g: Gazetteer,
  issue: string,
  tokens: Token[],
  t0: number,
  t1: number,
): number | undefined {
  const r = g.ranges.get(issue);
  if (!r) return undefined;
  for (let i = t0; i < t1; i++) {
    let v = numberAt(tokens, i, r.unitStems);
    if (v === undefined) continue;
    // "12 to 15 percent", "between 20 and 30 billion", "four to six years": the middle of the range
    const joiner = tokens[i + 1]?.norm;
    const upper =
      (joiner === 'to' || (joiner === 'and' && tokens[i - 1]?.norm === 'between')) &&
      numberAt(tokens, i + 2, r.unitStems);
    // ("from 62 to 65": a change, so its end; "12 to 15 percent": a span, so its middle)
    if (upper && tokens[i - 1]?.norm === 'from') v = upper;
    else if (upper && upper > v) v = (v + upper) / 2;
    if (v < r.min || v > r.max) continue;
    let best = r.levels[0];
    for (const l of r.levels) if (Math.abs(l - v) < Math.abs(best - v)) best = l;
    return best;
  }
  return undefined;
}

/** The number a token writes ("12", "3.5", "20k", "twelve", "eight hundred thousand"), if any. */
function numberAt(tokens: Token[], i: number, unit?: readonly string[]): number | undefined {
  const raw = tokens[i]?.norm.replace(/,/g, '');
  if (raw === undefined) return undefined;
  let v: number | undefined;
  if (/^\d+(\.\d+)?k?$/.test(raw)) v = Number.parseFloat(raw) * (raw.endsWith('k') ? 1000 : 1);
  else v = NUMBER_WORDS.get(raw);
  if (v === undefined) return undefined;
  // "eight hundred thousand": hundred, then thousand or million, multiply in turn
  let k = i + 1;
  if (tokens[k]?.norm === 'hundred' && raw !== 'hundred') {
    v *= 100;
    k++;
  }
  const next = tokens[k]?.norm;
  // A unit counted in millions ("150 million euros" of a range in "million euros") keeps 150, and
  // "2 billion euros" there is 2,000.
  if (next !== undefined && next === unit?.[0]) return v;
  if (next === 'billion' && unit?.[0] === 'million') return v * 1000;
  if (next === 'billion') v *= 1_000_000_000;
  if (next === 'million') v *= 1_000_000;
  if (next === 'thousand') v *= 1000;
  return v;
}

/** Numbers written as words in reports ("a seven-year filling", "twelve years"). */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, k) => [w, k] as const),
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
]);

/**
 * A comparison that bounds a value from below / above, written after the issue's name ("cap below
 * 200 euros", "any deadline shorter than a year"): at most one word, the comparison, a number.
 */
const boundAfter = (comparisons: string) =>
  new RegExp(
    `^(\\S+ )?(${comparisons}) (about |around |some )?(\\d|a |an |(${[...NUMBER_WORDS.keys()].join('|')})\\b)`,
  );
const LOWER_THAN = 'below|under|less than|short of|lower than|shorter than|fewer than';
const HIGHER_THAN = 'above|beyond|more than|higher than|over|longer than|in excess of';
const LOWER_BOUND_AFTER = boundAfter(LOWER_THAN);
const HIGHER_BOUND_AFTER = boundAfter(HIGHER_THAN);

const LOWER_BEFORE_NUMBER = new RegExp(`\\b(${LOWER_THAN})( (its|the|their))?( current)?$`);
const UPPER_BEFORE_NUMBER = new RegExp(`\\b(${HIGHER_THAN})( (its|the|their))?( current)?$`);

/**
 * A comparison within four words before the number nearest `at` in a clause ("no deal worth less
 * than 12 percent"): its direction, if any.
 */
function boundBeforeNumber(
  tokens: Token[],
  c0: number,
  c1: number,
  at: number,
): 'lower' | 'upper' | undefined {
  let k = -1;
  for (let i = c0; i < c1; i++)
    if (
      (/^\d/.test(tokens[i].norm) || NUMBER_WORDS.has(tokens[i].norm)) &&
      (k < 0 || Math.abs(i - at) < Math.abs(k - at))
    )
      k = i;
  if (k < 0) return undefined;
  const before = tokens
    .slice(Math.max(c0, k - 4), k)
    .map((t) => t.norm)
    .join(' ');
  if (LOWER_BEFORE_NUMBER.test(before)) return 'lower';
  if (UPPER_BEFORE_NUMBER.test(before)) return 'upper';
  return undefined;
}

/**
 * Index of a number followed by the unit's words, or -1: "24 months", "eighteen months", "a
 * 12-month trial". With `head`, the unit's first word is enough ("3 percent" for "percent of sales");
 * with `bounds`, only a number inside them counts.
 */
function unitAt(
  tokens: Token[],
  range: [number, number],
  unit: string[],
  head = false,
  bounds?: [number, number],
  exclude?: [number, number],
): number {
  if (unit.length === 0) return -1;
  const need = head ? 1 : unit.length;
  for (let i = range[0]; i < range[1] - need; i++) {
    const w = tokens[i].norm;
    if (!/^\d/.test(w) && !(NUMBER_WORDS.has(w) && w !== 'zero')) continue;
    if (inside({ t0: i }, exclude)) continue;
    const v = numberAt(tokens, i, unit);
    if (bounds && (v === undefined || v < bounds[0] || v > bounds[1])) continue;
    let k = i + 1;
    // "eight hundred thousand soldiers", "a 12-month trial" (a multiplier the unit starts with stays)
    // ("0.2 billion euros" is in a unit of "million euros": numberAt scales it)
    const opens = (w: string | undefined) => w === unit[0] || (w === 'billion' && unit[0] === 'million');
    while (
      k < range[1] &&
      /^(hundred|thousand|million|billion|-)$/.test(tokens[k].norm) &&
      !opens(tokens[k].norm)
    )
      k++;
    let ok = true;
    for (let u = 0; ok && u < need; u++) {
      const [word, width] = unitWord(tokens[k]?.stem, tokens[k + 1]?.stem);
      ok = k < range[1] && (u === 0 ? opens(word) : word === unit[u]);
      k += width;
    }
    if (ok) return i;
  }
  return -1;
}

interface IssueRef {
  issue: string;
  option?: string;
  relinquished: boolean;
  /** Given up by "without" rather than by a verb (a double negative with a rejection). */
  without?: boolean;
  /** Given up by a bare "no" ("red lines: no recognition"): with a rejection, the option itself is refused. */
  byNo?: boolean;
  /** First token of the first mention. */
  at: number;
}

/** How far from an issue's mention a keyword of one of its options is read ("a neutral Ukraine"). */
const KEYWORD_SCOPE = 6;

/**
 * An issue named without one of its options: the option whose distinctive keywords (words of its
 * label and aliases that no other option of the issue uses, compared by root) stand near the
 * mention, outside any name, in the same range. One option must have more hits than every other.
 */
function optionByKeywords(
  g: Gazetteer,
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  cues: Cue[],
  ref: IssueRef,
  range: [number, number],
  exclude?: [number, number],
): string | undefined {
  const bag = g.optionKeywords.get(ref.issue);
  if (!bag) return undefined;
  const from = Math.max(range[0], ref.at - KEYWORD_SCOPE);
  const to = Math.min(range[1], ref.at + KEYWORD_SCOPE + 1);
  const hits = new Map<string, number>();
  for (let k = from; k < to; k++) {
    if (exclude && k >= exclude[0] && k < exclude[1]) continue;
    // Words of names and of cues ("open to") are not keywords.
    if (mentions.some((m) => m.t0 <= k && m.t1 > k) || cues.some((c) => c.t0 <= k && c.t1 > k)) continue;
    const r = rootWord(tokens[k].stem);
    if (r.length < 4) continue;
    const o = keywordOption(bag, r);
    if (o !== undefined) hits.set(o, (hits.get(o) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestN = 0;
  let tie = false;
  for (const [o, n] of hits) {
    if (n > bestN) {
      best = o;
      bestN = n;
      tie = false;
    } else if (n === bestN) tie = true;
  }
  return tie ? undefined : best;
}

/**
 * An issue read from its keywords (`Gazetteer.issueKeywords`) within reach of the stance cue, when
 * the clause names none by an alias; the issue with the most keyword hits, none on a tie.
 */
function issueByKeywords(
  g: Gazetteer,
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  cues: Cue[],
  at: number,
  range: [number, number],
  exclude?: [number, number],
): IssueRef | undefined {
  const from = Math.max(range[0], at - MAX_CUE_DISTANCE);
  const to = Math.min(range[1], at + MAX_CUE_DISTANCE + 1);
  const hits = new Map<string, { n: number; at: number }>();
  for (let k = from; k < to; k++) {
    if (exclude && k >= exclude[0] && k < exclude[1]) continue;
    // Words of names and of cues ("open to") are not keywords.
    if (mentions.some((m) => m.t0 <= k && m.t1 > k) || cues.some((c) => c.t0 <= k && c.t1 > k)) continue;
    const r = rootWord(tokens[k].stem);
    if (r.length < 4) continue;
    const issue = g.issueKeywords.get(r);
    if (issue === undefined) continue;
    const h = hits.get(issue);
    if (h) h.n++;
    else hits.set(issue, { n: 1, at: k });
  }
  let best: IssueRef | undefined;
  let bestN = 0;
  let tie = false;
  for (const [issue, h] of hits) {
    if (h.n > bestN) {
      best = { issue, relinquished: false, at: h.at };
      bestN = h.n;
      tie = false;
    } else if (h.n === bestN) tie = true;
  }
  if (!best || tie) return undefined;
  const option = optionByKeywords(g, tokens, mentions, cues, best, range, exclude);
  if (option !== undefined) best.option = option;
  return best;
}

/** The option a root is a keyword of: equal roots, or one a prefix of the other ("neutral", "neutrality"). */
function keywordOption(bag: Map<string, string>, r: string): string | undefined {
  const exact = bag.get(r);
  if (exact !== undefined) return exact;
  if (r.length < 5) return undefined;
  for (const [k, o] of bag) if (k.length >= 5 && (k.startsWith(r) || r.startsWith(k))) return o;
  return undefined;
}

/** True when the words before `t` are "by" with only an article and a party's name between. */
function agentPhrase(tokens: Token[], mentions: PhraseMatch<Entity>[], t: number): boolean {
  let k = t - 1;
  for (;;) {
    if (k < 0) return false;
    if (DETERMINERS.has(tokens[k].norm)) k--;
    else if (tokens[k].norm === "'s" && k > 0) k--;
    else {
      const p = mentions.find((x) => x.value.kind === 'party' && x.t1 === k + 1);
      if (!p) break;
      k = p.t0 - 1;
    }
  }
  // ("fair game for the Russian military", "legitimate targets for Russia's armed forces")
  return (
    tokens[k].norm === 'by' ||
    (tokens[k].norm === 'for' && /^(targets?|game)$/.test(tokens[k - 1]?.norm ?? ''))
  );
}

/** Issues named in a token range, with the option named for each (nearest the first mention). */
function issueRefs(
  g: Gazetteer,
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  cues: Cue[],
  range: [number, number],
  exclude?: [number, number],
): IssueRef[] {
  const byIssue = new Map<string, IssueRef>();
  // What follows "rather than" / "instead of" is set aside, not the subject of the stance.
  const contrast = cues.find((c) => c.cls === 'contrast' && c.t0 >= range[0] && c.t0 < range[1]);
  for (const m of mentions) {
    if (!inside(m, range) || inside(m, exclude)) continue;
    if (contrast && m.t0 >= contrast.t1) continue;
    const e = m.value;
    if (e.kind === 'party') continue;
    // "treated as targets by the Russian army": a bare issue word naming the agent is no subject.
    if (e.kind === 'issue' && agentPhrase(tokens, mentions, m.t0)) continue;
    const without = cues.some(
      (c) => c.cls === 'negation' && WITHOUT.has(c.phrase) && c.t1 <= m.t0 && c.t0 >= m.t0 - 3,
    );
    const byVerb = cues.some(
      (c) =>
        (c.cls === 'relinquish' && c.t1 <= m.t0 && c.t0 >= Math.max(range[0], m.t0 - RELINQUISH_SCOPE)) ||
        // "abandon its long-standing ambition of joining NATO": the aim given up, then its object
        (c.cls === 'relinquish' &&
          c.t1 <= m.t0 &&
          c.t0 >= Math.max(range[0], m.t0 - RELINQUISH_SCOPE - 3) &&
          tokens.slice(c.t1, m.t0).some((t) => AIMS.has(t.norm))) ||
        (c.cls === 'relinquish' && BE.has(tokens[m.t1]?.norm ?? '') && c.t0 === m.t1 + 1),
    );
    const byNo =
      !byVerb &&
      cues.some((c) => c.cls === 'negation' && c.phrase === 'no' && c.t1 <= m.t0 && c.t0 >= m.t0 - 2);
    const relinquished = without || byVerb || byNo;
    const ref = byIssue.get(e.issue);
    if (!ref) {
      byIssue.set(e.issue, {
        issue: e.issue,
        option: e.kind === 'option' ? e.option : undefined,
        relinquished: e.kind === 'option' && relinquished,
        without: e.kind === 'option' && without,
        byNo: e.kind === 'option' && byNo,
        at: m.t0,
      });
    } else if (e.kind === 'option' && (ref.option === undefined || (relinquished && !ref.relinquished))) {
      // A relinquished option names what is given up: it says more than a plain mention.
      ref.option = e.option;
      ref.relinquished = relinquished;
      ref.without = without;
      ref.byNo = byNo;
    }
  }
  // A number with a range issue's unit ("4 per cent") names that issue even without its name.
  const measuredAt = new Map<string, number>();
  const exactAt = new Map<number, string[]>();
  const headAt = new Map<number, string[]>();
  for (const [issue, r] of g.ranges) {
    const bounds: [number, number] = [r.min, r.max];
    const at = unitAt(tokens, range, r.unitStems, false, bounds, exclude);
    if (at >= 0) {
      exactAt.set(at, [...(exactAt.get(at) ?? []), issue]);
      continue;
    }
    // "3 percent" for a unit "percent of sales" (below: only where no unit reads it in full)
    const h = r.unitStems.length > 1 ? unitAt(tokens, range, r.unitStems, true, bounds, exclude) : -1;
    if (h >= 0) headAt.set(h, [...(headAt.get(h) ?? []), issue]);
  }
  // A number goes to the issue the clause names; unnamed, only to the one issue it can measure
  // ("4 percent" names neither of two range issues in percent).
  const take = (at: number, issues: string[]) => {
    const named = issues.filter((i) => byIssue.has(i));
    for (const issue of named.length ? named : issues.length === 1 ? issues : []) {
      measuredAt.set(issue, at);
      if (!byIssue.has(issue)) byIssue.set(issue, { issue, relinquished: false, at });
    }
  };
  for (const [at, issues] of exactAt) take(at, issues);
  for (const [at, issues] of headAt) if (!exactAt.has(at)) take(at, issues);
  for (const ref of byIssue.values()) {
    if (ref.option === undefined && g.ranges.has(ref.issue)) {
      // The number written with the unit, when there is one ("a royalty of 3 percent and a waiver
      // of twelve years"), with the start of a span before it ("12 to 15 percent").
      const m = measuredAt.get(ref.issue);
      const from = m === undefined ? range[0] : /^(to|and)$/.test(tokens[m - 1]?.norm ?? '') ? m - 2 : m;
      const v = rangeValue(
        g,
        ref.issue,
        tokens,
        Math.max(range[0], from),
        m === undefined ? range[1] : m + 1,
      );
      if (v !== undefined) ref.option = String(v);
    } else if (ref.option === undefined) {
      const o = optionByKeywords(g, tokens, mentions, cues, ref, range, exclude);
      if (o !== undefined) ref.option = o;
    }
  }
  // "a waiver lasting ten years", "a 7-year waiver", "complete its disarmament within eighteen
  // months": a quantity in a range issue's unit says what is at stake; another issue's bare name
  // right beside it is only the thing measured.
  const refs = [...byIssue.values()];
  return refs.filter(
    (r) =>
      r.option !== undefined ||
      measuredAt.has(r.issue) ||
      ![...measuredAt.values()].some((n) => measures(tokens, n, r.at)),
  );
}

/** True when the quantity at `n` and a mention at `at` stand within four words, nothing listed between. */
function measures(tokens: Token[], n: number, at: number): boolean {
  if (Math.abs(n - at) > 4) return false;
  for (let k = Math.min(n, at) + 1; k < Math.max(n, at); k++)
    if (/^(and|or|,|;|with|while|but)$/.test(tokens[k].norm)) return false;
  return true;
}

function firmnessFor(
  cues: Cue[],
  at: number,
  from: number,
  stance: SignalStance,
  conditional: boolean,
): Firmness | null {
  let best: Cue | undefined;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    if (c.cls !== 'firm' && c.cls !== 'tentative' && c.cls !== 'hypothetical') continue;
    if (c.t0 < from || c.t0 > at + 2) continue;
    const d = Math.abs(at - c.t0);
    // Equal distance: the longer phrase is the more specific ("could consider" over "could").
    if (d < bestDist || (d === bestDist && best && c.t1 - c.t0 > best.t1 - best.t0)) {
      best = c;
      bestDist = d;
    }
  }
  if (stance === 'progress') return null;
  if (!best) return 'firm';
  // "would not accept" is a refusal, not a hypothesis.
  if (best.cls === 'hypothetical' && cues.some((c) => c.cls === 'negation' && c.t0 === best.t1))
    return 'firm';
  if (best.cls === 'hypothetical' && conditional) return 'hypothetical';
  // "X said Y would …" reports a "will": backshift, not a hypothesis.
  if (best.phrase === 'would' && cues.some((c) => c.cls === 'reporting' && c.t0 < best.t0)) return 'firm';
  if (best.cls === 'hypothetical') return 'tentative';
  if (best.cls === 'firm' && isNegated(cues, best.t0, from)) return 'tentative';
  // "not prepared to", "is not willing to": a refusal, not a hesitation.
  if (best.cls === 'tentative' && stance === 'rejection' && isNegated(cues, best.t0, from)) return 'firm';
  return best.cls === 'firm' ? 'firm' : 'tentative';
}

/** A cue phrase that carries its own negation: "will not accept", "won't accept", "cannot agree", "never". */
const SELF_NEGATED = /(^| )(not|never|no|cannot)( |$)|n't( |$)/;

/** The stance a cue stands for, once negation is taken into account. */
function stanceOf(c: Cue, negated: boolean): SignalStance | undefined {
  switch (c.cls) {
    case 'rejection':
      // "does not rule out" opens a door; "do not and will not recognise" does not: a refusal
      // that carries its own negation is not flipped by another one.
      if (SELF_NEGATED.test(c.phrase)) return 'rejection';
      return negated ? 'offer' : 'rejection';
    case 'offer':
    case 'acceptance':
    case 'relinquish':
      return negated ? 'rejection' : 'offer';
    case 'demand':
      return negated ? undefined : 'demand';
    default:
      return undefined;
  }
}

export interface SentenceContext {
  /** The actor of the previous finding, for pronouns and subjectless clauses. */
  lastParty?: string;
  /** The party named as the subject of the previous sentence, for a sentence opening with a pronoun. */
  lastSubject?: string;
}

/**
 * The party a sentence opens with ("The Ukrainian delegation arrived …", "Officials in Tarvo
 * said …"): exact names among its first words, not after a preposition. Only names are read, so
 * this stays cheap on sentences that carry no signal.
 */
function subjectOf(g: Gazetteer, tokens: Token[], t0: number, t1: number): string | undefined {
  const end = Math.min(t1, t0 + 6);
  for (const m of g.entities.scan(tokens, t0, end, true)) {
    // A subject opens the sentence: "The Ukrainian delegation", "Officials in Tarvo".
    if (m.t0 > t0 + 3) continue;
    if (m.value.kind !== 'party') continue;
    if (NOT_ACTOR_BEFORE.has(wordBefore(tokens, m.t0)) && !peopleIn(tokens, m.t0)) continue;
    return m.value.id;
  }
  return undefined;
}

/**
 * Findings of one sentence (token range [t0, t1)). Updates `ctx`: the last actor, and the party
 * the sentence opens with, which a pronoun opening the next sentence refers to.
 */
export function analyseSentence(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  ctx: SentenceContext,
  pos?: PosTagger,
): ClauseFinding[] {
  const opensWithPronoun = t1 > t0 && SUBJECT_PRONOUNS.has(tokens[t0].norm);
  const subject = opensWithPronoun ? undefined : subjectOf(g, tokens, t0, t1);
  // "The delegation said …" with no name: the party the previous sentence opened with.
  const definite =
    !subject &&
    t1 > t0 + 1 &&
    DETERMINERS.has(tokens[t0].norm) &&
    DEFINITE_ROLES.has(tokens[t0 + 1].norm) &&
    !g.entities.at(tokens, t0 + 1, t1).length;
  // "The defence secretary said …", "The army chief demanded …": a role noun heading the opening
  // noun phrase (read from POS tags, only in a sentence with a cue) also refers back.
  const roleSubject =
    !subject &&
    !opensWithPronoun &&
    !definite &&
    pos !== undefined &&
    ctx.lastSubject !== undefined &&
    DETERMINERS.has(tokens[t0]?.norm ?? '') &&
    opensWithRole(g, tokens, t0, t1, pos);
  const carried =
    (opensWithPronoun || definite || roleSubject) && ctx.lastSubject ? ctx.lastSubject : undefined;
  const local: SentenceContext = carried ? { ...ctx, lastParty: carried } : ctx;
  const out = analyseClauses(g, tokens, t0, t1, local, pos);
  if (local !== ctx) ctx.lastParty = local.lastParty;
  // A sentence that opens with a name and says nothing ("Putin met Trump on Tuesday.") still makes
  // that party the one a later subjectless or pronoun clause refers to.
  else if (!out.length && subject) ctx.lastParty = subject;
  ctx.lastSubject = carried ?? subject ?? ctx.lastSubject;
  return out;
}

/** The head nouns of a noun phrase that names a person or body acting for a party. */
const ROLE_HEADS: ReadonlySet<string> = new Set([
  ...ROLE_NOUNS,
  ...DEFINITE_ROLES,
  'commander',
  'executive',
  'general',
  'head',
  'premier',
]);

/**
 * "The defence secretary said", "The union president said": the sentence opens with a determiner,
 * adjectives and nouns (no party name) headed by a role noun, then a verb. Tags are read only when
 * the sentence carries a stance or reporting cue.
 */
function opensWithRole(g: Gazetteer, tokens: Token[], t0: number, t1: number, pos: PosTagger): boolean {
  if (!cueMatches(g, tokens, t0, t1).some((c) => STANCE_CUES.has(c.cls) || c.cls === 'reporting'))
    return false;
  const tags = pos(t0, t1);
  let k = t0 + 1;
  while (k < t1 && k < t0 + 5 && /^(NOUN|ADJ|PROPN)$/.test(tags[k - t0])) k++;
  if (k === t0 + 1 || k >= t1 || !/^(VERB|AUX)$/.test(tags[k - t0])) return false;
  if (g.entities.scan(tokens, t0, k, true).length) return false;
  return ROLE_HEADS.has(tokens[k - 1].norm);
}

/** Verbs of support: the agent of "was backed by" shares the position it backs, as an offer. */
const BACKING: ReadonlySet<string> = new Set(['backed', 'supported', 'endorsed']);

/**
 * A modal followed within three tokens by a verb (tagged VERB), with an issue or option named as
 * its subject right before the modal, or from the verb to four tokens after it with nothing but
 * determiners, adjectives, adverbs, particles and prepositions between: an offer, or with "not" /
 * "never" a rejection.
 */
function modalVerbOffer(
  tokens: Token[],
  tags: readonly string[],
  base: number,
  main: Cue[],
  mentions: PhraseMatch<Entity>[],
  clause: [number, number],
  condRange: [number, number] | undefined,
  keeps: (t: number) => boolean,
): Cue | undefined {
  for (const c of main) {
    if (!MODAL_CLASSES.has(c.cls) || !MODALS.has(c.phrase)) continue;
    let v = c.t1;
    let neg: Cue | undefined;
    while (v < clause[1] && v < c.t1 + 3 && tags[v - base] !== 'VERB') {
      if (!/^(AUX|ADV|PART)$/.test(tags[v - base])) break;
      neg ??= main.find((n) => n.cls === 'negation' && n.t0 === v);
      v++;
    }
    if (v >= clause[1] || tags[v - base] !== 'VERB') continue;
    const named = mentions.some(
      (m) =>
        (m.value.kind === 'issue' || m.value.kind === 'option') &&
        inside(m, clause) &&
        !inside(m, condRange) &&
        ((m.t0 >= v &&
          m.t0 <= v + 4 &&
          tokens
            .slice(v + 1, m.t0)
            .every((_, k) => /^(DET|ADJ|NUM|ADV|PART|ADP)$/.test(tags[v + 1 + k - base]))) ||
          // the subject: "the dam would be filled", "sanctions will stay in place"
          (m.t1 === c.t0 && /^(NOUN|PROPN)$/.test(tags[m.t1 - 1 - base]))),
    );
    if (!named) continue;
    return neg
      ? { cls: 'rejection', t0: neg.t0, t1: neg.t1, phrase: `${c.phrase} ${neg.phrase}` }
      : { cls: keeps(c.t1) ? 'demand' : 'offer', t0: c.t0, t1: c.t1, phrase: c.phrase };
  }
  return undefined;
}

/** Documents whose content is their author's position ("the European counter-proposal sets …"). */
const DOCUMENTS: ReadonlySet<string> = new Set([
  'plan',
  'draft',
  'proposal',
  'counter-proposal',
  'counterproposal',
  'text',
  'framework',
  'memorandum',
  'paper',
  'document',
  'blueprint',
  'roadmap',
  'initiative',
  'package',
  'rewrite',
  'version',
  'declaration',
  'communique',
  'agreement',
]);

/**
 * "The European counter-proposal set the army ceiling at 800,000", "Under the US plan, Ukraine
 * would …": with no stance cue, a party's document followed by an option or a range value says
 * what its author offers. The document noun becomes the offer cue.
 */
function documentOffer(
  g: Gazetteer,
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  clause: [number, number],
  condRange: [number, number] | undefined,
): Cue | undefined {
  for (const m of mentions) {
    if (m.value.kind !== 'party' || !inside(m, clause)) continue;
    let k = m.t1;
    if (tokens[k]?.norm === "'s" || tokens[k]?.norm === "'") k++;
    // "the US 28-point plan", "Russia's June memorandum": up to two words before the noun
    let doc = -1;
    for (let j = k; j < Math.min(clause[1], k + 3); j++) {
      if (DOCUMENTS.has(tokens[j].stem)) {
        doc = j;
        break;
      }
      if (!/^[\p{L}\d-]+$/u.test(tokens[j].norm)) break;
    }
    if (doc < 0) continue;
    const said = mentions.some(
      (o) =>
        o.t0 > doc &&
        inside(o, clause) &&
        !inside(o, condRange) &&
        (o.value.kind === 'option' ||
          (o.value.kind === 'issue' &&
            g.ranges.has(o.value.issue) &&
            tokens.slice(o.t1, Math.min(clause[1], o.t1 + 4)).some((t) => /^\d/.test(t.norm)))),
    );
    if (said) return { cls: 'offer', t0: doc, t1: doc + 1, phrase: tokens[doc].norm };
  }
  return undefined;
}

/** The party whose document opens the clause: "Under (the) P's / P DOC," (up to three words between). */
function underDocument(
  tokens: Token[],
  c0: number,
  c1: number,
  parties: PhraseMatch<Entity>[],
): PhraseMatch<Entity> | undefined {
  if (tokens[c0]?.norm !== 'under') return undefined;
  const party = parties.find((m) => m.t0 > c0 && m.t0 <= c0 + 3);
  if (!party) return undefined;
  for (let k = party.t1; k < Math.min(c1, party.t1 + 5); k++) {
    if (DOCUMENTS.has(tokens[k].stem)) return party;
    if (tokens[k].norm === ',') break;
  }
  return undefined;
}

/**
 * Stance nouns owned by a party ("Kadresh's insistence on parity", "Ostravian calls for joint
 * posts", "a request by Orestia for monitors") with the issue named right after them: that party's
 * own position, whatever the clause's actor does with it.
 */
function ownedStances(
  tokens: Token[],
  parties: PhraseMatch<Entity>[],
  stanceCues: Cue[],
  refsIn: (range: [number, number]) => IssueRef[],
  c1: number,
): { party: string; stance: SignalStance; cue: Cue; ref: IssueRef }[] {
  const out: { party: string; stance: SignalStance; cue: Cue; ref: IssueRef }[] = [];
  for (const cue of stanceCues) {
    if (cue.cls !== 'offer' && cue.cls !== 'demand' && cue.cls !== 'rejection') continue;
    if (!STANCE_NOUN.test(cue.phrase)) continue;
    const owner =
      parties.find((m) => possessiveActor(tokens, m, [cue])) ??
      // "Ostravian calls for", "the Kelvik demand for": a one-word name right before the noun
      parties.find((m) => m.t1 === cue.t0 && m.t1 - m.t0 === 1 && /^[a-z]/.test(tokens[m.t0].norm)) ??
      parties.find((m) => m.t0 === cue.t1 + 1 && tokens[cue.t1]?.norm === 'by'); // "a request by Orestia"
    if (!owner) continue;
    // (Read afresh after the noun: the clause's own reading merges a second mention of the same
    // issue into the first, "never agree to a swap, rejecting Kadresh's insistence on parity".)
    const ref = refsIn([cue.t1, Math.min(c1, cue.t1 + 7)])[0];
    if (!ref) continue;
    out.push({ party: (owner.value as { id: string }).id, stance: cue.cls, cue, ref });
  }
  return out;
}
/**
 * "if the downstream states drop their demand for binding arbitration": in a condition, a party
 * giving up its own demand still holds it now. The party, its demand noun, and the issue after it.
 */
function demandsToDrop(
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  cues: Cue[],
  condRange: [number, number],
  refsIn: (range: [number, number]) => IssueRef[],
): { party: string; cue: Cue; ref: IssueRef }[] {
  const out: { party: string; cue: Cue; ref: IssueRef }[] = [];
  for (const cue of cues) {
    if (!inside(cue, condRange)) continue;
    // one cue ("dropped its demand for") or a verb of giving up, then "its" and the noun
    const whole = cue.cls === 'relinquish' && OWN_DEMAND.test(cue.phrase);
    const split =
      cue.cls === 'demand' &&
      STANCE_NOUN.test(cue.phrase) &&
      /^(its|their)$/.test(tokens[cue.t0 - 1]?.norm ?? '') &&
      cues.some((c) => c.cls === 'relinquish' && c.t1 === cue.t0 - 1);
    if (!whole && !split) continue;
    const verbAt = split ? cues.find((c) => c.cls === 'relinquish' && c.t1 === cue.t0 - 1)!.t0 : cue.t0;
    const party = mentions.find(
      (m) => m.value.kind === 'party' && inside(m, condRange) && m.t1 <= verbAt && m.t1 >= verbAt - 3,
    );
    if (!party) continue;
    const ref = refsIn([cue.t1, Math.min(condRange[1], cue.t1 + 7)])[0];
    if (ref)
      out.push({ party: (party.value as { id: string }).id, cue, ref: { ...ref, relinquished: false } });
  }
  return out;
}
/** A phrase of giving up one's own demand ("dropped its demand for", "abandon their insistence on"). */
const OWN_DEMAND = /\b(its|their) (demands?|insistence|calls?)( for| on| that)?$/;

/** Cue phrases that are nouns of stance ("demand", "insistence on", "offer of", "calls for"). */
const STANCE_NOUN =
  /^(demands?|demand (for|to)|insistence( on| that)?|offers?|offer (of|to)|proposals?|proposal (for|to)|plans?( for| to)?|proposed|request|requests|calls? (for|to)|refusal( to)?|rejection of|call)$/;

/** "both sides", "the two delegations", "the three parties", "all sides": how many, or 0 for all. */
const SIDES =
  /^(?:(?:officials|negotiators|delegates) (?:on|from|of) )?(both|the two|two|the three|three|the four|four|all) (?:[a-z-]+ )?(sides|parties|delegations|governments|camps|teams|boards|unions|countries|states|leaders|communities|capitals|confederations|federations|blocs|powers|factions|groups)$/;

/**
 * The parties a collective subject before the cue stands for: all of them when the scenario has
 * exactly that many, or all but the one reporting it ("…, the mediator said").
 */
function sidesOf(
  g: Gazetteer,
  tokens: Token[],
  [c0, c1]: [number, number],
  cue: Cue,
  cues: Cue[],
  parties: PhraseMatch<Entity>[],
): string[] | undefined {
  const words = tokens.slice(c0, cue.t0).map((t) => t.norm);
  // "… was agreed by both delegations": the agent of a passive
  const by = byAt(tokens, cue.t1);
  if (by >= 0) words.push(...tokens.slice(by + 1, Math.min(c1, by + 6)).map((t) => t.norm));
  let n: number | undefined;
  for (let i = 0; i < words.length && n === undefined; i++)
    for (let len = 5; len >= 2 && n === undefined; len--) {
      const m = SIDES.exec(words.slice(i, i + len).join(' '));
      if (m)
        n = { both: 2, 'the two': 2, two: 2, 'the three': 3, three: 3, 'the four': 4, four: 4, all: 0 }[m[1]];
    }
  if (n === undefined) return undefined;
  const all = [...g.partyNames.keys()];
  if (n === 0 || all.length === n) return all;
  // "…, the mediator said" / "Haddad said both sides …": the reporter is not one of the sides
  const reporterId = reporterOf(parties, cues);
  let rest = reporterId ? all.filter((id) => id !== reporterId) : all;
  // "Both delegations" in talks with a mediator: the parties it mediates between; then without
  // guarantors and observers too (the principals).
  if (rest.length !== n) rest = rest.filter((id) => !g.mediators.has(id));
  if (rest.length !== n) rest = rest.filter((id) => !g.outsiders.has(id));
  // The reporter's own statement of progress is kept: the finding says who reported it too.
  return rest.length === n ? (reporterId ? [reporterId, ...rest] : rest) : undefined;
}

/** Words that may follow an answer with no object of its own ("refused so far", "rejected it"). */
const ANSWER_TAIL: ReadonlySet<string> = new Set([
  'it',
  'this',
  'that',
  'them',
  'so',
  'far',
  'to',
  'do',
  'outright',
  'flatly',
  'too',
  'either',
  'the',
  'idea',
  'proposal',
  'plan',
  'offer',
  'suggestion',
  'move',
  'request',
  'demand',
]);

/** A lone refusal or acceptance followed to the clause's end only by words of `ANSWER_TAIL`. */
function bareAnswer(tokens: Token[], stanceCues: Cue[], c1: number): boolean {
  const cue = stanceCues[0];
  if (!cue || (cue.cls !== 'rejection' && cue.cls !== 'acceptance') || stanceCues.length > 1) return false;
  for (let k = cue.t1; k < c1; k++) {
    const w = tokens[k].norm;
    if (!ANSWER_TAIL.has(w) && !/^[.,;:!?"”’)]$/.test(w)) return false;
  }
  return true;
}

/**
 * "Talks between the union and the employers made progress", "agreement was reached between A
 * and B": the parties joined after "between", with whoever reports it.
 */
function partiesBetween(tokens: Token[], parties: PhraseMatch<Entity>[], cues: Cue[]): string[] | undefined {
  const first = parties.find((m) => wordBefore(tokens, m.t0) === 'between');
  if (!first) return undefined;
  const ids = coordinated(tokens, first, parties);
  if (ids.length < 2) return undefined;
  const r = reporterOf(parties, cues);
  return r && !ids.includes(r) ? [r, ...ids] : ids;
}

/** The party next to a reporting verb ("…, the mediator said", "Haddad said …"), if any. */
function reporterOf(parties: PhraseMatch<Entity>[], cues: Cue[]): string | undefined {
  const reporter = parties.find((m) =>
    cues.some((c) => c.cls === 'reporting' && (Math.abs(c.t0 - m.t1) <= 3 || Math.abs(m.t0 - c.t1) <= 2)),
  );
  return reporter && (reporter.value as { id: string }).id;
}

/** Refusals that judge the subject ("X is non-negotiable", "X is not on the table"). */
const JUDGED = /(negotiable|on the table|off the table|red line|up for negotiation)$/;

/** Verbs of keeping what one has: "will stay", "would remain", "will go on policing". */
const KEEP_VERBS: ReadonlySet<string> = new Set([
  'stay',
  'remain',
  'keep',
  'retain',
  'continue',
  'maintain',
  'hold',
  'go',
]);

/**
 * True when the verb after a modal (past adverbs) keeps the status quo: "the garrison would stay",
 * "Velmora will retain control". Saying one keeps what one holds is a demand, not an offer.
 */
function keepsAfter(tokens: Token[], t: number): boolean {
  let k = t;
  while (k < tokens.length && /^(also|still|firmly|certainly|definitely|simply|just)$/.test(tokens[k].norm))
    k++;
  const w = tokens[k]?.norm;
  if (!w || !KEEP_VERBS.has(w)) return false;
  return w !== 'go' || tokens[k + 1]?.norm === 'on';
}

/** Relative pronouns opening a non-restrictive clause (", which has long opposed …,"). */
const RELATIVE: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/** Participles that open a condition clause, not an aside. */
const CONDITION_PARTICIPLES: ReadonlySet<string> = new Set([
  'provided',
  'providing',
  'assuming',
  'conditioned',
]);

/**
 * Token ranges of parenthetical clauses between commas: ", which/who/whose …," and
 * ", speaking …," / ", backed by …," (a participle tagged VERB right after the comma). What they say
 * is background about the subject, not its stance, so their cues and names are set aside.
 */
export function asides(
  tokens: Token[],
  t0: number,
  t1: number,
  tags: readonly string[] | undefined,
): [number, number][] {
  const out: [number, number][] = [];
  // "Asked whether Kyiv would trade its army for guarantees, Umerov said …": the question a
  // speaker answers is no position of theirs.
  for (let i = t0; i < Math.min(t1 - 2, t0 + 3); i++) {
    if (tokens[i].norm !== 'asked' || !/^(whether|if|about)$/.test(tokens[i + 1].norm)) continue;
    let j = i + 2;
    while (j < t1 && tokens[j].norm !== ',') j++;
    if (j < t1 - 1) out.push([i, j + 1]);
    break;
  }
  for (let i = t0 + 1; i < t1 - 1; i++) {
    if (tokens[i].norm !== ',') continue;
    const w = tokens[i + 1];
    // (", provided the Front frees the hostages," and ", assuming …," open conditions, not asides)
    const participle =
      tags !== undefined &&
      tags[i + 1 - t0] === 'VERB' &&
      /(ing|ed)$/.test(w.norm) &&
      !CONDITION_PARTICIPLES.has(w.norm) &&
      i > t0 + 1;
    if (!RELATIVE.has(w.norm) && !participle) continue;
    let j = i + 2;
    while (j < t1 && tokens[j].norm !== ',') j++;
    if (j >= t1 - 1) continue;
    out.push([i, j + 1]);
    i = j;
  }
  return out;
}

/**
 * "The union's offer to suspend the strike was rejected by management": the subject phrase is a
 * possessor's stance noun, the main verb a passive with its own agent. Returns the index of the
 * auxiliary, where the sentence splits into the possessor's statement and the agent's response.
 */
function passiveAfterNominal(
  tokens: Token[],
  c0: number,
  c1: number,
  tags: readonly string[],
  base: number,
  cues: Cue[],
  parties: PhraseMatch<Entity>[],
): number | undefined {
  const noun = cues.find(
    (c) =>
      STANCE_CUES.has(c.cls) &&
      c.t0 >= c0 &&
      c.t0 <= c0 + 4 &&
      tags[c.t0 - base] === 'NOUN' &&
      parties.some((m) => possessiveActor(tokens, m, [c])),
  );
  if (!noun) return undefined;
  for (let k = noun.t1; k < c1 - 2; k++) {
    if (tags[k - base] !== 'AUX' || !BE.has(tokens[k].norm)) continue;
    const verb = cues.find((c) => c.t0 > k && c.t0 <= k + 2 && tags[c.t0 - base] === 'VERB');
    if (verb && byAt(tokens, verb.t1) >= 0) return k;
  }
  return undefined;
}

/** Nouns that sum up the statement before them ("…, a figure Vestria has dismissed as inflated"). */
const SUMMING_NOUNS: ReadonlySet<string> = new Set([
  'pledge',
  'promise',
  'commitment',
  'view',
  'figure',
  'idea',
  'demand',
  'proposal',
  'offer',
  'plan',
  'level',
  'position',
  'move',
  'step',
  'suggestion',
  'request',
  'condition',
  'concession',
  'number',
  'date',
  'deadline',
  'compromise',
  'option',
  'approach',
  'arrangement',
  'formula',
  'timetable',
  'ceiling',
  'limit',
  'stance',
  'claim',
  'target',
  'goal',
  'schedule',
  'cap',
  'rate',
  'sum',
  'amount',
  'price',
  'scheme',
  'package',
  'framework',
  'text',
  'draft',
  'threshold',
  'quota',
  'share',
  'cut',
  'rise',
  'increase',
  'term',
  'terms',
  'duration',
  'period',
  'solution',
  'measure',
  'sequence',
  'sequencing',
  'precondition',
  'line',
]);

/**
 * "…, a figure that Vestrian officials have dismissed as inflated", "…, an idea the union has
 * called unworkable": a summing-up noun after a comma, then another party and its stance cue. The
 * token index of the comma, where the response to the statement before it begins.
 */
function summingResponse(
  tokens: Token[],
  c0: number,
  c1: number,
  cues: Cue[],
  parties: PhraseMatch<Entity>[],
): number | undefined {
  // A party within two words of `p`, then a stance cue of its own.
  const respondsAt = (p: number) => {
    const party = parties.find((m) => m.t0 >= p && m.t0 <= p + 2);
    return (
      party !== undefined &&
      cues.some((c) => STANCE_CUES.has(c.cls) && c.t0 >= party.t1 && c.t0 <= party.t1 + 6)
    );
  };
  for (let k = c0 + 3; k < c1 - 3; k++) {
    if (tokens[k].norm !== ',') continue;
    // ", which the union called an insult": the relative pronoun sums up the statement itself.
    if (tokens[k + 1].norm === 'which') {
      if (respondsAt(k + 2)) return k;
      continue;
    }
    if (!/^(a|an|the|one)$/.test(tokens[k + 1].norm)) continue;
    let j = k + 2;
    // up to two modifiers before the noun ("a longer freeze", "a 15-year commitment")
    while (j < Math.min(c1, k + 5) && !SUMMING_NOUNS.has(tokens[j].stem)) j++;
    if (j >= c1 || !SUMMING_NOUNS.has(tokens[j].stem)) continue;
    let p = j + 1;
    if (tokens[p]?.norm === 'that' || tokens[p]?.norm === 'which') p++;
    if (respondsAt(p)) return k;
  }
  return undefined;
}

function analyseClauses(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  ctx: SentenceContext,
  pos?: PosTagger,
): ClauseFinding[] {
  const raw = cueMatches(g, tokens, t0, t1);
  // Most sentences of a report carry no signal: skip them before the costlier entity scan.
  // (A modal may make an offer of an option named right after it: "will lay down its weapons".)
  // (And a party's document may state its position: "the European counter-proposal set …".)
  let document = false;
  for (let i = t0; i < t1 && !document; i++) document = DOCUMENTS.has(tokens[i].stem);
  // (And "asked the Americans for …" is a demand read once parties are known: see `expectations`.)
  let asks = false;
  for (let i = t0; i < t1 && !asks; i++) asks = ASKING.has(tokens[i].norm);
  if (
    !document &&
    !asks &&
    !raw.some((c) => STANCE_CUES.has(c.cls) || c.cls === 'progress' || MODALS.has(c.phrase))
  )
    return [];
  const mentions = entityMentions(g, tokens, t0, t1);
  // A sentence with a modal but no stance cue counts only if it names an option (or, when POS tags
  // are at hand to find the modal's verb, or a document states it, an issue).
  if (
    !asks &&
    !raw.some((c) => STANCE_CUES.has(c.cls) || c.cls === 'progress') &&
    !mentions.some(
      (m) => m.value.kind === 'option' || ((pos !== undefined || document) && m.value.kind === 'issue'),
    )
  )
    return [];
  // A cue inside a name is part of the name ("United States" is not "state").
  const named = new Uint8Array(t1 - t0);
  for (const m of mentions) if (m.value.kind === 'party') for (let i = m.t0; i < m.t1; i++) named[i - t0] = 1;
  const cues = raw.filter((c) => !named[c.t0 - t0]);
  cues.push(...temporalConditions(tokens, mentions, cues, t0, t1));
  cues.push(...expectations(tokens, mentions, t0, t1));
  cues.sort((a, b) => a.t0 - b.t0);
  const tags = pos?.(t0, t1);
  // Background clauses about the subject (", who met the envoys in Geneva,") say nothing of its stance.
  const aside = asides(tokens, t0, t1, tags);
  if (aside.length) {
    const keep = (m: { t0: number }) => !aside.some((r) => inside(m, r));
    cues.splice(0, cues.length, ...cues.filter(keep));
    mentions.splice(0, mentions.length, ...mentions.filter(keep));
  }
  const out: ClauseFinding[] = [];
  let sentenceSpeaker: string | undefined;
  let spans = clauses(tokens, t0, t1, cues);
  // "P's offer of X was rejected by Q": P's statement, then Q's response to it (about the same X).
  let responseAt = -1;
  /** The same, when a summing-up noun opens the response (", a demand the city has refused"). */
  let summingAt = -1;
  {
    const ps = mentions.filter((m) => m.value.kind === 'party');
    spans = spans.flatMap(([a, b]) => {
      const k = summingResponse(tokens, a, b, cues, ps);
      if (k === undefined) return [[a, b] as [number, number]];
      responseAt = k;
      summingAt = k;
      return [
        [a, k],
        [k, b],
      ] as [number, number][];
    });
  }
  if (tags && responseAt < 0) {
    const ps = mentions.filter((m) => m.value.kind === 'party');
    spans = spans.flatMap(([a, b]) => {
      const k = passiveAfterNominal(tokens, a, b, tags, t0, cues, ps);
      if (k === undefined) return [[a, b] as [number, number]];
      responseAt = k;
      return [
        [a, k],
        [k, b],
      ] as [number, number][];
    });
  }
  let previousRefs: IssueRef[] = [];
  for (const [spanIndex, [c0, c1]] of spans.entries()) {
    const cc = cues.filter((c) => c.t0 >= c0 && c.t0 < c1);
    // The condition clause: from its cue to the end of the clause, or, when the clause opens with
    // it ("Only if X, Y"), up to the first comma.
    const condCue = cc.find((c) => c.cls === 'condition');
    let condRange: [number, number] | undefined;
    if (condCue) {
      let end = c1;
      if (condCue.t0 <= c0 + 1) {
        for (let i = condCue.t1; i < c1; i++) {
          if (tokens[i].norm === ',') {
            end = i;
            break;
          }
        }
      } else {
        // "… until Russia agrees to X, a senior European official said": the trailing report is
        // not part of the condition.
        const comma = tokens.findIndex((t, i) => i > condCue.t1 && i < c1 && t.norm === ',');
        if (comma > 0 && cc.some((c) => c.cls === 'reporting' && c.t0 > comma && c.t0 <= comma + 6))
          end = comma;
      }
      condRange = [condCue.t0, end];
    }
    // "No lasting settlement can be reached unless X": a refusal of everything unless X is a
    // demand for X (the condition clause is then what the clause is about).
    if (
      condCue?.phrase === 'unless' &&
      condRange &&
      !cc.some((c) => !inside(c, condRange) && (STANCE_CUES.has(c.cls) || c.cls === 'progress')) &&
      cc.some((c) => c.cls === 'negation' && c.t0 < condCue.t0)
    ) {
      cc.push({ cls: 'demand', t0: condCue.t0, t1: condCue.t1, phrase: 'unless' });
      condRange = undefined;
    }
    const main = cc.filter((c) => !inside(c, condRange));
    // Keeping what one holds is a demand, unless only "until" something happens (then the end of
    // it is offered, below).
    const keeps = (t: number) => !(condCue && UNTIL.has(condCue.phrase)) && keepsAfter(tokens, t);
    // A modal right before an option that is an action ("would suspend the strike", "will
    // deploy troops") states what the party is willing to do: an offer cue of its own.
    for (const m of mentions) {
      if (m.value.kind !== 'option' || !inside(m, [c0, c1]) || inside(m, condRange)) continue;
      // Also "could be deployed", "troops could be deployed" (the modal inside a loose match).
      const modal = main.find(
        (c) =>
          MODAL_CLASSES.has(c.cls) &&
          MODALS.has(c.phrase) &&
          ((c.t1 <= m.t0 &&
            c.t1 >= m.t0 - 2 &&
            tokens.slice(c.t1, m.t0).every((t) => MODAL_GAP.has(t.norm))) ||
            (c.t0 > m.t0 && c.t1 < m.t1)),
      );
      if (modal)
        main.push({
          cls: keeps(modal.t1) ? 'demand' : 'offer',
          t0: modal.t0,
          t1: modal.t1,
          phrase: modal.phrase,
        });
      else {
        // "will observe a humanitarian pause", "will not disarm": a modal, at most one verb (and
        // an article), then the option; a "not" / "never" in between refuses it.
        const mv = main.find(
          (c) =>
            MODAL_CLASSES.has(c.cls) &&
            MODALS.has(c.phrase) &&
            c.t1 < m.t0 &&
            c.t1 >= m.t0 - 3 &&
            tokens.slice(c.t1, m.t0).every((t) => /^[a-z]+$/.test(t.norm)) &&
            !main.some((o) => STANCE_CUES.has(o.cls) && o.t0 >= c.t1 && o.t0 < m.t0),
        );
        if (mv) {
          const neg = main.find((c) => c.cls === 'negation' && c.t0 >= mv.t1 && c.t0 < m.t0);
          if (neg)
            main.push({ cls: 'rejection', t0: neg.t0, t1: neg.t1, phrase: `${mv.phrase} ${neg.phrase}` });
          else
            main.push({
              cls: keeps(mv.t1) ? 'demand' : 'offer',
              t0: mv.t0,
              t1: mv.t1,
              phrase: mv.phrase,
            });
        }
      }
    }
    // "Kessia would release more water", "the dam would be filled in three years": with no stance
    // cue at all, a modal and a verb (POS) whose phrase names an issue state what the party will do.
    if (tags && !main.some((c) => STANCE_CUES.has(c.cls) || c.cls === 'progress')) {
      const modalVerb = modalVerbOffer(tokens, tags, t0, main, mentions, [c0, c1], condRange, keeps);
      if (modalVerb) main.push(modalVerb);
    }
    if (!main.some((c) => STANCE_CUES.has(c.cls) || c.cls === 'progress')) {
      const doc = document ? documentOffer(g, tokens, mentions, [c0, c1], condRange) : undefined;
      if (doc) main.push(doc);
    }
    // "intends to hold the current lines": an intention to keep what one holds is a demand.
    for (const c of main)
      if (c.cls === 'offer' && INTEND.test(c.phrase) && keepsAfter(tokens, c.t1)) c.cls = 'demand';
    main.sort((a, b) => a.t0 - b.t0);
    // The summing-up noun ("a demand") names what is answered, not the responder's stance.
    if (c0 === summingAt) {
      const responder = mentions.find((m) => m.value.kind === 'party' && m.t0 > c0 && m.t0 < c1);
      if (responder) main.splice(0, main.length, ...main.filter((c) => c.t0 > responder.t0));
    }
    const stanceCues = main.filter((c) => STANCE_CUES.has(c.cls));
    const progressCue = main.find((c) => c.cls === 'progress');
    if (stanceCues.length === 0 && !progressCue) continue;

    // Who: the speaker of reported speech, and the actor of the clause.
    // "According to the mediator": the party right after a reporting phrase is the speaker.
    const afterReporting = (t: number) =>
      cc.some(
        (c) =>
          c.cls === 'reporting' && (c.t1 === t || (c.t1 === t - 1 && DETERMINERS.has(tokens[t - 1].norm))),
      );
    // Parties named as the object of "with", "between", "against" are not the actor.
    const parties = mentions.filter(
      (m) =>
        m.value.kind === 'party' &&
        inside(m, [c0, c1]) &&
        !inside(m, condRange) &&
        !isModifier(g, tokens, m, cc, c1) &&
        !mentions.some((o) => o.value.kind !== 'party' && o.t0 < m.t0 && o.t1 > m.t0) &&
        (!NOT_ACTOR_BEFORE.has(wordBefore(tokens, m.t0)) || peopleIn(tokens, m.t0) || afterReporting(m.t0)),
    );
    const allParties = mentions.filter(
      (m) => m.value.kind === 'party' && inside(m, [c0, c1]) && !inside(m, condRange),
    );
    const firstStance = stanceCues[0] ?? progressCue!;
    const reporting = main.filter((c) => c.cls === 'reporting' && c.t0 <= firstStance.t0);
    const lastReport = reporting[reporting.length - 1];
    let speaker: string | undefined;
    let actor: string | undefined;
    /** The mention the actor was read from, to find parties coordinated with it. */
    let actorMention: PhraseMatch<Entity> | undefined;
    let partyFrom: Finding['partyFrom'] = 'named';
    // "Kyiv's refusal to …", "the government's acceptance of …": the possessor is the actor.
    // Not when another verb governs the phrase ("rejected the union's demand") or a passive names
    // its own agent ("Southia's demand … was rejected by Norland").
    const hasPassiveAgent = stanceCues.some((c) => agentAfter(tokens, c, allParties) !== undefined);
    const possessor = hasPassiveAgent
      ? undefined
      : allParties.find((m) => possessiveActor(tokens, m, stanceCues.slice(0, 1)));
    if (possessor) {
      actor = (possessor.value as { id: string }).id;
      actorMention = possessor;
    }
    // "Under the company's revised proposal, pilots would receive …": the document's author.
    const author = underDocument(tokens, c0, c1, allParties);
    if (!actor && author) {
      actor = (author.value as { id: string }).id;
      actorMention = author;
    }
    if (lastReport && !actor) {
      const before = parties.filter((m) => m.t1 <= lastReport.t0);
      const pronoun = main.some((c) => c.cls === 'pronoun' && c.t1 <= lastReport.t0);
      speaker = before.length
        ? (before[before.length - 1].value as { id: string }).id
        : pronoun || lastReport.t0 <= c0 + 1
          ? (sentenceSpeaker ?? ctx.lastParty)
          : undefined;
      // "told Kyiv that …" names the addressee, not the subject of what follows.
      const embedded = parties.find(
        (m) =>
          m.t0 >= lastReport.t1 &&
          m.t0 < firstStance.t0 &&
          !(m.t0 === lastReport.t1 && TOLD.has(lastReport.phrase)),
      );
      if (embedded && speaker && imposedOn(tokens, embedded, firstStance, speaker)) {
        // "Putin told Trump that Ukraine must leave Donetsk": the obligation is the speaker's demand.
        actor = speaker;
        partyFrom = 'speaker';
        actorMention = before[before.length - 1];
      } else if (embedded) {
        actor = (embedded.value as { id: string }).id;
        actorMention = embedded;
      } else if (speaker) {
        actor = speaker;
        partyFrom = before.length ? 'speaker' : 'carried';
        if (before.length) actorMention = before[before.length - 1];
      }
    }
    if (!actor) {
      const before = parties.filter((m) => m.t1 <= firstStance.t0);
      // "rejected by Moscow" anywhere after the cue; "unacceptable to Kyiv", "a red line for Kyiv"
      // only right after it ("ruled out sending troops to Ukraine" names no agent).
      const byAfter = allParties.find(
        (m) =>
          m.t0 > firstStance.t0 &&
          AGENT_BEFORE.has(wordBefore(tokens, m.t0)) &&
          (wordBefore(tokens, m.t0) === 'by' ||
            stanceCues.some(
              (c) =>
                // ("a concession to Port Alden" names who receives it, not who makes it)
                !(c.cls === 'offer' && /^(concession|offer|proposal)/.test(c.phrase)) &&
                (c.t1 === m.t0 - 1 || (c.t1 === m.t0 - 2 && DETERMINERS.has(tokens[m.t0 - 1].norm))),
            )),
      );
      // "…, the delegation said": the speaker named after the statement.
      // ("…, the European counter-draft proposed.": a stance verb that ends the sentence after a
      // comma reports the statement before it.)
      const lateReport = main.find(
        (c) =>
          c.t0 > firstStance.t0 &&
          (c.cls === 'reporting' ||
            (STANCE_CUES.has(c.cls) &&
              (c.t1 >= c1 || /^[.!?"”]$/.test(tokens[c.t1]?.norm ?? '')) &&
              tokens.slice(Math.max(c0, c.t0 - 6), c.t0).some((t) => t.norm === ','))),
      );
      // "…, a senior Ukrainian official said", "…, said the Kremlin": a few words either side.
      // ("a spokesman for the rebel movement said": here "for" does not stop a party.)
      const reporter = lateReport
        ? allParties.find(
            (m) =>
              (m.t1 <= lateReport.t0 &&
                m.t1 >= lateReport.t0 - 3 &&
                tokens.slice(m.t1, lateReport.t0).every((t) => /^[\p{L}']/u.test(t.norm))) ||
              (m.t0 >= lateReport.t1 &&
                m.t0 <= lateReport.t1 + 1 &&
                !TOLD.has(lateReport.phrase) &&
                tokens.slice(lateReport.t1, m.t0).every((t) => DETERMINERS.has(t.norm))),
          )
        : undefined;
      const reporterId = reporter && (reporter.value as { id: string }).id;
      // '"There will be no ceasefire before the rebels sign," the minister said': a direct quote
      // is the speaker's own position, whoever it names.
      const quoted =
        /^["“]$/.test(tokens[c0]?.norm ?? '') &&
        lateReport !== undefined &&
        tokens.slice(firstStance.t1, lateReport.t0).some((t) => /^["”]$/.test(t.norm));
      // "A settlement that leaves Ukraine free to join NATO is out of the question, the Russian
      // delegation told …": a statement whose subject is no party is the reporter's position.
      let k = c0;
      while (k < before[0]?.t0 && (DETERMINERS.has(tokens[k].norm) || /^["“,]$/.test(tokens[k].norm))) k++;
      const partyNotSubject = before.length > 0 && before[0].t0 > k + 1;
      if (
        (quoted || partyNotSubject) &&
        reporterId &&
        before.length &&
        (before[0].value as { id: string }).id !== reporterId
      ) {
        actor = reporterId;
        actorMention = reporter;
      } else if (before.length && reporterId && imposedOn(tokens, before[0], firstStance, reporterId)) {
        // "Ukraine must leave the four regions, Peskov said": the speaker demands it.
        actor = reporterId;
        actorMention = reporter;
      } else if (before.length) {
        actor = (before[0].value as { id: string }).id;
        actorMention = before[0];
      } else if (byAfter) actor = (byAfter.value as { id: string }).id;
      else if (reporter) actor = (reporter.value as { id: string }).id;
      else if (sentenceSpeaker ?? ctx.lastParty) {
        actor = sentenceSpeaker ?? ctx.lastParty;
        partyFrom = 'carried';
      }
    }
    // "Both delegations reported headway on X", "the three parties reported agreement": progress
    // for each side, when the scenario says who the sides are.
    const agreed = progressCue || stanceCues.some((c) => /^agree/.test(c.phrase));
    // "Russian and Ukrainian delegations agreed to swap prisoners": two sides agreeing together
    // report progress between them, not an offer each.
    // (Not "have not agreed", "refused to agree", "Neither A nor B agreed", "A or B".)
    const jointly =
      agreed &&
      actorMention !== undefined &&
      firstStance.t0 >= actorMention.t1 &&
      !cc.some((c) => (c.cls === 'negation' || c.cls === 'rejection') && c.t0 < firstStance.t1) &&
      !tokens.slice(c0, firstStance.t0).some((t) => /^(or|nor|neither|either)$/.test(t.norm));
    const together = jointly && actorMention ? coordinated(tokens, actorMention, allParties) : [];
    // (…, the mediator said: progress a party reports is its own too)
    const teller = together.length >= 2 ? reporterOf(allParties, cc) : undefined;
    const group =
      sidesOf(g, tokens, [c0, c1], firstStance, cc, allParties) ??
      (agreed ? partiesBetween(tokens, allParties, cc) : undefined) ??
      (together.length >= 2
        ? teller && !together.includes(teller)
          ? [teller, ...together]
          : together
        : undefined);
    if (group && agreed) {
      const sideRefs = issueRefs(g, tokens, mentions, cc, [c0, c1], condRange);
      for (const party of group)
        for (const ref of sideRefs.length ? sideRefs : [undefined]) {
          const finding: Finding = {
            party,
            partyFrom: 'named',
            issue: ref?.issue,
            relinquished: false,
            stance: 'progress',
            firmness: null,
            negated: false,
            cues: [(progressCue ?? firstStance).phrase],
          };
          if (finding.issue === undefined) delete finding.issue;
          out.push({ finding, t0: c0, t1: c1 });
        }
      continue;
    }
    if (!actor) continue;
    if (speaker) sentenceSpeaker = speaker;
    const actors = actorMention ? coordinated(tokens, actorMention, allParties) : [actor];
    if (!actors.includes(actor)) actors.unshift(actor);
    // "Washington had made headway with Kyiv on X": progress made with a party is its progress too.
    if (progressCue && !stanceCues.length)
      for (const m of allParties) {
        const id = (m.value as { id: string }).id;
        if (m.t0 > progressCue.t0 && wordBefore(tokens, m.t0) === 'with' && !actors.includes(id))
          actors.push(id);
      }
    // "Neither Kyiv nor its backers will accept …": the clause is negated as a whole.
    const neither = cc.some((c) => c.cls === 'negation' && c.phrase === 'neither' && c.t0 < firstStance.t0);

    // On what, and on what condition.
    const refs = issueRefs(g, tokens, mentions, cc, [c0, c1], condRange);
    const isResponse = c0 === responseAt;
    if (isResponse) {
      // A refusal of the other side's statement, or support for it ("backed by the EU"), is a
      // position of the agent's own; being "welcomed by" someone says nothing of theirs.
      if (!stanceCues.some((c) => c.cls === 'rejection' || BACKING.has(c.phrase)) || refs.length) continue;
      // What is answered: the issues of the statement before (read afresh if it yielded nothing).
      const answered = previousRefs.length
        ? previousRefs
        : issueRefs(g, tokens, mentions, cues, [spans[spanIndex - 1]?.[0] ?? t0, c0]);
      refs.push(...answered.map((r) => ({ ...r, at: stanceCues[0].t0 })));
    }
    // "…, but Karavan has so far refused", "…, but Moscow rejected it": an answer with no object
    // of its own is about what the clause before named.
    if (!refs.length && previousRefs.length && bareAnswer(tokens, stanceCues, c1))
      refs.push(...previousRefs.map((r) => ({ ...r, at: stanceCues[0].t0 })));
    previousRefs = refs;
    // No issue named by an alias: one whose keywords stand near the stance cue ("halt hostilities").
    if (!refs.length) {
      const kw = issueByKeywords(g, tokens, mentions, cc, firstStance.t0, [c0, c1], condRange);
      if (kw) refs.push(kw);
    }
    let condition: SignalCondition | undefined;
    if (condCue && condRange) {
      const cref = issueRefs(g, tokens, mentions, cc, condRange)[0];
      const ct0 = Math.min(condCue.t1, condRange[1] - 1);
      condition = {
        cue: condCue.phrase,
        issue: cref?.issue,
        option: cref?.option,
        relinquished: cref?.relinquished ?? false,
        text: tokens
          .slice(ct0, condRange[1])
          .map((t) => t.norm)
          .join(' '),
      };
    }
    // A condition that names no issue ("provided Russia does the same") is about the same issue.
    if (condition && !condition.issue) {
      if (refs.length) condition.issue = refs[0].issue;
      else condition = undefined;
    }
    const explicitParty = partyFrom !== 'carried';
    // An issue named far from every stance cue is context ("… in the way of a final settlement").
    // A long subject ("Resolving the territorial question on the basis of … remains a
    // precondition"): a predicate after "is" / "remains" reaches back further.
    const near = refs.filter((r) =>
      [...stanceCues, ...(progressCue ? [progressCue] : [])].some(
        (c) =>
          Math.abs(c.t0 - r.at) <= MAX_CUE_DISTANCE ||
          (c.t0 > r.at && c.t0 - r.at <= MAX_SUBJECT_DISTANCE && isPredicate(tokens, c, c0)),
      ),
    );
    // "envisages a force of 800,000 troops and a path to EU membership", "would pair the release
    // of prisoners with a two-week pause": an issue joined by "and" / "with" to one the cue
    // governs is governed too, however long the first object is.
    for (const r of refs) {
      if (near.includes(r)) continue;
      const prev = near.filter((n) => n.at < r.at).pop();
      if (!prev || r.at - prev.at > MAX_CUE_DISTANCE) continue;
      const between = tokens.slice(prev.at, r.at).map((t) => t.norm);
      if (between.some((w) => w === 'and' || w === 'with') && !between.some((w) => /^[.;:]$/.test(w)))
        near.push(r);
    }
    const targets: (IssueRef | undefined)[] = near.length
      ? near
      : explicitParty && !refs.length
        ? [undefined]
        : [];
    for (const ref of targets) {
      const at = ref?.at ?? firstStance.t0;
      // The cue governing this issue: the outermost stance cue since the previous issue mention
      // ("rejected calls for X", "urged Kyiv to accept X": the first verb decides), else the first
      // cue after the mention ("X is unacceptable"). A passive "was rejected by P" after the
      // mention governs it, with P as the actor.
      const prevAt = Math.max(c0, ...refs.filter((r) => r.at < at).map((r) => r.at + 1));
      let cue: Cue | undefined = stanceCues.find((c) => c.t0 >= prevAt && c.t0 <= at);
      // "… and the Greens' insistence on X": a stance noun with a possessor of its own governs X.
      if (possessor) {
        const owned = stanceCues.filter(
          (c) =>
            c.t0 >= prevAt &&
            c.t0 <= at &&
            allParties.some((m) => m !== possessor && possessiveActor(tokens, m, [c])),
        );
        if (owned.length) cue = owned[owned.length - 1];
      }
      let actorHere: string = actor;
      const passive = stanceCues.find((c) => c.t0 > at && agentAfter(tokens, c, allParties) !== undefined);
      if (passive && !possessor) {
        cue = passive;
        actorHere = (agentAfter(tokens, passive, allParties)!.value as { id: string }).id;
      }
      cue ??= stanceCues.find((c) => c.t0 > at) ?? stanceCues[stanceCues.length - 1];
      // "X is Norland's key demand", "X is the only acceptable outcome": a predicate after the
      // mention says what the subject is, whatever verb the subject phrase itself contains.
      const predicate = stanceCues.find(
        (c) =>
          c.t0 > at &&
          c.t0 <= at + 8 &&
          tokens.slice(Math.max(at, c.t0 - 4), c.t0).some((t) => BE.has(t.norm) || t.norm === 'remains'),
      );
      // (Not an acceptance inside what a demand asks for: "demanding that Crimea be recognised".)
      const asking =
        predicate?.cls === 'acceptance' || predicate?.cls === 'offer'
          ? stanceCues.find((c) => c.cls === 'demand' && c.t0 >= prevAt && c.t0 <= at)
          : undefined;
      if (predicate && cue && cue.t0 <= at && cue !== predicate && !passive) cue = asking ?? predicate;
      // A subject with no stance cue before it ("Settling X on the formula agreed in Alaska remains
      // a precondition"): the predicate governs, not a participle inside the subject.
      if (!passive && cue && cue.t0 > at && !stanceCues.some((c) => c.t0 >= c0 && c.t0 < at)) {
        const far = stanceCues.find(
          (c) => c.t0 > cue!.t0 && c.t0 - at <= MAX_SUBJECT_DISTANCE && isPredicate(tokens, c, c0),
        );
        if (far && !isPredicate(tokens, cue, c0)) cue = far;
      }
      // "insist that X is unacceptable": the clause after "that" says what is insisted on.
      // ("insist that outsourcing remains on the table", "… that monitors be allowed": a state of
      // things asked for is still the demand.)
      if (cue && / that$/.test(cue.phrase)) {
        const c0cue = cue;
        const inner = stanceCues.find((c) => c.t0 >= c0cue.t1);
        const state =
          inner &&
          c0cue.cls === 'demand' &&
          (inner.cls === 'offer' || inner.cls === 'acceptance') &&
          tokens
            .slice(Math.max(c0cue.t1, inner.t0 - 2), inner.t0)
            .some((t) => BE.has(t.norm) || /^remains?$/.test(t.norm));
        if (inner && !state) cue = inner;
      }
      if (cue && cue.cls === 'offer') {
        // "back its refusal to cede X": supporting a refusal is a refusal.
        // "tabled demands for X", "backed calls for X": putting a demand forward is a demand
        // ("ease its demands" is not).
        const inner = stanceCues.find(
          (c) =>
            (c.cls === 'rejection' || (c.cls === 'demand' && PUT_FORWARD.test(cue!.phrase))) &&
            c.t0 > cue!.t0 &&
            c.t0 <= cue!.t1 + 2 &&
            c.t0 < at,
        );
        // "considers X a non-negotiable condition": the judgement after the object decides.
        const judged = CONSIDER.has(cue.phrase)
          ? stanceCues.find((c) => c !== cue && c.t0 > at && c.t0 <= at + 6)
          : undefined;
        if (inner ?? judged) cue = inner ?? judged;
      }
      // "The Social Democrats' demand for X and the Greens' insistence on Y": each stance noun
      // is its own possessor's.
      if (cue && possessor && cue !== stanceCues[0]) {
        const own = allParties.find((m) => m !== possessor && possessiveActor(tokens, m, [cue!]));
        if (own) actorHere = (own.value as { id: string }).id;
      }
      let stance: SignalStance | undefined;
      let negated = false;
      if (cue) {
        // (the negation before "unless" is what made it a demand: it does not negate it again)
        negated =
          cue.cls === 'demand' && cue.phrase === 'unless'
            ? false
            : isNegated(main, cue.t0, c0, tokens) ||
              neither ||
              // "will accept no agreement that …": the negation after the acceptance
              ((cue.cls === 'acceptance' || cue.cls === 'offer') &&
                /^(no|nothing)$/.test(tokens[cue.t1]?.norm ?? ''));
        const refused = cue.cls !== 'rejection' && cue.cls !== 'demand' && refusedBy(main, cue.t0, c0);
        stance = refused ? 'rejection' : stanceOf(cue, negated);
        // A cue that carries its own negation ("will not accept", "never") is a negated statement too.
        if (SELF_NEGATED.test(cue.phrase)) negated = true;
      }
      if (!stance && progressCue) stance = 'progress';
      if (!stance) continue;
      // "presented its demands", "a list of demands": a stance noun that names no issue says nothing.
      if (!ref && cue && stance !== 'progress' && NOUN_BEFORE.has(tokens[cue.t0 - 1]?.norm ?? '')) continue;
      // "would never sign a deal without X", "rejects any text without X": X is demanded.
      let relinquished = ref?.relinquished ?? false;
      if (ref?.without && relinquished && stance === 'rejection') {
        stance = 'demand';
        relinquished = false;
      }
      // "two red lines: no recognition of …": the red line refuses the option itself.
      if (
        ref?.byNo &&
        relinquished &&
        stance === 'rejection' &&
        cue &&
        cue.t0 <= ref.at &&
        cue.cls === 'rejection'
      )
        relinquished = false;
      // "will not halt drilling until the boundary is settled": what is refused until then is
      // offered once it happens; "sanctions will stay until X": their end is offered once X.
      if (condition && UNTIL.has(condition.cue) && condition.issue && condition.issue !== ref?.issue) {
        // ("ruled out suspending the walkout until …" too; "rejected any ceasefire before a
        // settlement" stays a rejection.)
        if (
          stance === 'rejection' &&
          ((negated && (cue?.cls !== 'rejection' || REFUSED_ACCEPTANCE.test(cue.phrase))) ||
            (cue?.cls === 'rejection' && condition.cue !== 'before'))
        )
          stance = 'offer';
        else if (
          stance === 'offer' &&
          !negated &&
          condition.cue !== 'before' &&
          ref?.option !== undefined &&
          cue !== undefined &&
          MODALS.has(cue.phrase)
        )
          relinquished = !relinquished;
      }
      if (stance === 'offer' && condition) stance = 'conditional_offer';
      // "must come before any ceasefire": a temporal clause is a condition only of an offer.
      const cond =
        stance === 'conditional_offer' || !condition || !UNTIL.has(condition.cue) ? condition : undefined;
      const anchor = cue ?? progressCue!;
      // "would stay closed until …" in reported speech: a temporal condition leaves "would" a backshifted "will".
      const firmness = firmnessFor(main, anchor.t0, c0, stance, cond !== undefined && !UNTIL.has(cond.cue));
      const used = [
        ...reporting.slice(-1),
        anchor,
        ...main.filter((c) => c.cls === 'negation' && c.t0 < anchor.t0 && c.t0 >= anchor.t0 - NEGATION_SCOPE),
        ...(ref?.relinquished
          ? main.filter((c) => c.cls === 'relinquish' && c.t0 < ref.at && c.t0 >= ref.at - RELINQUISH_SCOPE)
          : []),
        ...(condCue && cond ? [condCue] : []),
      ];
      const finding: Finding = {
        party: actorHere,
        partyFrom,
        speaker: speaker && speaker !== actor ? speaker : undefined,
        issue: ref?.issue,
        option: ref?.option,
        relinquished,
        stance,
        firmness,
        negated,
        condition: cond,
        cues: [...new Set(used.sort((a, b) => a.t0 - b.t0).map((c) => c.phrase))],
      };
      // "will oppose the merger unless every job is guaranteed", "threatened to walk out if the
      // moratorium is not adopted": a threat about nothing the scenario names, with a negative
      // condition on an issue, demands that issue.
      if (
        !ref &&
        cond?.issue &&
        (stance === 'rejection' || stance === 'demand') &&
        (cond.cue === 'unless' || /(^| )(not|n't|never|no)( |$)/.test(cond.text))
      ) {
        finding.issue = cond.issue;
        finding.option = cond.option;
        finding.relinquished = cond.relinquished;
        finding.stance = 'demand';
        finding.negated = false;
        finding.condition = undefined;
      }
      // "Keeping the finance ministry is non-negotiable", "protecting the scheme is our red line":
      // a judgement of refusal on keeping something is a demand to keep it.
      if (
        stance === 'rejection' &&
        ref &&
        cue &&
        JUDGED.test(cue.phrase) &&
        tokens
          .slice(Math.max(c0, ref.at - 3), ref.at)
          .some((t) => /^(keeping|retaining|protecting|preserving|maintaining)$/.test(t.norm))
      )
        finding.stance = 'demand';
      // "refused to accept anything below 22 percent" is a demand for 22; "ruled out anything
      // beyond 1.5 percent" an offer of 1.5.
      if (stance === 'rejection' && ref?.option !== undefined && /^\d/.test(ref.option)) {
        // (Also after the issue's name: "would veto any cap below 200 euros".)
        const before = tokens
          .slice(Math.max(c0, ref.at - 4), ref.at)
          .map((t) => t.norm)
          .join(' ');
        const after = tokens
          .slice(ref.at + 1, Math.min(c1, ref.at + 5))
          .map((t) => t.norm)
          .join(' ');
        // (And right before the number itself: "no pay deal worth less than 12 percent", "any
        // roster that leaves pilots with less than 11 hours of rest".)
        const bound = boundBeforeNumber(tokens, c0, c1, ref.at);
        if (
          /\b(below|under|less than|short of|lower than)\b/.test(before) ||
          LOWER_BOUND_AFTER.test(after) ||
          bound === 'lower'
        )
          finding.stance = 'demand';
        else if (
          /\b(above|beyond|more than|higher than|over)\b/.test(before) ||
          HIGHER_BOUND_AFTER.test(after) ||
          bound === 'upper'
        )
          finding.stance = 'offer';
      }
      // "would settle for nothing less than two states", "will sign nothing short of a treaty
      // with no expiry": refusing everything short of X demands X.
      if (
        stance === 'rejection' &&
        ref &&
        /\b(nothing|no) (less than|short of)$/.test(
          tokens
            .slice(Math.max(c0, ref.at - 5), ref.at)
            .map((t) => t.norm)
            .join(' ')
            .replace(/ (a|an|the)$/, ''),
        )
      )
        finding.stance = 'demand';
      if (finding.speaker === undefined) delete finding.speaker;
      if (finding.option === undefined) delete finding.option;
      if (finding.issue === undefined) delete finding.issue;
      if (finding.condition === undefined) delete finding.condition;
      out.push({ finding, t0: c0, t1: c1 });
      // The same statement made jointly ("France and Britain said …") is each party's.
      if (actorHere === actor)
        for (const other of actors)
          if (other !== actor)
            out.push({ finding: { ...finding, party: other, cues: [...finding.cues] }, t0: c0, t1: c1 });
      // "Mediators said the government and the opposition had made headway": progress the
      // reporting party speaks of is its own progress too.
      if (
        stance === 'progress' &&
        finding.speaker &&
        !actors.includes(finding.speaker) &&
        !out.some((o) => o.finding.party === finding.speaker && o.finding.issue === finding.issue)
      ) {
        const { speaker: reporter, ...rest } = finding;
        out.push({ finding: { ...rest, party: reporter, cues: [...finding.cues] }, t0: c0, t1: c1 });
      }
    }
    // "…, rejecting Kadresh's insistence on parity", "brushed aside Calder's offer on X": a stance
    // noun owned by another party reports that party's position too.
    const refsIn = (r: [number, number]) => {
      const found = issueRefs(g, tokens, mentions, cc, r, condRange);
      const kw = found.length ? undefined : issueByKeywords(g, tokens, mentions, cc, r[0], r, condRange);
      return kw ? [kw] : found;
    };
    // "… if the Community dropped its demand for mirror clauses": the demand stands until dropped.
    if (condRange)
      for (const own of demandsToDrop(tokens, mentions, cc, condRange, (r) =>
        issueRefs(g, tokens, mentions, cc, r),
      )) {
        if (out.some((o) => o.finding.party === own.party && o.finding.issue === own.ref.issue)) continue;
        const finding: Finding = {
          party: own.party,
          partyFrom: 'named',
          issue: own.ref.issue,
          option: own.ref.option,
          relinquished: false,
          stance: 'demand',
          firmness: 'firm',
          negated: false,
          cues: [own.cue.phrase],
        };
        if (finding.option === undefined) delete finding.option;
        out.push({ finding, t0: c0, t1: c1 });
      }
    for (const own of ownedStances(tokens, allParties, stanceCues, refsIn, c1)) {
      if (
        own.party === actor ||
        out.some((o) => o.finding.party === own.party && o.finding.issue === own.ref.issue)
      )
        continue;
      const finding: Finding = {
        party: own.party,
        partyFrom: 'named',
        issue: own.ref.issue,
        option: own.ref.option,
        relinquished: own.ref.relinquished,
        stance: own.stance,
        firmness: 'firm',
        negated: false,
        cues: [own.cue.phrase],
      };
      if (finding.option === undefined) delete finding.option;
      out.push({ finding, t0: c0, t1: c1 });
    }
    ctx.lastParty = actor;
  }
  return out;
}

/** The stance-model features of a sentence: its words with party, issue and option names masked. */
export function sentenceFeatures(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  mentions = entityMentions(g, tokens, t0, t1),
): string[] {
  const mask = new Uint8Array(t1 - t0);
  for (const m of mentions) for (let i = m.t0; i < m.t1; i++) mask[i - t0] = 1;
  const words: string[] = [];
  for (let i = t0; i < t1; i++) words.push(tokens[i].stem);
  return stanceFeatures(words, (i) => mask[i] === 1);
}

/** Below this posterior the back-off proposes nothing. */
const GUESS_MIN_P = 0.4;

/**
 * The back-off for a sentence the cue rules found nothing in: when it names a party as a possible
 * actor and an issue, the stance model guesses the stance. The finding is marked `guessed`; the
 * party is the speaker of reported speech, else the first party that is not a modifier or the
 * object of a preposition, and the issue the first named after it (or before, if none is).
 */
export function guessFinding(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  model: StanceModel,
): ClauseFinding | undefined {
  // Most sentences name no party at all: a cheap exact scan first, the full recognisers after.
  if (!g.entities.scan(tokens, t0, t1, true).some((m) => m.value.kind === 'party')) return undefined;
  const mentions = entityMentions(g, tokens, t0, t1);
  if (!mentions.some((m) => m.value.kind !== 'party')) return undefined;
  const cues = cueMatches(g, tokens, t0, t1);
  const named = mentions.filter((m) => m.value.kind === 'party');
  const actors = named.filter(
    (m) =>
      !isModifier(g, tokens, m, cues, t1) &&
      (!NOT_ACTOR_BEFORE.has(wordBefore(tokens, m.t0)) || peopleIn(tokens, m.t0)),
  );
  // "…, Ushakov told reporters": the party next to a reporting verb speaks for itself.
  const reporting = cues.filter((c) => c.cls === 'reporting');
  const speaker = actors.find((m) => reporting.some((c) => c.t0 >= m.t1 && c.t0 <= m.t1 + 3));
  const actor = speaker ?? actors[0];
  if (!actor) return undefined;
  const condCue = cues.find((c) => c.cls === 'condition');
  const condRange: [number, number] | undefined = condCue ? [condCue.t0, t1] : undefined;
  const refs = issueRefs(g, tokens, mentions, cues, [t0, t1], condRange);
  if (!refs.length) return undefined;
  const ref = refs.find((r) => r.at > actor.t0) ?? refs[0];
  const { stance: guessed, p } = predictStance(model, sentenceFeatures(g, tokens, t0, t1, mentions));
  if (guessed === 'none' || p < GUESS_MIN_P) return undefined;
  let stance: SignalStance = guessed;
  let condition: SignalCondition | undefined;
  if (condCue && condRange && (stance === 'offer' || stance === 'demand')) {
    const cref = issueRefs(g, tokens, mentions, cues, condRange)[0];
    if (cref && (cref.issue !== ref.issue || (cref.option !== undefined && cref.option !== ref.option))) {
      condition = {
        cue: condCue.phrase,
        issue: cref.issue,
        option: cref.option,
        relinquished: cref.relinquished,
        text: tokens
          .slice(condCue.t1, t1)
          .map((t) => t.norm)
          .join(' '),
      };
      if (stance === 'offer') stance = 'conditional_offer';
    }
  }
  const firmness: Firmness | null =
    stance === 'progress'
      ? null
      : cues.some((c) => c.cls === 'hypothetical') && condition
        ? 'hypothetical'
        : cues.some((c) => c.cls === 'tentative')
          ? 'tentative'
          : 'firm';
  const finding: Finding = {
    party: (actor.value as { id: string }).id,
    partyFrom: 'named',
    issue: ref.issue,
    option: ref.option,
    relinquished: ref.relinquished,
    stance,
    firmness,
    negated: false,
    condition,
    cues: [],
    guessed: true,
  };
  if (finding.option === undefined) delete finding.option;
  if (finding.condition === undefined) delete finding.condition;
  return { finding, t0, t1 };
}
