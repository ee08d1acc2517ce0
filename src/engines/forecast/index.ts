// Public API of the forecast engine (pure: runs in Node and the browser). The worker-thread
// Monte Carlo runner lives in src/node/forecast-monte-carlo.ts.
export type { ActorTable, ExtraActor, NearestOption } from './actors.js';
export { actorsFromScenario, axisPosition, ForecastInputError, nearestOption } from './actors.js';
export type { BdmActorInput, BdmMove, BdmOfferKind, BdmParams, BdmResult, BdmRound } from './bdm.js';
export { BDM_DEFAULTS, runBdm, weightedMean, weightedMedian } from './bdm.js';
export type { Baselines, ForecastModel, ForecastOptions, ForecastResult, IssueForecast } from './forecast.js';
export { FORECAST_ENGINE_VERSION, forecast, forecastFromTable, smpInputFrom } from './forecast.js';
export type { KtabParams } from './ktab/params.js';
export {
  KTAB_DEFAULTS,
  KTAB_PARAM_ORDER,
  KTAB_PARAM_VALUES,
  KtabParamError,
  parseKtabParams,
} from './ktab/params.js';
export type { SmpInput, SmpResult, SmpRunOptions, SmpState } from './ktab/smp.js';
export { runSmp } from './ktab/smp.js';
export type {
  MonteCarloIssue,
  MonteCarloOptions,
  MonteCarloProgress,
  MonteCarloResult,
} from './monte-carlo.js';
export { monteCarloInProcess, runMonteCarloChunk, summariseMonteCarlo } from './monte-carlo.js';
export { renderForecast, renderMonteCarlo } from './render.js';
export { seededUniform } from './rng.js';
