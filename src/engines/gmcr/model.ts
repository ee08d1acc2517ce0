// The graph model compiled from a scenario's `conflict` section: options as bits of a state code,
// feasible and perceived states as bitsets, and one dense preference rank per party per state.
import type { Condition, Conflict, Scenario, Statement } from '../../model/types.js';
import { type Bitset, hasBit, newBitset, setBit } from './bitset.js';
import { GmcrError } from './errors.js';

/** More options than this would need state arrays beyond what a browser tab can hold. */
export const MAX_OPTIONS = 24;

export interface PartyModel {
  id: string;
  name: string;
  /** Bit mask of the options this party controls. */
  mask: number;
  /** States this party perceives (feasible minus its misperceptions). */
  perceived: Bitset;
  /** Preference rank per state code, higher is better; 0 for infeasible states. */
  rank: Int32Array;
}

export interface GraphModel {
  optionIds: string[];
  optionLabels: string[];
  /** Index in `parties` of each option's owner. */
  optionParty: number[];
  /** Options that may only be taken (N→Y) / only dropped (Y→N). */
  fwdMask: number;
  backMask: number;
  n: number;
  /** 2^n: state codes run 0 … size−1. */
  size: number;
  feasible: Bitset;
  /** Feasible codes in ascending order. */
  codes: Int32Array;
  parties: PartyModel[];
  /** Declared coalitions as lists of party indices (each with two or more members). */
  coalitions: number[][];
  statusQuo: number | null;
  notes: string[];
}

/** A condition as the pair (mask, value): state s satisfies it when (s & mask) === value. */
export interface CompiledCondition {
  mask: number;
  value: number;
}

export function compileCondition(
  cond: Condition,
  index: Map<string, number>,
  where: string,
): CompiledCondition {
  let mask = 0;
  let value = 0;
  for (const [id, taken] of Object.entries(cond)) {
    const i = index.get(id);
    if (i === undefined) {
      throw new GmcrError(
        `${where}: unknown conflict option '${id}'`,
        `use one of: ${[...index.keys()].join(', ')}`,
      );
    }
    mask |= 1 << i;
    if (taken) value |= 1 << i;
  }
  return { mask, value };
}

const holds = (c: CompiledCondition, s: number): boolean => (s & c.mask) === c.value;

type StatementTest = (s: number) => boolean;

function compileStatement(st: Statement, index: Map<string, number>, where: string): StatementTest {
  switch (st.op) {
    case 'cond': {
      const c = compileCondition(st.cond, index, where);
      return (s) => holds(c, s);
    }
    case 'or': {
      const cs = st.of.map((c, k) => compileCondition(c, index, `${where}.of[${k}]`));
      return (s) => cs.some((c) => holds(c, s));
    }
    case 'if': {
      // "q if p": the state satisfies the statement when p implies q.
      const q = compileCondition(st.q, index, `${where}.q`);
      const p = compileCondition(st.p, index, `${where}.p`);
      return (s) => !holds(p, s) || holds(q, s);
    }
    case 'iff': {
      const q = compileCondition(st.q, index, `${where}.q`);
      const p = compileCondition(st.p, index, `${where}.p`);
      return (s) => holds(p, s) === holds(q, s);
    }
  }
}

/** Parses a `Y`/`N`/`-` pattern (option 0 first). */
export function compilePattern(pattern: string, n: number, where: string): CompiledCondition {
  if (pattern.length !== n || !/^[YN-]*$/.test(pattern)) {
    throw new GmcrError(
      `${where}: pattern '${pattern}' must have one of Y, N or - per conflict option (${n} characters)`,
      'write option 0 first, e.g. "YN-" for three options',
    );
  }
  let mask = 0;
  let value = 0;
  for (let i = 0; i < n; i++) {
    if (pattern[i] === '-') continue;
    mask |= 1 << i;
    if (pattern[i] === 'Y') value |= 1 << i;
  }
  return { mask, value };
}

