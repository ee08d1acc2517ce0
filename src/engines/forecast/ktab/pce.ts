// Votes, coalitions, victory probabilities and the probabilistic Condorcet election (PCE) over a
// set of options. Options and actors are indices; utilities are a row-major actor × option matrix.
import type { PceModel, VictoryProbModel, VotingRule } from './params.js';
import { VICTORY_PROB_MODELS, VOTING_RULES } from './params.js';

// Numeric codes, not enums: enum members become property reads once transpiled, in hot loops.
export type VR = 0 | 1 | 2 | 3 | 4 | 5;
export const VR_BINARY = 0;
export const VR_PROPBIN = 1;
export const VR_PROP = 2;
export const VR_PROPCBC = 3;
export const VR_CUBIC = 4;
export const VR_ASYMPROSP = 5;
export type VPM = 0 | 1 | 2 | 3 | 4;
export type PCE = 0 | 1 | 2;

export const votingRuleCode = (v: VotingRule): VR => VOTING_RULES.indexOf(v) as VR;
export const victoryModelCode = (v: VictoryProbModel): VPM => VICTORY_PROB_MODELS.indexOf(v) as VPM;

/** Weighted vote of one actor for option i over option j, given its utilities for both. */
export function vote(vr: VR, w: number, ui: number, uj: number): number {
  const du = ui - uj;
  switch (vr) {
    case VR_PROP:
      return w * du;
    case VR_BINARY: {
      let r = du / 1e-8;
      r = r > 1 ? 1 : Math.max(r, -1);
      return w * r;
    }
    case VR_PROPBIN: {
      let r = du / 1e-8;
      r = r > 1 ? 1 : Math.max(r, -1);
      return w * ((1 - 0.2) * du + 0.2 * r);
    }
    case VR_PROPCBC:
      return w * ((1 - 0.5) * du + 0.5 * (du * du * du));
    case VR_CUBIC:
      return w * (du * du * du);
    case VR_ASYMPROSP:
      if (du < 0) return w * du;
      if (du > 0) return (2 * w * du) / 3;
      return 0;
  }
}

let lastX2 = 0;

/** The two "fighting strengths" of a contest; returns the first, leaves the second in lastX2. */
function strengths(vpm: VPM, s1: number, s2: number): number {
  let x1: number;
  let x2: number;
  switch (vpm) {
    case 0:
      x1 = s1;
      x2 = s2;
      break;
    case 1:
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case 2:
      x1 = s1 * s1 * (s1 * s1);
      x2 = s2 * s2 * (s2 * s2);
      break;
    case 3: {
      const q1 = s1 * s1 * (s1 * s1);
      const q2 = s2 * s2 * (s2 * s2);
      x1 = q1 * q1;
      x2 = q2 * q2;
      break;
    }
    case 4: {
      const thresh = 1.1;
      if (s1 >= thresh * s2) {
        x1 = 1;
        x2 = 1e-6;
      } else if (s2 >= thresh * s1) {
        x1 = 1e-6;
        x2 = 1;
      } else {
        const r12 = s1 / (s1 + s2);
        const p12 = (r12 * (thresh + 1) - 1) / (thresh - 1);
        x1 = p12;
        x2 = 1 - p12;
      }
      break;
    }
  }
  lastX2 = x2;
  return x1;
}

/** Probability that a coalition of strength s1 defeats one of strength s2. */
export function victoryProb(vpm: VPM, s1: number, s2: number): number {
  const x1 = strengths(vpm, s1, s2);
  return x1 / (x1 + lastX2);
}

/**
 * c[i*m+j] = strength of the coalition preferring option i to option j (KTAB starts every
 * coalition at 1e-8 so that no probability is 0/0).
 */
export function coalitions(
  vr: VR,
  nAct: number,
  nOpt: number,
  w: ArrayLike<number>,
  u: ArrayLike<number>,
): Float64Array {
  const c = new Float64Array(nOpt * nOpt);
  for (let i = 0; i < nOpt; i++) {
    for (let j = 0; j < i; j++) {
      let cij = 1e-8;
      let cji = 1e-8;
      for (let k = 0; k < nAct; k++) {
        const v =
          vr === VR_PROP
            ? w[k] * (u[k * nOpt + i] - u[k * nOpt + j])
            : vote(vr, w[k], u[k * nOpt + i], u[k * nOpt + j]);
        if (v > 0) cij = cij + v;
        if (v < 0) cji = cji - v;
      }
      c[i * nOpt + j] = cij;
      c[j * nOpt + i] = cji;
    }
    c[i * nOpt + i] = 1e-8;
  }
  return c;
}

