// The extractor's results: plain JSON data, so `--json` and the HTTP API can emit them as they are.
import type { IsoDate, ScenarioEvent } from '../model/types.js';
import type { LexiconPatch } from './lexicon.js';

export type SignalStance = 'offer' | 'conditional_offer' | 'demand' | 'rejection' | 'progress';
export type Firmness = 'firm' | 'tentative' | 'hypothetical';

/** Where in the input text a finding comes from. Offsets are UTF-16 indices into the text. */
export interface EvidenceSpan {
  /** The clause the finding was read from. */
  start: number;
  end: number;
  text: string;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

/** The condition a signal was tied to ("provided that …", "in exchange for …"). */
export interface SignalCondition {
  cue: string;
  issue?: string;
  option?: string;
  /** True when the condition is that the option is given up rather than taken. */
  relinquished: boolean;
  text: string;
}

/** What one clause signals about one issue. */
export interface Finding {
  party: string;
  /** How the party was found: named in the clause, as the speaker, or carried over from before. */
  partyFrom: 'named' | 'speaker' | 'carried';
  /** The party whose words report the signal, when reported speech names one. */
  speaker?: string;
  issue?: string;
  option?: string;
  /** The option is given up ("abandoning its bid for NATO membership") rather than sought. */
  relinquished: boolean;
  stance: SignalStance;
  firmness: Firmness | null;
  negated: boolean;
  condition?: SignalCondition;
  /** The cue phrases that decided stance, firmness and condition, in text order. */
  cues: string[];
  /**
   * No cue decided the stance: the statistical back-off guessed it from the sentence's wording
   * (src/extract/stance-model.ts). Such candidates get a low confidence.
   */
  guessed?: true;
}

export interface Candidate {
  /** Stable across runs for the same finding in the same sentence; the event id ends with it. */
  fingerprint: string;
  finding: Finding;
  evidence: EvidenceSpan;
  confidence: number;
  /** The proposed timeline event (its `changes` may be empty: see `notes`). */
  event: ScenarioEvent;
  /** Why a change could not be derived, what to check. */
  notes: string[];
}

export interface ExtractOptions {
  date: IsoDate;
  /** A source id (from meta.sources) or a name, which is turned into an id. */
  source: string;
  lexicon?: LexiconPatch | LexiconPatch[];
  /** Keep candidates already accepted into the scenario's events (default: drop them). */
  includeAccepted?: boolean;
}
