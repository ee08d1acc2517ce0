// KTAB's spatial model of politics (SMP), re-derived from its published algorithm: actors with
// capability, a position and a salience per dimension (all on [0,1]); each turn every actor
// infers risk attitudes, picks the challenge with the best expected gain (third parties join the
// side they expect to serve them), interpolates a bargain, and every actor then adopts the
// bargain that wins the probabilistic Condorcet election over its queue of bargains.
//
// Only the perspectives that change the outcome are computed: KTAB also evaluates every actor's
// view of every challenge for its database log, which is what makes its turns cost n⁴.
import type { KtabParams } from './params.js';
import { BIG_R_ADJUSTS, BIG_R_RANGES, KTAB_DEFAULTS } from './params.js';
import {
  coalitions,
  type PCE,
  pceCode,
  pceFromCoalitions,
  scalarPce,
  type VPM,
  type VR,
  VR_PROP,
  victoryModelCode,
  vote,
  votingRuleCode,
} from './pce.js';

export interface SmpInput {
  /** Number of actors and of dimensions. */
  n: number;
  d: number;
  /** Capability per actor (> 0). */
  cap: ArrayLike<number>;
  /** Position per actor and dimension on [0,1], row-major n × d. */
  pos: ArrayLike<number>;
  /** Salience per actor and dimension on [0,1] (an actor's saliences sum to ≤ 1), n × d. */
  sal: ArrayLike<number>;
  /**
   * Optional n × d mask: 0 where the actor takes no part in a dimension. Such a coordinate is
   * invisible to everyone (left out of every distance) and the actor's salience there is ignored.
   */
  active?: ArrayLike<number>;
  /**
   * Optional n × n ideal adjustment (KTAB's IdealAdjustment): after each turn actor i's ideal
   * becomes Σ_j a[i][j]·position_j + (1 − Σ_j a[i][j])·old ideal. Absent means the identity:
   * ideals follow positions exactly (KTAB's "cynical" default).
   */
  accommodate?: ArrayLike<number>;
}

/** A uniform [0,1) source for the stochastic state transitions. */
export type Uniform = () => number;

export interface SmpState {
  /** Positions, n × d. */
  pos: Float64Array;
  /** Objective risk attitudes inferred this turn (−1 averse … +1 acceptant). */
  risk: Float64Array;
  /** Probability that each actor's position wins (actors sharing a position share it). */
  prob: Float64Array;
}

export interface SmpResult {
  states: SmpState[];
  /** Per step: movement relative to the first step's movement (KTAB's stopping statistic). */
  fractionalChange: number[];
  /** True when it stopped on the movement rule rather than on the turn limit. */
  converged: boolean;
}

/** Internal numeric form of the switches, resolved once per run. */
export interface Switches {
  vr: VR;
  vpm: VPM;
  pcm: PCE;
  stochastic: boolean;
  rr: number;
  ra: number;
  tpc: number;
  ivb: number;
  bm: number;
}

export function switchesOf(p: KtabParams): Switches {
  return {
    vr: votingRuleCode(p.votingRule),
    vpm: victoryModelCode(p.victoryProbModel),
    pcm: pceCode(p.pceModel),
    stochastic: p.stateTransitions === 'Stochastic',
    rr: BIG_R_RANGES.indexOf(p.bigRRange),
    ra: BIG_R_ADJUSTS.indexOf(p.bigRAdjust),
    tpc: p.thirdPartyCommit === 'NoCommit' ? 0 : p.thirdPartyCommit === 'SemiCommit' ? 1 : 2,
    ivb: p.interVecBargain === 'S1P1' ? 0 : p.interVecBargain === 'S2P2' ? 1 : 2,
    bm: p.bargainModel === 'InitOnlyInterp' ? 0 : p.bargainModel === 'InitRcvrInterp' ? 1 : 2,
  };
}

/** Everything a turn needs about one state: weighted distances and risk attitudes. */
export interface Assessment {
  n: number;
  /** dist[i*n+j]: salience-weighted distance from actor i's ideal to actor j's position. */
  dist: Float64Array;
  /** Objective risk attitude per actor. */
  risk: Float64Array;
  /** rhi[h*n+i]: actor h's estimate of actor i's risk attitude. */
  rhi: Float64Array;
}

