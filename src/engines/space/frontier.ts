// Exact Pareto frontier by merging partial frontiers block by block. With utilities additive
// across blocks, a package whose restriction to one block is (weakly) dominated by another
// tuple of that block is itself dominated, so only each block's non-dominated tuples can take
// part in a frontier package; the Minkowski sum of two blocks' frontiers, filtered again, is
// the frontier of their union. Equal vectors are kept once with the number of packages behind
// them (weakly dominated vectors are removed, ties are kept).
import { type BlockSet, buildRegion, type Region } from './blocks.js';
import { type CompiledSpace, EPS } from './compile.js';

// A module-local copy: imported bindings can cost a getter call in hot loops under some loaders.
const TOL = EPS;

/** A set of distinct, mutually non-dominated utility vectors with multiplicities. */
export interface Front {
  dims: number;
  n: number;
  /** n × dims. */
  vec: Float64Array;
  /** Packages behind each vector (a float: exact up to 2^53). */
  count: Float64Array;
}

export interface Frontier extends Front {
  /** Party index of each coordinate. */
  parties: Int32Array;
  /** One package per vector: n × issues value indices. */
  packages: Int32Array;
  /** Σ count: packages on the frontier. */
  packageCount: number;
  /** Largest candidate set filtered during the merge (a measure of the work). */
  peakCandidates: number;
}

/**
 * Indices of the non-dominated, pairwise distinct vectors among `n` candidates, and the merged
 * counts. `vec` is n × d. Equal (within TOL) vectors are folded onto the first kept one.
 */
export function nondominated(
  vec: Float64Array,
  count: Float64Array,
  n: number,
  d: number,
): { keep: Int32Array; count: Float64Array } {
  if (n === 0) return { keep: new Int32Array(0), count: new Float64Array(0) };
  if (d === 1) return nondominated1(vec, count, n);
  if (d === 2) return nondominated2(vec, count, n);
  return nondominatedN(vec, count, n, d);
}

function nondominated1(vec: Float64Array, count: Float64Array, n: number) {
  let best = 0;
  for (let k = 1; k < n; k++) if (vec[k] > vec[best]) best = k;
  let c = 0;
  for (let k = 0; k < n; k++) if (vec[k] >= vec[best] - TOL) c += count[k];
  return { keep: Int32Array.of(best), count: Float64Array.of(c) };
}

function nondominated2(vec: Float64Array, count: Float64Array, n: number) {
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => vec[2 * b] - vec[2 * a] || vec[2 * b + 1] - vec[2 * a + 1]);
  const keep: number[] = [];
  const counts: number[] = [];
  let bestY = Number.NEGATIVE_INFINITY;
  let lastX = Number.NaN;
  let lastY = Number.NaN;
  for (let k = 0; k < n; k++) {
    const j = order[k];
    const x = vec[2 * j];
    const y = vec[2 * j + 1];
    if (Math.abs(x - lastX) <= TOL && Math.abs(y - lastY) <= TOL) {
      counts[counts.length - 1] += count[j];
    } else if (y > bestY + TOL) {
      keep.push(j);
      counts.push(count[j]);
      lastX = x;
      lastY = y;
      bestY = y;
    }
  }
  // Rounding can sort a vector just after one it dominates (equal x up to TOL, higher y).
  const outKeep: number[] = [];
  const outCount: number[] = [];
  for (let k = keep.length - 1; k >= 0; k--) {
    const x = vec[2 * keep[k]];
    if (outKeep.length > 0 && x <= vec[2 * outKeep[outKeep.length - 1]] + TOL) continue;
    outKeep.push(keep[k]);
    outCount.push(counts[k]);
  }
  return { keep: Int32Array.from(outKeep.reverse()), count: Float64Array.from(outCount.reverse()) };
}

