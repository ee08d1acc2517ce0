// Recognisers built once per scenario and lexicon: party, issue and option aliases, and cues.
import type { Scenario } from '../model/types.js';
import { inflectPhrase } from './inflect.js';
import { CUE_CLASSES, type CueClass, type Lexicon } from './lexicon.js';
import { DEFAULT_LEXICON_DATA } from './lexicon-data.js';
import { LooseMatcher } from './loose-matcher.js';
import { PhraseMatcher, phraseStems } from './phrase-matcher.js';
import { LOOSE_STOPWORDS, rootWord } from './roots.js';
import { SpellingIndex } from './spelling.js';

export type Entity =
  | { kind: 'party'; id: string }
  | { kind: 'issue'; issue: string }
  | { kind: 'option'; issue: string; option: string };

export interface RangeInfo {
  /** The unit as stems, to spot "4 per cent" without the issue's name. */
  unitStems: string[];
  min: number;
  max: number;
  levels: number[];
}

export interface Gazetteer {
  entities: PhraseMatcher<Entity>;
  /** Issue and option aliases matched by root words with short gaps (after the exact ones). */
  loose: LooseMatcher<Entity>;
  /** Party aliases that are demonyms ("Russian"): before a noun they modify, they name no actor. */
  demonyms: Set<string>;
  /** One-word party names, to read another spelling of them ("Zelenskiy" for "Zelensky"). */
  spellings: SpellingIndex<string>;
  cues: PhraseMatcher<CueClass>;
  ranges: Map<string, RangeInfo>;
  /** Option ids per option issue, in axis order. */
  options: Map<string, string[]>;
  partyNames: Map<string, string>;
  /** Parties that broker the talks (role, or a name such as "the mediator"): not one of "both sides". */
  mediators: Set<string>;
  /** Parties that are not principals of the talks: mediators, guarantors, observers. */
  outsiders: Set<string>;
  issueNames: Map<string, string>;
  optionLabels: Map<string, string>;
  /** Keyword root → the one issue whose names use it (see `issueKeywordsOf`). */
  issueKeywords: Map<string, string>;
  /** Per option issue: distinctive keyword root → option id (see `optionKeywordsOf`). */
  optionKeywords: Map<string, Map<string, string>>;
}

/** Cue classes of verbs, read in every inflection (src/extract/inflect.ts). */
const INFLECTED_CLASSES: readonly CueClass[] = [
  'reporting',
  'offer',
  'demand',
  'rejection',
  'progress',
  'acceptance',
  'relinquish',
];

const MEDIATOR_NAME = /\b(mediators?|mediation|facilitators?|brokers?)\b/i;

