// MARCO (Liffiton, Previti, Malik & Marques-Silva, "Fast, flexible MUS enumeration", 2016):
// enumerate every minimal unsatisfiable subset (MUS) and minimal correction set (MCS) of a set
// of constraints, given only a satisfiability oracle. A "map" formula over one boolean per
// constraint remembers the explored subsets: after an MCS C, every later seed must contain a
// member of C; after a MUS M, every later seed must miss a member of M. Seeds are maximal
// models of the map: a satisfiable seed grows into a maximal satisfiable subset (its complement
// is an MCS), an unsatisfiable one shrinks into a MUS. The map solver is a small DPLL: map
// clauses are all-positive or all-negative, and the constraint sets here are small (tens).

export interface MarcoResult {
  muses: number[][];
  mcses: number[][];
  /** False when the oracle-call budget ran out before the map was exhausted. */
  complete: boolean;
  oracleCalls: number;
}

type Clause = { positive: boolean; vars: number[] };

/** A model of the clauses (true/false per var) preferring `true`, or null when none exists. */
function solveMap(n: number, clauses: Clause[]): Uint8Array | null {
  const value = new Int8Array(n).fill(-1);
  const trail: number[] = [];
  const lit = (c: Clause, v: number) => (value[v] < 0 ? -1 : (value[v] === 1) === c.positive ? 1 : 0);
  // Unit propagation; false on conflict.
  const propagate = (): boolean => {
    let changed = true;
    while (changed) {
      changed = false;
      for (const c of clauses) {
        let open = -1;
        let opens = 0;
        let sat = false;
        for (const v of c.vars) {
          const l = lit(c, v);
          if (l === 1) {
            sat = true;
            break;
          }
          if (l === -1) {
            opens++;
            open = v;
          }
        }
        if (sat) continue;
        if (opens === 0) return false;
        if (opens === 1) {
          value[open] = c.positive ? 1 : 0;
          trail.push(open);
          changed = true;
        }
      }
    }
    return true;
  };
  const search = (): boolean => {
    const mark = trail.length;
    if (!propagate()) {
      while (trail.length > mark) value[trail.pop() as number] = -1;
      return false;
    }
    const v = value.indexOf(-1);
    if (v < 0) return true;
    for (const choice of [1, 0]) {
      value[v] = choice;
      trail.push(v);
      const inner = trail.length;
      if (search()) return true;
      while (trail.length > inner) value[trail.pop() as number] = -1;
      trail.pop();
      value[v] = -1;
    }
    while (trail.length > mark) value[trail.pop() as number] = -1;
    return false;
  };
  if (!search()) return null;
  const model = Uint8Array.from(value, (x) => (x === 1 ? 1 : 0));
  // Grow to a maximal model: switch on any var that breaks no negative clause.
  for (let v = 0; v < n; v++) {
    if (model[v]) continue;
    model[v] = 1;
    if (clauses.some((c) => !c.positive && c.vars.every((x) => model[x] === 1))) model[v] = 0;
  }
  return model;
}

/**
 * Enumerate MUSes and MCSes of constraints 0..n-1. `sat(subset)` tells whether the constraints
 * in the subset can hold together; it must be monotone (a subset of a satisfiable set is
 * satisfiable). `maxOracleCalls` and `maxFound` (MUSes + MCSes) bound the work.
 */
export function marco(
  n: number,
  sat: (subset: number[]) => boolean,
  maxOracleCalls = 5000,
  onCall?: (calls: number, max: number) => void,
  maxFound = 500,
): MarcoResult {
  const clauses: Clause[] = [];
  const muses: number[][] = [];
  const mcses: number[][] = [];
  let calls = 0;
  const cache = new Map<string, boolean>();
  const check = (s: number[]): boolean => {
    const key = s.join(',');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    calls++;
    onCall?.(calls, maxOracleCalls);
    const r = sat(s);
    cache.set(key, r);
    return r;
  };
  for (;;) {
    if (calls >= maxOracleCalls || muses.length + mcses.length >= maxFound) {
      return { muses, mcses, complete: false, oracleCalls: calls };
    }
    const model = solveMap(n, clauses);
    if (!model) break;
    const seed: number[] = [];
    for (let v = 0; v < n; v++) if (model[v]) seed.push(v);
    if (check(seed)) {
      // Grow to a maximal satisfiable subset; its complement is a minimal correction set.
      const mss = new Set(seed);
      for (let v = 0; v < n; v++) {
        if (mss.has(v)) continue;
        mss.add(v);
        if (!check([...mss].sort((a, b) => a - b))) mss.delete(v);
      }
      const mcs: number[] = [];
      for (let v = 0; v < n; v++) if (!mss.has(v)) mcs.push(v);
      if (mcs.length === 0) return { muses, mcses, complete: true, oracleCalls: calls };
      mcses.push(mcs);
      clauses.push({ positive: true, vars: mcs });
    } else {
      // Deletion-based shrink to a minimal unsatisfiable subset.
      let core = seed;
      for (let k = 0; k < core.length; ) {
        const without = core.filter((_, j) => j !== k);
        if (!check(without)) core = without;
        else k++;
      }
      muses.push(core);
      clauses.push({ positive: false, vars: core });
    }
  }
  return { muses, mcses, complete: true, oracleCalls: calls };
}
