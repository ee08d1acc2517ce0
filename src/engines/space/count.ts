// Counting the packages that pass the hard constraints AND reach every threshold (the ZOPA).
// Hard constraints alone are counted exactly from the block structure (a product of the blocks'
// feasible-tuple counts). Thresholds are linear across blocks, so the count is a depth-first walk
// over blocks with bounds: a branch that cannot reach some threshold even with the best of the
// remaining blocks counts 0, a branch that reaches every threshold even with the worst of them
// counts all its completions at once. Only the undecided branches are opened. The walk stops
// after `budget` branches and then reports a range instead of a count.
import type { BlockSet, Region } from './blocks.js';
import { EPS } from './compile.js';

// A module-local copy: imported bindings can cost a getter call in hot loops under some loaders.
const TOL = EPS;

export interface ZopaCount {
  /** Exact count when `exact`, else null. */
  count: bigint | null;
  exact: boolean;
  /** Bounds (equal to count when exact). */
  lower: bigint;
  upper: bigint;
  /** structure: decided from the blocks' bounds alone; enumerated: by the bounded walk; bound: walk budget exhausted. */
  method: 'structure' | 'enumerated' | 'bound';
}

/** Count packages of `set` whose utility vector reaches `thresholds` (one per dim). */
export function countZopa(
  set: BlockSet,
  thresholds: Float64Array,
  budget: number,
  frontierLower = 0n,
): ZopaCount {
  const d = set.dims.length;
  if (set.feasible === 0n) return { count: 0n, exact: true, lower: 0n, upper: 0n, method: 'structure' };
  // Blocks with the widest utility spread first: bounds tighten fastest.
  const stats = set.blocks.map((b) => {
    const lo = new Float64Array(d).fill(Number.POSITIVE_INFINITY);
    const hi = new Float64Array(d).fill(Number.NEGATIVE_INFINITY);
    for (let t = 0; t < b.n; t++) {
      for (let q = 0; q < d; q++) {
        const v = b.vec[t * d + q];
        if (v < lo[q]) lo[q] = v;
        if (v > hi[q]) hi[q] = v;
      }
    }
    let spread = 0;
    for (let q = 0; q < d; q++) spread = Math.max(spread, hi[q] - lo[q]);
    return { b, lo, hi, spread };
  });
  stats.sort((x, y) => y.spread - x.spread);
  const nb = stats.length;
  // Suffix bounds and sizes: what blocks level.. can still add.
  const minRest = new Float64Array((nb + 1) * d);
  const maxRest = new Float64Array((nb + 1) * d);
  const restCount: bigint[] = new Array(nb + 1).fill(1n);
  for (let l = nb - 1; l >= 0; l--) {
    for (let q = 0; q < d; q++) {
      minRest[l * d + q] = minRest[(l + 1) * d + q] + stats[l].lo[q];
      maxRest[l * d + q] = maxRest[(l + 1) * d + q] + stats[l].hi[q];
    }
    restCount[l] = restCount[l + 1] * BigInt(stats[l].b.n);
  }
  const partial = new Float64Array((nb + 1) * d);
  let visits = 0;
  let small = 0;
  let big = 0n;
  let aborted = false;
  // 0: no completion reaches the thresholds; 1: every completion does; 2: undecided.
  const decide = (level: number): number => {
    let all = true;
    for (let q = 0; q < d; q++) {
      const p = partial[level * d + q];
      if (p + maxRest[level * d + q] < thresholds[q] - TOL) return 0;
      if (p + minRest[level * d + q] < thresholds[q] - TOL) all = false;
    }
    return all ? 1 : 2;
  };
  const walk = (level: number): void => {
    if (aborted) return;
    if (++visits > budget) {
      aborted = true;
      return;
    }
    const verdict = decide(level);
    if (verdict === 0) return;
    if (verdict === 1) {
      if (level >= nb - 2) small += Number(restCount[level]);
      else big += restCount[level];
      if (small > 2 ** 50) {
        big += BigInt(small);
        small = 0;
      }
      return;
    }
    const b = stats[level].b;
    const base = level * d;
    for (let t = 0; t < b.n; t++) {
      for (let q = 0; q < d; q++) partial[base + d + q] = partial[base + q] + b.vec[t * d + q];
      walk(level + 1);
      if (aborted) return;
    }
  };
  walk(0);
  if (aborted) {
    // Branches already counted are exact members; the frontier's rational packages are too.
    const partialCount = big + BigInt(small);
    const lower = partialCount > frontierLower ? partialCount : frontierLower;
    return { count: null, exact: false, lower, upper: set.feasible, method: 'bound' };
  }
  const count = big + BigInt(small);
  return {
    count,
    exact: true,
    lower: count,
    upper: count,
    method: visits === 1 ? 'structure' : 'enumerated',
  };
}

/** countZopa over every cell of a region (the cells partition the space); the budget is shared. */
export function countRegion(
  region: Region,
  thresholds: Float64Array,
  budget: number,
  frontierLower = 0n,
): ZopaCount {
  if (region.cells.length === 1) return countZopa(region.cells[0], thresholds, budget, frontierLower);
  let lower = 0n;
  let upper = 0n;
  let exact = true;
  let structural = true;
  const share = Math.max(1, Math.floor(budget / Math.max(1, region.cells.length)));
  for (const cell of region.cells) {
    const c = countZopa(cell, thresholds, share);
    lower += c.lower;
    upper += c.upper;
    if (!c.exact) exact = false;
    if (c.method !== 'structure') structural = false;
  }
  if (exact) return { count: lower, exact, lower, upper, method: structural ? 'structure' : 'enumerated' };
  return { count: null, exact, lower: lower > frontierLower ? lower : frontierLower, upper, method: 'bound' };
}
