import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileConflict, GmcrError } from '../../../src/engines/gmcr/index.js';
import { importGmcrPy } from '../../../src/formats/gmcr-py.js';
import type { Conflict, Preferences, Scenario } from '../../../src/model/types.js';

function scenario(conflict: Partial<Conflict> & { preferences: Record<string, Preferences> }): Scenario {
  const party = (id: string) => ({
    id,
    name: id.toUpperCase(),
    aliases: [],
    kind: 'state' as const,
    role: 'principal' as const,
    power: 1,
    stances: {},
    constraints: [],
    no_agreement: { kind: 'value' as const, value: 0 },
  });
  return {
    entente: 1,
    meta: { id: 't', title: 't', sources: [] },
    parties: [party('a'), party('b')],
    issues: [],
    proposals: [],
    events: [],
    conflict: {
      options: [
        { id: 'x', party: 'a', label: 'X', direction: 'both' },
        { id: 'y', party: 'a', label: 'Y', direction: 'fwd' },
        { id: 'z', party: 'b', label: 'Z', direction: 'back' },
      ],
      infeasible: [],
      misperceptions: {},
      coalitions: [],
      ...conflict,
    },
  };
}
const b: Preferences = { kind: 'statements', statements: [] };
/** Ranks of all 8 states for party a. */
const ranksOfA = (prefs: Preferences) =>
  Array.from(compileConflict(scenario({ preferences: { a: prefs, b } })).parties[0].rank);

describe('preferences', () => {
  it('weighs statement k of K by 2^(K−1−k), so an earlier statement outweighs all later ones', () => {
    // x (weight 2), then z (weight 1): codes with x=bit0, z=bit2.
    const r = ranksOfA({
      kind: 'statements',
      statements: [
        { op: 'cond', cond: { x: true } },
        { op: 'cond', cond: { z: true } },
      ],
    });
    // scores: code 0:0, 1:2, 2:0, 3:2, 4:1, 5:3, 6:1, 7:3 → dense ranks 1..4
    expect(r).toEqual([1, 3, 1, 3, 2, 4, 2, 4]);
  });

  it('reads OR-groups, "q if p" (p implies q) and "q iff p" (both or neither)', () => {
    const or = ranksOfA({
      kind: 'statements',
      statements: [{ op: 'or', of: [{ x: true }, { y: true, z: true }] }],
    });
    expect(or).toEqual([1, 2, 1, 2, 1, 2, 2, 2]);
    const ifp = ranksOfA({ kind: 'statements', statements: [{ op: 'if', q: { x: true }, p: { z: true } }] });
    expect(ifp).toEqual([2, 2, 2, 2, 1, 2, 1, 2]);
    const iff = ranksOfA({ kind: 'statements', statements: [{ op: 'iff', q: { x: true }, p: { z: true } }] });
    expect(iff).toEqual([2, 1, 2, 1, 1, 2, 1, 2]);
  });

  it('reads explicit rankings with ties and dash patterns; unranked states rank last with a note', () => {
    const prefs: Preferences = { kind: 'ranking', tiers: [['YYY'], ['N-Y', 'YNN'], ['NNN']] };
    const m = compileConflict(scenario({ preferences: { a: prefs, b } }));
    expect(Array.from(m.parties[0].rank)).toEqual([2, 3, 1, 1, 3, 1, 3, 4]);
    expect(m.notes[0]).toMatch(/A: 3 feasible state\(s\) are in no ranking tier/);
  });

  it('treats infeasible states, irreversible moves and misperceptions as declared', () => {
    const m = compileConflict(
      scenario({
        preferences: { a: b, b },
        infeasible: [{ x: true, y: true }],
        misperceptions: { b: [{ x: false, z: true }] },
      }),
    );
    expect(Array.from(m.codes)).toEqual([0, 1, 2, 4, 5, 6]);
    expect(m.fwdMask).toBe(0b010);
    expect(m.backMask).toBe(0b100);
    const perceivedByB = Array.from(m.codes).filter((c) => (m.parties[1].perceived[0] >>> c) & 1);
    expect(perceivedByB).toEqual([0, 1, 2, 5]);
  });

  it('rejects what it cannot analyse, saying where', () => {
    const bad = (c: Partial<Conflict> & { preferences: Record<string, Preferences> }, re: RegExp) =>
      expect(() => compileConflict(scenario(c))).toThrow(re);
    bad({ preferences: { a: b } }, /conflict\.preferences\.b: party 'b' owns options but has no preferences/);
    bad(
      { preferences: { a: { kind: 'statements', statements: [{ op: 'cond', cond: { w: true } }] }, b } },
      /conflict\.preferences\.a\.statements\[0\]: unknown conflict option 'w'/,
    );
    bad(
      { preferences: { a: { kind: 'ranking', tiers: [['YY']] }, b } },
      /tiers\[0\]\[0\]: pattern 'YY' must have/,
    );
    bad({ preferences: { a: b, b }, infeasible: [{}] }, /every state is infeasible/);
    expect(() => compileConflict({ ...scenario({ preferences: {} }), conflict: undefined })).toThrow(
      GmcrError,
    );
  });
});

const dir = path.resolve(import.meta.dirname, '../../../../shared/reference-data/gmcr');
const present = fs.existsSync(path.join(dir, 'reference_results.json'));

describe.skipIf(!present)('preferences of the reference cases', () => {
  it('order every pair of states as gmcr-py’s payoffs do', () => {
    const ref = JSON.parse(fs.readFileSync(path.join(dir, 'reference_results.json'), 'utf8'));
    for (const name of ['Prisoners', 'SyriaIraq', 'SI_misp', 'Cuban', 'Elmira', 'Garrison', 'MilkRiver']) {
      const m = compileConflict(
        importGmcrPy(fs.readFileSync(path.join(dir, `${name}.gmcr`), 'utf8'), `${name}.gmcr`),
      );
      ref[name].decisionMakers.forEach((dm: { payoffs: number[] }, d: number) => {
        const ours = Array.from(m.codes, (c) => m.parties[d].rank[c]);
        for (let i = 0; i < ours.length; i++) {
          for (let j = 0; j < ours.length; j++) {
            expect(Math.sign(ours[i] - ours[j]), `${name} ${d} ${i} ${j}`).toBe(
              Math.sign(dm.payoffs[i] - dm.payoffs[j]),
            );
          }
        }
      });
    }
  });
});
