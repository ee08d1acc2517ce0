// A literal implementation of one SMP turn: full per-perspective utility matrices, explicit
// coalitions and election tables, no shortcuts. The independent check for the engine (tests)
// and the in-run baseline for its benchmark.
import type { KtabParams } from '../../../src/engines/forecast/ktab/params.js';

type M = number[][];

function voteOf(vr: string, w: number, a: number, b: number): number {
  const du = a - b;
  const bin = Math.max(-1, Math.min(1, du / 1e-8));
  if (vr === 'Binary') return w * bin;
  if (vr === 'PropBin') return w * (0.8 * du + 0.2 * bin);
  if (vr === 'Prop') return w * du;
  if (vr === 'PropCbc') return w * (0.5 * du + 0.5 * du ** 3);
  if (vr === 'Cubic') return w * du ** 3;
  return du < 0 ? w * du : du > 0 ? (2 * w * du) / 3 : 0;
}

function pv(vpm: string, s1: number, s2: number): [number, number] {
  const pw: Record<string, number> = { Linear: 1, Square: 2, Quartic: 4, Octic: 8 };
  if (vpm === 'Binary') {
    if (s1 >= 1.1 * s2) return [1 / (1 + 1e-6), 1e-6 / (1 + 1e-6)];
    if (s2 >= 1.1 * s1) return [1e-6 / (1 + 1e-6), 1 / (1 + 1e-6)];
    const p = ((s1 / (s1 + s2)) * 2.1 - 1) / 0.1;
    return [p, 1 - p];
  }
  const x1 = s1 ** pw[vpm];
  const x2 = s2 ** pw[vpm];
  return [x1 / (x1 + x2), x2 / (x1 + x2)];
}

/** Probability of each option under the chosen PCE model, from actor × option utilities. */
function election(P: KtabParams, w: number[], u: M): number[] {
  const m = u[0].length;
  const c: M = Array.from({ length: m }, () => new Array(m).fill(1e-8));
  // as in KTAB, one vote per actor and pair (i > j) feeds both coalitions; with an asymmetric
  // voting rule, vote(i, j) is not −vote(j, i)
  for (let i = 0; i < m; i++)
    for (let j = 0; j < i; j++) {
      for (let k = 0; k < w.length; k++) {
        const v = voteOf(P.votingRule, w[k], u[k][i], u[k][j]);
        if (v > 0) c[i][j] += v;
        else c[j][i] -= v;
      }
    }
  const p: M = c.map((r, i) =>
    r.map((_, j) => (i === j ? 0.5 : pv(P.victoryProbModel, c[i][j], c[j][i])[0])),
  );
  if (P.pceModel === 'Conditional') {
    const q = p.map((r) => r.reduce((a, b) => a * b, 1));
    const t = q.reduce((a, b) => a + b, 0);
    return q.map((x) => x / t);
  }
  let x = new Array(m).fill(1 / m);
  for (let it = 0; it < 20000; it++) {
    let q: number[];
    if (P.pceModel === 'MarkovUniform')
      q = x.map((xi, i) => p[i].reduce((s, pij, j) => s + pij * (xi + x[j]), 0) / m);
    else {
      const inc = c.map((r, i) => r.map((cij, j) => cij * p[i][j] + (i === j ? 1e-10 : 0)));
      const col = inc[0].map((_, j) => inc.reduce((s, r) => s + r[j], 0));
      const ch = inc.map((r) => r.map((v, j) => v / col[j]));
      q = x.map((_, i) => p[i].reduce((s, pij, j) => s + pij * (x[i] * ch[j][i] + x[j] * ch[i][j]), 0));
    }
    const change = Math.max(...q.map((qi, i) => Math.abs(qi - x[i])));
    x = x.map((xi, i) => (xi + q[i]) / 2);
    if (change <= (P.pceModel === 'MarkovUniform' ? 1e-6 : 1e-8)) break;
  }
  return x;
}