function nondominatedN(vec: Float64Array, count: Float64Array, n: number, d: number) {
  const sum = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let t = 0;
    for (let q = 0; q < d; q++) t += vec[k * d + q];
    sum[k] = t;
  }
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  order.sort((a, b) => sum[b] - sum[a]);
  // Kept vectors, packed, in insertion (descending-sum) order. `byAxis[q]` lists them by
  // descending coordinate q (values in `axis[q]`): a candidate need only be compared with the
  // kept vectors not below it on one axis, and the shortest such list is scanned.
  const cap0 = Math.min(n, 1024);
  let size = 0;
  let front = new Float64Array(cap0 * d);
  let frontSum = new Float64Array(cap0);
  let byAxis = Array.from({ length: d }, () => new Int32Array(cap0));
  let axis = Array.from({ length: d }, () => new Float64Array(cap0));
  // Entries of a descending list with value >= v.
  const atLeast = (vals: Float64Array, v: number): number => {
    let lo = 0;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vals[mid] >= v) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const keep: number[] = [];
  const counts: number[] = [];
  const alive = new Uint8Array(n);
  let lastDom = -1;
  const dominatedBy = (f: number, o: number): boolean => {
    const b = f * d;
    let gt = false;
    for (let q = 0; q < d; q++) {
      const diff = front[b + q] - vec[o + q];
      if (diff < -TOL) return false;
      if (diff > TOL) gt = true;
    }
    return gt;
  };
  for (let k = 0; k < n; k++) {
    const j = order[k];
    const o = j * d;
    if (lastDom >= 0 && alive[lastDom] && dominatedBy(lastDom, o)) continue;
    let dominated = false;
    let tie = -1;
    let bestQ = 0;
    let span = size + 1;
    for (let q = 0; q < d; q++) {
      const c = atLeast(axis[q], vec[o + q] - TOL);
      if (c < span) {
        span = c;
        bestQ = q;
      }
    }
    const list = byAxis[bestQ];
    for (let p = 0; p < span; p++) {
      const f = list[p];
      if (!alive[f]) continue;
      const b = f * d;
      let ge = true;
      let gt = false;
      for (let q = 0; q < d; q++) {
        const diff = front[b + q] - vec[o + q];
        if (diff < -TOL) {
          ge = false;
          break;
        }
        if (diff > TOL) gt = true;
      }
      if (!ge) continue;
      if (gt) {
        dominated = true;
        lastDom = f;
        break;
      }
      tie = f;
      break;
    }
    if (tie >= 0) {
      counts[tie] += count[j];
      continue;
    }
    if (dominated) continue;
    // Tolerance can sort a vector just before one it is dominated by; only near-equal sums can.
    for (let f = keep.length - 1; f >= 0 && frontSum[f] <= sum[j] + 2 * d * TOL; f--) {
      if (!alive[f]) continue;
      const b = f * d;
      let le = true;
      let lt = false;
      for (let q = 0; q < d; q++) {
        const diff = front[b + q] - vec[o + q];
        if (diff > TOL) {
          le = false;
          break;
        }
        if (diff < -TOL) lt = true;
      }
      if (le && lt) alive[f] = 0;
    }
    const f = keep.length;
    if (f === frontSum.length) {
      const grow = <T extends Float64Array | Int32Array>(a: T, len: number): T => {
        const next = new (a.constructor as { new (n: number): T })(len);
        next.set(a);
        return next;
      };
      front = grow(front, front.length * 2);
      frontSum = grow(frontSum, frontSum.length * 2);
      byAxis = byAxis.map((a) => grow(a, a.length * 2));
      axis = axis.map((a) => grow(a, a.length * 2));
    }
    front.set(vec.subarray(o, o + d), f * d);
    frontSum[f] = sum[j];
    keep.push(j);
    counts.push(count[j]);
    alive[f] = 1;
    for (let q = 0; q < d; q++) {
      const v = vec[o + q];
      const at = atLeast(axis[q], v);
      byAxis[q].copyWithin(at + 1, at, size);
      axis[q].copyWithin(at + 1, at, size);
      byAxis[q][at] = f;
      axis[q][at] = v;
    }
    size++;
  }
  const outKeep: number[] = [];
  const outCount: number[] = [];
  keep.forEach((j, f) => {
    if (alive[f]) {
      outKeep.push(j);
      outCount.push(counts[f]);
    }
  });
  return { keep: Int32Array.from(outKeep), count: Float64Array.from(outCount) };
}

interface BlockFront extends Front {
  tuple: Int32Array;
}