/** Utility of a normalised distance sd for risk attitude R (quadratic, concave for R < 0). */
export function riskUtil(sd: number, r: number): number {
  if (sd <= 1) return (1 - sd) * (1 + sd * r);
  return (1 - sd) * (1 + r);
}

function weightedDistance(
  input: SmpInput,
  idealOf: number,
  a: ArrayLike<number>,
  aOff: number,
  b: ArrayLike<number>,
  bOff: number,
  bActor: number,
): number {
  const d = input.d;
  const sal = input.sal;
  const act = input.active;
  let ds2 = 0;
  let ss2 = 0;
  for (let k = 0; k < d; k++) {
    if (act && (act[idealOf * d + k] === 0 || (bActor >= 0 && act[bActor * d + k] === 0))) continue;
    const s = sal[idealOf * d + k];
    const ds = (a[aOff + k] - b[bOff + k]) * s;
    ds2 = ds2 + ds * ds;
    ss2 = ss2 + s * s;
  }
  if (ss2 <= 0) return 0;
  return Math.sqrt(ds2 / ss2);
}

/** Risk attitudes from each actor's chance of winning, scaled into KTAB's chosen range. */
function bigRFromProb(p: Float64Array, rr: number): Float64Array {
  let pMin = 1;
  let pMax = 0;
  for (const x of p) {
    if (x < pMin) pMin = x;
    if (x > pMax) pMax = x;
  }
  const out = new Float64Array(p.length);
  // Everyone equally likely to win (all at one position): nobody has grounds to be risk-taking.
  if (!(pMax - pMin > 0)) return out;
  for (let i = 0; i < p.length; i++) {
    const x = p[i];
    out[i] =
      rr === 0
        ? (x - pMin) / (pMax - pMin)
        : rr === 1
          ? (3 * x - (pMax + 2 * pMin)) / (2 * (pMax - pMin))
          : (2 * x - (pMax + pMin)) / (pMax - pMin);
  }
  return out;
}

function estRisk(rh: number, ri: number, ra: number): number {
  switch (ra) {
    case 0:
      return rh;
    case 1:
      return (2.0 * rh + ri) / 3.0;
    case 2:
      return (rh + ri) / 2;
    case 3:
      return (rh + 2.0 * ri) / 3.0;
    default:
      return ri;
  }
}

/** Distances, risk-neutral election, inferred risk attitudes and each actor's estimate of them. */
export function assess(
  input: SmpInput,
  pos: Float64Array,
  sw: Switches,
  ideal: Float64Array = pos,
): Assessment {
  const { n, d } = input;
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      dist[i * n + j] =
        i === j && ideal === pos ? 0 : weightedDistance(input, i, ideal, i * d, pos, j * d, j);
    }
  }
  const rn = new Float64Array(n * n);
  for (let x = 0; x < n * n; x++) rn[x] = riskUtil(dist[x], 0);
  const c = coalitions(sw.vr, n, n, input.cap, rn);
  const p = pceFromCoalitions(sw.pcm, sw.vpm, c, n);
  const risk = bigRFromProb(p, sw.rr);
  const rhi = new Float64Array(n * n);
  for (let h = 0; h < n; h++) for (let i = 0; i < n; i++) rhi[h * n + i] = estRisk(risk[h], risk[i], sw.ra);
  return { n, dist, risk, rhi };
}

/** Actor h's estimate of actor i's utility for actor j's position. */
export function estUtil(a: Assessment, h: number, i: number, j: number): number {
  return riskUtil(a.dist[i * a.n + j], a.rhi[h * a.n + i]);
}

/**
 * Actor h's estimate of a challenge by i to j: the probability that i wins once third parties
 * have joined, and the expected change in utility to actor k versus the status quo.
 */
