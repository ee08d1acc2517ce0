// Tournaments: every combination of the principals' strategies, each played with several seeds.
// Run i plays combination ⌊i / seeds⌋ with random stream (seed, i), and its figures are stored at
// index i, so the summary is the same whether the runs go in one thread or in many.
import { type Provenance, provenance } from '../../model/hash.js';
import {
  checkStrategy,
  parseOneStrategy,
  StrategyError,
  type StrategySpec,
  strategyLabel,
} from '../../model/strategy.js';
import type { Scenario } from '../../model/types.js';
import { negotiate } from './negotiate.js';
import {
  type Prepared,
  prepare,
  SIMULATE_ENGINE_VERSION,
  type SimulationOptions,
  SimulationOptionsError,
} from './simulate.js';
import { compileStrategy } from './strategy.js';

/** The strategies a tournament tries when none are given. */
export const DEFAULT_TOURNAMENT_STRATEGIES: StrategySpec[] = [
  { kind: 'boulware' },
  { kind: 'linear' },
  { kind: 'conceder' },
  { kind: 'hardliner' },
  { kind: 'tit-for-tat' },
  { kind: 'aspiration' },
];

export interface TournamentOptions extends Omit<SimulationOptions, 'strategies' | 'trace'> {
  /** Per party id (or `*` for every principal not named): the strategies to try. */
  strategies?: Record<string, StrategySpec | StrategySpec[]>;
  /** Runs per combination, each with its own random stream (default 10). */
  seeds?: number;
  /** Most combinations allowed (default 100,000). */
  maxCombinations?: number;
}

export interface TournamentProgress {
  completed: number;
  runs: number;
}

export interface TournamentPlan {
  /** Per principal (pool order): the strategies tried. */
  sets: StrategySpec[][];
  combinations: number;
  seeds: number;
  runs: number;
  seed: number;
}

/** Figures of a block of runs, indexed from the block's first run. */
export interface RunFigures {
  agreed: Uint8Array;
  /** Rounds played (the agreement's round, 1-based, or the deadline). */
  rounds: Int32Array;
  /** runs × principals utilities (walk-away values without agreement or for those outside). */
  utils: Float64Array;
  /** Distance to the Nash point (NaN without agreement or without a ZOPA). */
  nash: Float64Array;
}

export interface CombinationSummary {
  strategies: Record<string, string>;
  runs: number;
  agreements: number;
  agreementRate: number;
  /** Mean rounds over all runs (a breakdown counts the deadline). */
  meanRounds: number;
  /** Mean rounds to agreement over the runs that agreed (null when none did). */
  meanRoundsToAgreement: number | null;
  meanUtility: Record<string, number>;
  meanDistanceToNash: number | null;
}

export interface TournamentResult {
  engine: 'simulate';
  kind: 'tournament';
  version: string;
  scenario: { id: string; title: string };
  provenance: Provenance;
  params: {
    protocol: string;
    rounds: number;
    seed: number;
    seeds: number;
    runs: number;
    combinations: number;
    strategies: Record<string, string[]>;
  };
  principals: string[];
  /** Runs finished (fewer than `runs` when cancelled). */
  completed: number;
  cancelled: boolean;
  overall: Omit<CombinationSummary, 'strategies'>;
  combinations: CombinationSummary[];
  /** Per principal, per strategy it played: figures over every combination where it did. */
  byStrategy: Record<
    string,
    Record<string, Omit<CombinationSummary, 'strategies' | 'meanUtility'> & { meanUtility: number }>
  >;
  notes: string[];
}

function asList(v: StrategySpec | StrategySpec[], where: string): StrategySpec[] {
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0) throw new StrategyError(`${where}: the list of strategies is empty`);
  return list.map((s, k) => checkStrategy(s, `${where}[${k}]`));
}

/**
 * Parses `UKR=boulware:0.2|hardliner,RUS=hardliner,*=linear|tft` (alternatives separated by `|`)
 * into per-party strategy lists for a tournament.
 */
export function parseStrategySets(text: string, parties?: readonly string[]): Record<string, StrategySpec[]> {
  const out: Record<string, StrategySpec[]> = {};
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (items.length === 0)
    throw new StrategyError('--strategy is empty; write e.g. UKR=boulware|conceder,RUS=hardliner');
  for (const item of items) {
    const eq = item.indexOf('=');
    const party = eq < 0 ? '*' : item.slice(0, eq).trim();
    if (party in out) throw new StrategyError(`--strategy: party '${party}' is given twice`);
    if (parties && party !== '*' && !parties.includes(party)) {
      throw new StrategyError(
        `--strategy: unknown party '${party}' in '${item}'; the scenario's parties are ${parties.join(', ')}`,
      );
    }
    out[party] = (eq < 0 ? item : item.slice(eq + 1))
      .split('|')
      .map((s) => parseOneStrategy(s, `--strategy ${party}`));
  }
  return out;
}

