import type { StrategySpec } from './strategy.js';

// The normalised scenario: what every engine reads. It is plain JSON data (ids, not object
// references) so that it can be hashed, stored, sent to the browser and diffed. Parsing and
// validation (`parse.ts`, `validate.ts`) turn a user's YAML/JSON document into this shape with
// every default filled in and every reference checked.

/** A calendar date, `YYYY-MM-DD`. Dates compare correctly as strings. */
export type IsoDate = string;

export interface Source {
  id: string;
  title: string;
  publisher?: string;
  date?: IsoDate;
  url?: string;
}

export interface Meta {
  id: string;
  title: string;
  description?: string;
  /** The date up to which the file is current; the base state holds the positions before the first event. */
  as_of?: IsoDate;
  /** What in this file is analyst judgement rather than reported fact (weights, utilities, power). */
  judgements?: string;
  sources: Source[];
}

/** Where a reported fact comes from. `source` refers to `meta.sources[].id`. */
export interface Evidence {
  source: string;
  date?: IsoDate;
  /** A short attributed quotation. Prefer `paraphrase`. */
  quote?: string;
  paraphrase?: string;
}

export type PartyKind = 'state' | 'bloc' | 'organisation' | 'group' | 'person';
/** principal: must sign any deal; mediator, guarantor, observer: take part without a veto. */
export type PartyRole = 'principal' | 'mediator' | 'guarantor' | 'observer';

export interface IssueOption {
  id: string;
  label: string;
  description?: string;
  aliases: string[];
  /** Position on the issue's 0–100 axis; evenly spaced in listed order unless given. */
  position: number;
}

interface IssueBase {
  id: string;
  name: string;
  aliases: string[];
  description?: string;
}

/** An issue with an ordered list of discrete options. */
export interface OptionIssue extends IssueBase {
  kind: 'options';
  options: IssueOption[];
}

/**
 * A numeric issue. It is discretised into `levels` = min, min+step, …, max (max included);
 * level k sits at axis position 100·(level−min)/(max−min).
 */
export interface RangeIssue extends IssueBase {
  kind: 'range';
  min: number;
  max: number;
  step: number;
  unit: string;
  levels: number[];
}

export type Issue = OptionIssue | RangeIssue;

/** A value of an issue: an option id for option issues, a number (one of `levels`) for range issues. */
export type IssueValue = string | number;

/** A package: one value per issue. Partial packages (proposals, status quo) may omit issues. */
export type Package = Record<string, IssueValue>;

export interface Stance {
  /** The party's most preferred value, or null when it has no position on the issue. */
  ideal: IssueValue | null;
  /** Importance as written (0–1). */
  salience: number;
  /** Salience normalised so that the party's weights over all issues sum to 1 (0 if all are 0). */
  weight: number;
  /**
   * Explicit utilities (0–1) per option id (or per level, keyed by the number as a string).
   * Values not listed fall back to the linear distance-from-ideal rule.
   */
  utility: Record<string, number>;
  /** How uncertain the analyst is of the ideal's axis position (standard deviation, axis units). */
  position_sd?: number;
  note?: string;
  evidence?: Evidence;
}

/**
 * Boolean expressions over a package. `is` tests an option issue against a set of option ids;
 * `between` tests a range issue's value against an inclusive interval.
 */
export type Expr =
  | { op: 'is'; issue: string; options: string[] }
  | { op: 'between'; issue: string; min: number; max: number }
  | { op: 'all'; of: Expr[] }
  | { op: 'any'; of: Expr[] }
  | { op: 'not'; of: Expr };

export type ConstraintForm =
  | { form: 'forbid'; expr: Expr }
  | { form: 'require'; expr: Expr }
  | { form: 'if'; if: Expr; then: Expr };

/**
 * A red line (forbid/require) or a conditional concession (if/then) of one party. A package
 * satisfies it when: forbid → not expr; require → expr; if/then → not if, or then.
 */
export type Constraint = ConstraintForm & {
  id: string;
  party: string;
  /** The constraint as a human sentence. */
  text: string;
  /** Hard constraints exclude packages; soft ones subtract `penalty` from the party's utility. */
  hard: boolean;
  penalty: number;
  evidence?: Evidence;
};

