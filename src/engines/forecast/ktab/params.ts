// The nine switches of KTAB's spatial model of politics (SMP), with KTAB's defaults. Names follow
// KTAB's own spelling so that parameter files and logs can be compared side by side.
import { UserError } from '../../../model/errors.js';

export const VICTORY_PROB_MODELS = ['Linear', 'Square', 'Quartic', 'Octic', 'Binary'] as const;
export const VOTING_RULES = ['Binary', 'PropBin', 'Prop', 'PropCbc', 'Cubic', 'ASymProsp'] as const;
export const PCE_MODELS = ['Conditional', 'MarkovIncentive', 'MarkovUniform'] as const;
export const STATE_TRANSITIONS = ['Deterministic', 'Stochastic'] as const;
export const BIG_R_RANGES = ['Min', 'Mid', 'Max'] as const;
export const BIG_R_ADJUSTS = ['None', 'OneThird', 'Half', 'TwoThirds', 'Full'] as const;
export const THIRD_PARTY_COMMITS = ['NoCommit', 'SemiCommit', 'FullCommit'] as const;
export const INTER_VEC_BARGAINS = ['S1P1', 'S2P2', 'S2PMax'] as const;
export const BARGAIN_MODELS = ['InitOnlyInterp', 'InitRcvrInterp', 'PWCompInterp'] as const;

export type VictoryProbModel = (typeof VICTORY_PROB_MODELS)[number];
export type VotingRule = (typeof VOTING_RULES)[number];
export type PceModel = (typeof PCE_MODELS)[number];
export type StateTransitions = (typeof STATE_TRANSITIONS)[number];
export type BigRRange = (typeof BIG_R_RANGES)[number];
export type BigRAdjust = (typeof BIG_R_ADJUSTS)[number];
export type ThirdPartyCommit = (typeof THIRD_PARTY_COMMITS)[number];
export type InterVecBargain = (typeof INTER_VEC_BARGAINS)[number];
export type BargainModel = (typeof BARGAIN_MODELS)[number];

export interface KtabParams {
  victoryProbModel: VictoryProbModel;
  votingRule: VotingRule;
  pceModel: PceModel;
  stateTransitions: StateTransitions;
  bigRRange: BigRRange;
  bigRAdjust: BigRAdjust;
  thirdPartyCommit: ThirdPartyCommit;
  interVecBargain: InterVecBargain;
  bargainModel: BargainModel;
  /** Stop when a turn moves less than this fraction of the first turn's move (KTAB: 0.02). */
  minDeltaRatio: number;
  /** Never stop before this many turns (KTAB: 2). */
  minIterations: number;
  /** Always stop after this many turns (KTAB: 100). */
  maxIterations: number;
}

export const KTAB_DEFAULTS: Readonly<KtabParams> = Object.freeze({
  victoryProbModel: 'Linear',
  votingRule: 'Prop',
  pceModel: 'Conditional',
  stateTransitions: 'Deterministic',
  bigRRange: 'Mid',
  bigRAdjust: 'OneThird',
  thirdPartyCommit: 'SemiCommit',
  interVecBargain: 'S2P2',
  bargainModel: 'InitOnlyInterp',
  minDeltaRatio: 0.02,
  minIterations: 2,
  maxIterations: 100,
});

/** Parameter names in KTAB's order (the order of its `--parameters` list and XML `ModelParameters`). */
export const KTAB_PARAM_ORDER = [
  'victoryProbModel',
  'pceModel',
  'stateTransitions',
  'votingRule',
  'bigRAdjust',
  'bigRRange',
  'thirdPartyCommit',
  'interVecBargain',
  'bargainModel',
] as const;

export const KTAB_PARAM_VALUES: Record<(typeof KTAB_PARAM_ORDER)[number], readonly string[]> = {
  victoryProbModel: VICTORY_PROB_MODELS,
  pceModel: PCE_MODELS,
  stateTransitions: STATE_TRANSITIONS,
  votingRule: VOTING_RULES,
  bigRAdjust: BIG_R_ADJUSTS,
  bigRRange: BIG_R_RANGES,
  thirdPartyCommit: THIRD_PARTY_COMMITS,
  interVecBargain: INTER_VEC_BARGAINS,
  bargainModel: BARGAIN_MODELS,
};

/** KTAB's XML element names for the switches, accepted as keys besides ours. */
const XML_KEYS: Record<string, (typeof KTAB_PARAM_ORDER)[number]> = {
  victoryprobmodel: 'victoryProbModel',
  votingrule: 'votingRule',
  pcemodel: 'pceModel',
  statetransitions: 'stateTransitions',
  bigrrange: 'bigRRange',
  bigradjust: 'bigRAdjust',
  thirdpartycommit: 'thirdPartyCommit',
  intervecbrgn: 'interVecBargain',
  intervecbargain: 'interVecBargain',
  bargnmodel: 'bargainModel',
  bargainmodel: 'bargainModel',
};

export class KtabParamError extends UserError {
  override name = 'KtabParamError';
}

/**
 * Switches from strings (command-line `key=value` pairs, form fields): keys in our spelling or
 * KTAB's, values case-insensitive; `minDeltaRatio`, `minIterations`, `maxIterations` numeric.
 */
export function parseKtabParams(values: Record<string, string>): Partial<KtabParams> {
  const out: Record<string, string | number> = {};
  for (const [rawKey, rawValue] of Object.entries(values)) {
    const lk = rawKey.toLowerCase();
    if (lk === 'mindeltaratio' || lk === 'miniterations' || lk === 'maxiterations') {
      const v = Number(rawValue);
      const key =
        lk === 'mindeltaratio' ? 'minDeltaRatio' : lk === 'miniterations' ? 'minIterations' : 'maxIterations';
      if (!Number.isFinite(v) || v < 0 || (key !== 'minDeltaRatio' && !Number.isInteger(v)))
        throw new KtabParamError(
          `KTAB parameter ${key}: "${rawValue}" is not a valid ${key === 'minDeltaRatio' ? 'ratio' : 'count'}`,
        );
      out[key] = v;
      continue;
    }
    const key = XML_KEYS[lk];
    if (!key)
      throw new KtabParamError(
        `unknown KTAB parameter "${rawKey}" (use ${KTAB_PARAM_ORDER.join(', ')}, minDeltaRatio, minIterations or maxIterations)`,
      );
    const allowed = KTAB_PARAM_VALUES[key];
    const v = allowed.find((a) => a.toLowerCase() === rawValue.trim().toLowerCase());
    if (!v)
      throw new KtabParamError(`KTAB parameter ${key}: "${rawValue}" is not one of ${allowed.join(', ')}`);
    out[key] = v;
  }
  return out as Partial<KtabParams>;
}