function blockFront(vec: Float64Array, n: number, d: number): BlockFront {
  const ones = new Float64Array(n).fill(1);
  const { keep, count } = nondominated(vec, ones, n, d);
  const out = new Float64Array(keep.length * d);
  keep.forEach((j, k) => {
    out.set(vec.subarray(j * d, j * d + d), k * d);
  });
  return { dims: d, n: keep.length, vec: out, count, tuple: keep };
}

interface MergeStep {
  left: Int32Array;
  right: Int32Array;
}

/**
 * Pareto frontier of the packages feasible in `set` (see `buildBlocks`). With `thresholds`, only
 * its part reaching them is computed: a partial vector that cannot reach a threshold even with
 * the best of the blocks still to come is dropped early (whatever it dominates cannot either).
 */
export function frontierOfBlocks(space: CompiledSpace, set: BlockSet, thresholds?: Float64Array): Frontier {
  const d = set.dims.length;
  const m = space.issues.length;
  const empty = (): Frontier => ({
    dims: d,
    n: 0,
    vec: new Float64Array(0),
    count: new Float64Array(0),
    parties: set.dims,
    packages: new Int32Array(0),
    packageCount: 0,
    peakCandidates: 0,
  });
  if (set.blocks.some((b) => b.n === 0)) return empty();
  if (set.blocks.length === 0) {
    // No issues: the one (empty) package.
    return {
      ...empty(),
      n: 1,
      vec: new Float64Array(d),
      count: Float64Array.of(1),
      packageCount: 1,
      peakCandidates: 1,
    };
  }
  // Small fronts first keeps the running candidate sets small.
  const blocks = [...set.blocks];
  const fronts = blocks.map((b) => blockFront(b.vec, b.n, d));
  const order = fronts.map((_, k) => k).sort((a, b) => fronts[a].n - fronts[b].n);
  // reach[s·d + q]: the most the blocks after merge step s can still add to coordinate q.
  const reach = new Float64Array((order.length + 1) * d);
  for (let s = order.length - 1; s >= 0; s--) {
    const f = fronts[order[s]];
    for (let q = 0; q < d; q++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < f.n; k++) best = Math.max(best, f.vec[k * d + q]);
      reach[s * d + q] = reach[(s + 1) * d + q] + best;
    }
  }
  const hopeless = (vec: Float64Array, k: number, s: number): boolean => {
    if (!thresholds) return false;
    for (let q = 0; q < d; q++)
      if (vec[k * d + q] + reach[(s + 1) * d + q] < thresholds[q] - TOL) return true;
    return false;
  };
  let acc: Front = fronts[order[0]];
  if (thresholds) {
    const first = fronts[order[0]];
    const keep: number[] = [];
    for (let k = 0; k < first.n; k++) if (!hopeless(first.vec, k, 0)) keep.push(k);
    if (keep.length < first.n) {
      const vec = new Float64Array(keep.length * d);
      const count = new Float64Array(keep.length);
      const tuple = new Int32Array(keep.length);
      keep.forEach((k, j) => {
        vec.set(first.vec.subarray(k * d, k * d + d), j * d);
        count[j] = first.count[k];
        tuple[j] = first.tuple[k];
      });
      fronts[order[0]] = { dims: d, n: keep.length, vec, count, tuple };
      acc = fronts[order[0]];
    }
  }
  let peak = acc.n;
  const steps: MergeStep[] = [];
  for (let s = 1; s < order.length; s++) {
    const right = fronts[order[s]];
    const nc = acc.n * right.n;
    peak = Math.max(peak, nc);
    const cv = new Float64Array(nc * d);
    const cc = new Float64Array(nc);
    const pair = new Int32Array(nc);
    let k = 0;
    for (let a = 0; a < acc.n; a++) {
      for (let b = 0; b < right.n; b++) {
        for (let q = 0; q < d; q++) cv[k * d + q] = acc.vec[a * d + q] + right.vec[b * d + q];
        cc[k] = acc.count[a] * right.count[b];
        pair[k] = a * right.n + b;
        if (!hopeless(cv, k, s)) k++;
      }
    }
    const { keep: kept, count } = nondominated(cv, cc, k, d);
    const keep = kept.map((j) => pair[j]);

    const vec = new Float64Array(keep.length * d);
    const left = new Int32Array(keep.length);
    const rightIdx = new Int32Array(keep.length);
    keep.forEach((j, f) => {
      vec.set(cv.subarray(kept[f] * d, kept[f] * d + d), f * d);
      left[f] = Math.floor(j / right.n);
      rightIdx[f] = j % right.n;
    });
    steps.push({ left, right: rightIdx });
    acc = { dims: d, n: keep.length, vec, count };
  }
  // Walk the merge steps back to spell out one package per vector.
  const packages = new Int32Array(acc.n * m);
  for (let f = 0; f < acc.n; f++) {
    let k = f;
    for (let s = steps.length - 1; s >= -1; s--) {
      const bIdx = order[s + 1];
      let entry: number;
      if (s >= 0) {
        entry = steps[s].right[k];
        k = steps[s].left[k];
      } else entry = k;
      const block = blocks[bIdx];
      const t = fronts[bIdx].tuple[entry];
      block.issues.forEach((i, q) => {
        packages[f * m + i] = block.tuples[t * block.issues.length + q];
      });
    }
  }
  let packageCount = 0;
  for (let f = 0; f < acc.n; f++) packageCount += acc.count[f];
  return { ...acc, parties: set.dims, packages, packageCount, peakCandidates: peak };
}

