// Bargaining solutions over a set of utility vectors (the Pareto frontier of the ZOPA). Every
// solution maximises a score over the vectors; the winners within a relative 1e-9 of the best
// score are reported together as ties. Definitions are in docs/agreement-space.md.
export type SolutionName =
  | 'nash'
  | 'weightedNash'
  | 'kalaiSmorodinsky'
  | 'egalitarian'
  | 'utilitarian'
  | 'geniusKalai';

export const SOLUTION_NAMES: SolutionName[] = [
  'nash',
  'weightedNash',
  'kalaiSmorodinsky',
  'egalitarian',
  'utilitarian',
  'geniusKalai',
];

export const SOLUTION_TITLES: Record<SolutionName, string> = {
  nash: 'Nash bargaining (max product of gains)',
  weightedNash: 'Power-weighted Nash (max product of gains^power share)',
  kalaiSmorodinsky: 'Kalai–Smorodinsky (equal share of each one’s best gain)',
  egalitarian: 'Egalitarian (max smallest gain)',
  utilitarian: 'Utilitarian (max total utility)',
  geniusKalai: 'GENIUS “Kalai” (min spread of raw utilities)',
};

export const SOLUTION_SHORT: Record<SolutionName, string> = {
  nash: 'Nash',
  weightedNash: 'power-weighted Nash',
  kalaiSmorodinsky: 'Kalai–Smorodinsky',
  egalitarian: 'egalitarian',
  utilitarian: 'utilitarian',
  geniusKalai: 'GENIUS Kalai',
};

export interface SolutionPick {
  /** Indices (into the input vectors) of the best vectors, ties included. */
  best: number[];
  /** The maximised score (for minimisations, its negative). */
  score: number;
}

function pick(n: number, score: (k: number) => number): SolutionPick {
  let top = Number.NEGATIVE_INFINITY;
  const scores = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    scores[k] = score(k);
    if (scores[k] > top) top = scores[k];
  }
  if (n === 0) return { best: [], score: Number.NaN };
  const tol = 1e-9 * Math.max(1, Math.abs(top));
  const best: number[] = [];
  for (let k = 0; k < n; k++) {
    if (scores[k] >= top - tol || (scores[k] === top && top === Number.NEGATIVE_INFINITY)) best.push(k);
  }
  return { best, score: top };
}

/**
 * All solutions over `n` vectors (n × d), disagreement point `d0`, and bargaining powers
 * `power` (any non-negative numbers; normalised here, equal when all are 0).
 */
export function bargainingSolutions(
  vec: Float64Array,
  n: number,
  d: number,
  d0: Float64Array,
  power: Float64Array,
): Record<SolutionName, SolutionPick> {
  const gain = (k: number, q: number) => Math.max(0, vec[k * d + q] - d0[q]);
  const totalPower = power.reduce((a, b) => a + b, 0);
  const alpha = Float64Array.from(power, (p) => (totalPower > 0 ? p / totalPower : 1 / d));
  // Kalai–Smorodinsky normalises each gain by the party's best attainable gain.
  const ideal = new Float64Array(d).fill(Number.NEGATIVE_INFINITY);
  for (let k = 0; k < n; k++) for (let q = 0; q < d; q++) ideal[q] = Math.max(ideal[q], vec[k * d + q]);
  const norm = (k: number, q: number) => {
    const span = ideal[q] - d0[q];
    return span > 1e-12 ? gain(k, q) / span : 1;
  };
  return {
    nash: pick(n, (k) => {
      let p = 1;
      for (let q = 0; q < d; q++) p *= gain(k, q);
      return p;
    }),
    weightedNash: pick(n, (k) => {
      let s = 0;
      for (let q = 0; q < d; q++) if (alpha[q] > 0) s += alpha[q] * Math.log(gain(k, q));
      return s;
    }),
    kalaiSmorodinsky: pick(n, (k) => {
      let lo = Number.POSITIVE_INFINITY;
      for (let q = 0; q < d; q++) lo = Math.min(lo, norm(k, q));
      return lo;
    }),
    egalitarian: pick(n, (k) => {
      let lo = Number.POSITIVE_INFINITY;
      for (let q = 0; q < d; q++) lo = Math.min(lo, gain(k, q));
      return lo;
    }),
    utilitarian: pick(n, (k) => {
      let s = 0;
      for (let q = 0; q < d; q++) s += vec[k * d + q];
      return s;
    }),
    geniusKalai: pick(n, (k) => {
      let s = 0;
      for (let a = 0; a < d; a++)
        for (let b = a + 1; b < d; b++) s += Math.abs(vec[k * d + a] - vec[k * d + b]);
      return -s;
    }),
  };
}
