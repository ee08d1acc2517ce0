// Seeded random conflicts for property tests and benchmarks (pure: the seed fixes everything).
import type {
  Condition,
  ConflictOption,
  MoveDirection,
  Preferences,
  Scenario,
  Statement,
} from '../../model/types.js';
import { conflictParty, conflictScenario } from './conflict-scenario.js';

/** mulberry32: a tiny seeded generator, good enough to draw test conflicts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomConflictSpec {
  parties: number;
  options: number;
  /** Random infeasibility conditions (2–3 literals each). */
  infeasible?: number;
  /** Share of options that are irreversible. */
  irreversible?: number;
  /** Preference statements per party (ignored for parties given a ranking). */
  statements?: number;
  /** Give every party a random explicit ranking with ties instead of statements. */
  rankings?: boolean;
  /** Misperception conditions per party. */
  misperceptions?: number;
  coalition?: boolean;
  statusQuo?: boolean;
}

export function randomConflictScenario(seed: number, spec: RandomConflictSpec): Scenario {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const np = spec.parties;
  const no = Math.max(spec.options, np);
  const partyIds = Array.from({ length: np }, (_, d) => `p${d}`);
  // Every party owns at least one option; the rest are dealt out at random, grouped by owner.
  const owners = Array.from({ length: no }, (_, i) => (i < np ? i : int(np))).sort((a, b) => a - b);
  const options: ConflictOption[] = owners.map((d, i) => {
    const r = rnd();
    const irr = spec.irreversible ?? 0;
    const direction: MoveDirection = r < irr / 2 ? 'fwd' : r < irr ? 'back' : 'both';
    return { id: `o${i}`, party: partyIds[d], label: `Option ${i}`, direction };
  });
  const condition = (min: number, max: number): Condition => {
    const c: Condition = {};
    const k = min + int(max - min + 1);
    for (let q = 0; q < k; q++) c[`o${int(no)}`] = rnd() < 0.5;
    return c;
  };
  const statement = (): Statement => {
    const r = rnd();
    if (r < 0.6) return { op: 'cond', cond: condition(1, 2) };
    if (r < 0.8) return { op: 'or', of: [condition(1, 2), condition(1, 2)] };
    if (r < 0.9) return { op: 'if', q: condition(1, 1), p: condition(1, 2) };
    return { op: 'iff', q: condition(1, 1), p: condition(1, 1) };
  };
  const preferences: Record<string, Preferences> = {};
  const misperceptions: Record<string, Condition[]> = {};
  for (const id of partyIds) {
    if (spec.rankings) {
      // Random tiers over all states written as full patterns; the model ignores infeasible ones.
      const states = Array.from({ length: 2 ** no }, (_, s) => s);
      for (let k = states.length - 1; k > 0; k--) {
        const q = int(k + 1);
        [states[k], states[q]] = [states[q], states[k]];
      }
      const tiers: string[][] = [];
      for (const s of states) {
        const pat = options.map((_, i) => ((s >> i) & 1 ? 'Y' : 'N')).join('');
        if (tiers.length > 0 && rnd() < 0.3) tiers[tiers.length - 1].push(pat);
        else tiers.push([pat]);
      }
      preferences[id] = { kind: 'ranking', tiers };
    } else {
      preferences[id] = {
        kind: 'statements',
        statements: Array.from({ length: spec.statements ?? 4 }, statement),
      };
    }
    misperceptions[id] = Array.from({ length: spec.misperceptions ?? 0 }, () => condition(2, 3));
  }
  const parties = partyIds.map((id) => conflictParty(id, `Party ${id.slice(1)}`));
  const coalitions = spec.coalition && np >= 3 ? [[partyIds[0], partyIds[1]]] : [];
  return conflictScenario(`random-${seed}`, `Random conflict ${seed}`, parties, {
    options,
    // Each infeasibility needs some option taken, so the state with nothing taken stays feasible.
    infeasible: Array.from({ length: spec.infeasible ?? 0 }, () => ({
      ...condition(1, 2),
      [`o${int(no)}`]: true,
    })),
    preferences,
    misperceptions,
    coalitions,
    ...(spec.statusQuo ? { status_quo: options.filter(() => rnd() < 0.3).map((o) => o.id) } : {}),
  });
}