/** Builds the recognisers for a scenario (cost: a few ms; reuse it across articles). */
export function buildGazetteer(scenario: Scenario, lexicon: Lexicon): Gazetteer {
  const entities = new PhraseMatcher<Entity>();
  const loose = new LooseMatcher<Entity>();
  const demonyms = new Set<string>();
  const spellings = new SpellingIndex<string>();
  const partyNames = new Map<string, string>();
  const issueNames = new Map<string, string>();
  const optionLabels = new Map<string, string>();
  const ranges = new Map<string, RangeInfo>();
  const options = new Map<string, string[]>();
  for (const [phrase, id] of collectiveNames(scenario, lexicon)) entities.add(phrase, { kind: 'party', id });
  const mediators = new Set<string>();
  const outsiders = new Set<string>();
  for (const p of scenario.parties) {
    partyNames.set(p.id, p.name);
    if (p.role === 'mediator' || [p.name, ...p.aliases].some((n) => MEDIATOR_NAME.test(n)))
      mediators.add(p.id);
    if (mediators.has(p.id) || (p.role !== undefined && p.role !== 'principal')) outsiders.add(p.id);
    const v: Entity = { kind: 'party', id: p.id };
    const names = [p.name, ...p.aliases, ...(lexicon.parties[p.id] ?? [])];
    if (/^[A-Z]{2,}$/.test(p.id)) names.push(p.id);
    // The demonym of a one-word name reports use without listing it: Russia → Russian.
    const d = demonymOf(p.name);
    if (d && !names.some((n) => n.toLowerCase() === d.toLowerCase())) names.push(d);
    for (const n of names) {
      entities.add(n, v);
      // "the government": reports also write "Government and rebel negotiators …"
      const bare = n.replace(/^the\s+/i, '');
      if (bare !== n && bare.length > 2) entities.add(bare, v);
      if (/^\p{Lu}\p{Ll}+$/u.test(n)) spellings.add(n, p.id);
      if (/^[A-Z][a-z]+(an|ian|ese|ish|ic|i)$/.test(n)) demonyms.add(n.toLowerCase());
      // "the Americans", "the Russians": the people of a demonym in -an are a name of the party too.
      if (/^[A-Z][a-z]+an$/.test(n) && !names.includes(`${n}s`)) entities.add(`${n}s`, v);
    }
  }
  for (const issue of scenario.issues) {
    issueNames.set(issue.id, issue.name);
    const v: Entity = { kind: 'issue', issue: issue.id };
    for (const n of [issue.name, ...issue.aliases, ...(lexicon.issues[issue.id] ?? [])]) {
      entities.add(n, v);
      loose.add(n, v);
    }
    if (issue.kind === 'range') {
      ranges.set(issue.id, {
        unitStems: unitStems(phraseStems(issue.unit)),
        min: issue.min,
        max: issue.max,
        levels: issue.levels,
      });
      continue;
    }
    options.set(
      issue.id,
      issue.options.map((o) => o.id),
    );
    // Single-word aliases of the issue are slots in its options' aliases: "give up land" also
    // reads "give up the Donbas" when "Donbas" names the same issue.
    const slots = [issue.name, ...issue.aliases, ...(lexicon.issues[issue.id] ?? [])]
      .map((n) => ({ stems: phraseStems(n), issue: issue.id }))
      .filter((sl) => sl.stems.length === 1);
    for (const o of issue.options) {
      optionLabels.set(`${issue.id}.${o.id}`, o.label);
      const ov: Entity = { kind: 'option', issue: issue.id, option: o.id };
      for (const n of [o.label, ...o.aliases, ...(lexicon.options[`${issue.id}.${o.id}`] ?? [])]) {
        entities.add(n, ov);
        loose.add(n, ov, slots);
      }
    }
  }
  for (const [issue, phrases] of conceptAliases(scenario, lexicon)) {
    const v: Entity = { kind: 'issue', issue };
    for (const n of phrases) {
      entities.add(n, v);
      loose.add(n, v);
    }
  }
  const cues = new PhraseMatcher<CueClass>();
  for (const c of CUE_CLASSES) for (const phrase of lexicon.classes[c]) cues.add(phrase, c);
  // Listed phrases win: an inflection some class lists already (as "providing" is a condition)
  // is not added to another class.
  const listed = new Set(CUE_CLASSES.flatMap((c) => lexicon.classes[c].map((p) => phraseStems(p).join(' '))));
  for (const c of INFLECTED_CLASSES)
    for (const phrase of lexicon.classes[c])
      for (const form of inflectPhrase(phrase))
        if (!listed.has(phraseStems(form).join(' '))) cues.add(form, c);
  const optionKeywords = optionKeywordsOf(scenario, lexicon);
  const issueKeywords = issueKeywordsOf(scenario, lexicon);
  return {
    entities,
    spellings,
    loose,
    demonyms,
    mediators,
    outsiders,
    cues,
    ranges,
    options,
    partyNames,
    issueNames,
    optionLabels,
    optionKeywords,
    issueKeywords,
  };
}

/**
 * The unit word at a position, and how many words it takes: "per cent" and "%" read as
 * "percent", "kilometres" as "km", however the scenario or the report spells it.
 */
export function unitWord(
  first: string | undefined,
  second: string | undefined,
): [string | undefined, number] {
  if (first === 'per' && second === 'cent') return ['percent', 2];
  if (first === '%') return ['percent', 1];
  // "kilometres", "kilometers" and "km" are one unit
  if (first !== undefined && /^kilomet/.test(first)) return ['km', 1];
  return [first, 1];
}

/** A unit as the stems the analyser compares (see `unitWord`). */
function unitStems(stems: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < stems.length; ) {
    const [word, width] = unitWord(stems[k], stems[k + 1]);
    out.push(word!);
    k += width;
  }
  return out;
}