export function challenge(
  input: SmpInput,
  salSum: Float64Array,
  a: Assessment,
  sw: Switches,
  h: number,
  k: number,
  i: number,
  j: number,
): { p: number; du: number } {
  const n = a.n;
  const dist = a.dist;
  const rhi = a.rhi;
  const hn = h * n;
  const uii = riskUtil(dist[i * n + i], rhi[hn + i]);
  const uij = riskUtil(dist[i * n + j], rhi[hn + i]);
  const uji = riskUtil(dist[j * n + i], rhi[hn + j]);
  const ujj = riskUtil(dist[j * n + j], rhi[hn + j]);
  const uki = riskUtil(dist[k * n + i], rhi[hn + k]);
  const ukj = riskUtil(dist[k * n + j], rhi[hn + k]);
  const euSQ = uki + ukj;
  const uhkij = uki + uki;
  const uhkji = ukj + ukj;
  const sj = salSum[j];
  const vr = sw.vr;
  let ci = vote(vr, salSum[i] * input.cap[i], uii, uij);
  let cj = vote(vr, sj * input.cap[j], uji, ujj);
  let chij = 1e-10;
  let chji = 1e-10;
  if (ci > 0) chij = chij + ci;
  if (ci < 0) chji = chji - ci;
  if (cj > 0) chij = chij + cj;
  if (cj < 0) chji = chji - cj;
  ci = chij;
  cj = chji;
  const tpc = sw.tpc;
  const prop = vr === VR_PROP;
  for (let m = 0; m < n; m++) {
    if (m === i || m === j) continue;
    const wm = salSum[m] * input.cap[m];
    const rm = rhi[hn + m];
    const umi = riskUtil(dist[m * n + i], rm);
    const umj = riskUtil(dist[m * n + j], rm);
    const umm = riskUtil(dist[m * n + m], rm);
    // m's guess of i's chance if m alone joined whichever side it prefers outright
    const cm = prop ? wm * (umi - umj) : vote(vr, wm, umi, umj);
    const cmi = cm > 0 ? ci + cm : ci;
    const cmj = cm < 0 ? cj - cm : cj;
    const pin = cmi / (cmi + cmj);
    const pjn = 1.0 - pin;
    let uWinI: number;
    let uLoseI: number;
    let uWinIalone: number;
    let uWinJwithM: number;
    if (tpc === 2) {
      uWinI = umi + umi + umi;
      uLoseI = umj + umj + umj;
      uWinIalone = umi + umi + umi;
      uWinJwithM = umj + umj + umj;
    } else if (tpc === 1) {
      uWinI = umi + umi + umm;
      uLoseI = umj + umj + umj;
      uWinIalone = umi + umi + umi;
      uWinJwithM = umj + umj + umm;
    } else {
      uWinI = umi + umi + umm;
      uLoseI = umj + umj + umm;
      uWinIalone = umi + umi + umm;
      uWinJwithM = umj + umj + umm;
    }
    const uJoinI = pin * uWinI + pjn * uLoseI;
    const uJoinJ = pin * uWinIalone + pjn * uWinJwithM;
    const v = prop ? wm * (uJoinI - uJoinJ) : vote(vr, wm, uJoinI, uJoinJ);
    if (v > 0) chij = chij + v;
    if (v < 0) chji = chji - v;
  }
  const phij = chij / (chij + chji);
  const phji = chji / (chij + chji);
  const euCntst = phij * uhkij + phji * uhkji;
  const euChlg = (1 - sj) * uhkij + sj * euCntst;
  return { p: phij, du: euChlg - euSQ };
}

const round4 = (x: number): number => Math.trunc(0.5 + x * 10000.0) / 10000.0;