/** Turns per-state scores into dense ranks 1…k (equal scores tie), over feasible codes only. */
function denseRanks(codes: Int32Array, score: Float64Array, size: number): Int32Array {
  const sorted = Float64Array.from(score).sort();
  const rank = new Int32Array(size);
  const distinct: number[] = [];
  for (let k = 0; k < sorted.length; k++)
    if (k === 0 || sorted[k] !== sorted[k - 1]) distinct.push(sorted[k]);
  const rankOf = new Map<number, number>();
  for (const [k, v] of distinct.entries()) rankOf.set(v, k + 1);
  for (let k = 0; k < codes.length; k++) rank[codes[k]] = rankOf.get(score[k])!;
  return rank;
}

function statementRanks(tests: StatementTest[], codes: Int32Array, size: number): Int32Array {
  const K = tests.length;
  if (K <= 52) {
    // Statement k of K weighs 2^(K−1−k); below 2^53 the weighted sum is exact in a double.
    const score = new Float64Array(codes.length);
    for (let k = 0; k < K; k++) {
      const w = 2 ** (K - 1 - k);
      const t = tests[k];
      for (let j = 0; j < codes.length; j++) if (t(codes[j])) score[j] += w;
    }
    return denseRanks(codes, score, size);
  }
  // Beyond 52 statements the weights make the order lexicographic in the satisfied statements.
  const sat = new Uint8Array(codes.length * K);
  for (let j = 0; j < codes.length; j++)
    for (let k = 0; k < K; k++) sat[j * K + k] = tests[k](codes[j]) ? 1 : 0;
  const order = Array.from(codes.keys()).sort((a, b) => {
    for (let k = 0; k < K; k++) {
      const d = sat[a * K + k] - sat[b * K + k];
      if (d !== 0) return d;
    }
    return 0;
  });
  const score = new Float64Array(codes.length);
  let r = 0;
  for (let k = 0; k < order.length; k++) {
    if (k > 0) {
      let same = true;
      for (let q = 0; q < K && same; q++) same = sat[order[k] * K + q] === sat[order[k - 1] * K + q];
      if (!same) r++;
    }
    score[order[k]] = r;
  }
  return denseRanks(codes, score, size);
}

