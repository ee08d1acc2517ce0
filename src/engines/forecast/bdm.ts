// The classic Bueno de Mesquita expected-utility model on one issue, as reconstructed by Scholz,
// Calbert & Smith (2011, "Unravelling Bueno De Mesquita's group decision model", JTP 23(4)).
// Each round: risk exponents from each actor's security, every actor's expected utility of
// challenging and of being challenged by every other, the offers that follow (conflict,
// compromise, capitulation, or status quo), and each actor takes its best offer.
//
// Two places where Scholz's code departs from the paper are switches (defaults follow the code,
// which is what the published replication figures come from):
//  - `probability`: 'scholz' divides each contest's supporting votes by the sum of every actor's
//    absolute vote over every pair of positions (tiny probabilities); 'pairwise' divides by the
//    votes on this pair only, so P(i beats j) + P(j beats i) = 1 as the paper states.
//  - `compromiseChoice`: 'scholz' picks among compromises by the EU-weighted compromise point;
//    'least-move' picks the offer that moves the actor least, as the paper states.
// A third, `capitulation`: 'paper' lets an actor capitulate when its expected loss outweighs the
// challenger's gain; 'never' reproduces an open port of Scholz's code whose test for it can
// never hold. Both give the published emission-standards figures.

export interface BdmActorInput {
  /** Capability (any positive scale; only ratios matter). */
  capability: number;
  /** Position on the issue. */
  position: number;
  /** Salience on 0–1. */
  salience: number;
}

export interface BdmParams {
  rounds: number;
  /** Weight of the status quo in the expected utility of a challenge (Scholz: 1). */
  q: number;
  probability: 'scholz' | 'pairwise';
  compromiseChoice: 'scholz' | 'least-move';
  capitulation: 'paper' | 'never';
}

export const BDM_DEFAULTS: Readonly<BdmParams> = Object.freeze({
  rounds: 8,
  q: 1,
  probability: 'scholz',
  compromiseChoice: 'scholz',
  capitulation: 'paper',
});

export type BdmOfferKind = 'conflict' | 'compromise' | 'capitulation';

export interface BdmMove {
  /** The actor that moves and the actor whose offer it takes. */
  actor: number;
  from: number;
  kind: BdmOfferKind;
  position: number;
}

export interface BdmRound {
  /** Positions at the end of the round (round 0: the input). */
  positions: number[];
  median: number;
  mean: number;
  /** Risk exponents used in this round (empty for round 0). */
  risk: number[];
  moves: BdmMove[];
}

export interface BdmResult {
  rounds: BdmRound[];
}

/** Power-weighted (capability × salience) mean of positions: the "compromise model". */
export function weightedMean(actors: readonly BdmActorInput[], positions: readonly number[]): number {
  let num = 0;
  let den = 0;
  actors.forEach((a, i) => {
    num += a.capability * a.salience * positions[i];
    den += a.capability * a.salience;
  });
  return den > 0 ? num / den : Number.NaN;
}

/**
 * The position that beats every other held position in pairwise power-weighted votes (the
 * weighted median, for the single-peaked linear preferences used here).
 */
export function weightedMedian(actors: readonly BdmActorInput[], positions: readonly number[]): number {
  const uniq = [...new Set(positions)].sort((a, b) => a - b);
  let median = uniq[0];
  for (let k = 1; k < uniq.length; k++) {
    const p = uniq[k];
    let votes = 0;
    actors.forEach((a, i) => {
      votes += a.capability * a.salience * (Math.abs(positions[i] - median) - Math.abs(positions[i] - p));
    });
    if (votes > 0) median = p;
  }
  return median;
}

