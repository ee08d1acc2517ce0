// Stability straight from the definitions, one state and one improvement at a time. It is the
// oracle the fast engine is tested against, and it serves what the fast engine does not: the
// gmcr-py "each opponent once" semantics, coalitions (whose preference is not a total order), and
// explanations with explicit sanction chains. Cost grows with the number of states squared.
import { type Bitset, hasBit } from './bitset.js';
import { fixedMask, type GraphModel } from './model.js';
import type { Concept, ImprovementCheck, Semantics, Step } from './types.js';

/** A decision maker: one party, or a coalition that moves as one and improves only when every member does. */
export interface DecisionMaker {
  id: string;
  name: string;
  /** Party indices. */
  members: number[];
  mask: number;
  /** States at least one member perceives; moves to or from other states are not open to it. */
  perceived: Bitset;
}

export function partyDecisionMakers(model: GraphModel): DecisionMaker[] {
  return model.parties.map((p, d) => ({
    id: p.id,
    name: p.name,
    members: [d],
    mask: p.mask,
    perceived: p.perceived,
  }));
}

/** The declared coalitions, then every party outside them on its own. */
export function coalitionDecisionMakers(model: GraphModel): DecisionMaker[] {
  const out: DecisionMaker[] = [];
  const taken = new Set<number>();
  for (const group of model.coalitions) {
    const perceived = new Uint32Array(model.parties[group[0]].perceived.length);
    let mask = 0;
    for (const d of group) {
      taken.add(d);
      mask |= model.parties[d].mask;
      const pp = model.parties[d].perceived;
      for (let w = 0; w < perceived.length; w++) perceived[w] |= pp[w];
    }
    out.push({
      id: group.map((d) => model.parties[d].id).join('+'),
      name: group.map((d) => model.parties[d].name).join(' + '),
      members: group,
      mask,
      perceived,
    });
  }
  model.parties.forEach((p, d) => {
    if (!taken.has(d))
      out.push({ id: p.id, name: p.name, members: [d], mask: p.mask, perceived: p.perceived });
  });
  return out;
}

/** `a` is strictly better than `b` for the decision maker (for a coalition: for every member). */
export function better(model: GraphModel, dm: DecisionMaker, a: number, b: number): boolean {
  for (const m of dm.members) if (model.parties[m].rank[a] <= model.parties[m].rank[b]) return false;
  return true;
}

/** The states `dm` can reach from `s` in one move. */
export function movesFrom(model: GraphModel, dm: DecisionMaker, s: number): number[] {
  const out: number[] = [];
  if (!hasBit(dm.perceived, s)) return out;
  const free = dm.mask & ~fixedMask(model, s);
  const base = s & ~free;
  for (let sub = free; ; sub = (sub - 1) & free) {
    const t = base | sub;
    if (t !== s && hasBit(model.feasible, t) && hasBit(dm.perceived, t)) out.push(t);
    if (sub === 0) break;
  }
  return out;
}

export function improvementsFrom(model: GraphModel, dm: DecisionMaker, s: number): number[] {
  return movesFrom(model, dm, s).filter((t) => better(model, dm, t, s));
}

/**
 * Every state opponents can bring about from `s1`, each with one chain of moves reaching it.
 * textbook: any sequence, no decision maker twice in a row, searched breadth first (shortest chain).
 * gmcrpy: each opponent at most once.
 */
