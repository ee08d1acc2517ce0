import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStability, compileConflict, randomConflictScenario } from '../../src/engines/gmcr/index.js';
import { exportGmcrPy, GmcrPyFormatError, importGmcrPy } from '../../src/formats/gmcr-py.js';
import type { Scenario } from '../../src/model/types.js';

const dir = path.resolve(import.meta.dirname, '../../../shared/reference-data/gmcr');
const present = fs.existsSync(dir);
if (!present) console.warn(`GMCR reference data not found at ${dir}: .gmcr file tests skipped`);
const CASES = ['Prisoners', 'SyriaIraq', 'SI_misp', 'Cuban', 'Elmira', 'Garrison', 'MilkRiver'];

const prisoners = {
  useManualPreferenceVectors: false,
  infeasibles: [],
  options: [
    { name: 'Cooperate', permittedDirection: 'both' },
    { name: 'Cooperate', permittedDirection: 'fwd' },
  ],
  decisionMakers: [
    { name: 'Prisoner One', options: [0], preferences: [[[1, 'Y']], [[0, 'N']]] },
    { name: 'Prisoner Two', options: [1], preferences: [[[0, 'Y']], [[1, 'N']]] },
  ],
};

/** Everything the engine reads, so two scenarios can be compared for analysis purposes. */
function essence(s: Scenario) {
  const m = compileConflict(s);
  return {
    options: s.conflict!.options.map((o) => [o.label, o.direction]),
    codes: Array.from(m.codes),
    ranks: m.parties.map((p) => Array.from(m.codes, (c) => p.rank[c])),
    perceived: m.parties.map((p) => Array.from(p.perceived)),
    coalitions: m.coalitions,
  };
}

describe('gmcr-py import', () => {
  it('makes a scenario with a conflict section, parties from decision makers, id and title from the file name', () => {
    const s = importGmcrPy(JSON.stringify(prisoners), 'cases/Prisoners Dilemma.gmcr');
    expect(s.meta).toEqual({ id: 'prisoners_dilemma', title: 'Prisoners Dilemma', sources: [] });
    expect(s.issues).toEqual([]);
    expect(s.parties.map((p) => [p.id, p.name, p.role, p.power])).toEqual([
      ['prisoner_one', 'Prisoner One', 'principal', 1],
      ['prisoner_two', 'Prisoner Two', 'principal', 1],
    ]);
    // Equal option names get their owner's id in front.
    expect(s.conflict!.options).toEqual([
      { id: 'prisoner_one_cooperate', party: 'prisoner_one', label: 'Cooperate', direction: 'both' },
      { id: 'prisoner_two_cooperate', party: 'prisoner_two', label: 'Cooperate', direction: 'fwd' },
    ]);
    expect(s.conflict!.preferences.prisoner_one).toEqual({
      kind: 'statements',
      statements: [
        { op: 'cond', cond: { prisoner_two_cooperate: true } },
        { op: 'cond', cond: { prisoner_one_cooperate: false } },
      ],
    });
  });

  it('regroups options by decision maker as gmcr-py does on load', () => {
    const doc = {
      ...prisoners,
      options: [
        { name: 'B move', permittedDirection: 'both' },
        { name: 'A move', permittedDirection: 'both' },
      ],
      decisionMakers: [
        { name: 'A', options: [1], preferences: [[[0, 'Y']]] },
        { name: 'B', options: [0], preferences: [[[1, 'Y']]] },
      ],
    };
    const s = importGmcrPy(JSON.stringify(doc), 'x.gmcr');
    expect(s.conflict!.options.map((o) => o.label)).toEqual(['A move', 'B move']);
    expect(s.conflict!.preferences.a).toEqual({
      kind: 'statements',
      statements: [{ op: 'cond', cond: { b_move: true } }],
    });
  });

  it('drops a repeated statement as gmcr-py does (the weights of the others follow)', () => {
    const doc = structuredClone(prisoners);
    doc.decisionMakers[0].preferences = [[[1, 'Y']], [[1, 'Y']], [[0, 'N']]];
    const s = importGmcrPy(JSON.stringify(doc), 'x.gmcr');
    expect((s.conflict!.preferences.prisoner_one as { statements: unknown[] }).statements).toHaveLength(2);
  });

  it('says what is wrong and where', () => {
    const bad = (doc: unknown, re: RegExp) => {
      expect(() => importGmcrPy(typeof doc === 'string' ? doc : JSON.stringify(doc), 'bad.gmcr')).toThrow(re);
      expect(() => importGmcrPy(typeof doc === 'string' ? doc : JSON.stringify(doc), 'bad.gmcr')).toThrow(
        GmcrPyFormatError,
      );
    };
    bad('{"options": [', /bad\.gmcr: not valid JSON/);
    bad({ decisionMakers: [] }, /options: missing/);
    bad(
      { ...prisoners, infeasibles: [[[5, 'Y']]] },
      /infeasibles\[0\]\[0\]\[0\]: option index 5 is not between 0 and 1/,
    );
    bad({ ...prisoners, infeasibles: [[[0, 'X']]] }, /expected "Y" or "N"/);
    bad(
      { ...prisoners, decisionMakers: [prisoners.decisionMakers[0]] },
      /options\[1\]: no decision maker controls this option/,
    );
    bad(
      { ...prisoners, useManualPreferenceRanking: true },
      /decisionMakers\[0\]\.preferenceRanking: .*no ranking/,
    );
    const partial = structuredClone(prisoners) as Record<string, unknown> & typeof prisoners;
    partial.useManualPreferenceRanking = true;
    (partial.decisionMakers as Record<string, unknown>[]).forEach((d) => {
      d.preferenceRanking = [1, [2, 3]];
    });
    bad(partial, /preferenceRanking: the ranking leaves out feasible state\(s\) 4/);
  });
});

