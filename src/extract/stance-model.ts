// A small statistical back-off for sentences the cue rules cannot read: a multinomial naive Bayes
// over the words of a sentence (party, issue and option names left out, so it learns how a
// position is worded, not whose it is) that guesses its stance. It is trained only on the train
// split of the labelled set (scripts/train-stance-model.ts) and shipped as data, so this module
// stays pure and runs in the browser.
import type { SignalStance } from './types.js';

/** 'none': the sentence names a party and an issue but states no position ("X met Y to discuss Z"). */
export const MODEL_STANCES = ['offer', 'demand', 'rejection', 'progress', 'none'] as const;
export type ModelStance = (typeof MODEL_STANCES)[number];

export interface StanceModel {
  stances: readonly ModelStance[];
  /** Log prior per stance. */
  prior: number[];
  /** Log-likelihood per stance of each feature seen in training (unseen words are skipped). */
  logp: Record<string, number[]>;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'cannot', 'without']);

/**
 * The features of a sentence: its words (stems, names masked out), a word within three words
 * after a negation marked as negated ("not accept" → "¬accept"), and each pair of neighbouring
 * words ("ready_to"): pairs carry the wording of a stance better than single words (measured
 * leave-one-block-out on the training blocks).
 */
export function stanceFeatures(words: readonly string[], masked: (i: number) => boolean): string[] {
  const out: string[] = [];
  let negatedUntil = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (masked(i) || !/^[a-z][a-z'-]*$/.test(w)) continue;
    if (NEGATIONS.has(w)) {
      negatedUntil = i + 3;
      out.push(w);
      continue;
    }
    out.push(i <= negatedUntil ? `¬${w}` : w);
  }
  const n = out.length;
  for (let i = 0; i + 1 < n; i++) out.push(`${out[i]}_${out[i + 1]}`);
  return out;
}

/** Trains the model (Laplace smoothing); features seen fewer than `minCount` times are dropped. */
export function trainStanceModel(
  samples: readonly { features: readonly string[]; stance: ModelStance }[],
  minCount = 2,
): StanceModel {
  const k = MODEL_STANCES.length;
  const docs = new Array<number>(k).fill(0);
  const counts = new Map<string, number[]>();
  for (const s of samples) {
    const c = MODEL_STANCES.indexOf(s.stance);
    docs[c]++;
    for (const f of new Set(s.features)) {
      let row = counts.get(f);
      if (!row) counts.set(f, (row = new Array<number>(k).fill(0)));
      row[c]++;
    }
  }
  const kept = [...counts].filter(([, row]) => row.reduce((a, b) => a + b, 0) >= minCount);
  const totals = new Array<number>(k).fill(0);
  for (const [, row] of kept) for (let c = 0; c < k; c++) totals[c] += row[c];
  const vocabulary = kept.length + 1;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const logp: Record<string, number[]> = {};
  for (const [f, row] of kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    logp[f] = row.map((n, c) => round(Math.log((n + 1) / (totals[c] + vocabulary))));
  const n = samples.length;
  return {
    stances: MODEL_STANCES,
    prior: docs.map((d) => round(Math.log((d + 1) / (n + k)))),
    logp,
  };
}

/** The most likely stance (or 'none') and its posterior probability. */
export function predictStance(
  model: StanceModel,
  features: readonly string[],
): { stance: SignalStance | 'none'; p: number } {
  const scores = [...model.prior];
  for (const f of new Set(features)) {
    const row = model.logp[f];
    if (!row) continue; // unseen words say nothing about the stance
    for (let c = 0; c < scores.length; c++) scores[c] += row[c];
  }
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  let z = 0;
  for (const s of scores) z += Math.exp(s - scores[best]);
  return { stance: model.stances[best], p: 1 / z };
}
