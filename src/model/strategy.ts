// Negotiation strategies a party can be given for simulations (`parties[].strategy`, or the
// CLI's --strategy): their names, parameters and the text form `kind` or `kind:param`.
import { UserError } from './errors.js';

/**
 * A party's strategy. Time-dependent concession (Faratin, Sierra & Jennings 1998): at time
 * t ∈ [0, 1] the target is `r + (max − r)·(1 − t^(1/e))`; e < 1 concedes late (Boulware),
 * e = 1 linearly, e > 1 early (conceder).
 */
export type StrategySpec =
  | { kind: 'boulware'; e?: number }
  | { kind: 'linear' }
  | { kind: 'conceder'; e?: number }
  /** Time-dependent with an explicit exponent. */
  | { kind: 'time'; e: number }
  /** Demands its best package to the end. */
  | { kind: 'hardliner' }
  /**
   * Matches the opponents' concessions: each round it gives up `factor` times the mean drop
   * (in their own utility) of the opponents' demands since the previous round.
   */
  | { kind: 'tit-for-tat'; factor?: number }
  /**
   * Aspiration adjustment: each round the aspiration falls by `rate` of its distance to the
   * floor, the better of its walk-away value and the best offer it has received.
   */
  | { kind: 'aspiration'; rate?: number };

export type StrategyKind = StrategySpec['kind'];

export const STRATEGY_KINDS: StrategyKind[] = [
  'boulware',
  'linear',
  'conceder',
  'time',
  'hardliner',
  'tit-for-tat',
  'aspiration',
];

export const DEFAULT_STRATEGY: StrategySpec = { kind: 'linear' };

/** A strategy specification the user wrote that cannot be used. */
export class StrategyError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'StrategyError';
  }
}

const ALIASES: Record<string, StrategyKind> = {
  boulware: 'boulware',
  linear: 'linear',
  conceder: 'conceder',
  time: 'time',
  hardliner: 'hardliner',
  hardheaded: 'hardliner',
  hard: 'hardliner',
  'tit-for-tat': 'tit-for-tat',
  titfortat: 'tit-for-tat',
  tft: 'tit-for-tat',
  aspiration: 'aspiration',
};

/** Checks a strategy object (from JSON or options) and returns it normalised. */
export function checkStrategy(s: unknown, where: string): StrategySpec {
  if (typeof s !== 'object' || s === null || typeof (s as { kind?: unknown }).kind !== 'string') {
    throw new StrategyError(
      `${where}: a strategy must be an object with a 'kind' (one of ${STRATEGY_KINDS.join(', ')})`,
    );
  }
  const raw = s as { kind: string; e?: unknown; factor?: unknown; rate?: unknown };
  const kind = ALIASES[raw.kind.toLowerCase()];
  if (!kind) {
    throw new StrategyError(
      `${where}: unknown strategy '${raw.kind}'; use one of ${STRATEGY_KINDS.join(', ')}`,
    );
  }
  const num = (name: 'e' | 'factor' | 'rate', v: unknown, lo: number, hi: number, open = false) => {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi || (open && v === lo)) {
      throw new StrategyError(
        `${where}: ${kind}'s ${name} must be a number ${open ? '>' : '≥'} ${lo} and ≤ ${hi} (got ${String(v)})`,
      );
    }
    return v;
  };
  switch (kind) {
    case 'boulware':
    case 'conceder': {
      const e = num('e', raw.e, 0, 1000, true);
      return e === undefined ? { kind } : { kind, e };
    }
    case 'time': {
      const e = num('e', raw.e, 0, 1000, true);
      if (e === undefined) throw new StrategyError(`${where}: 'time' needs an exponent e, e.g. time:0.5`);
      return { kind, e };
    }
    case 'tit-for-tat': {
      const factor = num('factor', raw.factor, 0, 100);
      return factor === undefined ? { kind } : { kind, factor };
    }
    case 'aspiration': {
      const rate = num('rate', raw.rate, 0, 1, true);
      return rate === undefined ? { kind } : { kind, rate };
    }
    default:
      return { kind };
  }
}

/** One strategy written as `kind` or `kind:param`, e.g. `boulware:0.2`, `tft:1.5`, `hardliner`. */
export function parseOneStrategy(text: string, where = 'strategy'): StrategySpec {
  const [name, param, extra] = text.trim().split(':');
  if (extra !== undefined)
    throw new StrategyError(`${where}: '${text}' has more than one ':'; write kind:number`);
  const kind = ALIASES[name.trim().toLowerCase()];
  if (!kind) {
    throw new StrategyError(
      `${where}: unknown strategy '${name.trim()}' in '${text}'; use one of ${STRATEGY_KINDS.join(', ')} (optionally kind:number, e.g. boulware:0.2)`,
    );
  }
  if (param === undefined || param.trim() === '') return checkStrategy({ kind }, where);
  const v = Number(param);
  if (!Number.isFinite(v)) throw new StrategyError(`${where}: '${param}' in '${text}' is not a number`);
  if (kind === 'linear' || kind === 'hardliner') {
    throw new StrategyError(`${where}: '${kind}' takes no parameter (got '${text}')`);
  }
  const key = kind === 'tit-for-tat' ? 'factor' : kind === 'aspiration' ? 'rate' : 'e';
  return checkStrategy({ kind, [key]: v }, where);
}

/**
 * Parses `UKR=boulware:0.2,RUS=hardliner,EUR=tft` into per-party strategies. A bare strategy
 * without `PARTY=` applies to every party not named (`*=` does the same). Party ids are checked
 * against `parties` when given.
 */
export function parseStrategySpec(text: string, parties?: readonly string[]): Record<string, StrategySpec> {
  const out: Record<string, StrategySpec> = {};
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0)
    throw new StrategyError('--strategy is empty; write e.g. UKR=boulware:0.2,RUS=hardliner');
  for (const item of items) {
    const eq = item.indexOf('=');
    const party = eq < 0 ? '*' : item.slice(0, eq).trim();
    const spec = eq < 0 ? item : item.slice(eq + 1);
    if (party === '') throw new StrategyError(`--strategy: '${item}' has no party before '='`);
    if (party in out) throw new StrategyError(`--strategy: party '${party}' is given twice`);
    if (parties && party !== '*' && !parties.includes(party)) {
      throw new StrategyError(
        `--strategy: unknown party '${party}' in '${item}'; the scenario's parties are ${parties.join(', ')}`,
      );
    }
    out[party] = parseOneStrategy(spec, `--strategy ${party}`);
  }
  return out;
}

/** A strategy as short text (the inverse of `parseOneStrategy`). */
export function strategyLabel(s: StrategySpec): string {
  switch (s.kind) {
    case 'boulware':
    case 'conceder':
      return s.e === undefined ? s.kind : `${s.kind}:${s.e}`;
    case 'time':
      return `time:${s.e}`;
    case 'tit-for-tat':
      return s.factor === undefined ? s.kind : `${s.kind}:${s.factor}`;
    case 'aspiration':
      return s.rate === undefined ? s.kind : `${s.kind}:${s.rate}`;
    default:
      return s.kind;
  }
}
