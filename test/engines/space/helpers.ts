// Small scenario builders for the agreement-space tests.
import type {
  Constraint,
  ConstraintForm,
  Expr,
  Issue,
  NoAgreement,
  Party,
  PartyRole,
  Scenario,
  Stance,
} from '../../../src/model/types.js';

export function optionsIssue(id: string, ids: string[], positions?: number[]): Issue {
  const n = ids.length;
  return {
    id,
    name: id,
    aliases: [],
    kind: 'options',
    options: ids.map((o, k) => ({
      id: o,
      label: o,
      aliases: [],
      position: positions?.[k] ?? (n > 1 ? (100 * k) / (n - 1) : 0),
    })),
  };
}

export function stance(
  ideal: string | number | null,
  salience: number,
  utility: Record<string, number> = {},
): Stance {
  return { ideal, salience, weight: salience, utility };
}

/** Normalise saliences into weights, as the model's normaliser does. */
export function normalise(stances: Record<string, Stance>): Record<string, Stance> {
  const total = Object.values(stances).reduce((a, s) => a + s.salience, 0);
  const out: Record<string, Stance> = {};
  for (const [k, s] of Object.entries(stances)) out[k] = { ...s, weight: total > 0 ? s.salience / total : 0 };
  return out;
}

export function makeParty(
  id: string,
  stances: Record<string, Stance>,
  opts: {
    role?: PartyRole;
    power?: number;
    constraints?: Omit<Constraint, 'party'>[];
    noAgreement?: NoAgreement;
  } = {},
): Party {
  return {
    id,
    name: id[0].toUpperCase() + id.slice(1),
    aliases: [],
    kind: 'state',
    role: opts.role ?? 'principal',
    power: opts.power ?? 1,
    stances: normalise(stances),
    constraints: (opts.constraints ?? []).map((c) => ({ ...c, party: id }) as Constraint),
    no_agreement: opts.noAgreement ?? { kind: 'value', value: 0 },
  };
}

export function makeScenario(issues: Issue[], parties: Party[]): Scenario {
  return {
    entente: 1,
    meta: { id: 't', title: 'test', sources: [] },
    parties,
    issues,
    proposals: [],
    events: [],
  };
}

export const is = (issue: string, ...options: string[]): Expr => ({ op: 'is', issue, options });

export function rule(
  id: string,
  text: string,
  form: ConstraintForm,
  hard = true,
  penalty = 0,
): Omit<Constraint, 'party'> {
  return { ...form, id, text, hard, penalty } as Omit<Constraint, 'party'>;
}

export function ifThen(p: Expr, q: Expr): ConstraintForm {
  // biome-ignore lint/suspicious/noThenProperty: the model names a conditional's consequent `then`.
  return { form: 'if', if: p, then: q };
}
