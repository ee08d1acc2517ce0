// Text + scenario → candidate timeline events. Pure: the caller reads the file and decides what
// to write; nothing here touches a scenario.
import type { Scenario } from '../model/types.js';
import { analyseSentence, type ClauseFinding, guessFinding, type SentenceContext } from './analyse.js';
import { changesFor, describeFinding } from './changes.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';
import { type IssueModel, issueCandidates, rerankIssues } from './issue-model.js';
import { ISSUE_MODEL } from './issue-model-data.js';
import { defaultLexicon, type Lexicon, type LexiconPatch, mergeLexicon } from './lexicon.js';
import { positionsInPassing } from './passing.js';
import { type PosTagger, posTagger } from './pos.js';
import type { StanceModel } from './stance-model.js';
import { STANCE_MODEL } from './stance-model-data.js';
import { type Token, tokenize } from './tokenize.js';
import type { Candidate, ExtractOptions, Finding } from './types.js';

/** 32-bit FNV-1a, as 7 base-36 digits: short, stable, enough to tell findings apart. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/**
 * A finding's fingerprint: the sentence (case and spacing ignored) and what was read from it. It
 * leaves out the date and source so re-running the same text with another date still matches.
 */
export function fingerprintOf(sentence: string, f: Finding): string {
  const norm = sentence.toLowerCase().replace(/\s+/g, ' ').trim();
  const c = f.condition;
  return fnv1a(
    [
      norm,
      f.party,
      f.issue ?? '',
      f.option ?? '',
      f.relinquished,
      f.stance,
      c?.issue ?? '',
      c?.option ?? '',
    ].join('|'),
  );
}

/** True when an event id carries this fingerprint (ids end with `-<fingerprint>`). */
export function eventHasFingerprint(eventId: string, fingerprint: string): boolean {
  return eventId.endsWith(`-${fingerprint}`);
}

/** Fingerprints of candidates already accepted into the scenario's events. */
export function acceptedFingerprints(scenario: Scenario): Set<string> {
  const out = new Set<string>();
  for (const e of scenario.events) {
    const m = /-([0-9a-z]{7})$/.exec(e.id);
    if (m) out.add(m[1]);
  }
  return out;
}