/**
 * The default lexicon's paraphrases of common issues (`concepts` in data/lexicons/en.json) for the
 * one issue of the scenario whose names use a concept's head word; none when two issues do.
 */
function conceptAliases(scenario: Scenario, lexicon: Lexicon): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const concept of DEFAULT_LEXICON_DATA.concepts.list) {
    // A one-word head is a word of a name; a longer one, a phrase in it ("foreign troops").
    const words = new Set<string>(concept.heads.filter((h) => !h.includes(' ')));
    const phrases = concept.heads.filter((h) => h.includes(' '));
    const owners = scenario.issues.filter((i) =>
      [i.name, ...i.aliases, ...(lexicon.issues[i.id] ?? [])].some((n) => {
        const lower = ` ${n
          .toLowerCase()
          .split(/[^a-z-]+/)
          .join(' ')} `;
        return lower.split(' ').some((w) => words.has(w)) || phrases.some((h) => lower.includes(` ${h} `));
      }),
    );
    if (owners.length === 1) out.set(owners[0].id, [...(out.get(owners[0].id) ?? []), ...concept.phrases]);
  }
  return out;
}

/** "Russia" → "Russian", "Ukraine" → "Ukrainian": only for one-word names ending in a or e. */
function demonymOf(name: string): string | undefined {
  if (!/^[A-Z][a-z]{3,}$/.test(name)) return undefined;
  if (name.endsWith('a')) return `${name}n`;
  if (name.endsWith('e')) return `${name.slice(0, -1)}ian`;
  return undefined;
}

/** Collective nouns after a word of a party's name that name the party ("island bloc", "rebel commanders"). */
const COLLECTIVE_ROLES = [
  'officials',
  'negotiators',
  'leaders',
  'leadership',
  'delegation',
  'side',
  'team',
  'bloc',
  'camp',
  'command',
  'commanders',
  'government',
  'governments',
  'capitals',
  'ministers',
  'diplomats',
  'envoys',
  'representatives',
];
const NAME_STOPWORDS: ReadonlySet<string> = new Set([
  'the',
  'of',
  'and',
  'for',
  'state',
  'states',
  'united',
  'national',
  'union',
  'people',
  'republic',
  'minister',
  'president',
  'officials',
  'negotiators',
  'leaders',
  'government',
  'delegation',
]);

/**
 * Names reports use for a party without its scenario listing them, derived from its name and
 * aliases: the head of a multi-word name after one of its other words ("Alliance of Island
 * States" → "island alliance", "Eastern Liberation Front" → "liberation front"), and a word that
 * only this party's names contain before a collective noun ("island bloc", "rebel commanders",
 * "Western capitals"). A phrase two parties would both claim, or one a party already lists, is
 * left out.
 */
function collectiveNames(scenario: Scenario, lexicon: Lexicon): Map<string, string> {
  const claims = new Map<string, Set<string>>();
  const listed = new Set<string>();
  const claim = (phrase: string, id: string) => {
    const k = phrase.toLowerCase();
    let set = claims.get(k);
    if (!set) claims.set(k, (set = new Set()));
    set.add(id);
  };
  const wordOwners = new Map<string, Set<string>>();
  for (const p of scenario.parties) {
    const names = [p.name, ...p.aliases, ...(lexicon.parties[p.id] ?? [])];
    for (const n of names) listed.add(n.toLowerCase());
    const words = p.name.split(/\s+/);
    const ofAt = words.findIndex((w) => w.toLowerCase() === 'of');
    const head = ofAt > 0 ? words[ofAt - 1] : words[words.length - 1];
    const mods = ofAt > 0 ? words.slice(ofAt + 1) : words.slice(0, -1);
    for (const w of mods)
      if (!NAME_STOPWORDS.has(w.toLowerCase()) && /^[A-Za-z]{3,}$/.test(w)) claim(`${w} ${head}`, p.id);
    for (const n of names)
      for (const w of n.toLowerCase().split(/[\s-]+/)) {
        if (!/^[a-z]{4,}$/.test(w) || NAME_STOPWORDS.has(w)) continue;
        let set = wordOwners.get(w);
        if (!set) wordOwners.set(w, (set = new Set()));
        set.add(p.id);
      }
  }
  for (const [w, owners] of wordOwners) {
    if (owners.size !== 1) continue;
    const [id] = owners;
    for (const r of COLLECTIVE_ROLES) claim(`${w} ${r}`, id);
  }
  const out = new Map<string, string>();
  for (const [phrase, ids] of claims) if (ids.size === 1 && !listed.has(phrase)) out.set(phrase, [...ids][0]);
  return out;
}

