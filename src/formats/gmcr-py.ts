// gmcr-py (GMCR+) save files (.gmcr, JSON) to and from scenarios with a `conflict` section.
// Field meanings follow gmcr-py 0.4.1's loader, including the spellings of older files
// (`useManualPreferenceVectors`, `preferenceVector`).

import { conflictParty, conflictScenario } from '../engines/gmcr/conflict-scenario.js';
import { compileConflict } from '../engines/gmcr/model.js';
import type {
  Condition,
  Conflict,
  ConflictOption,
  MoveDirection,
  Preferences,
  Scenario,
  Statement,
} from '../model/types.js';
import { FormatError } from './errors.js';

/** A .gmcr file that cannot be read, with where and how to fix it. */
export class GmcrPyFormatError extends FormatError {
  constructor(
    file: string,
    readonly path: string,
    message: string,
  ) {
    super('gmcr-py', file, path, message);
    this.name = 'GmcrPyFormatError';
  }
}

type Json = unknown;
type Literal = [number, 'Y' | 'N'];
type GmcrCondition = Literal[];
type GmcrStatement = GmcrCondition | { compound: true; members: GmcrCondition[] };

const isObject = (x: Json): x is Record<string, Json> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function slugify(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!s) return 'x';
  return /^[a-z]/.test(s) ? s : `x_${s}`;
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
  used.add(id);
  return id;
}

/** The file name without folders and extension: the scenario id and title come from it. */
function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last.replace(/\.gmcr$/i, '').replace(/\.json$/i, '') || 'conflict';
}

/**
 * gmcr-py moves each decision maker's options together when it loads a file (it pops each option
 * in turn and reinserts it just after the ones already moved); state codes and ranking numbers
 * refer to that order, so the importer applies the same permutation.
 */
function gmcrPyOptionOrder(nOptions: number, dmOptions: number[][]): number[] {
  const order = Array.from({ length: nOptions }, (_, i) => i);
  const moved: number[] = [];
  for (const opts of dmOptions) {
    for (const o of opts) {
      if (moved.includes(o)) continue;
      moved.push(o);
      order.splice(order.indexOf(o), 1);
      order.splice(moved.length, 0, o);
    }
  }
  return order;
}

/**
 * Reads a gmcr-py save file. `fileName` names the file in messages and gives `meta.id` and
 * `meta.title`.
 */
