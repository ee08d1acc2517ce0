// The public entry point: stability of every state for every party under the requested concepts,
// equilibria, coalition stability, explanations and status-quo paths, as JSON-able data.
import type { Scenario } from '../../model/types.js';
import { type Bitset, hasBit, newBitset, setBit } from './bitset.js';
import {
  checkState,
  coalitionDecisionMakers,
  type DecisionMaker,
  directStability,
  improvementsFrom,
  partyDecisionMakers,
} from './direct.js';
import { GmcrError } from './errors.js';
import { equilibria, fastStability } from './fast.js';
import { compileConflict, type GraphModel, patternOf } from './model.js';
import {
  ALL_CONCEPTS,
  type AnalyzeOptions,
  CONCEPT_LABELS,
  type Concept,
  type ConceptStability,
  type DecisionMakerInfo,
  type Explanation,
  type ImprovementCheck,
  type Semantics,
  type StabilityResult,
  type StateInfo,
  type StatusQuoAnalysis,
  type StatusQuoPath,
  type Step,
} from './types.js';

export const GMCR_ENGINE_VERSION = '1.0.0';

/** The options taken in a state, in words, grouped by the party that controls them. */
export function stateLabel(model: GraphModel, code: number): string {
  const parts: string[] = [];
  model.parties.forEach((p, d) => {
    const taken = model.optionLabels.filter((_, i) => model.optionParty[i] === d && code & (1 << i));
    if (taken.length > 0) parts.push(`${p.name}: ${taken.join(', ')}`);
  });
  return parts.length > 0 ? parts.join('; ') : '(no option taken)';
}

function codesOf(model: GraphModel, set: Bitset): number[] {
  const out: number[] = [];
  for (const s of model.codes) if (hasBit(set, s)) out.push(s);
  return out;
}

function stableSetsDirect(
  model: GraphModel,
  dms: DecisionMaker[],
  concept: Concept,
  semantics: Semantics,
): Bitset[] {
  return directStability(model, dms, concept, semantics).map((flags) => {
    const set = newBitset(model.size);
    model.codes.forEach((s, k) => {
      if (flags[k]) setBit(set, s);
    });
    return set;
  });
}

function conceptResults(
  model: GraphModel,
  dms: DecisionMaker[],
  concepts: Concept[],
  sets: (c: Concept) => Bitset[],
): ConceptStability[] {
  return concepts.map((concept) => {
    const perDm = sets(concept);
    const stableFor: Record<string, number[]> = {};
    for (const [d, dm] of dms.entries()) stableFor[dm.id] = codesOf(model, perDm[d]);
    return { concept, stableFor, equilibria: codesOf(model, equilibria(model, perDm)) };
  });
}

const dmInfo = (model: GraphModel, dms: DecisionMaker[]): DecisionMakerInfo[] =>
  dms.map((dm) => ({ id: dm.id, name: dm.name, members: dm.members.map((m) => model.parties[m].id) }));

