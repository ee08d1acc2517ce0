// Issues grouped into independent blocks. Constraints (and soft penalties) only read a few
// issues; issues linked by one constraint go into one block, so that every constraint lives
// inside a single block and utilities stay additive ACROSS blocks. Each block is enumerated
// once: its feasible tuples and the partial utility vector of each.
import { UserError } from '../../model/errors.js';
import { type CompiledConstraint, type CompiledSpace, tableCode } from './compile.js';

export interface Block {
  /** Issue indices of the block, ascending. */
  issues: Int32Array;
  /** Feasible tuples in the block. */
  n: number;
  /** n × issues.length value indices. */
  tuples: Int32Array;
  /** n × dims partial utilities (soft penalties of constraints inside the block included). */
  vec: Float64Array;
}

export interface BlockSet {
  /** Party indices of the utility vector's coordinates. */
  dims: Int32Array;
  /** Constraint indices treated as hard. */
  hard: number[];
  blocks: Block[];
  /** Number of feasible packages: the product of the blocks' tuple counts. */
  feasible: bigint;
}

/** Most feasible tuples one block may hold (a block this large means constraints chain many issues). */
export const MAX_BLOCK = 1 << 21;
/** Most search steps spent enumerating one block. */
export const MAX_BLOCK_VISITS = 1 << 26;

export class SpaceTooComplexError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'SpaceTooComplexError';
  }
}