export function planTournament(
  scenario: Scenario,
  principals: Int32Array,
  opts: TournamentOptions,
): TournamentPlan {
  const given = opts.strategies ?? {};
  const ids = scenario.parties.map((p) => p.id);
  for (const key of Object.keys(given)) {
    if (key !== '*' && !ids.includes(key)) {
      throw new StrategyError(
        `strategies: unknown party '${key}'; the scenario's parties are ${ids.join(', ')}`,
      );
    }
  }
  const sets = Array.from(principals, (k) => {
    const id = ids[k];
    const v = given[id] ?? given['*'];
    return v === undefined ? DEFAULT_TOURNAMENT_STRATEGIES : asList(v, `strategies.${id}`);
  });
  const combinations = sets.reduce((a, s) => a * s.length, 1);
  const max = opts.maxCombinations ?? 100_000;
  if (combinations > max) {
    throw new SimulationOptionsError(
      `${combinations} strategy combinations exceed the limit of ${max}; give fewer strategies per party`,
    );
  }
  const seeds = opts.seeds ?? 10;
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 1e7) {
    throw new SimulationOptionsError(`seeds must be a whole number from 1 to 10,000,000 (got ${seeds})`);
  }
  const seed = opts.seed ?? 1;
  if (!Number.isSafeInteger(seed))
    throw new SimulationOptionsError(`seed must be a whole number (got ${seed})`);
  return { sets, combinations, seeds, runs: combinations * seeds, seed };
}

/** Per principal, the index of its strategy in combination c (first principal varies fastest). */
export function comboOf(plan: TournamentPlan, c: number): Int32Array {
  const out = new Int32Array(plan.sets.length);
  let rest = c;
  plan.sets.forEach((s, q) => {
    out[q] = rest % s.length;
    rest = Math.floor(rest / s.length);
  });
  return out;
}

/** Plays runs [from, to) of a tournament. */
export function runTournamentChunk(
  prep: Prepared,
  plan: TournamentPlan,
  from: number,
  to: number,
): RunFigures {
  const { pool } = prep;
  const d = pool.principals.length;
  const P = pool.parties;
  const k = to - from;
  const fig: RunFigures = {
    agreed: new Uint8Array(k),
    rounds: new Int32Array(k),
    utils: new Float64Array(k * d),
    nash: new Float64Array(k).fill(Number.NaN),
  };
  const compiled = plan.sets.map((s) => s.map(compileStrategy));
  let lastCombo = -1;
  const cfg = { ...prep.cfg, strategies: prep.cfg.strategies.slice() };
  for (let i = from; i < to; i++) {
    const c = Math.floor(i / plan.seeds);
    if (c !== lastCombo) {
      const idx = comboOf(plan, c);
      for (let q = 0; q < d; q++) cfg.strategies[q] = compiled[q][idx[q]];
      lastCombo = c;
    }
    const out = negotiate(pool, cfg, plan.seed, i);
    const j = i - from;
    fig.agreed[j] = out.agreed ? 1 : 0;
    fig.rounds[j] = out.agreed ? out.round + 1 : out.round;
    for (let q = 0; q < d; q++) {
      const p = pool.principals[q];
      fig.utils[j * d + q] =
        out.agreed && out.signed[q] !== 0 ? pool.util[out.candidate * P + p] : pool.reservation[p];
    }
    if (out.agreed && pool.nash.length > 0) {
      let best = Number.POSITIVE_INFINITY;
      for (const nv of pool.nash) {
        let s = 0;
        for (let q = 0; q < d; q++) s += (pool.util[out.candidate * P + pool.principals[q]] - nv[q]) ** 2;
        best = Math.min(best, Math.sqrt(s));
      }
      fig.nash[j] = best;
    }
  }
  return fig;
}

export function emptyFigures(runs: number, d: number): RunFigures {
  return {
    agreed: new Uint8Array(runs),
    rounds: new Int32Array(runs),
    utils: new Float64Array(runs * d),
    nash: new Float64Array(runs).fill(Number.NaN),
  };
}

export function storeFigures(all: RunFigures, part: RunFigures, from: number, d: number): void {
  all.agreed.set(part.agreed, from);
  all.rounds.set(part.rounds, from);
  all.utils.set(part.utils, from * d);
  all.nash.set(part.nash, from);
}

interface Acc {
  runs: number;
  agreements: number;
  rounds: number;
  roundsAgreed: number;
  utils: Float64Array;
  nash: number;
  nashN: number;
}

function newAcc(d: number): Acc {
  return {
    runs: 0,
    agreements: 0,
    rounds: 0,
    roundsAgreed: 0,
    utils: new Float64Array(d),
    nash: 0,
    nashN: 0,
  };
}

function add(a: Acc, fig: RunFigures, i: number, d: number): void {
  a.runs++;
  a.rounds += fig.rounds[i];
  if (fig.agreed[i]) {
    a.agreements++;
    a.roundsAgreed += fig.rounds[i];
  }
  for (let q = 0; q < d; q++) a.utils[q] += fig.utils[i * d + q];
  if (!Number.isNaN(fig.nash[i])) {
    a.nash += fig.nash[i];
    a.nashN++;
  }
}