/** The value of walking away: a utility, or a package whose utility is computed. */
export type NoAgreement = { kind: 'value'; value: number } | { kind: 'package'; package: Package };

export interface Party {
  id: string;
  name: string;
  aliases: string[];
  kind: PartyKind;
  role: PartyRole;
  /** Relative capability ≥ 0 (analyst estimate). */
  power: number;
  /** Optional risk attitude (−1 averse … +1 acceptant) for forecast models. */
  risk?: number;
  /** One entry per issue id (parties without a position get ideal null, salience 0). */
  stances: Record<string, Stance>;
  constraints: Constraint[];
  no_agreement: NoAgreement;
  /** How the party concedes in simulations (overridden by the simulation's options). */
  strategy?: StrategySpec;
  note?: string;
}

/** A reported proposal (a draft plan) as a partial package. */
export interface Proposal {
  id: string;
  label: string;
  by: string[];
  date?: IsoDate;
  package: Package;
  evidence?: Evidence;
}

// ---- conflict (Graph Model for Conflict Resolution) ----

/** A conjunction of literals: option id → taken (true) or not taken (false). */
export type Condition = Record<string, boolean>;

/**
 * A prioritised preference statement (gmcr-py / GMCR+ option prioritisation). `cond` holds when
 * the state satisfies the condition; `or` when any member does; `if` ("q if p") when p implies q;
 * `iff` ("q iff p") when q and p are both true or both false.
 */
export type Statement =
  | { op: 'cond'; cond: Condition }
  | { op: 'or'; of: Condition[] }
  | { op: 'if'; q: Condition; p: Condition }
  | { op: 'iff'; q: Condition; p: Condition };

export type MoveDirection = 'both' | 'fwd' | 'back';

export interface ConflictOption {
  id: string;
  party: string;
  label: string;
  /** both: reversible; fwd: can only be taken (N→Y); back: can only be dropped (Y→N). */
  direction: MoveDirection;
}

/**
 * A party's preferences over states: prioritised statements (statement k of K weighs 2^(K−1−k)),
 * or an explicit ranking, most preferred tier first; each tier lists state patterns over the
 * conflict options in order (`Y`, `N`, or `-` for either).
 */
export type Preferences =
  | { kind: 'statements'; statements: Statement[] }
  | { kind: 'ranking'; tiers: string[][] };

export interface Conflict {
  options: ConflictOption[];
  /** Each condition describes infeasible states (shorthands already expanded). */
  infeasible: Condition[];
  preferences: Record<string, Preferences>;
  /** Per party, conditions describing states that party does not perceive. */
  misperceptions: Record<string, Condition[]>;
  coalitions: string[][];
  /** The option ids taken in the status-quo state, if given. */
  status_quo?: string[];
}

// ---- timeline ----

export type Change =
  | { op: 'set_ideal'; party: string; issue: string; ideal: IssueValue | null }
  | { op: 'set_salience'; party: string; issue: string; salience: number }
  | { op: 'set_utility'; party: string; issue: string; value: string; utility: number }
  | { op: 'set_power'; party: string; power: number }
  | { op: 'set_no_agreement'; party: string; no_agreement: NoAgreement }
  | { op: 'add_constraint'; party: string; constraint: Constraint }
  | { op: 'drop_constraint'; party: string; id: string }
  | { op: 'set_status_quo'; issue: string; value: IssueValue }
  | { op: 'add_proposal'; proposal: Proposal };

export interface ScenarioEvent {
  id: string;
  date: IsoDate;
  /** The party that made the signal, if one did. */
  party?: string;
  title: string;
  /** Our paraphrase of what was reported. */
  summary?: string;
  quote?: string;
  source: string;
  confidence: number;
  changes: Change[];
}

export interface Scenario {
  entente: 1;
  meta: Meta;
  parties: Party[];
  issues: Issue[];
  status_quo?: Package;
  proposals: Proposal[];
  conflict?: Conflict;
  events: ScenarioEvent[];
}