export function compileConflict(scenario: Scenario): GraphModel {
  const conflict: Conflict | undefined = scenario.conflict;
  if (!conflict) {
    throw new GmcrError(
      `scenario '${scenario.meta.id}' has no conflict section`,
      'add a `conflict` with options, preferences and (optionally) infeasible states',
    );
  }
  const n = conflict.options.length;
  if (n === 0)
    throw new GmcrError('conflict.options: the conflict has no options', 'give each party options');
  if (n > MAX_OPTIONS) {
    throw new GmcrError(
      `conflict.options: ${n} options give 2^${n} states, more than this engine handles (${MAX_OPTIONS} options)`,
      'merge options or split the conflict',
    );
  }
  const size = 2 ** n;
  const index = new Map<string, number>();
  conflict.options.forEach((o, i) => {
    if (index.has(o.id)) throw new GmcrError(`conflict.options[${i}]: duplicate option id '${o.id}'`);
    index.set(o.id, i);
  });

  // Parties that own options, in scenario order.
  const partyIndex = new Map<string, number>();
  const owners = new Set(conflict.options.map((o) => o.party));
  const parties: PartyModel[] = [];
  for (const p of scenario.parties) {
    if (!owners.has(p.id)) continue;
    partyIndex.set(p.id, parties.length);
    parties.push({ id: p.id, name: p.name, mask: 0, perceived: newBitset(size), rank: new Int32Array(0) });
  }
  const optionParty: number[] = [];
  let fwdMask = 0;
  let backMask = 0;
  conflict.options.forEach((o, i) => {
    const d = partyIndex.get(o.party);
    if (d === undefined) {
      throw new GmcrError(`conflict.options[${i}] ('${o.id}'): unknown party '${o.party}'`, 'use a party id');
    }
    parties[d].mask |= 1 << i;
    optionParty.push(d);
    if (o.direction === 'fwd') fwdMask |= 1 << i;
    else if (o.direction === 'back') backMask |= 1 << i;
  });

  const infeasible = conflict.infeasible.map((c, k) =>
    compileCondition(c, index, `conflict.infeasible[${k}]`),
  );
  const feasible = newBitset(size);
  let count = 0;
  for (let s = 0; s < size; s++) {
    if (!infeasible.some((c) => holds(c, s))) {
      setBit(feasible, s);
      count++;
    }
  }
  if (count === 0)
    throw new GmcrError('conflict.infeasible: every state is infeasible', 'remove a condition');
  const codes = new Int32Array(count);
  for (let s = 0, k = 0; s < size; s++) if (hasBit(feasible, s)) codes[k++] = s;

  const notes: string[] = [];
  for (const party of parties) {
    const where = `conflict.preferences.${party.id}`;
    const prefs = conflict.preferences[party.id];
    if (!prefs) {
      throw new GmcrError(
        `${where}: party '${party.id}' owns options but has no preferences`,
        'add statements or a ranking',
      );
    }
    if (prefs.kind === 'statements') {
      const tests = prefs.statements.map((st, k) => compileStatement(st, index, `${where}.statements[${k}]`));
      party.rank = statementRanks(tests, codes, size);
    } else {
      const tiers = prefs.tiers.map((tier, t) =>
        tier.map((pat, k) => compilePattern(pat, n, `${where}.tiers[${t}][${k}]`)),
      );
      const score = new Float64Array(codes.length);
      let missing = 0;
      for (let j = 0; j < codes.length; j++) {
        const t = tiers.findIndex((tier) => tier.some((c) => holds(c, codes[j])));
        if (t < 0) missing++;
        score[j] = t < 0 ? 0 : tiers.length - t;
      }
      if (missing > 0)
        notes.push(`${party.name}: ${missing} feasible state(s) are in no ranking tier and rank last`);
      party.rank = denseRanks(codes, score, size);
    }
    const misp = (conflict.misperceptions[party.id] ?? []).map((c, k) =>
      compileCondition(c, index, `conflict.misperceptions.${party.id}[${k}]`),
    );
    for (let j = 0; j < codes.length; j++) {
      if (!misp.some((c) => holds(c, codes[j]))) setBit(party.perceived, codes[j]);
    }
  }

  const coalitions: number[][] = [];
  const inCoalition = new Set<number>();
  conflict.coalitions.forEach((group, g) => {
    const members = group.map((id) => {
      const d = partyIndex.get(id);
      if (d === undefined) {
        throw new GmcrError(`conflict.coalitions[${g}]: '${id}' is not a party that owns conflict options`);
      }
      if (inCoalition.has(d))
        throw new GmcrError(`conflict.coalitions[${g}]: party '${id}' is in two coalitions`);
      inCoalition.add(d);
      return d;
    });
    if (members.length >= 2) coalitions.push(members);
  });

  let statusQuo: number | null = null;
  if (conflict.status_quo) {
    statusQuo = 0;
    for (const id of conflict.status_quo) {
      const i = index.get(id);
      if (i === undefined) throw new GmcrError(`conflict.status_quo: unknown conflict option '${id}'`);
      statusQuo |= 1 << i;
    }
    if (!hasBit(feasible, statusQuo)) {
      notes.push('the status quo state is infeasible; no status-quo analysis');
      statusQuo = null;
    }
  }

  return {
    optionIds: conflict.options.map((o) => o.id),
    optionLabels: conflict.options.map((o) => o.label),
    optionParty,
    fwdMask,
    backMask,
    n,
    size,
    feasible,
    codes,
    parties,
    coalitions,
    statusQuo,
    notes,
  };
}

export function patternOf(code: number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += code & (1 << i) ? 'Y' : 'N';
  return out;
}

/** Options whose value a move from `s` cannot change (irreversible ones already moved). */
export function fixedMask(model: GraphModel, s: number): number {
  return (model.fwdMask & s) | (model.backMask & ~s);
}
