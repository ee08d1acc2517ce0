// `simulate(scenario, opts)`: one negotiation played forward round by round, with its full trace,
// the outcome and how far the outcome falls from the Pareto frontier and the Nash solution.
import { type Provenance, provenance } from '../../model/hash.js';
import {
  checkStrategy,
  DEFAULT_STRATEGY,
  StrategyError,
  type StrategySpec,
  strategyLabel,
} from '../../model/strategy.js';
import type { Package, Scenario } from '../../model/types.js';
import { EPS, packageOf, valueLabel } from '../space/index.js';
import { type MediatorObjective, negotiate, type Protocol, Resp, type RunConfig } from './negotiate.js';
import { buildPool, type Pool } from './pool.js';
import { compileStrategy } from './strategy.js';

export const SIMULATE_ENGINE_VERSION = '0.1.0';

export interface SimulationOptions {
  protocol?: Protocol;
  /** Deadline in rounds (default 100). */
  rounds?: number;
  seed?: number;
  /** Per party id (a `*` entry applies to every principal not named); default linear. */
  strategies?: Record<string, StrategySpec>;
  /** Mediator party id (mediator protocol); default the first party with role 'mediator'. */
  mediator?: string;
  /** The mediator's objective (default nash; 'own' needs a mediator party). */
  objective?: MediatorObjective;
  /** Consensus: share of the principals' power the signers must exceed (default 0.5). */
  quorum?: number;
  /** Consensus: fewest signers (default 2). */
  minSigners?: number;
  /** Consensus: principals whose signature every partial agreement needs (e.g. both belligerents). */
  mustSign?: string[];
  /** Upward jitter of offers' targets (default 0.02). */
  noise?: number;
  /** Candidates scanned above a target when choosing an offer (default 32). */
  window?: number;
  /** Mediator: how far an objection raises its estimate of the objector's demand (default 0.25). */
  step?: number;
  /** Keep the round-by-round trace (default true). */
  trace?: boolean;
}

export interface TraceResponse {
  party: string;
  response: 'accept' | 'reject' | 'proposer';
  /** The issue it asks the mediator to change. */
  issue?: string;
  /** The red line of its own the draft breaks. */
  redLine?: string;
}

export interface TraceRound {
  round: number;
  /** Party id of the proposer (or the mediator; 'mediator' for a neutral one). */
  proposer: string;
  /** The package offered (issue id → value), null when the proposer had nothing acceptable. */
  package: Package | null;
  /** Every party's utility of the package (scenario order). */
  utilities: number[] | null;
  responses: TraceResponse[];
  /** The utility each principal demanded this round. */
  targets: Record<string, number>;
}

export interface OutcomeValue {
  issue: string;
  issueName: string;
  value: string | number;
  label: string;
}

export interface SimulationOutcome {
  agreed: boolean;
  /** 1-based round of the agreement, or the rounds played before the deadline. */
  round: number;
  reason: 'agreement' | 'partial agreement' | 'deadline';
  package: OutcomeValue[] | null;
  /** Every party's utility and gain over its walk-away value (at the package; else walking away). */
  utilities: { party: string; name: string; utility: number; gain: number }[];
  /** Principals who signed, who joined afterwards (consensus) and who stayed out. */
  signers: string[];
  joined: string[];
  outside: string[];
  /**
   * Euclidean distance in the principals' utilities to the Pareto frontier of the packages
   * meeting every principal's red lines (0 on it; null for a partial deal breaking an outsider's
   * red line), and to the Nash solution (nearest tie); null without an agreement (or without a
   * ZOPA, for Nash).
   */
  distanceToFrontier: number | null;
  distanceToNash: number | null;
}

export interface SimulationResult {
  engine: 'simulate';
  version: string;
  scenario: { id: string; title: string };
  /** Scenario hash, as-of date, engine version, parameters and seed: enough to reproduce it. */
  provenance: Provenance;
  params: {
    protocol: Protocol;
    rounds: number;
    seed: number;
    strategies: Record<string, string>;
    mediator: string | null;
    objective: MediatorObjective;
    quorum: number;
    minSigners: number;
    mustSign: string[];
    noise: number;
    window: number;
    step: number;
  };
  parties: {
    id: string;
    name: string;
    role: string;
    principal: boolean;
    noAgreement: number;
    /** Best utility among the packages it may propose (its opening demand). */
    best: number;
    strategy: string | null;
  }[];
  /** Candidate packages in the pool; the ZOPA frontier size; the Nash point (principals' order). */
  space: { candidates: number; zopaFrontier: number; nash: number[] | null; principals: string[] };
  trace: TraceRound[];
  outcome: SimulationOutcome;
  notes: string[];
}