function find(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

function linkingConstraints(space: CompiledSpace, hard: readonly number[], dims: Int32Array) {
  const dimOf = new Map<number, number>();
  dims.forEach((p, d) => {
    dimOf.set(p, d);
  });
  const soft = space.constraints.filter((c) => !c.hard && c.penalty !== 0 && dimOf.has(c.party));
  const hardCs = hard.map((k) => space.constraints[k]);
  return { dimOf, soft, hardCs };
}

/** Groups of free issues linked by constraints (fixed issues link nothing: their value is known). */
function components(
  space: CompiledSpace,
  linking: readonly CompiledConstraint[],
  fixed?: Int32Array,
): number[][] {
  const m = space.issues.length;
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  for (const c of linking) {
    let first = -1;
    for (const i of c.scope) {
      if (fixed && fixed[i] >= 0) continue;
      if (first < 0) first = i;
      else {
        const a = find(parent, first);
        const b = find(parent, i);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    const r = find(parent, i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()];
}

/**
 * Blocks for a given set of hard constraints and utility coordinates. Soft constraints of the
 * coordinate parties are always included (as penalties). Issues with `fixed[i] >= 0` take that
 * value only (one cell of a conditioned space) and link nothing.
 */
export function buildBlocks(
  space: CompiledSpace,
  hard: readonly number[],
  dims: Int32Array,
  fixed?: Int32Array,
): BlockSet {
  const m = space.issues.length;
  const { dimOf, soft, hardCs } = linkingConstraints(space, hard, dims);
  const groups = components(space, [...hardCs, ...soft], fixed);
  const isFixed = (i: number) => fixed !== undefined && fixed[i] >= 0;
  // A constraint is checked in the block of its first free issue; one over fixed issues only
  // is settled here (hard: the cell is empty or not; soft: a constant penalty).
  const home = (c: CompiledConstraint) => {
    for (const i of c.scope) if (!isFixed(i)) return i;
    return -1;
  };
  const preset = new Int32Array(m);
  if (fixed) for (let i = 0; i < m; i++) if (fixed[i] >= 0) preset[i] = fixed[i];
  const settledCode = (c: CompiledConstraint) => tableCode(c, space.radices, preset);
  let cellEmpty = false;
  const offset = new Float64Array(dims.length);
  for (const c of hardCs) if (home(c) < 0 && c.holds[settledCode(c)] === 0) cellEmpty = true;
  for (const c of soft)
    if (home(c) < 0 && c.holds[settledCode(c)] === 0) offset[dimOf.get(c.party) as number] -= c.penalty;
  const d = dims.length;
  const blocks: Block[] = [];
  let feasible = 1n;
  let offsetPending = offset.some((x) => x !== 0);
  for (const members of groups) {
    const issues = Int32Array.from(members);
    const pos = new Map(members.map((i, k) => [i, k]));
    let product = 1;
    for (const i of members) product *= isFixed(i) ? 1 : space.radices[i];
    const mine = hardCs.filter((c) => pos.has(home(c)));
    const mySoft = soft.filter((c) => pos.has(home(c)));
    const k = members.length;
    const vals = preset.slice();
    const tuples: number[] = [];
    const vec: number[] = [];
    const scopeCode = (c: CompiledConstraint): number => tableCode(c, space.radices, vals);
    // Depth-first over the block's issues; a hard constraint is checked as soon as its last
    // issue is set, so the work follows the feasible partial tuples, not the full product.
    const depthOf = (c: (typeof mine)[number]) =>
      Math.max(...Array.from(c.scope, (i) => (isFixed(i) ? 0 : (pos.get(i) as number))));
    const checks: (typeof mine)[] = members.map(() => []);
    for (const c of mine) checks[depthOf(c)].push(c);
    let visits = 0;
    const visit = (depth: number): void => {
      if (depth === k) {
        if (tuples.length >= MAX_BLOCK * k) {
          throw new SpaceTooComplexError(
            `constraints link issues ${members.map((i) => space.issueIds[i]).join(', ')} into one block with more than ${MAX_BLOCK} feasible combinations; split or simplify the constraints that connect them`,
          );
        }
        for (const i of members) tuples.push(vals[i]);
        for (let q = 0; q < d; q++) {
          const w = space.wutils[dims[q]];
          let u = 0;
          for (const i of members) u += w[i][vals[i]];
          vec.push(u);
        }
        const base = vec.length - d;
        for (const c of mySoft) {
          if (c.holds[scopeCode(c)] === 0) vec[base + (dimOf.get(c.party) as number)] -= c.penalty;
        }
        return;
      }
      const i = members[depth];
      const lo = isFixed(i) ? preset[i] : 0;
      const hi = isFixed(i) ? preset[i] + 1 : space.radices[i];
      for (let v = lo; v < hi; v++) {
        if (++visits > MAX_BLOCK_VISITS) {
          throw new SpaceTooComplexError(
            `constraints link issues ${members.map((x) => space.issueIds[x]).join(', ')} into one block too large to enumerate (${product} combinations); split or simplify the constraints that connect them`,
          );
        }
        vals[i] = v;
        let ok = true;
        for (const c of checks[depth]) {
          if (c.holds[scopeCode(c)] === 0) {
            ok = false;
            break;
          }
        }
        if (ok) visit(depth + 1);
      }
    };
    visit(0);
    let n = tuples.length / k;
    if (cellEmpty) n = 0;
    const v = Float64Array.from(vec);
    if (offsetPending && n > 0) {
      for (let t = 0; t < n; t++) for (let q = 0; q < d; q++) v[t * d + q] += offset[q];
      offsetPending = false;
    }
    feasible *= BigInt(n);
    blocks.push({ issues, n, tuples: Int32Array.from(tuples.slice(0, n * k)), vec: v.subarray(0, n * d) });
  }
  return { dims, hard: [...hard], blocks, feasible };
}

/** A space split into cells by fixing a few issues: the union of the cells' packages. */
export interface Region {
  dims: Int32Array;
  cells: BlockSet[];
  /** Σ over cells of their feasible counts. */
  feasible: bigint;
  /** Issues fixed to split the space (empty when one cell suffices). */
  cutIssues: number[];
}

/** Largest product of one block's radices before the space is split into cells. */
export const CELL_BLOCK = 1 << 20;
/** Most cells a split may create. */
export const MAX_CELLS = 1 << 16;

/**
 * The feasible space as cells. When constraints chain issues into a block whose product exceeds
 * CELL_BLOCK, the issue whose fixing leaves the smallest largest block is fixed to each of its
 * values in turn (recursively): every cell is then exact and small, and the cells partition the
 * space.
 */
export function buildRegion(
  space: CompiledSpace,
  hard: readonly number[],
  dims: Int32Array,
  cellBlock: number = CELL_BLOCK,
): Region {
  const { soft, hardCs } = linkingConstraints(space, hard, dims);
  const linking = [...hardCs, ...soft];
  const m = space.issues.length;
  const largest = (fixed: Int32Array) => {
    let worst = 0;
    let group: number[] = [];
    for (const g of components(space, linking, fixed)) {
      let product = 1;
      for (const i of g) product *= fixed[i] >= 0 ? 1 : space.radices[i];
      if (product > worst) {
        worst = product;
        group = g;
      }
    }
    return { worst, group };
  };
  const cuts: number[] = [];
  const fixedTemplate = new Int32Array(m).fill(-1);
  // Choose the cut issues once (greedily), then enumerate their value combinations.
  for (;;) {
    const { worst, group } = largest(fixedTemplate);
    if (worst <= cellBlock) break;
    let best = -1;
    let bestWorst = Number.POSITIVE_INFINITY;
    for (const i of group) {
      fixedTemplate[i] = 0;
      const w = largest(fixedTemplate).worst * space.radices[i];
      fixedTemplate[i] = -1;
      if (w < bestWorst) {
        bestWorst = w;
        best = i;
      }
    }
    fixedTemplate[best] = 0;
    cuts.push(best);
  }
  let cellCount = 1;
  for (const i of cuts) cellCount *= space.radices[i];
  if (cellCount > MAX_CELLS) {
    throw new SpaceTooComplexError(
      `constraints link the issues too tightly: splitting them needs ${cellCount} cells (issues ${cuts.map((i) => space.issueIds[i]).join(', ')}); simplify the constraints that chain many issues`,
    );
  }
  if (cuts.length === 0) {
    const set = buildBlocks(space, hard, dims);
    return { dims, cells: [set], feasible: set.feasible, cutIssues: [] };
  }
  const cells: BlockSet[] = [];
  let feasible = 0n;
  const fixed = new Int32Array(m).fill(-1);
  for (let c = 0; c < cellCount; c++) {
    let rest = c;
    for (const i of cuts) {
      fixed[i] = rest % space.radices[i];
      rest = Math.floor(rest / space.radices[i]);
    }
    const set = buildBlocks(space, hard, dims, fixed);
    if (set.feasible === 0n) continue;
    cells.push(set);
    feasible += set.feasible;
  }
  return { dims, cells, feasible, cutIssues: cuts };
}