/** Bargain positions of i and j when i's (estimated) chance of winning is prbI and j's prbJ. */
export function interpolateBargain(
  input: SmpInput,
  ivb: number,
  i: number,
  j: number,
  pos: Float64Array,
  prbI: number,
  prbJ: number,
  outI: Float64Array,
  outJ: Float64Array,
): void {
  const d = input.d;
  const sal = input.sal;
  for (let k = 0; k < d; k++) {
    const tik = pos[i * d + k];
    const tjk = pos[j * d + k];
    const sik = sal[i * d + k];
    const sjk = sal[j * d + k];
    if (ivb === 2) {
      const di = prbJ > prbI ? prbJ - prbI : 0;
      const dj = prbI > prbJ ? prbI - prbJ : 0;
      const sik2 = sik * sik;
      const sjk2 = sjk * sjk;
      const dik = (di * sjk2) / (di * sjk2 + 1e-6 + (1 - di) * sik2);
      const djk = (dj * sik2) / (dj * sik2 + 1e-6 + (1 - dj) * sjk2);
      outI[k] = tik + dik * (tjk - tik);
      outJ[k] = tjk + djk * (tik - tjk);
    } else {
      const wik = ivb === 0 ? sik * prbI : sik * sik * (prbI * prbI);
      const wjk = ivb === 0 ? sjk * prbJ : sjk * sjk * (prbJ * prbJ);
      outI[k] = round4(((wik + 1e-6) * tik + wjk * tjk) / (wik + 1e-6 + wjk));
      outJ[k] = round4((wik * tik + (1e-6 + wjk) * tjk) / (wik + 1e-6 + wjk));
    }
  }
}

/** One bargain: the positions it asks its initiator and its receiver to adopt. */
export interface Bargain {
  init: number;
  rcvr: number;
  posInit: Float64Array;
  posRcvr: Float64Array;
}

export interface TurnDetail {
  /** Per actor: its best target (−1 if none), its estimated win probability and expected gain. */
  target: Int32Array;
  targetProb: Float64Array;
  targetGain: Float64Array;
  /** Per actor: the bargains in its queue and the one it adopted. */
  queues: Bargain[][];
  chosen: Int32Array;
  /** Per actor: the PCE probability of each bargain in its queue. */
  queueProbs: Float64Array[];
}

/** Per-turn constants of the challenge computation: each actor's voting weight. */
export function challengeWeights(input: SmpInput, salSum: Float64Array): Float64Array {
  const w = new Float64Array(input.n);
  for (let m = 0; m < input.n; m++) w[m] = salSum[m] * input.cap[m];
  return w;
}

/**
 * The best challenge for actor i: the target with the largest expected gain above 1e-5 (first
 * such target on ties). Same arithmetic as `challenge(…, i, i, i, j)` for every j, with what
 * does not depend on j computed once.
 */