/** A source name as an id (`Reuters 2025-12-15` → `reuters-2025-12-15`). */
export function sourceId(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return s || 'source';
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

const MAX_QUOTE = 200;

/**
 * "Belmark is willing to open two crossings, but will keep the others shut": two clauses give the
 * same party's same stance on one issue; the finding that names no option says less and goes.
 */
export function withoutVaguerDuplicates(found: ClauseFinding[]): ClauseFinding[] {
  return found.filter(
    ({ finding: f }) =>
      f.option !== undefined ||
      !found.some(
        ({ finding: o }) =>
          o !== f &&
          o.party === f.party &&
          o.issue === f.issue &&
          o.stance === f.stance &&
          o.option !== undefined,
      ),
  );
}

/** Headlines (no closing punctuation, short) report topics, not statements. */
function isHeadline(tokens: Token[], t0: number, t1: number): boolean {
  const last = tokens[t1 - 1].norm;
  return !/^[.!?"'”’)]$/.test(last) && t1 - t0 <= 12;
}

function confidenceOf(f: Finding, hasChange: boolean): number {
  let c = f.guessed ? 0.2 : 0.5;
  if (f.partyFrom === 'named') c += 0.15;
  else if (f.partyFrom === 'speaker') c += 0.1;
  if (f.issue) c += 0.1;
  else c -= 0.2;
  if (f.option !== undefined) c += 0.1;
  if (f.stance === 'conditional_offer' && f.condition?.option !== undefined) c += 0.05;
  if (f.firmness === 'tentative') c -= 0.05;
  if (f.firmness === 'hypothetical') c -= 0.15;
  if (f.speaker) c -= 0.1;
  if (!hasChange) c -= 0.1;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

function lexiconOf(patch: ExtractOptions['lexicon']): Lexicon {
  if (!patch) return defaultLexicon();
  const list: LexiconPatch[] = Array.isArray(patch) ? patch : [patch];
  return mergeLexicon(defaultLexicon(), ...list);
}

/**
 * A prepared extractor for one scenario and lexicon: build once, run on many texts. The
 * scenario's events decide which candidates are already accepted.
 */
export function prepareExtractor(
  scenario: Scenario,
  lexicon?: ExtractOptions['lexicon'],
  /** The stance back-off for sentences no cue reads; null turns it off (to measure the rules alone). */
  stanceModel: StanceModel | null = STANCE_MODEL,
  /** The learnt second look at which issues a sentence is about; null keeps the rules' choice. */
  issueModel: IssueModel | null = ISSUE_MODEL,
): (text: string, opts: ExtractOptions) => Candidate[] {
  const g = buildGazetteer(scenario, lexiconOf(lexicon));
  const accepted = acceptedFingerprints(scenario);
  return (text, opts) => run(g, accepted, text, opts, stanceModel, issueModel);
}

/**
 * What the rules (or, when no cue reads the sentence, the stance back-off) find in sentence
 * [t0, t1), before the issue model's second look.
 */
export function readSentence(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  ctx: SentenceContext,
  pos: PosTagger,
  stanceModel: StanceModel | null,
): ClauseFinding[] {
  if (isHeadline(tokens, t0, t1)) return [];
  const read = withoutVaguerDuplicates(analyseSentence(g, tokens, t0, t1, ctx, pos));
  // Nothing read by the cues: the stance model may still guess a position for a named party.
  const guess = read.length || !stanceModel ? undefined : guessFinding(g, tokens, t0, t1, stanceModel);
  if (guess) return [guess];
  // "… rejected the union's demand for X": the union's demand, reported in passing.
  return [...read, ...positionsInPassing(g, tokens, t0, t1, read)];
}

/** Candidate timeline events read from `text` (a news report), in text order. */
export function extractCandidates(text: string, scenario: Scenario, opts: ExtractOptions): Candidate[] {
  return prepareExtractor(scenario, opts.lexicon)(text, opts);
}

function run(
  g: Gazetteer,
  accepted: Set<string>,
  text: string,
  opts: ExtractOptions,
  stanceModel: StanceModel | null,
  issueModel: IssueModel | null,
): Candidate[] {
  const { tokens, sentences } = tokenize(text);
  const pos = posTagger(text, tokens);
  const source = sourceId(opts.source);
  const ctx: SentenceContext = {};
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    let found = readSentence(g, tokens, s.t0, s.t1, ctx, pos, stanceModel);
    if (issueModel && found.length)
      found = rerankIssues(found, issueCandidates(g, tokens, s.t0, s.t1, found, pos), issueModel);
    for (const cf of found) {
      const f = cf.finding;
      const fp = fingerprintOf(sentence, f);
      if (seen.has(fp)) continue;
      seen.add(fp);
      const isAccepted = accepted.has(fp);
      if (isAccepted && !opts.includeAccepted) continue;
      let first = cf.t0;
      while (first < cf.t1 - 1 && /^[,;:\-–—]$/.test(tokens[first].norm)) first++;
      const start = tokens[first].start;
      const end = tokens[cf.t1 - 1].end;
      const title = describeFinding(g, f);
      const idBase = `ev-${opts.date}-${slug(f.party)}-${slug(f.issue ?? 'general')}-${f.stance}-${fp}`;
      const { changes, notes } = changesFor(
        g,
        f,
        `c-${slug(f.party)}-${slug(f.issue ?? 'general')}-${fp}`,
        title,
      );
      const confidence = confidenceOf(f, changes.length > 0);
      out.push({
        fingerprint: fp,
        finding: f,
        evidence: {
          start,
          end,
          text: text.slice(start, end),
          sentence,
          sentenceStart: s.start,
          sentenceEnd: s.end,
        },
        confidence,
        event: {
          id: idBase,
          date: opts.date,
          party: f.party,
          title,
          summary: f.guessed
            ? `${title} (guessed from the wording: no cue phrase decided the stance)`
            : `${title} (read from text; cues: ${f.cues.join(', ')})`,
          // The clause as evidence, when it is short enough to be a quotation.
          ...(end - start <= MAX_QUOTE ? { quote: text.slice(start, end).replace(/\s+/g, ' ') } : {}),
          source,
          confidence,
          changes,
        },
        notes: isAccepted ? ['already accepted into the scenario', ...notes] : notes,
      });
    }
  }
  return out;
}