export function importGmcrPy(text: string, fileName: string): Scenario {
  const fail: (path: string, message: string) => never = (path, message) => {
    throw new GmcrPyFormatError(fileName, path, message);
  };
  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail('', `not valid JSON (${(e as Error).message}); a .gmcr file is the JSON gmcr-py saves`);
  }
  if (!isObject(doc)) return fail('', 'expected a JSON object with options, decisionMakers and infeasibles');
  const rawOptions = doc.options;
  const rawDms = doc.decisionMakers;
  if (!Array.isArray(rawOptions))
    return fail('options', 'missing or not a list of {name, permittedDirection}');
  if (!Array.isArray(rawDms))
    return fail('decisionMakers', 'missing or not a list of {name, options, preferences}');
  const nFile = rawOptions.length;

  const optionIndex = (x: Json, path: string): number => {
    const i = typeof x === 'string' && /^\d+$/.test(x) ? Number(x) : x;
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= nFile) {
      return fail(path, `option index ${JSON.stringify(x)} is not between 0 and ${nFile - 1}`);
    }
    return i;
  };
  const readCondition = (x: Json, path: string): GmcrCondition => {
    if (!Array.isArray(x)) return fail(path, 'a condition is a list of [optionIndex, "Y"|"N"] pairs');
    return x.map((lit, k) => {
      if (!Array.isArray(lit) || lit.length !== 2)
        return fail(`${path}[${k}]`, 'expected [optionIndex, "Y"|"N"]');
      const v = lit[1] === true ? 'Y' : lit[1] === false ? 'N' : lit[1];
      if (v !== 'Y' && v !== 'N')
        return fail(`${path}[${k}]`, `expected "Y" or "N", found ${JSON.stringify(lit[1])}`);
      return [optionIndex(lit[0], `${path}[${k}][0]`), v] as Literal;
    });
  };
  const readStatement = (x: Json, path: string): GmcrStatement => {
    if (isObject(x)) {
      if (!Array.isArray(x.members))
        return fail(`${path}.members`, 'a compound statement needs a list of members');
      return { compound: true, members: x.members.map((m, k) => readCondition(m, `${path}.members[${k}]`)) };
    }
    return readCondition(x, path);
  };

  const dmOptions: number[][] = [];
  const owner = new Array<number>(nFile).fill(-1);
  for (const [d, dm] of rawDms.entries()) {
    if (!isObject(dm)) return fail(`decisionMakers[${d}]`, 'expected an object');
    if (typeof dm.name !== 'string') return fail(`decisionMakers[${d}].name`, 'missing name');
    if (!Array.isArray(dm.options))
      return fail(`decisionMakers[${d}].options`, 'missing list of option indices');
    dmOptions.push(
      dm.options.map((x, k) => {
        const i = optionIndex(x, `decisionMakers[${d}].options[${k}]`);
        if (owner[i] >= 0 && owner[i] !== d) {
          fail(
            `decisionMakers[${d}].options[${k}]`,
            `option ${i} is already controlled by decision maker ${owner[i]}`,
          );
        }
        owner[i] = d;
        return i;
      }),
    );
  }
  owner.forEach((d, i) => {
    if (d < 0)
      fail(
        `options[${i}]`,
        'no decision maker controls this option; list it in one decisionMakers[].options',
      );
  });

  // Our option k is gmcr-py's option order[k] after its regrouping.
  const order = gmcrPyOptionOrder(nFile, dmOptions);
  const position = new Array<number>(nFile);
  for (const [k, orig] of order.entries()) position[orig] = k;

  const usedParty = new Set<string>();
  const partyIds = rawDms.map((dm) => uniqueId(slugify((dm as { name: string }).name), usedParty));
  const names = rawOptions.map((o, i) => {
    if (!isObject(o) || typeof o.name !== 'string') return fail(`options[${i}].name`, 'missing option name');
    return o.name;
  });
  const usedOption = new Set<string>();
  const optionIds = new Array<string>(nFile);
  const options: ConflictOption[] = order.map((orig) => {
    const o = rawOptions[orig] as Record<string, Json>;
    const dir = o.permittedDirection ?? 'both';
    if (dir !== 'both' && dir !== 'fwd' && dir !== 'back') {
      return fail(
        `options[${orig}].permittedDirection`,
        `expected "both", "fwd" or "back", found ${JSON.stringify(dir)}`,
      );
    }
    const name = names[orig];
    const base = slugify(name);
    const clash = names.filter((x) => slugify(x) === base).length > 1;
    const id = uniqueId(clash ? `${partyIds[owner[orig]]}_${base}` : base, usedOption);
    optionIds[orig] = id;
    return { id, party: partyIds[owner[orig]], label: name, direction: dir as MoveDirection };
  });

  // A contradictory condition matches no state: null here.
  const toCondition = (c: GmcrCondition): Condition | null => {
    const out: Condition = {};
    for (const [i, v] of c) {
      const id = optionIds[i];
      if (id in out && out[id] !== (v === 'Y')) return null;
      out[id] = v === 'Y';
    }
    return out;
  };
  const conditionKey = (c: GmcrCondition): string => {
    const chars = new Array<string>(nFile).fill('-');
    for (const [i, v] of c) chars[position[i]] = v;
    return chars.join('');
  };
  const statementKey = (s: GmcrStatement): string =>
    Array.isArray(s) ? conditionKey(s) : `[${s.members.map(conditionKey).sort().join(', ')}]`;
  // gmcr-py ignores a statement (or condition) identical to an earlier one; so do we.
  const dedupe = <T extends GmcrStatement>(list: T[]): T[] => {
    const seen = new Set<string>();
    return list.filter((s) => {
      const k = statementKey(s);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  const conditionsOf = (x: Json, path: string): Condition[] => {
    if (x === undefined || x === null) return [];
    if (!Array.isArray(x)) return fail(path, 'expected a list of conditions');
    return dedupe(x.map((c, k) => readCondition(c, `${path}[${k}]`)))
      .map(toCondition)
      .filter((c): c is Condition => c !== null);
  };

  const infeasible = conditionsOf(doc.infeasibles ?? [], 'infeasibles');
  const manual = Boolean(doc.useManualPreferenceRanking ?? doc.useManualPreferenceVectors ?? false);

  // Feasible states in gmcr-py numbering (ascending code in the regrouped order), for rankings.
  const masks = infeasible.map((c) => {
    let mask = 0;
    let value = 0;
    for (const id in c) {
      const bit = 1 << options.findIndex((o) => o.id === id);
      mask |= bit;
      if (c[id]) value |= bit;
    }
    return { mask, value };
  });
  const feasibleCodes: number[] = [];
  if (manual) {
    if (nFile > 24) fail('options', `${nFile} options are too many for a manual preference ranking`);
    for (let s = 0; s < 2 ** nFile; s++)
      if (!masks.some((c) => (s & c.mask) === c.value)) feasibleCodes.push(s);
  }
  const patternOf = (s: number) => options.map((_, i) => ((s >> i) & 1 ? 'Y' : 'N')).join('');

  const preferences: Record<string, Preferences> = {};
  const misperceptions: Record<string, Condition[]> = {};
  for (const [d, raw] of rawDms.entries()) {
    const dm = raw as Record<string, Json>;
    const path = `decisionMakers[${d}]`;
    const id = partyIds[d];
    misperceptions[id] = conditionsOf(dm.misperceptions, `${path}.misperceptions`);
    if (manual) {
      const ranking = dm.preferenceRanking ?? dm.preferenceVector;
      const rpath = `${path}.${dm.preferenceRanking !== undefined ? 'preferenceRanking' : 'preferenceVector'}`;
      if (!Array.isArray(ranking)) {
        return fail(
          `${path}.preferenceRanking`,
          'useManualPreferenceRanking is true but this decision maker has no ranking',
        );
      }
      const seen = new Set<number>();
      const stateOf = (x: Json, p: string): string => {
        if (typeof x !== 'number' || !Number.isInteger(x) || x < 1 || x > feasibleCodes.length) {
          return fail(
            p,
            `state ${JSON.stringify(x)} is not a feasible state number 1…${feasibleCodes.length}`,
          );
        }
        if (seen.has(x)) return fail(p, `state ${x} appears more than once`);
        seen.add(x);
        return patternOf(feasibleCodes[x - 1]);
      };
      const tiers = ranking.map((t, k) =>
        Array.isArray(t)
          ? t.map((x, q) => stateOf(x, `${rpath}[${k}][${q}]`))
          : [stateOf(t, `${rpath}[${k}]`)],
      );
      if (seen.size !== feasibleCodes.length) {
        const missing = feasibleCodes.map((_, k) => k + 1).filter((k) => !seen.has(k));
        return fail(rpath, `the ranking leaves out feasible state(s) ${missing.join(', ')}`);
      }
      preferences[id] = { kind: 'ranking', tiers };
    } else {
      const raw = dm.preferences ?? [];
      if (!Array.isArray(raw)) return fail(`${path}.preferences`, 'expected a list of preference statements');
      const statements = dedupe(raw.map((s, k) => readStatement(s, `${path}.preferences[${k}]`))).map(
        (s): Statement => {
          if (Array.isArray(s)) {
            const c = toCondition(s);
            return c ? { op: 'cond', cond: c } : { op: 'or', of: [] };
          }
          return { op: 'or', of: s.members.map(toCondition).filter((c): c is Condition => c !== null) };
        },
      );
      preferences[id] = { kind: 'statements', statements };
    }
  }

  const coalitions: string[][] = [];
  if (Array.isArray(doc.coalitions)) {
    const seen = new Set<number>();
    doc.coalitions.forEach((c, k) => {
      const members = (Array.isArray(c) ? c : [c]).map((x, q) => {
        if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= rawDms.length) {
          return fail(`coalitions[${k}]`, `${JSON.stringify(x)} is not a decision maker index`);
        }
        if (seen.has(x)) return fail(`coalitions[${k}][${q}]`, `decision maker ${x} is in two coalitions`);
        seen.add(x);
        return partyIds[x];
      });
      if (members.length > 1) coalitions.push(members);
    });
  }

  const conflict: Conflict = { options, infeasible, preferences, misperceptions, coalitions };
  const parties = rawDms.map((dm, d) => conflictParty(partyIds[d], (dm as { name: string }).name));
  const base = baseName(fileName);
  return conflictScenario(slugify(base), base, parties, conflict);
}

// ---- export ----

function literalsOf(c: Condition, index: Map<string, number>): Literal[] {
  return Object.entries(c).map(([id, taken]) => [index.get(id)!, taken ? 'Y' : 'N'] as Literal);
}

/** Conjunction of two conditions, or null when they contradict. */
function and(a: Condition, b: Condition): Condition | null {
  const out: Condition = { ...a };
  for (const [id, v] of Object.entries(b)) {
    if (id in out && out[id] !== v) return null;
    out[id] = v;
  }
  return out;
}

const negations = (c: Condition): Condition[] => Object.entries(c).map(([id, v]) => ({ [id]: !v }));

/** gmcr-py has only conditions and OR-groups: "q if p" is (not p) or q; "q iff p" is (p and q) or (not p and not q). */
function statementToGmcr(st: Statement, index: Map<string, number>): GmcrStatement {
  switch (st.op) {
    case 'cond':
      return literalsOf(st.cond, index);
    case 'or':
      return { compound: true, members: st.of.map((c) => literalsOf(c, index)) };
    case 'if':
      return { compound: true, members: [...negations(st.p), st.q].map((c) => literalsOf(c, index)) };
    case 'iff': {
      const members: Condition[] = [];
      const both = and(st.p, st.q);
      if (both) members.push(both);
      const np = negations(st.p);
      const nq = negations(st.q);
      // With an empty side, "not p" is false (no literal to negate) and so is the second disjunct.
      for (const a of np)
        for (const b of nq) {
          const c = and(a, b);
          if (c) members.push(c);
        }
      return { compound: true, members: members.map((c) => literalsOf(c, index)) };
    }
  }
}

/** Writes a scenario's conflict as a gmcr-py save file (JSON text). */
export function exportGmcrPy(scenario: Scenario): string {
  const model = compileConflict(scenario);
  const conflict = scenario.conflict!;
  // gmcr-py regroups options by decision maker on load; writing them grouped keeps codes stable.
  const order: number[] = [];
  model.parties.forEach((_, d) => {
    conflict.options.forEach((_, i) => {
      if (model.optionParty[i] === d) order.push(i);
    });
  });
  const index = new Map<string, number>();
  for (const [k, orig] of order.entries()) index.set(conflict.options[orig].id, k);
  const recode = (s: number) => {
    let t = 0;
    order.forEach((orig, k) => {
      if (s & (1 << orig)) t |= 1 << k;
    });
    return t;
  };
  const manual = model.parties.some((p) => conflict.preferences[p.id]?.kind === 'ranking');
  const newCodes = Array.from(model.codes, recode).sort((a, b) => a - b);
  const ordinal = new Map<number, number>();
  for (const [k, c] of newCodes.entries()) ordinal.set(c, k + 1);

  const decisionMakers = model.parties.map((p, d) => {
    const prefs = conflict.preferences[p.id];
    const rep: Record<string, unknown> = {
      name: p.name,
      options: order.map((orig, k) => (model.optionParty[orig] === d ? k : -1)).filter((k) => k >= 0),
      preferences: prefs.kind === 'statements' ? prefs.statements.map((s) => statementToGmcr(s, index)) : [],
      misperceptions: (conflict.misperceptions[p.id] ?? []).map((c) => literalsOf(c, index)),
    };
    if (manual) {
      const byRank = new Map<number, number[]>();
      for (const s of model.codes) {
        const r = p.rank[s];
        const list = byRank.get(r) ?? [];
        list.push(ordinal.get(recode(s))!);
        byRank.set(r, list);
      }
      rep.preferenceRanking = [...byRank.entries()]
        .sort((a, b) => b[0] - a[0])
        .map(([, states]) => (states.length === 1 ? states[0] : states.sort((a, b) => a - b)));
    }
    return rep;
  });

  const partyPos = new Map(model.parties.map((p, d) => [p.id, d]));
  const coalitions: (number | number[])[] = [];
  const placed = new Set<number>();
  model.parties.forEach((p, d) => {
    if (placed.has(d)) return;
    const group = conflict.coalitions.find((g) => g.length > 1 && g.includes(p.id));
    if (group) {
      const members = group.map((id) => partyPos.get(id)!);
      for (const m of members) placed.add(m);
      coalitions.push(members);
    } else {
      placed.add(d);
      coalitions.push(d);
    }
  });

  const doc = {
    options: order.map((orig) => ({
      name: conflict.options[orig].label,
      permittedDirection: conflict.options[orig].direction,
    })),
    decisionMakers,
    infeasibles: conflict.infeasible.map((c) => literalsOf(c, index)),
    useManualPreferenceRanking: manual,
    coalitions,
    program: 'entente',
    version: '0.4.1',
  };
  return `${JSON.stringify(doc, null, 1)}\n`;
}