export function bestChallenge(
  input: SmpInput,
  salSum: Float64Array,
  a: Assessment,
  sw: Switches,
  i: number,
  wts: Float64Array = challengeWeights(input, salSum),
): { j: number; p: number; gain: number } {
  const n = a.n;
  const dist = a.dist;
  const rhi = a.rhi;
  const hn = i * n;
  const vr = sw.vr;
  const prop = vr === VR_PROP;
  const tpc = sw.tpc;
  // i's estimates: every actor's utility for i's position and for its own
  const uToI = new Float64Array(n);
  const uOwn = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    const r = rhi[hn + m];
    let sd = dist[m * n + i];
    uToI[m] = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
    sd = dist[m * n + m];
    uOwn[m] = sd <= 1 ? (1 - sd) * (1 + sd * r) : (1 - sd) * (1 + r);
  }
  const uii = uToI[i];
  const uki = uToI[i];
  const wi = salSum[i] * input.cap[i];
  let bestJ = -1;
  let bestP = 0;
  let bestEU = -1;
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    const uij = riskUtil(dist[i * n + j], rhi[hn + i]);
    const uji = uToI[j];
    const ujj = riskUtil(dist[j * n + j], rhi[hn + j]);
    const ukj = uij;
    const euSQ = uki + ukj;
    const uhkij = uki + uki;
    const uhkji = ukj + ukj;
    const sj = salSum[j];
    const ci0 = prop ? wi * (uii - uij) : vote(vr, wi, uii, uij);
    const cj0 = prop ? sj * input.cap[j] * (uji - ujj) : vote(vr, sj * input.cap[j], uji, ujj);
    let chij = 1e-10;
    let chji = 1e-10;
    if (ci0 > 0) chij = chij + ci0;
    if (ci0 < 0) chji = chji - ci0;
    if (cj0 > 0) chij = chij + cj0;
    if (cj0 < 0) chji = chji - cj0;
    const ci = chij;
    const cj = chji;
    for (let m = 0; m < n; m++) {
      if (m === i || m === j) continue;
      const wm = wts[m];
      const rm = rhi[hn + m];
      const umi = uToI[m];
      const sd = dist[m * n + j];
      const umj = sd <= 1 ? (1 - sd) * (1 + sd * rm) : (1 - sd) * (1 + rm);
      const umm = uOwn[m];
      const cm = prop ? wm * (umi - umj) : vote(vr, wm, umi, umj);
      const cmi = cm > 0 ? ci + cm : ci;
      const cmj = cm < 0 ? cj - cm : cj;
      const pin = cmi / (cmi + cmj);
      const pjn = 1.0 - pin;
      let uJoinI: number;
      let uJoinJ: number;
      if (tpc === 1) {
        uJoinI = pin * (umi + umi + umm) + pjn * (umj + umj + umj);
        uJoinJ = pin * (umi + umi + umi) + pjn * (umj + umj + umm);
      } else if (tpc === 2) {
        uJoinI = pin * (umi + umi + umi) + pjn * (umj + umj + umj);
        uJoinJ = pin * (umi + umi + umi) + pjn * (umj + umj + umj);
      } else {
        uJoinI = pin * (umi + umi + umm) + pjn * (umj + umj + umm);
        uJoinJ = pin * (umi + umi + umm) + pjn * (umj + umj + umm);
      }
      const v = prop ? wm * (uJoinI - uJoinJ) : vote(vr, wm, uJoinI, uJoinJ);
      if (v > 0) chij = chij + v;
      if (v < 0) chji = chji - v;
    }
    const phij = chij / (chij + chji);
    const phji = chji / (chij + chji);
    const euCntst = phij * uhkij + phji * uhkji;
    const euChlg = (1 - sj) * uhkij + sj * euCntst;
    const du = euChlg - euSQ;
    if (1e-5 < du && bestEU < du) {
      bestJ = j;
      bestP = phij;
      bestEU = du;
    }
  }
  return { j: bestJ, p: bestP, gain: bestEU };
}

/** Utility to actor i of its own ideal against a given position (risk attitude r). */
function posUtil(
  input: SmpInput,
  ideal: Float64Array,
  i: number,
  p: Float64Array,
  pActor: number,
  r: number,
): number {
  return riskUtil(weightedDistance(input, i, ideal, i * input.d, p, 0, pActor), r);
}

