// Public types of the GMCR stability engine: the concepts, the options, and the JSON-able result.

/** Stability concepts: Nash (R), general metarationality, symmetric metarationality, sequential,
 * simultaneous, and SEQ&SIM (a move is deterred by a sequential or a simultaneous sanction). */
export type Concept = 'nash' | 'gmr' | 'smr' | 'seq' | 'sim' | 'seqsim';

export const ALL_CONCEPTS: readonly Concept[] = ['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'];

export const CONCEPT_LABELS: Record<Concept, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
  seqsim: 'SEQ&SIM',
};

/**
 * How opponents may respond to a focal move. `textbook` (Fang, Hipel & Kilgour): any legal sequence
 * of opponent moves, no party twice in a row. `gmcrpy`: each opponent moves at most once in a
 * sanction chain (gmcr-py since 2016), kept for comparison.
 */
export type Semantics = 'textbook' | 'gmcrpy';

export interface AnalyzeOptions {
  concepts?: Concept[];
  semantics?: Semantics;
  /** Include per-verdict explanations when the conflict has at most this many feasible states (default 256). */
  explainLimit?: number;
  /** Status-quo paths are listed at most this many (default 50). */
  maxPaths?: number;
}

export interface OptionInfo {
  id: string;
  label: string;
  party: string;
  direction: 'both' | 'fwd' | 'back';
}

/** A decision maker as analysed: a party, or a declared coalition of parties. */
export interface DecisionMakerInfo {
  id: string;
  name: string;
  /** The parties it stands for (one for a party, several for a coalition). */
  members: string[];
}

export interface StateInfo {
  /** 1-based position among feasible states in ascending code order (gmcr-py's numbering). */
  ordinal: number;
  /** Σ 2^i over options taken (option 0 = least significant bit). */
  code: number;
  /** `Y`/`N` per option, option 0 first. */
  pattern: string;
  /** The options taken, in words. */
  label: string;
}

/** One step of a move chain: `party` (or coalition id) moves the conflict from state `from` to `to`. */
export interface Step {
  by: string;
  from: number;
  to: number;
}

/** Why a focal improvement is or is not deterred. */
export interface ImprovementCheck {
  /** The state the focal decision maker could move to (a code). */
  to: number;
  /** The chain of opponent moves ending in a state no better for the focal decision maker, or null. */
  sanction: Step[] | null;
  /** The state the sanction leaves the focal decision maker in. */
  sanctionState?: number;
  /** For SMR: a focal counter-move out of the sanction state that beats the start state, if any. */
  counter?: Step | null;
}

export interface Explanation {
  dm: string;
  state: number;
  concept: Concept;
  stable: boolean;
  improvements: ImprovementCheck[];
  text: string;
}

export interface ConceptStability {
  concept: Concept;
  /** Per decision maker (in `dms` order), the codes of the states stable for it. */
  stableFor: Record<string, number[]>;
  /** Codes of the states stable for every decision maker. */
  equilibria: number[];
}

export interface CoalitionAnalysis {
  /** The decision makers as grouped: declared coalitions, and every other party on its own. */
  dms: DecisionMakerInfo[];
  concepts: ConceptStability[];
}

export interface StatusQuoPath {
  /** The equilibrium reached (a code). */
  to: number;
  /** Concepts under which `to` is an equilibrium. */
  equilibriumUnder: Concept[];
  steps: Step[];
}

export interface StatusQuoAnalysis {
  state: number;
  /** Shortest paths of unilateral improvements from the status quo, shortest first. */
  paths: StatusQuoPath[];
  /** Reachable equilibria left out of `paths` by the `maxPaths` limit. */
  omitted: number;
  /** Equilibria that no sequence of unilateral improvements reaches. */
  unreachable: number[];
}

export interface StabilityResult {
  engine: 'gmcr';
  engineVersion: string;
  semantics: Semantics;
  concepts: Concept[];
  options: OptionInfo[];
  dms: DecisionMakerInfo[];
  /** Feasible states in ascending code order. */
  states: StateInfo[];
  results: ConceptStability[];
  coalitions?: CoalitionAnalysis;
  explanations?: Explanation[];
  statusQuo?: StatusQuoAnalysis;
  notes: string[];
}