/** Options a user got wrong: the message says which and how to fix it. */
export class SimulationOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimulationOptionsError';
  }
}

export interface Prepared {
  pool: Pool;
  cfg: RunConfig;
  strategies: (StrategySpec | null)[];
  notes: string[];
}

function int(name: string, v: number | undefined, dflt: number, lo: number, hi: number): number {
  if (v === undefined) return dflt;
  if (!Number.isInteger(v) || v < lo || v > hi) {
    throw new SimulationOptionsError(`${name} must be a whole number from ${lo} to ${hi} (got ${v})`);
  }
  return v;
}

function real(name: string, v: number | undefined, dflt: number, lo: number, hi: number): number {
  if (v === undefined) return dflt;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) {
    throw new SimulationOptionsError(`${name} must be a number from ${lo} to ${hi} (got ${v})`);
  }
  return v;
}

/** Resolves each party's strategy (principals only): named, else `*`, else linear. */
export function resolveStrategies(
  scenario: Scenario,
  principals: Int32Array,
  given: Record<string, StrategySpec> = {},
): (StrategySpec | null)[] {
  const ids = scenario.parties.map((p) => p.id);
  for (const key of Object.keys(given)) {
    if (key !== '*' && !ids.includes(key)) {
      throw new StrategyError(
        `strategies: unknown party '${key}'; the scenario's parties are ${ids.join(', ')}`,
      );
    }
  }
  return scenario.parties.map((p, k) => {
    if (!principals.includes(k)) return null;
    // Options win over the scenario's own `strategy` of a party, which wins over the default.
    const s = given[p.id] ?? given['*'] ?? p.strategy ?? DEFAULT_STRATEGY;
    return checkStrategy(s, `strategy of ${p.id}`);
  });
}

/** Checks the options and builds the candidate pool (the expensive, reusable part). */
export function prepare(scenario: Scenario, opts: SimulationOptions = {}, pool?: Pool): Prepared {
  const protocol = opts.protocol ?? 'sao';
  if (!['sao', 'mediator', 'consensus'].includes(protocol)) {
    throw new SimulationOptionsError(`unknown protocol '${protocol}'; use sao, mediator or consensus`);
  }
  const objective = opts.objective ?? 'nash';
  if (!['nash', 'maxmin', 'own'].includes(objective)) {
    throw new SimulationOptionsError(`unknown mediator objective '${objective}'; use nash, maxmin or own`);
  }
  const notes: string[] = [];
  let mediator = -1;
  if (protocol === 'mediator') {
    if (opts.mediator !== undefined) {
      mediator = scenario.parties.findIndex((p) => p.id === opts.mediator);
      if (mediator < 0) {
        throw new SimulationOptionsError(
          `mediator '${opts.mediator}' is not a party; the parties are ${scenario.parties.map((p) => p.id).join(', ')}`,
        );
      }
    } else mediator = scenario.parties.findIndex((p) => p.role === 'mediator');
    if (mediator < 0) {
      if (objective === 'own') {
        throw new SimulationOptionsError(
          "the mediator objective 'own' needs a mediator: give the scenario a party with role 'mediator' or name one with the mediator option",
        );
      }
      notes.push('No party has the mediator role: a neutral mediator drafts the text.');
    }
  }
  const p = pool ?? buildPool(scenario, mediator >= 0 ? [mediator] : []);
  if (mediator >= 0 && p.principals.includes(mediator)) {
    notes.push(`The mediator ${scenario.parties[mediator].id} is also a principal: it drafts and signs.`);
  }
  const strategies = resolveStrategies(scenario, p.principals, opts.strategies);
  const cfg: RunConfig = {
    protocol,
    rounds: int('rounds', opts.rounds, 100, 1, 1_000_000),
    strategies: Array.from(p.principals, (k) => compileStrategy(strategies[k] as StrategySpec)),
    noise: real('noise', opts.noise, 0.02, 0, 1),
    window: int('window', opts.window, 32, 1, 1_000_000),
    mediator,
    objective,
    step: real('step', opts.step, 0.25, 0, 1),
    quorum: real('quorum', opts.quorum, 0.5, 0, 1),
    minSigners: int('minSigners', opts.minSigners, 2, 1, 1000),
    mustSign: Int32Array.from(opts.mustSign ?? [], (id) => {
      const q = Array.from(p.principals).findIndex((k) => scenario.parties[k].id === id);
      if (q < 0) {
        throw new SimulationOptionsError(
          `mustSign: '${id}' is not a principal; the principals are ${Array.from(p.principals, (k) => scenario.parties[k].id).join(', ')}`,
        );
      }
      return q;
    }),
  };
  if (p.zopa.n === 0) {
    notes.push(
      protocol === 'consensus'
        ? 'The ZOPA is empty: no package meets every principal; only a partial agreement is possible.'
        : 'The ZOPA is empty: no package meets every principal’s red lines and walk-away value, so no agreement is possible.',
    );
  }
  p.own.forEach((ix, q) => {
    if (ix.order.length === 0) {
      notes.push(
        `${scenario.parties[p.principals[q]].id} has no package meeting its own red lines and walk-away value: it cannot propose.`,
      );
    }
  });
  return { pool: p, cfg, strategies, notes };
}