export function analyzeStability(scenario: Scenario, opts: AnalyzeOptions = {}): StabilityResult {
  const model = compileConflict(scenario);
  const concepts =
    opts.concepts && opts.concepts.length > 0 ? [...new Set(opts.concepts)] : [...ALL_CONCEPTS];
  const semantics = opts.semantics ?? 'textbook';
  for (const c of concepts) {
    if (!ALL_CONCEPTS.includes(c)) {
      throw new GmcrError(`unknown stability concept '${c}'`, `use any of: ${ALL_CONCEPTS.join(', ')}`);
    }
  }
  if (semantics !== 'textbook' && semantics !== 'gmcrpy') {
    throw new GmcrError(`unknown sanction semantics '${semantics}'`, "use 'textbook' or 'gmcrpy'");
  }
  const dms = partyDecisionMakers(model);
  const notes = [...model.notes];

  let results: ConceptStability[];
  // With two parties each opponent moving once is every legal sequence, so the fast engine serves both.
  if (semantics === 'textbook' || dms.length <= 2) {
    const sets = fastStability(model, concepts);
    results = conceptResults(model, dms, concepts, (c) => sets[c]!);
  } else {
    notes.push(
      'gmcr-py semantics (each opponent moves at most once per sanction chain), computed state by state',
    );
    results = conceptResults(model, dms, concepts, (c) => stableSetsDirect(model, dms, c, semantics));
  }

  const states: StateInfo[] = Array.from(model.codes, (code, k) => ({
    ordinal: k + 1,
    code,
    pattern: patternOf(code, model.n),
    label: stateLabel(model, code),
  }));

  const result: StabilityResult = {
    engine: 'gmcr',
    engineVersion: GMCR_ENGINE_VERSION,
    semantics,
    concepts,
    options: scenario.conflict!.options.map((o) => ({
      id: o.id,
      label: o.label,
      party: o.party,
      direction: o.direction,
    })),
    dms: dmInfo(model, dms),
    states,
    results,
    notes,
  };

  if (model.coalitions.length > 0) {
    const cdms = coalitionDecisionMakers(model);
    result.coalitions = {
      dms: dmInfo(model, cdms),
      concepts: conceptResults(model, cdms, concepts, (c) => stableSetsDirect(model, cdms, c, semantics)),
    };
    notes.push(
      'coalitions move as one (any of their members’ options at once) and improve only when every member prefers the new state',
    );
  }

  const limit = opts.explainLimit ?? 256;
  if (model.codes.length <= limit) {
    result.explanations = [];
    for (const concept of concepts) {
      dms.forEach((_, d) => {
        for (const s of model.codes)
          result.explanations!.push(explainState(model, dms, d, s, concept, semantics));
      });
    }
  } else {
    notes.push(
      `explanations are left out above ${limit} feasible states; ask explainStability for one state`,
    );
  }

  if (model.statusQuo !== null) result.statusQuo = statusQuoPaths(model, results, opts.maxPaths ?? 50);
  return result;
}

// ---- explanations ----

function stateRef(model: GraphModel, code: number): string {
  let lo = 0;
  let hi = model.codes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.codes[mid] < code) lo = mid + 1;
    else hi = mid;
  }
  return `state ${lo + 1} (${patternOf(code, model.n)})`;
}

function chainText(model: GraphModel, dms: DecisionMaker[], steps: Step[], simultaneous: boolean): string {
  const name = (id: string) => dms.find((d) => d.id === id)?.name ?? id;
  if (simultaneous) {
    return `${steps.map((s) => `${name(s.by)} moving to ${stateRef(model, s.to)}`).join(' and ')} at the same time`;
  }
  return steps.map((s) => `${name(s.by)} moves to ${stateRef(model, s.to)}`).join(', then ');
}

const RESPONSES: Record<Concept, string> = {
  nash: 'response is considered',
  gmr: 'sequence of moves by the other parties',
  smr: 'sequence of moves by the other parties without a counter-move',
  seq: 'sequence of improving moves by the other parties',
  sim: 'combination of simultaneous improving moves by the other parties',
  seqsim: 'sequence, nor any simultaneous combination, of improving moves by the other parties',
};