export function bruteTurn(P: KtabParams, cap: number[], pos: M, sal: M): M {
  const n = cap.length;
  const d = pos[0].length;
  const dist = (i: number, p: number[]) => {
    let a = 0;
    let b = 0;
    for (let k = 0; k < d; k++) {
      a += ((pos[i][k] - p[k]) * sal[i][k]) ** 2;
      b += sal[i][k] ** 2;
    }
    return Math.sqrt(a / b);
  };
  const util = (sd: number, r: number) => (1 - sd) * (1 + Math.min(sd, 1) * r);
  const rn: M = pos.map((_, i) => pos.map((pj) => util(dist(i, pj), 0)));
  const pw = election(P, cap, rn);
  const lo = Math.min(...pw);
  const hi = Math.max(...pw);
  const R = pw.map((p) =>
    P.bigRRange === 'Min'
      ? (p - lo) / (hi - lo)
      : P.bigRRange === 'Mid'
        ? (3 * p - (hi + 2 * lo)) / (2 * (hi - lo))
        : (2 * p - hi - lo) / (hi - lo),
  );
  const f = { None: 0, OneThird: 1 / 3, Half: 1 / 2, TwoThirds: 2 / 3, Full: 1 }[P.bigRAdjust];
  // aU[h][i][j]: h's estimate of i's utility for j's position
  const aU = pos.map((_, h) =>
    pos.map((_, i) => pos.map((pj) => util(dist(i, pj), (1 - f) * R[h] + f * R[i]))),
  );
  const S = sal.map((s) => s.reduce((a, b) => a + b, 0));
  const chal = (h: number, k: number, i: number, j: number) => {
    const u = aU[h];
    let cij = 1e-10;
    let cji = 1e-10;
    for (const v of [
      voteOf(P.votingRule, S[i] * cap[i], u[i][i], u[i][j]),
      voteOf(P.votingRule, S[j] * cap[j], u[j][i], u[j][j]),
    ]) {
      if (v > 0) cij += v;
      else cji -= v;
    }
    const [pi0, pj0] = [cij, cji];
    for (let m = 0; m < n; m++) {
      if (m === i || m === j) continue;
      const w = S[m] * cap[m];
      const vm = voteOf(P.votingRule, w, u[m][i], u[m][j]);
      const pin = (pi0 + Math.max(0, vm)) / (pi0 + Math.max(0, vm) + pj0 + Math.max(0, -vm));
      const [ui, uj, um] = [u[m][i], u[m][j], u[m][m]];
      const full = P.thirdPartyCommit === 'FullCommit';
      const none = P.thirdPartyCommit === 'NoCommit';
      const joinI = pin * (2 * ui + (full ? ui : um)) + (1 - pin) * (2 * uj + (none ? um : uj));
      const joinJ = pin * (2 * ui + (none ? um : ui)) + (1 - pin) * (2 * uj + (full ? uj : um));
      const v = voteOf(P.votingRule, w, joinI, joinJ);
      if (v > 0) cij += v;
      else cji -= v;
    }
    const p = cij / (cij + cji);
    const win = 2 * u[k][i];
    const gain = (1 - S[j]) * win + S[j] * (p * win + (1 - p) * 2 * u[k][j]) - (u[k][i] + u[k][j]);
    return { p, gain };
  };
  const interp = (i: number, j: number, pI: number, pJ: number) => {
    const r4 = (x: number) => Math.floor(0.5 + x * 1e4) / 1e4;
    const bi: number[] = [];
    const bj: number[] = [];
    for (let k = 0; k < d; k++) {
      const [ti, tj, si, sj] = [pos[i][k], pos[j][k], sal[i][k], sal[j][k]];
      if (P.interVecBargain === 'S2PMax') {
        const di = Math.max(0, pJ - pI);
        const dj = Math.max(0, pI - pJ);
        bi.push(ti + ((di * sj * sj) / (di * sj * sj + 1e-6 + (1 - di) * si * si)) * (tj - ti));
        bj.push(tj + ((dj * si * si) / (dj * si * si + 1e-6 + (1 - dj) * sj * sj)) * (ti - tj));
      } else {
        const e = P.interVecBargain === 'S1P1' ? 1 : 2;
        const wi = (si * pI) ** e;
        const wj = (sj * pJ) ** e;
        bi.push(r4(((wi + 1e-6) * ti + wj * tj) / (wi + 1e-6 + wj)));
        bj.push(r4((wi * ti + (wj + 1e-6) * tj) / (wi + 1e-6 + wj)));
      }
    }
    return [bi, bj];
  };
  type B = { i: number; j: number; bi: number[]; bj: number[] };
  const q: B[][] = pos.map(() => []);
  for (let i = 0; i < n; i++) {
    q[i].push({ i, j: i, bi: pos[i], bj: pos[i] });
    let best = -1;
    let bestG = -1;
    let bestP = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const c = chal(i, i, i, j);
      if (c.gain > 1e-5 && c.gain > bestG) [best, bestG, bestP] = [j, c.gain, c.p];
    }
    if (best < 0) continue;
    const j = best;
    const [bi, bj] = interp(i, j, bestP, 1 - bestP);
    const g = chal(j, i, i, j).gain;
    const [ci, cj] = interp(i, j, g, 1 - g);
    const list: B[] =
      P.bargainModel === 'InitOnlyInterp'
        ? [{ i, j, bi, bj }]
        : P.bargainModel === 'InitRcvrInterp'
          ? [
              { i, j, bi, bj },
              { i, j, bi: ci, bj: cj },
            ]
          : [
              {
                i,
                j,
                bi: bi.map(
                  (x, k) => (cap[i] * S[i] * x + cap[i] * S[j] * ci[k]) / (cap[i] * S[i] + cap[i] * S[j]),
                ),
                bj: bj.map(
                  (x, k) => (cap[i] * S[i] * x + cap[i] * S[j] * cj[k]) / (cap[i] * S[i] + cap[i] * S[j]),
                ),
              },
            ];
    q[i].push(...list);
    q[j].push(...list);
  }
  return pos.map((_, k) => {
    const u: M = pos.map((_, a) =>
      q[k].map((b) => {
        let s = 0;
        for (let x = 0; x < n; x++) {
          const p = b.i !== b.j && x === b.i ? b.bi : b.i !== b.j && x === b.j ? b.bj : pos[x];
          s += util(dist(a, p), R[a]);
        }
        return s / n;
      }),
    );
    const p = election(P, cap, u);
    const m = p.indexOf(Math.max(...p));
    const b = q[k][m];
    return b.i === b.j ? pos[k] : b.i === k ? b.bi : b.bj;
  });
}
