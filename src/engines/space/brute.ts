// The direct computation: every package of the full space, one by one. It is the baseline the
// benchmarks compare against and the reference the block-merge frontier is tested with.
import { type CompiledSpace, EPS, tableCode } from './compile.js';
import { type Frontier, nondominated } from './frontier.js';

// A module-local copy: imported bindings can cost a getter call in hot loops under some loaders.
const TOL = EPS;

export interface BruteForceResult {
  feasible: number;
  /** Feasible packages reaching every coordinate's threshold. */
  rational: number;
  frontier: Frontier;
}

export function bruteForceSpace(
  space: CompiledSpace,
  opts: { parties?: Int32Array; hard?: readonly number[]; thresholds?: Float64Array; limit?: number } = {},
): BruteForceResult {
  const dims = opts.parties ?? space.principals;
  const d = dims.length;
  const m = space.issues.length;
  const size = Number(space.size);
  if (size > (opts.limit ?? 5e7)) throw new Error(`brute force over ${size} packages is beyond the limit`);
  const hard = (opts.hard ?? space.constraints.filter((c) => c.hard && c.vetoes).map((c) => c.index)).map(
    (k) => space.constraints[k],
  );
  const dimOf = new Map<number, number>();
  dims.forEach((p, q) => {
    dimOf.set(p, q);
  });
  const soft = space.constraints.filter((c) => !c.hard && c.penalty !== 0 && dimOf.has(c.party));
  const thr = opts.thresholds ?? Float64Array.from(dims, (p) => space.reservation[p]);
  const pkg = new Int32Array(m);
  let vec = new Float64Array(1024 * d);
  let codes = new Float64Array(1024);
  let n = 0;
  let rational = 0;
  const u = new Float64Array(d);
  const code = (c: (typeof hard)[number]) => tableCode(c, space.radices, pkg);
  for (let x = 0; x < size; x++) {
    if (x > 0) {
      for (let i = 0; i < m; i++) {
        if (++pkg[i] < space.radices[i]) break;
        pkg[i] = 0;
      }
    }
    let ok = true;
    for (const c of hard) {
      if (c.holds[code(c)] === 0) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    for (let q = 0; q < d; q++) {
      const w = space.wutils[dims[q]];
      let s = 0;
      for (let i = 0; i < m; i++) s += w[i][pkg[i]];
      u[q] = s;
    }
    for (const c of soft) if (c.holds[code(c)] === 0) u[dimOf.get(c.party) as number] -= c.penalty;
    let rat = true;
    for (let q = 0; q < d; q++) if (u[q] < thr[q] - TOL) rat = false;
    if (rat) rational++;
    if (n === codes.length) {
      const v2 = new Float64Array(vec.length * 2);
      v2.set(vec);
      vec = v2;
      const c2 = new Float64Array(codes.length * 2);
      c2.set(codes);
      codes = c2;
    }
    vec.set(u, n * d);
    codes[n] = x;
    n++;
  }
  const { keep, count } = nondominated(vec, new Float64Array(n).fill(1), n, d);
  const fv = new Float64Array(keep.length * d);
  const packages = new Int32Array(keep.length * m);
  let packageCount = 0;
  keep.forEach((j, f) => {
    fv.set(vec.subarray(j * d, j * d + d), f * d);
    let rest = codes[j];
    for (let i = 0; i < m; i++) {
      packages[f * m + i] = rest % space.radices[i];
      rest = Math.floor(rest / space.radices[i]);
    }
    packageCount += count[f];
  });
  return {
    feasible: n,
    rational,
    frontier: {
      dims: d,
      n: keep.length,
      vec: fv,
      count,
      parties: dims,
      packages,
      packageCount,
      peakCandidates: n,
    },
  };
}
