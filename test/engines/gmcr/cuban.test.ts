// The Cuban missile crisis as modelled in gmcr-py's examples (after Fang, Hipel & Kilgour, 1993),
// written out in our scenario format so that this check runs without the shared reference data.
// Expected equilibria (gmcr-py numbering = code + 1 here, as no state below 12 is infeasible):
// Nash [6]; GMR and SMR [1,2,3,5,6,7,8]; SEQ [5,6,7]; SIM [6]; SEQ&SIM [5,6,7].
import { describe, expect, it } from 'vitest';
import { analyzeStability } from '../../../src/engines/gmcr/index.js';
import type { Party, Scenario } from '../../../src/model/types.js';

const party = (id: string, name: string): Party => ({
  id,
  name,
  aliases: [],
  kind: 'state',
  role: 'principal',
  power: 1,
  stances: {},
  constraints: [],
  no_agreement: { kind: 'value', value: 0 },
});

const cuban: Scenario = {
  entente: 1,
  meta: { id: 'cuban', title: 'Cuban missile crisis', sources: [] },
  parties: [party('us', 'US'), party('ussr', 'USSR')],
  issues: [],
  proposals: [],
  events: [],
  conflict: {
    options: [
      { id: 'air_strike', party: 'us', label: 'Air Strike', direction: 'fwd' },
      { id: 'blockade', party: 'us', label: 'Blockade', direction: 'both' },
      { id: 'withdraw', party: 'ussr', label: 'Withdraw', direction: 'both' },
      { id: 'escalate', party: 'ussr', label: 'Escalate', direction: 'both' },
    ],
    infeasible: [{ withdraw: true, escalate: true }],
    misperceptions: {},
    coalitions: [],
    preferences: {
      us: {
        kind: 'statements',
        statements: [
          { op: 'cond', cond: { withdraw: true } },
          { op: 'cond', cond: { escalate: false } },
          { op: 'cond', cond: { air_strike: false, withdraw: true } },
          { op: 'cond', cond: { blockade: false, withdraw: true } },
          { op: 'cond', cond: { air_strike: true, escalate: true } },
          { op: 'cond', cond: { blockade: true, escalate: true } },
          {
            op: 'or',
            of: [
              { air_strike: true, withdraw: false },
              { blockade: true, escalate: false },
              { air_strike: true, escalate: false },
              { blockade: true, withdraw: false },
            ],
          },
          { op: 'cond', cond: { air_strike: false, withdraw: false, escalate: false } },
          { op: 'cond', cond: { blockade: false, withdraw: false, escalate: false } },
        ],
      },
      ussr: {
        kind: 'statements',
        statements: [
          { op: 'cond', cond: { escalate: false } },
          // gmcr-py writes these two as OR-groups: (AS & E) | (-AS & -E) | (AS & -E).
          { op: 'if', q: { escalate: false }, p: { air_strike: false } },
          { op: 'if', q: { escalate: false }, p: { blockade: false } },
          { op: 'cond', cond: { air_strike: false, escalate: false } },
          { op: 'cond', cond: { blockade: false, escalate: false } },
          {
            op: 'or',
            of: [
              { blockade: true, withdraw: true },
              { blockade: false, withdraw: false },
              { air_strike: true, withdraw: true },
            ],
          },
          { op: 'cond', cond: { blockade: true, withdraw: false, escalate: false } },
          { op: 'cond', cond: { air_strike: true, blockade: false, withdraw: true, escalate: false } },
        ],
      },
    },
  },
};

describe('Cuban missile crisis', () => {
  it('has the published equilibria under every concept', () => {
    const r = analyzeStability(cuban);
    expect(r.states.map((s) => s.code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const eq = Object.fromEntries(r.results.map((c) => [c.concept, c.equilibria.map((s) => s + 1)]));
    expect(eq).toEqual({
      nash: [6],
      gmr: [1, 2, 3, 5, 6, 7, 8],
      smr: [1, 2, 3, 5, 6, 7, 8],
      seq: [5, 6, 7],
      sim: [6],
      seqsim: [5, 6, 7],
    });
  });
});
