// The shapes the API returns. Engine, model and store results are the library's own types
// (type-only imports: nothing from src/ is bundled); the rest are the server's envelopes.

export type { ForecastResult } from '../../src/engines/forecast/forecast.js';
export type { MonteCarloResult } from '../../src/engines/forecast/monte-carlo.js';
export type { StabilityResult } from '../../src/engines/gmcr/types.js';
export type {
  ConstraintRef,
  PackageValue,
  PartyUtility,
  SpaceAnalysis,
} from '../../src/engines/space/analyze.js';
export type { Constraint, Expr, Issue, IssueOption, Party, Scenario } from '../../src/model/types.js';
export type { ScenarioSummary, StoredScenario, VersionInfo } from '../../src/store/types.js';

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

// ---- engine results ----