function dist(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] - b[i]) ** 2;
  return Math.sqrt(s);
}

/** Distance of a principals' utility vector to a frontier's nearest vector (0 on it). */
export function distanceToVectors(v: ArrayLike<number>, vec: Float64Array, n: number, d: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < n; k++) best = Math.min(best, dist(v, vec.subarray(k * d, k * d + d)));
  return best;
}

/** Distance to the Pareto frontier: 0 when no frontier point dominates v, else to the nearest point. */
export function frontierDistance(pool: Pool, v: ArrayLike<number>): number {
  const f = pool.feasible;
  // A vector not dominated by any frontier point is on the frontier (it is feasible by construction).
  let dominated = false;
  for (let k = 0; k < f.n && !dominated; k++) {
    let ge = true;
    let gt = false;
    for (let q = 0; q < f.dims; q++) {
      const a = f.vec[k * f.dims + q];
      if (a < v[q] - EPS) ge = false;
      else if (a > v[q] + EPS) gt = true;
    }
    dominated = ge && gt;
  }
  return dominated ? distanceToVectors(v, f.vec, f.n, f.dims) : 0;
}

export function simulate(
  scenario: Scenario,
  opts: SimulationOptions = {},
  prepared?: Prepared,
): SimulationResult {
  const prep = prepared ?? prepare(scenario, opts);
  const { pool, cfg } = prep;
  const seed = opts.seed ?? 1;
  if (!Number.isSafeInteger(seed))
    throw new SimulationOptionsError(`seed must be a whole number (got ${seed})`);
  const space = pool.space;
  const P = pool.parties;
  const m = pool.issues;
  const d = pool.principals.length;
  const keepTrace = opts.trace ?? true;
  const trace: TraceRound[] = [];
  const partyId = (k: number) => (k >= 0 ? space.parties[k] : 'mediator');
  const spellPkg = (x: number): Package => packageOf(space, pool.packages.subarray(x * m, x * m + m));
  const onRound = keepTrace
    ? (r: import('./negotiate.js').RoundRecord) => {
        const x = r.candidate;
        const responses: TraceResponse[] = [];
        for (let q = 0; q < d; q++) {
          const code = r.responses[q];
          if (code === Resp.Absent) continue;
          const resp: TraceResponse = {
            party: space.parties[pool.principals[q]],
            response: code === Resp.Accept ? 'accept' : code === Resp.Proposer ? 'proposer' : 'reject',
          };
          if (r.named[q] >= 0) resp.issue = space.issueIds[r.named[q]];
          if (r.redLine[q] >= 0) resp.redLine = space.constraints[r.redLine[q]].id;
          responses.push(resp);
        }
        trace.push({
          round: r.round + 1,
          proposer: partyId(r.proposer),
          package: x >= 0 ? spellPkg(x) : null,
          utilities: x >= 0 ? Array.from(pool.util.subarray(x * P, x * P + P)) : null,
          responses,
          targets: Object.fromEntries(
            Array.from(pool.principals, (p, q) => [space.parties[p], r.targets[q]]),
          ),
        });
      }
    : undefined;
  const out = negotiate(pool, cfg, seed, 0, onRound);
  const x = out.candidate;
  const principalIds = Array.from(pool.principals, (p) => space.parties[p]);
  const signers = principalIds.filter((_, q) => out.signed[q] === 1);
  const joined = principalIds.filter((_, q) => out.signed[q] === 2);
  const outside = out.agreed ? principalIds.filter((_, q) => out.signed[q] === 0) : [];
  let distanceToFrontier: number | null = null;
  let distanceToNash: number | null = null;
  if (out.agreed) {
    const v = Array.from(pool.principals, (p) => pool.util[x * P + p]);
    // The frontier is over the packages every principal's red lines allow; a partial deal that
    // breaks an outsider's red line lies outside that set, and has no distance to report.
    if (Array.from(pool.principals).every((p) => pool.ok[x * P + p] === 1)) {
      distanceToFrontier = frontierDistance(pool, v);
    }
    if (pool.nash.length > 0) distanceToNash = Math.min(...pool.nash.map((nv) => dist(v, nv)));
  }
  const outcome: SimulationOutcome = {
    agreed: out.agreed,
    round: out.agreed ? out.round + 1 : out.round,
    reason: !out.agreed ? 'deadline' : outside.length + joined.length > 0 ? 'partial agreement' : 'agreement',
    package: out.agreed
      ? space.issues.map((issue, i) => {
          const vi = pool.packages[x * m + i];
          return {
            issue: issue.id,
            issueName: issue.name,
            value: issue.kind === 'options' ? issue.options[vi].id : issue.levels[vi],
            label: valueLabel(issue, vi),
          };
        })
      : null,
    utilities: space.parties.map((id, k) => {
      const q = pool.principals.indexOf(k);
      const outsider = q >= 0 && out.agreed && out.signed[q] === 0;
      const u = out.agreed && !outsider ? pool.util[x * P + k] : space.reservation[k];
      return { party: id, name: space.partyNames[k], utility: u, gain: u - space.reservation[k] };
    }),
    signers,
    joined,
    outside,
    distanceToFrontier,
    distanceToNash,
  };
  const params: SimulationResult['params'] = {
    protocol: cfg.protocol,
    rounds: cfg.rounds,
    seed,
    strategies: Object.fromEntries(
      prep.strategies.flatMap((s, k) => (s ? [[space.parties[k], strategyLabel(s)]] : [])),
    ),
    mediator:
      cfg.protocol === 'mediator' ? (cfg.mediator >= 0 ? space.parties[cfg.mediator] : 'neutral') : null,
    objective: cfg.objective,
    quorum: cfg.quorum,
    minSigners: cfg.minSigners,
    mustSign: Array.from(cfg.mustSign, (q) => space.parties[pool.principals[q]]),
    noise: cfg.noise,
    window: cfg.window,
    step: cfg.step,
  };
  return {
    engine: 'simulate',
    version: SIMULATE_ENGINE_VERSION,
    scenario: { id: scenario.meta.id, title: scenario.meta.title },
    provenance: provenance(
      'simulate',
      scenario,
      { ...params, engine_version: SIMULATE_ENGINE_VERSION },
      seed,
    ),
    params,
    parties: scenario.parties.map((p, k) => {
      const q = pool.principals.indexOf(k);
      return {
        id: p.id,
        name: p.name,
        role: p.role,
        principal: q >= 0,
        noAgreement: space.reservation[k],
        best:
          q >= 0
            ? pool.own[q].max
            : pool.n > 0
              ? Math.max(...Array.from({ length: pool.n }, (_, x) => pool.util[x * P + k]))
              : space.reservation[k],
        strategy: prep.strategies[k] ? strategyLabel(prep.strategies[k] as StrategySpec) : null,
      };
    }),
    space: {
      candidates: pool.n,
      zopaFrontier: pool.zopa.n,
      nash: pool.nash.length > 0 ? Array.from(pool.nash[0]) : null,
      principals: principalIds,
    },
    trace,
    outcome,
    notes: prep.notes,
  };
}
