import type { IssueOption, OptionIssue, Party, Scenario } from '../../../src/model/types.js';

/** A small normalised scenario: option issues with evenly spaced options, parties with stances. */
export function optionScenario(
  issues: { id: string; options: string[] }[],
  parties: { id: string; power: number; stances: Record<string, [string | null, number, number?]> }[],
): Scenario {
  const iss: OptionIssue[] = issues.map((is) => ({
    id: is.id,
    name: is.id.toUpperCase(),
    aliases: [],
    kind: 'options',
    options: is.options.map(
      (o, k): IssueOption => ({
        id: o,
        label: o,
        aliases: [],
        position: is.options.length > 1 ? (100 * k) / (is.options.length - 1) : 50,
      }),
    ),
  }));
  const ps: Party[] = parties.map((p) => ({
    id: p.id,
    name: p.id,
    aliases: [],
    kind: 'state',
    role: 'principal',
    power: p.power,
    stances: Object.fromEntries(
      issues.map((is) => {
        const [ideal, salience, sd] = p.stances[is.id] ?? [null, 0];
        return [
          is.id,
          {
            ideal,
            salience,
            weight: salience,
            utility: {},
            ...(sd !== undefined ? { position_sd: sd } : {}),
          },
        ];
      }),
    ),
    constraints: [],
    no_agreement: { kind: 'value', value: 0 },
  }));
  return {
    entente: 1,
    meta: { id: 't', title: 'Test', sources: [] },
    parties: ps,
    issues: iss,
    proposals: [],
    events: [],
  };
}

/** Four parties, eight issues of five options each: the Monte Carlo benchmark's shape. */
export function fourByEight(sd = 8): Scenario {
  const opts = ['a', 'b', 'c', 'd', 'e'];
  const issues = Array.from({ length: 8 }, (_, k) => ({ id: `i${k}`, options: opts }));
  const ideals = [
    ['a', 'b', 'e', 'a', 'c', 'b', 'd', 'a'],
    ['e', 'd', 'a', 'e', 'a', 'e', 'b', 'c'],
    ['c', 'c', 'b', 'b', 'd', 'c', 'c', 'e'],
    ['b', 'e', 'c', 'd', 'b', 'a', 'e', 'b'],
  ];
  const power = [100, 80, 60, 40];
  return optionScenario(
    issues,
    ideals.map((row, p) => ({
      id: `p${p}`,
      power: power[p],
      stances: Object.fromEntries(
        row.map((o, k) => [`i${k}`, [o, 0.05 + ((p + k) % 4) * 0.03, sd] as [string, number, number]]),
      ),
    })),
  );
}

/** n parties × m five-option issues with varied ideals, saliences and position uncertainty. */
export function partiesByIssues(n: number, m: number, sd = 8): Scenario {
  const opts = ['a', 'b', 'c', 'd', 'e'];
  const issues = Array.from({ length: m }, (_, k) => ({ id: `i${k}`, options: opts }));
  return optionScenario(
    issues,
    Array.from({ length: n }, (_, p) => ({
      id: `p${p}`,
      power: 20 + ((p * 37) % 100),
      stances: Object.fromEntries(
        issues.map((is, k) => [
          is.id,
          [opts[(p * 3 + k * 7 + ((p * k) % 3)) % 5], (0.9 / m) * (0.5 + ((p + 2 * k) % 5) / 8), sd],
        ]),
      ) as Record<string, [string, number, number]>,
    })),
  );
}
