// Negotiation strategies: how a party's aspiration (the utility it demands) moves round by round.
// Every strategy only sets a target level; which package is offered and what is accepted is
// decided by the protocol from the target, and always within the party's red lines and above
// its walk-away value.
import type { StrategySpec } from '../../model/strategy.js';

/** Numeric codes used in the hot loop. */
export const Kind = { Time: 0, Hardliner: 1, TitForTat: 2, Aspiration: 3 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** A strategy as the protocol loop reads it: a kind code and one parameter. */
export interface CompiledStrategy {
  kind: Kind;
  /** Exponent e (time), factor (tit-for-tat) or rate (aspiration). */
  param: number;
}

export function compileStrategy(s: StrategySpec): CompiledStrategy {
  switch (s.kind) {
    case 'boulware':
      return { kind: Kind.Time, param: s.e ?? 0.2 };
    case 'linear':
      return { kind: Kind.Time, param: 1 };
    case 'conceder':
      return { kind: Kind.Time, param: s.e ?? 2 };
    case 'time':
      return { kind: Kind.Time, param: s.e };
    case 'hardliner':
      return { kind: Kind.Hardliner, param: 0 };
    case 'tit-for-tat':
      return { kind: Kind.TitForTat, param: s.factor ?? 1 };
    case 'aspiration':
      return { kind: Kind.Aspiration, param: s.rate ?? 0.1 };
  }
}