/**
 * Keywords of each option: roots of the words of its label and aliases (four letters or more, not
 * function words, not a word of the issue's own names or of a party's names) that no other option
 * of the same issue uses; aliases that open with "no" are left out. "neutral status" gives "neutral"; "troops deployed" and "no foreign
 * troops" share "troop", so it is a keyword of neither.
 */
function rootsOf(phrases: string[]): Set<string> {
  const out = new Set<string>();
  for (const p of phrases)
    for (const stem of phraseStems(p)) {
      const r = rootWord(stem);
      if (r.length >= 4 && !LOOSE_STOPWORDS.has(stem) && /^[a-z][a-z-]*$/.test(r)) out.add(r);
    }
  return out;
}

function optionKeywordsOf(scenario: Scenario, lexicon: Lexicon): Map<string, Map<string, string>> {
  const partyRoots = rootsOf(
    scenario.parties.flatMap((p) => [p.name, ...p.aliases, ...(lexicon.parties[p.id] ?? [])]),
  );
  const out = new Map<string, Map<string, string>>();
  for (const issue of scenario.issues) {
    if (issue.kind !== 'options' || issue.options.length < 2) continue;
    const own = rootsOf([issue.name, ...issue.aliases, ...(lexicon.issues[issue.id] ?? [])]);
    const per = issue.options.map((o) => ({
      id: o.id,
      // "no reference to fossil fuels": without its "no", a word of it means the opposite.
      roots: rootsOf(
        [o.label, ...o.aliases, ...(lexicon.options[`${issue.id}.${o.id}`] ?? [])].filter(
          (a) => !/^(no|not|without|never)\b/i.test(a.trim()),
        ),
      ),
    }));
    const count = new Map<string, number>();
    for (const p of per) for (const r of p.roots) count.set(r, (count.get(r) ?? 0) + 1);
    const bag = new Map<string, string>();
    for (const p of per)
      for (const r of p.roots) if (count.get(r) === 1 && !own.has(r) && !partyRoots.has(r)) bag.set(r, p.id);
    if (bag.size) out.set(issue.id, bag);
  }
  return out;
}

/**
 * Keywords of each issue, for a clause that names none by an alias: roots of the words of the
 * issue's name and aliases and of its options' labels and aliases (as for options) that no other
 * issue and no party uses, and that are not words of a one-word cue ("lift", "accept"), which say
 * what is done rather than to what.
 */
function issueKeywordsOf(scenario: Scenario, lexicon: Lexicon): Map<string, string> {
  const partyRoots = rootsOf(
    scenario.parties.flatMap((p) => [p.name, ...p.aliases, ...(lexicon.parties[p.id] ?? [])]),
  );
  const cueRoots = rootsOf(CUE_CLASSES.flatMap((c) => lexicon.classes[c].filter((p) => !/\s/.test(p))));
  const owners = new Map<string, Set<string>>();
  for (const issue of scenario.issues) {
    const phrases = [issue.name, ...issue.aliases, ...(lexicon.issues[issue.id] ?? [])];
    if (issue.kind === 'options')
      for (const o of issue.options)
        phrases.push(
          ...[o.label, ...o.aliases, ...(lexicon.options[`${issue.id}.${o.id}`] ?? [])].filter(
            (a) => !/^(no|not|without|never)\b/i.test(a.trim()),
          ),
        );
    for (const r of rootsOf(phrases)) {
      let set = owners.get(r);
      if (!set) owners.set(r, (set = new Set()));
      set.add(issue.id);
    }
  }
  const out = new Map<string, string>();
  for (const [r, ids] of owners)
    if (ids.size === 1 && !partyRoots.has(r) && !cueRoots.has(r)) out.set(r, [...ids][0]);
  return out;
}