/** Runs one turn from `pos`: returns the new positions. */
export function turn(
  input: SmpInput,
  salSum: Float64Array,
  pos: Float64Array,
  a: Assessment,
  sw: Switches,
  uniform: Uniform | undefined,
  detail?: TurnDetail,
  ideal: Float64Array = pos,
): Float64Array {
  const { n, d } = input;
  const queues: Bargain[][] = Array.from({ length: n }, () => []);
  const bI = new Float64Array(d);
  const bJ = new Float64Array(d);
  const bI2 = new Float64Array(d);
  const bJ2 = new Float64Array(d);
  // Queues are filled as KTAB does when its actor threads run in index order.
  const wts = challengeWeights(input, salSum);
  for (let i = 0; i < n; i++) {
    const sq = pos.slice(i * d, i * d + d);
    queues[i].push({ init: i, rcvr: i, posInit: sq, posRcvr: sq });
    const best = bestChallenge(input, salSum, a, sw, i, wts);
    if (detail) {
      detail.target[i] = best.j;
      detail.targetProb[i] = best.p;
      detail.targetGain[i] = best.gain;
    }
    if (best.j < 0) continue;
    const j = best.j;
    interpolateBargain(input, sw.ivb, i, j, pos, best.p, 1 - best.p, bI, bJ);
    const iij: Bargain = { init: i, rcvr: j, posInit: bI.slice(), posRcvr: bJ.slice() };
    if (sw.bm === 0) {
      queues[i].push(iij);
      queues[j].push(iij);
      continue;
    }
    // KTAB feeds the receiver's estimate of i's expected gain, not of i's win probability, into
    // the receiver's interpolation; kept so that results stay identical.
    const pj = challenge(input, salSum, a, sw, j, i, i, j).du;
    interpolateBargain(input, sw.ivb, i, j, pos, pj, 1 - pj, bI2, bJ2);
    const jij: Bargain = { init: i, rcvr: j, posInit: bI2.slice(), posRcvr: bJ2.slice() };
    if (sw.bm === 1) {
      queues[i].push(iij, jij);
      queues[j].push(iij, jij);
      continue;
    }
    // KTAB weighs the receiver's view with the initiator's capability; kept for identical results.
    const wi = input.cap[i] * salSum[i];
    const wj = input.cap[i] * salSum[j];
    const pi = new Float64Array(d);
    const pjv = new Float64Array(d);
    for (let k = 0; k < d; k++) {
      pi[k] = (wi * bI[k] + wj * bI2[k]) / (wi + wj);
      pjv[k] = (wi * bJ[k] + wj * bJ2[k]) / (wi + wj);
    }
    const ij: Bargain = { init: i, rcvr: j, posInit: pi, posRcvr: pjv };
    queues[i].push(ij);
    queues[j].push(ij);
  }

  // Own utility of every current position, per actor, for the bargain evaluations below.
  const own = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let m = 0; m < n; m++) own[i * n + m] = estUtil(a, i, i, m);

  const next = pos.slice();
  for (let k = 0; k < n; k++) {
    const q = queues[k];
    const nb = q.length;
    const u = new Float64Array(n * nb);
    for (let i = 0; i < n; i++) {
      const ri = a.risk[i];
      for (let m = 0; m < nb; m++) {
        const b = q[m];
        let s = 0;
        if (b.init === b.rcvr) {
          for (let x = 0; x < n; x++) s = s + own[i * n + x];
        } else {
          s = s + posUtil(input, ideal, i, b.posInit, b.init, ri);
          s = s + posUtil(input, ideal, i, b.posRcvr, b.rcvr, ri);
          for (let x = 0; x < n; x++) if (x !== b.init && x !== b.rcvr) s = s + own[i * n + x];
        }
        u[i * nb + m] = s / n;
      }
    }
    const p = scalarPce(n, nb, input.cap, u, sw.vr, sw.vpm, sw.pcm);
    let chosen = 0;
    if (sw.stochastic && uniform) {
      const r = uniform();
      let acc = 0;
      chosen = nb - 1;
      for (let m = 0; m < nb; m++) {
        acc += p[m];
        if (r < acc) {
          chosen = m;
          break;
        }
      }
    } else {
      let best = -1;
      for (let m = 0; m < nb; m++) {
        const x = Math.abs(p[m]);
        if (best < x) {
          best = x;
          chosen = m;
        }
      }
    }
    const b = q[chosen];
    if (b.init !== b.rcvr) next.set(b.init === k ? b.posInit : b.posRcvr, k * d);
    if (detail) {
      detail.chosen[k] = chosen;
      detail.queueProbs[k] = p;
    }
  }
  if (detail) detail.queues = queues;
  return next;
}

/** Probability that each actor's position is the Condorcet winner among the distinct positions. */
export function positionProbabilities(
  input: SmpInput,
  pos: Float64Array,
  a: Assessment,
  sw: Switches,
): Float64Array {
  const { n, d } = input;
  const act = input.active;
  const same = (i: number, j: number): boolean => {
    let s = 0;
    for (let k = 0; k < d; k++) {
      if (act && (act[i * d + k] === 0 || act[j * d + k] === 0)) continue;
      const x = pos[i * d + k] - pos[j * d + k];
      s += x * x;
    }
    return Math.sqrt(s) < 1e-3;
  };
  const uniq: number[] = [];
  for (let i = 0; i < n; i++) {
    let found = false;
    for (let x = 0; x < uniq.length && !found; x++) if (same(i, uniq[x])) found = true;
    if (!found) uniq.push(i);
  }
  const m = uniq.length;
  const u = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let x = 0; x < m; x++) u[i * m + x] = estUtil(a, i, i, uniq[x]);
  const p = scalarPce(n, m, input.cap, u, sw.vr, sw.vpm, sw.pcm);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // KTAB takes the last distinct position within tolerance of the actor's own.
    let k = 0;
    for (let x = 0; x < m; x++) if (same(i, uniq[x])) k = x;
    out[i] = p[k];
  }
  return out;
}