function responses(
  model: GraphModel,
  dms: DecisionMaker[],
  opponents: number[],
  s1: number,
  improvingOnly: boolean,
  semantics: Semantics,
): Map<number, Step[]> {
  const found = new Map<number, Step[]>();
  const step = (o: number, s: number) =>
    improvingOnly ? improvementsFrom(model, dms[o], s) : movesFrom(model, dms[o], s);
  if (semantics === 'textbook') {
    // Search over (state, last mover) so that the no-twice-in-a-row rule is applied as defined.
    const seen = new Set<string>();
    let frontier: { s: number; last: number; chain: Step[] }[] = [{ s: s1, last: -1, chain: [] }];
    while (frontier.length > 0) {
      const next: typeof frontier = [];
      for (const node of frontier) {
        for (const o of opponents) {
          if (o === node.last) continue;
          for (const t of step(o, node.s)) {
            const key = `${t}:${o}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const chain = [...node.chain, { by: dms[o].id, from: node.s, to: t }];
            if (!found.has(t)) found.set(t, chain);
            next.push({ s: t, last: o, chain });
          }
        }
      }
      frontier = next;
    }
  } else {
    const visit = (s: number, left: number[], chain: Step[]) => {
      for (const o of left) {
        const rest = left.filter((x) => x !== o);
        for (const t of step(o, s)) {
          const c = [...chain, { by: dms[o].id, from: s, to: t }];
          const prev = found.get(t);
          if (!prev || prev.length > c.length) found.set(t, c);
          visit(t, rest, c);
        }
      }
    };
    visit(s1, opponents, []);
  }
  return found;
}

/** Simultaneous responses: each opponent stays or takes one of its improvements from `s0`. */
function simultaneousSanction(
  model: GraphModel,
  dms: DecisionMaker[],
  focal: number,
  s0: number,
  s1: number,
): { steps: Step[]; state: number } | null {
  const opponents = dms.map((_, k) => k).filter((k) => k !== focal);
  const choices = opponents.map((o) => [null, ...improvementsFrom(model, dms[o], s0)]);
  const pick: (number | null)[] = opponents.map(() => null);
  const search = (k: number): { steps: Step[]; state: number } | null => {
    if (k === opponents.length) {
      let c = s1;
      for (let q = 0; q < opponents.length; q++) {
        const t = pick[q];
        if (t !== null) c = (c & ~dms[opponents[q]].mask) | (t & dms[opponents[q]].mask);
      }
      if (!hasBit(model.feasible, c) || better(model, dms[focal], c, s0)) return null;
      const steps: Step[] = [];
      pick.forEach((t, q) => {
        if (t !== null) steps.push({ by: dms[opponents[q]].id, from: s0, to: t });
      });
      return { steps, state: c };
    }
    for (const t of choices[k]) {
      pick[k] = t;
      const r = search(k + 1);
      if (r) return r;
    }
    pick[k] = null;
    return null;
  };
  return search(0);
}

export interface StateVerdict {
  stable: boolean;
  improvements: ImprovementCheck[];
}

/**
 * Checks one decision maker at one state. With `all`, every improvement is examined (for
 * explanations); otherwise the check stops at the first improvement nothing deters.
 */
export function checkState(
  model: GraphModel,
  dms: DecisionMaker[],
  focal: number,
  s0: number,
  concept: Concept,
  semantics: Semantics,
  all = false,
): StateVerdict {
  const dm = dms[focal];
  const uis = improvementsFrom(model, dm, s0);
  const improvements: ImprovementCheck[] = [];
  let stable = true;
  const opponents = dms.map((_, k) => k).filter((k) => k !== focal);
  const noBetter = (s2: number) => !better(model, dm, s2, s0);
  for (const s1 of uis) {
    let check: ImprovementCheck = { to: s1, sanction: null };
    if (concept === 'gmr' || concept === 'smr') {
      const reach = responses(model, dms, opponents, s1, false, semantics);
      let best: ImprovementCheck | null = null;
      for (const [s2, chain] of reach) {
        if (!noBetter(s2)) continue;
        if (concept === 'smr') {
          const counter = movesFrom(model, dm, s2).find((s3) => better(model, dm, s3, s0));
          if (counter !== undefined) {
            best ??= { to: s1, sanction: null, counter: { by: dm.id, from: s2, to: counter } };
            continue;
          }
        }
        if (!best || best.sanction === null || best.sanction.length > chain.length) {
          best = {
            to: s1,
            sanction: chain,
            sanctionState: s2,
            ...(concept === 'smr' ? { counter: null } : {}),
          };
        }
      }
      if (best) check = best;
    } else if (concept === 'seq' || concept === 'seqsim') {
      const reach = responses(model, dms, opponents, s1, true, semantics);
      for (const [s2, chain] of reach) {
        if (noBetter(s2) && (check.sanction === null || check.sanction.length > chain.length)) {
          check = { to: s1, sanction: chain, sanctionState: s2 };
        }
      }
    }
    if ((concept === 'sim' || concept === 'seqsim') && check.sanction === null) {
      const sim = simultaneousSanction(model, dms, focal, s0, s1);
      if (sim) check = { to: s1, sanction: sim.steps, sanctionState: sim.state };
    }
    improvements.push(check);
    if (check.sanction === null) {
      stable = false;
      if (!all) break;
    }
  }
  return { stable, improvements };
}

/** Per decision maker, per feasible state (in `model.codes` order): stable or not. */
export function directStability(
  model: GraphModel,
  dms: DecisionMaker[],
  concept: Concept,
  semantics: Semantics,
): Uint8Array[] {
  return dms.map((_, d) => {
    const out = new Uint8Array(model.codes.length);
    for (let k = 0; k < model.codes.length; k++) {
      out[k] = checkState(model, dms, d, model.codes[k], concept, semantics).stable ? 1 : 0;
    }
    return out;
  });
}
