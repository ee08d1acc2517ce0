// Issues grouped into independent blocks. Constraints (and soft penalties) only read a few
// issues; issues linked by one constraint go into one block, so that every constraint lives
// inside a single block and utilities stay additive ACROSS blocks. Each block is enumerated
// once: its feasible tuples and the partial utility vector of each.
import type { CompiledSpace } from './compile.js';

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

export class SpaceTooComplexError extends Error {
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

/**
 * Blocks for a given set of hard constraints and utility coordinates. Soft constraints of the
 * coordinate parties are always included (as penalties).
 */
export function buildBlocks(space: CompiledSpace, hard: readonly number[], dims: Int32Array): BlockSet {
  const m = space.issues.length;
  const parent = Int32Array.from({ length: m }, (_, i) => i);
  const dimOf = new Map<number, number>();
  dims.forEach((p, d) => {
    dimOf.set(p, d);
  });
  const soft = space.constraints.filter((c) => !c.hard && c.penalty !== 0 && dimOf.has(c.party));
  const hardCs = hard.map((k) => space.constraints[k]);
  for (const c of [...hardCs, ...soft]) {
    for (let k = 1; k < c.scope.length; k++) {
      const a = find(parent, c.scope[0]);
      const b = find(parent, c.scope[k]);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < m; i++) {
    const r = find(parent, i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  const d = dims.length;
  const blocks: Block[] = [];
  let feasible = 1n;
  for (const members of groups.values()) {
    const issues = Int32Array.from(members);
    const pos = new Map(members.map((i, k) => [i, k]));
    let product = 1;
    for (const i of members) product *= space.radices[i];
    const mine = hardCs.filter((c) => pos.has(c.scope[0]));
    const mySoft = soft.filter((c) => pos.has(c.scope[0]));
    const k = members.length;
    const vals = new Int32Array(m);
    const tuples: number[] = [];
    const vec: number[] = [];
    const scopeCode = (c: (typeof mine)[number]): number => {
      let code = 0;
      let mul = 1;
      for (const i of c.scope) {
        code += vals[i] * mul;
        mul *= space.radices[i];
      }
      return code;
    };
    // Depth-first over the block's issues; a hard constraint is checked as soon as its last
    // issue is set, so the work follows the feasible partial tuples, not the full product.
    const depthOf = (c: (typeof mine)[number]) =>
      Math.max(...Array.from(c.scope, (i) => pos.get(i) as number));
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
      for (let v = 0; v < space.radices[i]; v++) {
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
    const n = tuples.length / k;
    feasible *= BigInt(n);
    blocks.push({ issues, n, tuples: Int32Array.from(tuples), vec: Float64Array.from(vec) });
  }
  return { dims, hard: [...hard], blocks, feasible };
}