function stateDistance(
  a: Float64Array,
  b: Float64Array,
  n: number,
  d: number,
  act?: ArrayLike<number>,
): number {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < d; k++) {
      if (act && act[i * d + k] === 0) continue;
      const x = a[i * d + k] - b[i * d + k];
      s = s + x * x;
    }
    sum = sum + Math.sqrt(s);
  }
  return sum;
}

function adjustIdeals(input: SmpInput, pos: Float64Array, ideal: Float64Array): Float64Array {
  const { n, d } = input;
  const acc = input.accommodate!;
  const out = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    let si = 0;
    for (let j = 0; j < n; j++) {
      const aij = acc[i * n + j];
      si = si + aij;
      for (let k = 0; k < d; k++) out[i * d + k] += aij * pos[j * d + k];
    }
    const lag = 1 - Math.min(1, si);
    for (let k = 0; k < d; k++) out[i * d + k] += lag * ideal[i * d + k];
  }
  return out;
}

export function salienceSums(input: SmpInput): Float64Array {
  const out = new Float64Array(input.n);
  for (let i = 0; i < input.n; i++) {
    let s = 0;
    for (let k = 0; k < input.d; k++)
      if (input.active?.[i * input.d + k] !== 0) s += input.sal[i * input.d + k];
    out[i] = s;
  }
  return out;
}

export interface SmpRunOptions {
  params?: Partial<KtabParams>;
  /** Uniform [0,1) source; required when stateTransitions is Stochastic. */
  uniform?: Uniform;
  /** Called after each turn with the turn number (1-based). */
  onTurn?: (turn: number) => void;
}

/** Runs the model from the input positions until KTAB's stopping rule holds. */
export function runSmp(input: SmpInput, options: SmpRunOptions = {}): SmpResult {
  const params: KtabParams = { ...KTAB_DEFAULTS, ...options.params };
  const sw = switchesOf(params);
  if (sw.stochastic && !options.uniform)
    throw new Error('runSmp: stochastic transitions need a uniform random source');
  const { n, d } = input;
  const salSum = salienceSums(input);
  let pos: Float64Array = Float64Array.from(input.pos);
  let ideal = pos;
  let a = assess(input, pos, sw);
  const states: SmpState[] = [{ pos, risk: a.risk, prob: positionProbabilities(input, pos, a, sw) }];
  const fractionalChange: number[] = [];
  let converged = false;
  for (let iter = 1; ; iter++) {
    const next = turn(input, salSum, pos, a, sw, options.uniform, undefined, ideal);
    // coordinates of dimensions an actor takes no part in stay where they were: nobody sees them
    if (input.active) for (let x = 0; x < n * d; x++) if (input.active[x] === 0) next[x] = input.pos[x];
    pos = next;
    ideal = input.accommodate ? adjustIdeals(input, pos, ideal) : pos;
    a = assess(input, pos, sw, ideal);
    states.push({ pos, risk: a.risk, prob: positionProbabilities(input, pos, a, sw) });
    options.onTurn?.(iter);
    const d01 = stateDistance(states[0].pos, states[1].pos, n, d, input.active) + 1e-4;
    const dxy = stateDistance(states[iter].pos, states[iter - 1].pos, n, d, input.active);
    const ratio = dxy / d01;
    fractionalChange.push(ratio);
    const quiet = ratio < params.minDeltaRatio;
    if (iter >= params.minIterations && quiet) {
      converged = true;
      break;
    }
    if (iter >= params.maxIterations) break;
  }
  return { states, fractionalChange, converged };
}