function finish(a: Acc, ids: string[]) {
  return {
    runs: a.runs,
    agreements: a.agreements,
    agreementRate: a.runs > 0 ? a.agreements / a.runs : 0,
    meanRounds: a.runs > 0 ? a.rounds / a.runs : 0,
    meanRoundsToAgreement: a.agreements > 0 ? a.roundsAgreed / a.agreements : null,
    meanUtility: Object.fromEntries(ids.map((id, q) => [id, a.runs > 0 ? a.utils[q] / a.runs : 0])),
    meanDistanceToNash: a.nashN > 0 ? a.nash / a.nashN : null,
  };
}

/** Summarises the runs marked done (`done[i] = 1`). */
export function summariseTournament(
  scenario: Scenario,
  prep: Prepared,
  plan: TournamentPlan,
  fig: RunFigures,
  done: Uint8Array,
): TournamentResult {
  const { pool } = prep;
  const d = pool.principals.length;
  const ids = Array.from(pool.principals, (p) => pool.space.parties[p]);
  const overall = newAcc(d);
  const combos = Array.from({ length: plan.combinations }, () => newAcc(d));
  const byStrat = plan.sets.map((s) => s.map(() => newAcc(d)));
  let completed = 0;
  for (let i = 0; i < plan.runs; i++) {
    if (!done[i]) continue;
    completed++;
    const c = Math.floor(i / plan.seeds);
    add(overall, fig, i, d);
    add(combos[c], fig, i, d);
    const idx = comboOf(plan, c);
    for (let q = 0; q < d; q++) add(byStrat[q][idx[q]], fig, i, d);
  }
  const labels = plan.sets.map((s) => s.map(strategyLabel));
  const combinations: CombinationSummary[] = combos.map((a, c) => {
    const idx = comboOf(plan, c);
    return { strategies: Object.fromEntries(ids.map((id, q) => [id, labels[q][idx[q]]])), ...finish(a, ids) };
  });
  const byStrategy: TournamentResult['byStrategy'] = {};
  ids.forEach((id, q) => {
    byStrategy[id] = {};
    byStrat[q].forEach((a, s) => {
      const f = finish(a, ids);
      byStrategy[id][labels[q][s]] = { ...f, meanUtility: f.meanUtility[id] };
    });
  });
  const params: TournamentResult['params'] = {
    protocol: prep.cfg.protocol,
    rounds: prep.cfg.rounds,
    seed: plan.seed,
    seeds: plan.seeds,
    runs: plan.runs,
    combinations: plan.combinations,
    strategies: Object.fromEntries(ids.map((id, q) => [id, labels[q]])),
  };
  const cfg = prep.cfg;
  return {
    engine: 'simulate',
    kind: 'tournament',
    version: SIMULATE_ENGINE_VERSION,
    scenario: { id: scenario.meta.id, title: scenario.meta.title },
    provenance: provenance(
      'simulate',
      scenario,
      { ...params, objective: cfg.objective, quorum: cfg.quorum, noise: cfg.noise, window: cfg.window },
      plan.seed,
    ),
    params,
    principals: ids,
    completed,
    cancelled: completed < plan.runs,
    overall: finish(overall, ids),
    combinations,
    byStrategy,
    notes: prep.notes,
  };
}

/** Prepares a tournament: checks options, builds the pool and the plan (shared by the thread runner). */
export function prepareTournament(
  scenario: Scenario,
  opts: TournamentOptions,
): { prep: Prepared; plan: TournamentPlan } {
  const { strategies: _s, seeds: _n, maxCombinations: _m, ...simOpts } = opts;
  const prep = prepare(scenario, { ...simOpts, strategies: {} });
  const plan = planTournament(scenario, prep.pool.principals, opts);
  return { prep, plan };
}

/**
 * Runs a tournament in this thread (see `src/node/simulate-tournament.ts` for worker threads).
 * Progress is reported per block of runs; an aborted signal stops early and the result says so.
 */
export function tournament(
  scenario: Scenario,
  opts: TournamentOptions & { onProgress?: (p: TournamentProgress) => void; signal?: AbortSignal },
): TournamentResult {
  const { prep, plan } = prepareTournament(scenario, opts);
  const d = prep.pool.principals.length;
  const fig = emptyFigures(plan.runs, d);
  const done = new Uint8Array(plan.runs);
  const block = Math.max(1, Math.min(1000, Math.ceil(plan.runs / 100)));
  for (let from = 0; from < plan.runs; from += block) {
    if (opts.signal?.aborted) break;
    const to = Math.min(plan.runs, from + block);
    storeFigures(fig, runTournamentChunk(prep, plan, from, to), from, d);
    done.fill(1, from, to);
    opts.onProgress?.({ completed: to, runs: plan.runs });
  }
  return summariseTournament(scenario, prep, plan, fig, done);
}
