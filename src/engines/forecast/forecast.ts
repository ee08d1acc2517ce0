// forecast(): runs one of the forecast models on a scenario and reports, per issue, the start,
// the trajectory by round, the end point and its nearest option, beside the two baselines
// (power-weighted mean and median of the ideals). All positions are on the issues' 0–100 axes.
import type { Issue, Scenario } from '../../model/types.js';
import type { ActorTable, ExtraActor, NearestOption } from './actors.js';
import { actorsFromScenario, ForecastInputError, nearestOption } from './actors.js';
import type { BdmParams } from './bdm.js';
import { BDM_DEFAULTS, runBdm, weightedMean, weightedMedian } from './bdm.js';
import type { KtabParams } from './ktab/params.js';
import { KTAB_DEFAULTS } from './ktab/params.js';
import type { SmpInput } from './ktab/smp.js';
import { runSmp } from './ktab/smp.js';
import { seededUniform } from './rng.js';

export type ForecastModel = 'ktab' | 'bdm' | 'mean' | 'median';

export interface ForecastOptions {
  model: ForecastModel;
  /** KTAB switches (defaults: KTAB's). */
  ktab?: Partial<KtabParams>;
  /** BDM switches and number of rounds. */
  bdm?: Partial<BdmParams>;
  /** Actors that are not parties of the scenario (until the model has a field for them). */
  extraActors?: ExtraActor[];
  /** Seed for KTAB's stochastic state transitions. */
  seed?: number;
  /** Random source for KTAB's stochastic transitions (overrides `seed`; Monte Carlo passes its run stream). */
  uniform?: () => number;
}

export interface Baselines {
  /** Power × salience weighted mean of the ideals ("compromise model"). */
  mean: number;
  /** Power × salience weighted median of the ideals. */
  median: number;
  meanOption: NearestOption;
  medianOption: NearestOption;
}

export interface IssueForecast {
  issue: string;
  name: string;
  /** The model's forecast point before any round (axis 0–100). */
  start: number;
  /** The model's forecast point after each round, round 0 first. */
  trajectory: number[];
  end: number;
  nearest: NearestOption;
  baselines: Baselines;
  /** Per taking-part actor id: its position after each round (round 0 = its ideal). */
  positions: Record<string, number[]>;
  /** KTAB: the single position most likely to prevail at the end. */
  mostLikely?: number;
  /** Range issues: the same forecast in the issue's own units (not rounded to a level). */
  value?: { start: number; end: number; trajectory: number[]; unit: string };
}

/** Bumped whenever a change could alter results for the same input. */
export const FORECAST_ENGINE_VERSION = '1.0.0';

export interface ForecastResult {
  engine: 'forecast';
  engineVersion: string;
  /** The scenario's id and as-of date, for reproducing the result. */
  scenario: { id: string; as_of?: string };
  model: ForecastModel;
  params: Record<string, unknown>;
  seed?: number;
  actors: { id: string; name: string; power: number; extra: boolean }[];
  rounds: number;
  /** KTAB: stopped on its movement rule; BDM: positions stopped changing. */
  converged: boolean;
  issues: IssueForecast[];
  /** KTAB: per round, per actor, the probability that the actor's position prevails. */
  probabilities?: number[][];
  /** BDM: per issue id, per round, each taking-part actor's risk exponent. */
  riskExponents?: Record<string, number[][]>;
}

const stamp = () => ({
  engine: 'forecast' as const,
  engineVersion: FORECAST_ENGINE_VERSION,
  scenario: { id: '' } as ForecastResult['scenario'],
});

/** Axis positions are reported to 1e-6: enough for any display, free of float noise. */
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Indices of the actors taking part in issue k. */
function participants(t: ActorTable, k: number): number[] {
  const m = t.issues.length;
  const out: number[] = [];
  for (let i = 0; i < t.actors.length; i++) if (t.active[i * m + k]) out.push(i);
  return out;
}

/** An issue's forecast from its trajectory (round 0 first): the end point and its nearest option. */
function issueForecast(
  is: Issue,
  trajectory: number[],
  baselines: Baselines,
  positions: Record<string, number[]>,
): IssueForecast {
  const end = trajectory[trajectory.length - 1];
  return {
    issue: is.id,
    name: is.name,
    start: trajectory[0],
    trajectory,
    end,
    nearest: nearestOption(is, end),
    baselines,
    positions,
  };
}

