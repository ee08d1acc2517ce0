// Public API of the negotiation simulation engine.

export {
  checkStrategy,
  DEFAULT_STRATEGY,
  parseOneStrategy,
  parseStrategySpec,
  STRATEGY_KINDS,
  StrategyError,
  type StrategyKind,
  type StrategySpec,
  strategyLabel,
} from '../../model/strategy.js';
export {
  type MediatorObjective,
  negotiate,
  type Protocol,
  Resp,
  type RoundRecord,
  type RunConfig,
  type RunOutcome,
} from './negotiate.js';
export { buildPool, lowerBound, type OwnIndex, type Pool } from './pool.js';
export { renderSimulation, renderTournament, renderUnlock } from './render.js';
export {
  type OutcomeValue,
  type Prepared,
  prepare,
  resolveStrategies,
  SIMULATE_ENGINE_VERSION,
  type SimulationOptions,
  SimulationOptionsError,
  type SimulationOutcome,
  type SimulationResult,
  simulate,
  type TraceResponse,
  type TraceRound,
} from './simulate.js';
export {
  type CombinationSummary,
  DEFAULT_TOURNAMENT_STRATEGIES,
  emptyFigures,
  parseStrategySets,
  planTournament,
  prepareTournament,
  type RunFigures,
  runTournamentChunk,
  storeFigures,
  summariseTournament,
  type TournamentOptions,
  type TournamentPlan,
  type TournamentProgress,
  type TournamentResult,
  tournament,
} from './tournament.js';
export {
  applyConcession,
  type UnlockOptions,
  type UnlockResult,
  type UnlockTrial,
  whichConcessionUnlocks,
} from './unlock.js';
