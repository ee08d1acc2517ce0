// The shapes the API returns, as far as the workbench reads them.

export interface Problem {
  path: (string | number)[];
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  file?: string;
  line?: number;
  column?: number;
  formatted: string;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  currentVersion: number;
  hash: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface StoredScenario extends ScenarioSummary {
  text: string;
  author: string;
  message: string;
}

export interface VersionInfo {
  scenarioId: string;
  version: number;
  title: string;
  hash: string;
  author: string;
  message: string;
  createdAt: string;
}

export interface RunResponse<R> {
  cached: boolean;
  run: { id: string; engine: string; createdAt: string; scenarioHash: string; result: R };
}

export interface TimelineEvent {
  id: string;
  date: string;
  party?: string;
  title: string;
  summary?: string;
  quote?: string;
  confidence: number;
  source: { id: string; title: string; publisher?: string; date?: string; url?: string };
  changes: { op: string; text: string }[];
}

export interface Timeline {
  version: number;
  baseDate: string | null;
  dates: string[];
  events: TimelineEvent[];
}

// ---- the scenario model (resolved) ----

export interface IssueOption {
  id: string;
  label: string;
  position: number;
}
export type Issue =
  | { id: string; name: string; kind: 'options'; options: IssueOption[] }
  | {
      id: string;
      name: string;
      kind: 'range';
      min: number;
      max: number;
      step: number;
      unit: string;
      levels: number[];
    };

export type Expr =
  | { op: 'is'; issue: string; options: string[] }
  | { op: 'between'; issue: string; min: number; max: number }
  | { op: 'all' | 'any'; of: Expr[] }
  | { op: 'not'; of: Expr };

export type Constraint = (
  | { form: 'forbid'; expr: Expr }
  | { form: 'require'; expr: Expr }
  | { form: 'if'; if: Expr; then: Expr }
) & { id: string; party: string; text: string; hard: boolean; penalty: number };

export interface Party {
  id: string;
  name: string;
  role: string;
  power: number;
  stances: Record<string, { ideal: string | number | null; salience: number; weight: number }>;
  constraints: Constraint[];
}

export interface Scenario {
  meta: { id: string; title: string; description?: string; as_of?: string };
  parties: Party[];
  issues: Issue[];
  status_quo?: Record<string, string | number>;
  conflict?: unknown;
  resolved?: { as_of: string | null; applied: number };
}

// ---- engine results ----

export interface PackageValue {
  issue: string;
  issueName: string;
  value: string | number;
  label: string;
}
export interface PartyUtility {
  party: string;
  name: string;
  utility: number;
  gain: number;
}
export interface ConstraintRef {
  kind: 'constraint' | 'reservation';
  id: string;
  party: string;
  partyName: string;
  text: string;
}
export interface SpaceAnalysis {
  engine: 'space';
  parties: {
    id: string;
    name: string;
    role: string;
    principal: boolean;
    noAgreement: number;
    power: number;
  }[];
  issues: { id: string; name: string; values: number }[];
  outcomes: string;
  feasible: string;
  zopa: { count: string | null; exact: boolean; lower: string; upper: string };
  verdict: 'deal' | 'no deal';
  frontier: { parties: string[]; vectors: number; packages: number };
  zopaFrontier: {
    vectors: number;
    packages: number;
    points: { utilities: number[]; packages: number; package: PackageValue[] }[];
    listed: number;
  };
  solutions: {
    name: string;
    title: string;
    package: PackageValue[];
    utilities: PartyUtility[];
    breaks: ConstraintRef[];
    tiedPackages: number;
  }[];
  conflicts: {
    sets: { constraints: ConstraintRef[]; sentence: string }[];
    concessions: {
      relax: ConstraintRef[];
      whoPays: string[];
      opens: { count: string | null; exact: boolean; lower: string };
      best?: { package: PackageValue[]; utilities: PartyUtility[] };
      sentence: string;
    }[];
    complete: boolean;
  } | null;
  nearest: { package: PackageValue[]; utilities: PartyUtility[]; violates: ConstraintRef[] }[];
  notes: string[];
}

export interface StabilityResult {
  engine: 'gmcr';
  concepts: string[];
  options: { id: string; label: string; party: string; direction: 'both' | 'fwd' | 'back' }[];
  dms: { id: string; name: string; members: string[] }[];
  states: { ordinal: number; code: number; pattern: string; label: string }[];
  results: { concept: string; stableFor: Record<string, number[]>; equilibria: number[] }[];
  explanations?: {
    dm: string;
    state: number;
    concept: string;
    stable: boolean;
    improvements: { to: number }[];
    text: string;
  }[];
  statusQuo?: {
    state: number;
    paths: { to: number; equilibriumUnder: string[]; steps: { by: string; from: number; to: number }[] }[];
    omitted: number;
    unreachable: number[];
  };
  notes: string[];
}

export interface ForecastResult {
  engine: 'forecast';
  model: string;
  rounds: number;
  converged: boolean;
  actors: { id: string; name: string; power: number }[];
  issues: {
    issue: string;
    name: string;
    start: number;
    trajectory: number[];
    end: number;
    nearest: { id?: string; label: string; position: number };
    baselines: { mean: number; median: number };
    positions: Record<string, number[]>;
  }[];
}

export interface MonteCarloResult {
  engine: 'forecast-monte-carlo';
  runs: number;
  completed: number;
  jitter: number;
  issues: {
    issue: string;
    name: string;
    mean: number;
    quantiles: { p5: number; p25: number; p50: number; p75: number; p95: number };
    options: { label: string; position: number; probability: number }[];
  }[];
}