export function victoryMatrix(vpm: VPM, c: Float64Array, m: number): Float64Array {
  const p = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) {
      const x1 = strengths(vpm, c[i * m + j], c[j * m + i]);
      const x2 = lastX2;
      p[i * m + j] = x1 / (x1 + x2);
      p[j * m + i] = x2 / (x1 + x2);
    }
    p[i * m + i] = 0.5;
  }
  return p;
}

function conditionalPce(pv: Float64Array, m: number): Float64Array {
  const p = new Float64Array(m);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    let pi = 1;
    for (let j = 0; j < m; j++) pi = pi * pv[i * m + j];
    p[i] = pi;
    sum += pi;
  }
  for (let i = 0; i < m; i++) p[i] = p[i] / sum;
  return p;
}

function markovUniformPce(pv: Float64Array, m: number): Float64Array {
  let p = new Float64Array(m).fill(1 / m);
  const q = new Float64Array(m);
  let change = 1;
  let iter = 0;
  while (change > 1e-6 && iter < 10_000) {
    change = 0;
    for (let i = 0; i < m; i++) {
      let pi = 0;
      for (let j = 0; j < m; j++) pi = pi + pv[i * m + j] * (p[i] + p[j]);
      q[i] = pi / m;
      const c = Math.abs(q[i] - p[i]);
      if (c > change) change = c;
    }
    const np = new Float64Array(m);
    for (let i = 0; i < m; i++) np[i] = (p[i] + q[i]) / 2;
    p = np;
    iter++;
  }
  return p;
}

function markovIncentivePce(c: Float64Array, pv: Float64Array, m: number): Float64Array {
  const inc = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) inc[i * m + j] = c[i * m + j] * pv[i * m + j] + (i === j ? 1e-10 : 0);
  }
  const colSum = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let k = 0; k < m; k++) s = s + inc[k * m + j];
    colSum[j] = s;
  }
  // chlg[i*m+j]: probability that option j is challenged by option i
  const chlg = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) chlg[i * m + j] = inc[i * m + j] / colSum[j];
  let p = new Float64Array(m).fill(1 / m);
  const q = new Float64Array(m);
  const ct = new Float64Array(m * m);
  let change = 1;
  let iter = 0;
  while (change > 1e-8 && iter < 10_000) {
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) ct[i * m + j] = p[i] * chlg[j * m + i];
    change = 0;
    for (let i = 0; i < m; i++) {
      let qi = 0;
      for (let j = 0; j < m; j++) qi = qi + pv[i * m + j] * (ct[i * m + j] + ct[j * m + i]);
      q[i] = qi;
      const d = Math.abs(qi - p[i]);
      if (d > change) change = d;
    }
    const np = new Float64Array(m);
    for (let i = 0; i < m; i++) np[i] = (p[i] + q[i]) / 2;
    p = np;
    iter++;
  }
  return p;
}

export const pceCode = (p: PceModel): PCE => (p === 'Conditional' ? 0 : p === 'MarkovIncentive' ? 1 : 2);

/** Probability that each option is the Condorcet choice, given the coalition strengths. */
export function pceFromCoalitions(pcm: PCE, vpm: VPM, c: Float64Array, m: number): Float64Array {
  const pv = victoryMatrix(vpm, c, m);
  switch (pcm) {
    case 0:
      return conditionalPce(pv, m);
    case 2:
      return markovUniformPce(pv, m);
    case 1:
      return markovIncentivePce(c, pv, m);
  }
}

/** Votes by every actor over every pair of options, then the PCE over the options. */
export function scalarPce(
  nAct: number,
  nOpt: number,
  w: ArrayLike<number>,
  u: ArrayLike<number>,
  vr: VR,
  vpm: VPM,
  pcm: PCE,
): Float64Array {
  return pceFromCoalitions(pcm, vpm, coalitions(vr, nAct, nOpt, w, u), nOpt);
}