function baselinesFor(t: ActorTable, k: number): Baselines {
  const m = t.issues.length;
  const acts = participants(t, k).map((i) => ({
    capability: t.actors[i].power,
    position: t.position[i * m + k],
    salience: t.salience[i * m + k],
  }));
  const pos = acts.map((a) => a.position);
  let mean = acts.length ? weightedMean(acts, pos) : 50;
  if (!Number.isFinite(mean)) mean = pos.reduce((x, y) => x + y, 0) / (pos.length || 1);
  const median = acts.length ? weightedMedian(acts, pos) : 50;
  const is = t.issues[k];
  return { mean, median, meanOption: nearestOption(is, mean), medianOption: nearestOption(is, median) };
}

/** Builds KTAB's input from the actor table: actors taking part in nothing are left out. */
export function smpInputFrom(t: ActorTable): { input: SmpInput; members: number[] } {
  const m = t.issues.length;
  const members: number[] = [];
  for (let i = 0; i < t.actors.length; i++) {
    for (let k = 0; k < m; k++) {
      if (t.active[i * m + k] && t.salience[i * m + k] > 0) {
        members.push(i);
        break;
      }
    }
  }
  const n = members.length;
  const cap = new Float64Array(n);
  const pos = new Float64Array(n * m);
  const sal = new Float64Array(n * m);
  const active = new Uint8Array(n * m);
  let masked = false;
  members.forEach((i, r) => {
    cap[r] = t.actors[i].power;
    let tot = 0;
    for (let k = 0; k < m; k++) if (t.active[i * m + k]) tot += t.salience[i * m + k];
    // KTAB needs an actor's saliences to total at most 1
    const scale = tot > 1 ? 1 / tot : 1;
    for (let k = 0; k < m; k++) {
      const on = t.active[i * m + k] === 1;
      active[r * m + k] = on ? 1 : 0;
      if (!on) masked = true;
      pos[r * m + k] = on ? Math.min(1, Math.max(0, t.unit[i * m + k])) : 0.5;
      sal[r * m + k] = on ? t.salience[i * m + k] * scale : 0;
    }
  });
  const input: SmpInput = { n, d: m, cap, pos, sal };
  if (masked) input.active = active;
  return { input, members };
}

function forecastKtab(t: ActorTable, opts: ForecastOptions, base: Baselines[]): ForecastResult {
  const params: KtabParams = { ...KTAB_DEFAULTS, ...opts.ktab };
  const { input, members } = smpInputFrom(t);
  const m = t.issues.length;
  const seed = opts.seed ?? 0;
  if (members.length < 2)
    throw new ForecastInputError('the KTAB model needs at least two actors with a stance');
  const res = runSmp(input, {
    params,
    uniform: params.stateTransitions === 'Stochastic' ? (opts.uniform ?? seededUniform(seed, 0)) : undefined,
  });
  const n = input.n;
  const issues: IssueForecast[] = t.issues.map((is, k) => {
    const traj: number[] = [];
    let mostLikely = Number.NaN;
    res.states.forEach((st, si) => {
      // Distinct positions (KTAB's 1e-3 tolerance), each counted once with its probability. As
      // in positionProbabilities, coordinates of issues an actor takes no part in are ignored:
      // otherwise two actors at one position would both carry that position's probability.
      const act = input.active;
      const reps: number[] = [];
      for (let r = 0; r < n; r++) {
        let dup = false;
        for (const q of reps) {
          let s2 = 0;
          for (let x = 0; x < m; x++) {
            if (act && (act[r * m + x] === 0 || act[q * m + x] === 0)) continue;
            s2 += (st.pos[r * m + x] - st.pos[q * m + x]) ** 2;
          }
          if (Math.sqrt(s2) < 1e-3) dup = true;
        }
        if (!dup) reps.push(r);
      }
      let num = 0;
      let den = 0;
      let bestP = -1;
      for (const r of reps) {
        if (input.active && input.active[r * m + k] === 0) continue;
        num += st.prob[r] * st.pos[r * m + k];
        den += st.prob[r];
        if (st.prob[r] > bestP) {
          bestP = st.prob[r];
          if (si === res.states.length - 1) mostLikely = r6(st.pos[r * m + k] * 100);
        }
      }
      traj.push(r6(den > 0 ? (100 * num) / den : base[k].mean));
    });
    const positions: Record<string, number[]> = {};
    members.forEach((i, r) => {
      if (!input.active || input.active[r * m + k])
        positions[t.actors[i].id] = res.states.map((st) => r6(st.pos[r * m + k] * 100));
    });
    return { ...issueForecast(is, traj, base[k], positions), mostLikely };
  });
  const probabilities = res.states.map((st) => {
    const row = new Array<number>(t.actors.length).fill(0);
    members.forEach((i, r) => {
      row[i] = st.prob[r];
    });
    return row;
  });
  return {
    ...stamp(),
    model: 'ktab',
    params: { ...params },
    ...(params.stateTransitions === 'Stochastic' ? { seed } : {}),
    actors: t.actors,
    rounds: res.states.length - 1,
    converged: res.converged,
    issues,
    probabilities,
  };
}