/** Pareto frontier of a region: the cells' frontiers, pooled and filtered once more. */
export function frontierOfRegion(space: CompiledSpace, region: Region, thresholds?: Float64Array): Frontier {
  if (region.cells.length === 1) return frontierOfBlocks(space, region.cells[0], thresholds);
  const d = region.dims.length;
  const m = space.issues.length;
  const parts = region.cells.map((c) => frontierOfBlocks(space, c, thresholds));
  const n = parts.reduce((a, f) => a + f.n, 0);
  const vec = new Float64Array(n * d);
  const count = new Float64Array(n);
  const packages = new Int32Array(n * m);
  let at = 0;
  let peak = 0;
  for (const f of parts) {
    vec.set(f.vec, at * d);
    count.set(f.count, at);
    packages.set(f.packages, at * m);
    at += f.n;
    peak = Math.max(peak, f.peakCandidates);
  }
  const { keep, count: kept } = nondominated(vec, count, n, d);
  const out = new Float64Array(keep.length * d);
  const outPackages = new Int32Array(keep.length * m);
  let packageCount = 0;
  keep.forEach((j, f) => {
    out.set(vec.subarray(j * d, j * d + d), f * d);
    outPackages.set(packages.subarray(j * m, j * m + m), f * m);
    packageCount += kept[f];
  });
  return {
    dims: d,
    n: keep.length,
    vec: out,
    count: kept,
    parties: region.dims,
    packages: outPackages,
    packageCount,
    peakCandidates: Math.max(peak, n),
  };
}

/**
 * Exact Pareto frontier of the packages that satisfy every principal's hard constraints, over
 * the utilities of `parties` (default: the principals).
 */
export function paretoFrontier(
  space: CompiledSpace,
  opts: { parties?: Int32Array; hard?: readonly number[]; cellBlock?: number } = {},
): Frontier {
  const dims = opts.parties ?? space.principals;
  const hard = opts.hard ?? space.constraints.filter((c) => c.hard && c.vetoes).map((c) => c.index);
  return frontierOfRegion(space, buildRegion(space, hard, dims, opts.cellBlock));
}

/** The frontier's vectors where every coordinate reaches its threshold (individual rationality). */
export function rationalPart(front: Frontier, thresholds: Float64Array): Frontier {
  const d = front.dims;
  const m = front.packages.length / Math.max(front.n, 1);
  const keep: number[] = [];
  for (let f = 0; f < front.n; f++) {
    let ok = true;
    for (let q = 0; q < d; q++) if (front.vec[f * d + q] < thresholds[q] - TOL) ok = false;
    if (ok) keep.push(f);
  }
  const vec = new Float64Array(keep.length * d);
  const count = new Float64Array(keep.length);
  const packages = new Int32Array(keep.length * m);
  let packageCount = 0;
  keep.forEach((f, k) => {
    vec.set(front.vec.subarray(f * d, f * d + d), k * d);
    count[k] = front.count[f];
    packages.set(front.packages.subarray(f * m, f * m + m), k * m);
    packageCount += front.count[f];
  });
  return { ...front, n: keep.length, vec, count, packages, packageCount };
}
