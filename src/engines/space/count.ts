// Counting the packages that pass the hard constraints AND reach every threshold (the ZOPA).
// Hard constraints alone are counted exactly from the block structure (a product of the blocks'
// feasible-tuple counts). Thresholds are linear in utility, so beyond the enumeration budget the
// count is exact only when they are trivially met or unreachable; otherwise it is reported as
// a range.
import type { BlockSet } from './blocks.js';
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
  const blocks = set.blocks;
  if (set.feasible === 0n) return { count: 0n, exact: true, lower: 0n, upper: 0n, method: 'structure' };
  let allMet = true;
  let someUnreachable = false;
  for (let q = 0; q < d; q++) {
    let lo = 0;
    let hi = 0;
    for (const b of blocks) {
      let bl = Number.POSITIVE_INFINITY;
      let bh = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < b.n; t++) {
        bl = Math.min(bl, b.vec[t * d + q]);
        bh = Math.max(bh, b.vec[t * d + q]);
      }
      lo += bl;
      hi += bh;
    }
    if (lo < thresholds[q] - TOL) allMet = false;
    if (hi < thresholds[q] - TOL) someUnreachable = true;
  }
  if (someUnreachable) return { count: 0n, exact: true, lower: 0n, upper: 0n, method: 'structure' };
  if (allMet)
    return {
      count: set.feasible,
      exact: true,
      lower: set.feasible,
      upper: set.feasible,
      method: 'structure',
    };
  if (set.feasible > BigInt(Math.floor(budget))) {
    return { count: null, exact: false, lower: frontierLower, upper: set.feasible, method: 'bound' };
  }
  // Depth-first over blocks with running partial sums; the last block is a flat loop.
  const nb = blocks.length;
  const partial = new Float64Array((nb + 1) * d);
  const last = blocks[nb - 1];
  let count = 0;
  const walk = (level: number): void => {
    const base = level * d;
    if (level === nb - 1) {
      for (let t = 0; t < last.n; t++) {
        let ok = true;
        for (let q = 0; q < d; q++) {
          if (partial[base + q] + last.vec[t * d + q] < thresholds[q] - TOL) {
            ok = false;
            break;
          }
        }
        if (ok) count++;
      }
      return;
    }
    const b = blocks[level];
    for (let t = 0; t < b.n; t++) {
      for (let q = 0; q < d; q++) partial[base + d + q] = partial[base + q] + b.vec[t * d + q];
      walk(level + 1);
    }
  };
  walk(0);
  const c = BigInt(count);
  return { count: c, exact: true, lower: c, upper: c, method: 'enumerated' };
}