function forecastBdm(t: ActorTable, opts: ForecastOptions, base: Baselines[]): ForecastResult {
  const params: BdmParams = { ...BDM_DEFAULTS, ...opts.bdm };
  const m = t.issues.length;
  let converged = true;
  let rounds = 0;
  const riskExponents: Record<string, number[][]> = {};
  const issues = t.issues.map((is, k): IssueForecast => {
    const idx = participants(t, k);
    const acts = idx.map((i) => ({
      capability: t.actors[i].power,
      position: t.position[i * m + k],
      salience: Math.min(1, t.salience[i * m + k]),
    }));
    const res =
      acts.length >= 2 && new Set(acts.map((a) => a.position)).size > 1
        ? runBdm(acts, params)
        : {
            rounds: [
              {
                positions: acts.map((a) => a.position),
                median: base[k].median,
                mean: base[k].mean,
                risk: [],
                moves: [],
              },
            ],
          };
    const last = res.rounds[res.rounds.length - 1];
    const prev = res.rounds[res.rounds.length - 2];
    if (prev && last.positions.some((p, x) => p !== prev.positions[x])) converged = false;
    rounds = Math.max(rounds, res.rounds.length - 1);
    const traj = res.rounds.map((r) => r6(r.median));
    const positions: Record<string, number[]> = {};
    idx.forEach((i, x) => {
      positions[t.actors[i].id] = res.rounds.map((r) => r6(r.positions[x]));
    });
    riskExponents[is.id] = res.rounds.slice(1).map((r) => r.risk);
    return issueForecast(is, traj, base[k], positions);
  });
  return {
    ...stamp(),
    model: 'bdm',
    params: { ...params },
    actors: t.actors,
    rounds,
    converged,
    issues,
    riskExponents,
  };
}

/** Forecast of a scenario with the chosen model. Throws ForecastInputError on unusable input. */
export function forecast(scenario: Scenario, opts: ForecastOptions): ForecastResult {
  const r = forecastFromTable(actorsFromScenario(scenario, opts.extraActors), opts);
  r.scenario = { id: scenario.meta.id, ...(scenario.meta.as_of ? { as_of: scenario.meta.as_of } : {}) };
  return r;
}

/** The same from an actor table (what Monte Carlo perturbs). */
export function forecastFromTable(t: ActorTable, opts: ForecastOptions): ForecastResult {
  const r = forecastByModel(t, opts);
  r.issues.forEach((f, k) => {
    const is = t.issues[k];
    if (is.kind !== 'range') return;
    const v = (a: number): number => r6(is.min + ((is.max - is.min) * a) / 100);
    f.value = { start: v(f.start), end: v(f.end), trajectory: f.trajectory.map(v), unit: is.unit };
  });
  return r;
}

function forecastByModel(t: ActorTable, opts: ForecastOptions): ForecastResult {
  const base = t.issues.map((_, k) => baselinesFor(t, k));
  if (opts.model === 'ktab') return forecastKtab(t, opts, base);
  if (opts.model === 'bdm') return forecastBdm(t, opts, base);
  if (opts.model !== 'mean' && opts.model !== 'median')
    throw new ForecastInputError(`unknown forecast model "${opts.model}" (use ktab, bdm, mean or median)`);
  const which = opts.model;
  const m = t.issues.length;
  return {
    ...stamp(),
    model: which,
    params: {},
    actors: t.actors,
    rounds: 0,
    converged: true,
    issues: t.issues.map((is, k) => {
      const positions: Record<string, number[]> = {};
      for (const i of participants(t, k)) positions[t.actors[i].id] = [t.position[i * m + k]];
      return issueForecast(is, [base[k][which]], base[k], positions);
    }),
  };
}