function explainState(
  model: GraphModel,
  dms: DecisionMaker[],
  d: number,
  s0: number,
  concept: Concept,
  semantics: Semantics,
): Explanation {
  const v = checkState(model, dms, d, s0, concept, semantics, true);
  const who = dms[d].name;
  const here = stateRef(model, s0);
  const label = CONCEPT_LABELS[concept];
  let text: string;
  if (v.improvements.length === 0) {
    text = `${here} is ${label} stable for ${who}: ${who} has no unilateral improvement from it.`;
  } else if (concept === 'nash') {
    text = `${here} is not Nash stable for ${who}: ${who} can improve by moving to ${v.improvements
      .map((u) => stateRef(model, u.to))
      .join(', ')}.`;
  } else {
    const simultaneous = (u: ImprovementCheck) =>
      u.sanction !== null && u.sanction.length > 0 && u.sanction.every((st) => st.from === s0);
    const lines = v.improvements.map((u) => {
      const move = `Moving to ${stateRef(model, u.to)}`;
      if (u.sanction !== null) {
        const chain = chainText(model, dms, u.sanction, simultaneous(u));
        const stuck =
          concept === 'smr' ? `, from which ${who} has no move to a state better than ${here}` : '';
        return `${move} is deterred: ${chain}, leaving ${who} in ${stateRef(model, u.sanctionState!)}, no better than ${here}${stuck}.`;
      }
      if (u.counter) {
        return `${move} is not deterred: whenever the other parties answer with a state ${who} likes no more than ${here} (such as ${stateRef(model, u.counter.from)}), ${who} can move on to a better one (such as ${stateRef(model, u.counter.to)}).`;
      }
      return `${move} is not deterred: no ${RESPONSES[concept]} leads to a state ${who} likes no more than ${here}.`;
    });
    text = `${here} is ${v.stable ? '' : 'not '}${label} stable for ${who}. ${lines.join(' ')}`;
  }
  return { dm: dms[d].id, state: s0, concept, stable: v.stable, improvements: v.improvements, text };
}

/** Why one state is or is not stable for one party under one concept. */
export function explainStability(
  scenario: Scenario,
  party: string,
  stateCode: number,
  concept: Concept,
  semantics: Semantics = 'textbook',
): Explanation {
  const model = compileConflict(scenario);
  const dms = partyDecisionMakers(model);
  const d = dms.findIndex((x) => x.id === party);
  if (d < 0)
    throw new GmcrError(
      `'${party}' is not a party that controls conflict options`,
      `use one of: ${dms.map((x) => x.id).join(', ')}`,
    );
  if (!hasBit(model.feasible, stateCode))
    throw new GmcrError(
      `state code ${stateCode} is not a feasible state`,
      'give the decimal code of a feasible state',
    );
  return explainState(model, dms, d, stateCode, concept, semantics);
}

// ---- status quo ----

/**
 * Breadth-first search from the status quo over unilateral improvements by any party: the
 * shortest sequence of improving moves reaching each equilibrium.
 */
export function statusQuoPaths(
  model: GraphModel,
  results: ConceptStability[],
  maxPaths: number,
): StatusQuoAnalysis {
  const sq = model.statusQuo!;
  const dms = partyDecisionMakers(model);
  const parent = new Int32Array(model.size).fill(-1);
  const mover = new Int8Array(model.size);
  const dist = new Int32Array(model.size).fill(-1);
  const queue = new Int32Array(model.codes.length);
  let head = 0;
  let tail = 0;
  dist[sq] = 0;
  queue[tail++] = sq;
  while (head < tail) {
    const s = queue[head++];
    dms.forEach((dm, d) => {
      for (const t of improvementsFrom(model, dm, s)) {
        if (dist[t] >= 0) continue;
        dist[t] = dist[s] + 1;
        parent[t] = s;
        mover[t] = d;
        queue[tail++] = t;
      }
    });
  }
  const under = new Map<number, Concept[]>();
  for (const r of results) for (const s of r.equilibria) under.set(s, [...(under.get(s) ?? []), r.concept]);
  const targets = [...under.keys()].sort((a, b) => a - b);
  const reached = targets.filter((s) => dist[s] >= 0).sort((a, b) => dist[a] - dist[b] || a - b);
  const paths: StatusQuoPath[] = reached.slice(0, maxPaths).map((to) => {
    const steps: Step[] = [];
    for (let s = to; s !== sq; s = parent[s]) steps.push({ by: dms[mover[s]].id, from: parent[s], to: s });
    return { to, equilibriumUnder: under.get(to)!, steps: steps.reverse() };
  });
  return {
    state: sq,
    paths,
    omitted: reached.length - paths.length,
    unreachable: targets.filter((s) => dist[s] < 0),
  };
}