export function runBdm(actors: readonly BdmActorInput[], params: Partial<BdmParams> = {}): BdmResult {
  const P: BdmParams = { ...BDM_DEFAULTS, ...params };
  const n = actors.length;
  const c = actors.map((a) => a.capability);
  const s = actors.map((a) => a.salience);
  let x = actors.map((a) => a.position);
  const range = Math.max(...x) - Math.min(...x) || 1;
  const rounds: BdmRound[] = [
    {
      positions: x.slice(),
      median: weightedMedian(actors, x),
      mean: weightedMean(actors, x),
      risk: [],
      moves: [],
    },
  ];

  for (let round = 1; round <= P.rounds; round++) {
    const r = new Array<number>(n).fill(1);
    // D[k*n+a]: actor k's normalised distance to actor a's position, raised to k's risk exponent
    const D = new Float64Array(n * n);
    const w = c.map((ck, k) => ck * s[k]);
    let allVotes = 0;
    const setUp = (): void => {
      for (let k = 0; k < n; k++)
        for (let a = 0; a < n; a++) D[k * n + a] = (Math.abs(x[k] - x[a]) / range) ** r[k];
      let tot = 0;
      for (let k = 0; k < n; k++)
        for (let a = 0; a < n; a++)
          for (let b = 0; b < n; b++) tot += Math.abs(w[k] * (D[k * n + b] - D[k * n + a]));
      allVotes = tot;
    };
    // Probability that actor a's position prevails over actor b's.
    const prob = (a: number, b: number): number => {
      if (x[a] === x[b]) return 0;
      let sup = 0;
      let opp = 0;
      for (let k = 0; k < n; k++) {
        const v = w[k] * (D[k * n + b] - D[k * n + a]);
        if (v > 0) sup += v;
        else opp -= v;
      }
      if (P.probability === 'scholz') return sup / allVotes;
      return sup + opp > 0 ? sup / (sup + opp) : 0.5;
    };
    // Expected utility to i of i challenging j, seen with risk exponent rh.
    const euChallenge = (rh: number, i: number, j: number): number => {
      const d = Math.abs(x[i] - x[j]) / range;
      const p = prob(i, j);
      const uSucc = 2 - 4 * (0.5 - 0.5 * d) ** rh;
      const uFail = 2 - 4 * (0.5 + 0.5 * d) ** rh;
      const uSQ = 2 - 4 * 0.5 ** rh;
      return s[j] * (p * uSucc + (1 - p) * uFail) + (1 - s[j]) * uSucc - P.q * uSQ;
    };

    // Security: the more others gain by challenging an actor, the more risk-acceptant it is.
    setUp();
    const danger = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (j !== i) danger[i] += euChallenge(r[i], j, i);
    const dMax = Math.max(...danger);
    const dMin = Math.min(...danger);
    for (let i = 0; i < n; i++) {
      const acc = dMax > dMin ? (2 * danger[i] - dMax - dMin) / (dMax - dMin) : 0;
      r[i] = (1 - acc / 3) / (1 + acc / 3);
    }
    setUp();

    const next = x.slice();
    const moves: BdmMove[] = [];
    for (let i = 0; i < n; i++) {
      type Offer = { kind: BdmOfferKind; from: number; position: number; key: number };
      const offers: Record<BdmOfferKind, Offer[]> = { conflict: [], compromise: [], capitulation: [] };
      for (let j = 0; j < n; j++) {
        if (x[i] === x[j]) continue;
        const euIJ = euChallenge(r[i], i, j);
        const euJI = euChallenge(r[i], j, i);
        const move = (pos: number): number => Math.abs(x[i] - pos);
        if (euJI > euIJ && euIJ > 0)
          offers.conflict.push({ kind: 'conflict', from: j, position: x[j], key: move(x[j]) });
        else if (euJI > 0 && 0 > euIJ && euJI > Math.abs(euIJ)) {
          const pos = x[i] + (x[j] - x[i]) * Math.abs(euIJ / euJI);
          const key =
            P.compromiseChoice === 'scholz'
              ? (Math.abs(euIJ) * x[i] + Math.abs(euJI) * x[j]) / (Math.abs(euIJ) + Math.abs(euJI))
              : move(pos);
          offers.compromise.push({ kind: 'compromise', from: j, position: pos, key });
        } else if (P.capitulation === 'paper' && euJI > 0 && 0 > euIJ && euJI < Math.abs(euIJ))
          offers.capitulation.push({ kind: 'capitulation', from: j, position: x[j], key: move(x[j]) });
      }
      const pool = offers.conflict.length
        ? offers.conflict
        : offers.compromise.length
          ? offers.compromise
          : offers.capitulation;
      if (pool.length === 0) continue;
      let best = pool[0];
      for (const o of pool) if (o.key < best.key) best = o;
      next[i] = best.position;
      moves.push({ actor: i, from: best.from, kind: best.kind, position: best.position });
    }
    x = next;
    rounds.push({
      positions: x.slice(),
      median: weightedMedian(actors, x),
      mean: weightedMean(actors, x),
      risk: r.slice(),
      moves,
    });
  }
  return { rounds };
}