describe.skipIf(!present)('gmcr-py files shipped with gmcr-py', () => {
  for (const name of CASES) {
    it(`${name}: import, export and import again keeps every state, rank and perception`, () => {
      const text = fs.readFileSync(path.join(dir, `${name}.gmcr`), 'utf8');
      const s1 = importGmcrPy(text, `${name}.gmcr`);
      const s2 = importGmcrPy(exportGmcrPy(s1), `${name}.gmcr`);
      expect(essence(s2)).toEqual(essence(s1));
    });
  }

  it('reads the old spellings (useManualPreferenceVectors, preferenceVector) of Garrison', () => {
    const text = fs.readFileSync(path.join(dir, 'Garrison.gmcr'), 'utf8');
    expect(text).toContain('preferenceVector');
    const s = importGmcrPy(text, 'Garrison.gmcr');
    const us = s.conflict!.preferences.us_support;
    expect(us.kind).toBe('ranking');
    // US Support's ranking starts 3, 7, [1, 2]: state 3 is YNNYNYNNN.
    expect(us.kind === 'ranking' && us.tiers.slice(0, 3)).toEqual([
      ['YNNYNYNNN'],
      ['YNNYYYNNN'],
      ['NYNNNYNNN', 'NNYNNYNNN'],
    ]);
  });

  it('keeps misperceptions and gmcr-py coalitions', () => {
    const s = importGmcrPy(fs.readFileSync(path.join(dir, 'SI_misp.gmcr'), 'utf8'), 'SI_misp.gmcr');
    expect(s.conflict!.misperceptions).toEqual({
      syria: [{ release_water: true, escalate: false }],
      iraq: [{ release_water: false, escalate: false }],
    });
    const e = JSON.parse(fs.readFileSync(path.join(dir, 'Elmira.gmcr'), 'utf8'));
    e.coalitions = [[0, 1], 2];
    const withCoalition = importGmcrPy(JSON.stringify(e), 'Elmira.gmcr');
    expect(withCoalition.conflict!.coalitions).toEqual([['moe', 'uniroyal']]);
    const back = JSON.parse(exportGmcrPy(withCoalition));
    expect(back.coalitions).toEqual([[0, 1], 2]);
  });
});

describe('gmcr-py export', () => {
  it('writes "q if p" and "q iff p" as OR-groups with the same meaning, and rankings as gmcr-py numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), (seed, rankings) => {
        const s = randomConflictScenario(seed, {
          parties: 3,
          options: 5,
          infeasible: 2,
          irreversible: 0.3,
          statements: 6,
          rankings,
          misperceptions: 1,
          coalition: true,
        });
        const back = importGmcrPy(exportGmcrPy(s), 'random.gmcr');
        expect(essence(back)).toEqual(essence(s));
        const a = analyzeStability(s, { concepts: ['gmr', 'seq'] });
        const b = analyzeStability(back, { concepts: ['gmr', 'seq'] });
        expect(b.results.map((r) => r.equilibria)).toEqual(a.results.map((r) => r.equilibria));
      }),
      { numRuns: 40 },
    );
  });
});
