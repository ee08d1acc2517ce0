import { describe, expect, it } from 'vitest';
import {
  analyzeStability,
  explainStability,
  randomConflictScenario,
  renderStability,
} from '../../../src/engines/gmcr/index.js';
import { importGmcrPy } from '../../../src/formats/gmcr-py.js';

// The prisoner's dilemma as gmcr-py ships it (Examples/Prisoners.gmcr): option 0 is prisoner one
// cooperating, option 1 prisoner two; each prefers the other to cooperate, then to defect itself.
const prisoners = () => {
  const s = importGmcrPy(
    JSON.stringify({
      useManualPreferenceVectors: false,
      infeasibles: [],
      options: [
        { name: 'Cooperate with 2', permittedDirection: 'both' },
        { name: 'Cooperate with One', permittedDirection: 'both' },
      ],
      decisionMakers: [
        { preferences: [[[1, 'Y']], [[0, 'N']]], name: 'Prisoner One', options: [0] },
        { preferences: [[[0, 'Y']], [[1, 'N']]], name: 'prisoner 2', options: [1] },
      ],
    }),
    'Prisoners.gmcr',
  );
  s.conflict!.status_quo = ['cooperate_with_2', 'cooperate_with_one'];
  return s;
};

describe('analyzeStability', () => {
  it('gives states, per-party stability and equilibria as plain JSON data', () => {
    const r = analyzeStability(prisoners());
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.states.map((s) => [s.ordinal, s.code, s.pattern, s.label])).toEqual([
      [1, 0, 'NN', '(no option taken)'],
      [2, 1, 'YN', 'Prisoner One: Cooperate with 2'],
      [3, 2, 'NY', 'prisoner 2: Cooperate with One'],
      [4, 3, 'YY', 'Prisoner One: Cooperate with 2; prisoner 2: Cooperate with One'],
    ]);
    const eq = Object.fromEntries(r.results.map((c) => [c.concept, c.equilibria]));
    expect(eq).toEqual({ nash: [0], gmr: [0, 3], smr: [0, 3], seq: [0, 3], sim: [0, 3], seqsim: [0, 3] });
    expect(r.results[0].stableFor).toEqual({ prisoner_one: [0, 2], prisoner_2: [0, 1] });
  });

  it('explains a verdict with the improvement and the sanction that deters it', () => {
    const e = explainStability(prisoners(), 'prisoner_one', 3, 'gmr');
    expect(e.stable).toBe(true);
    expect(e.improvements).toEqual([
      { to: 2, sanction: [{ by: 'prisoner_2', from: 2, to: 0 }], sanctionState: 0 },
    ]);
    expect(e.text).toBe(
      'state 4 (YY) is GMR stable for Prisoner One. Moving to state 3 (NY) is deterred: prisoner 2 moves to state 1 (NN), leaving Prisoner One in state 1 (NN), no better than state 4 (YY).',
    );
    const nash = explainStability(prisoners(), 'prisoner_one', 3, 'nash');
    expect(nash.stable).toBe(false);
    expect(nash.text).toMatch(
      /not Nash stable for Prisoner One: Prisoner One can improve by moving to state 3 \(NY\)/,
    );
    const sim = explainStability(prisoners(), 'prisoner_one', 3, 'sim');
    expect(sim.improvements[0].sanction).toEqual([{ by: 'prisoner_2', from: 3, to: 1 }]);
    expect(sim.text).toMatch(/prisoner 2 moving to state 2 \(YN\) at the same time/);
  });

  it('finds the status-quo paths to each equilibrium, shortest first', () => {
    const r = analyzeStability(prisoners());
    expect(r.statusQuo).toEqual({
      state: 3,
      paths: [
        { to: 3, equilibriumUnder: ['gmr', 'smr', 'seq', 'sim', 'seqsim'], steps: [] },
        {
          to: 0,
          equilibriumUnder: ['nash', 'gmr', 'smr', 'seq', 'sim', 'seqsim'],
          steps: [
            { by: 'prisoner_one', from: 3, to: 2 },
            { by: 'prisoner_2', from: 2, to: 0 },
          ],
        },
      ],
      omitted: 0,
      unreachable: [],
    });
  });

  it('analyses only the concepts asked for, and says when it uses the gmcr-py semantics', () => {
    const s = randomConflictScenario(3, { parties: 3, options: 5, statements: 4 });
    const r = analyzeStability(s, { concepts: ['seq', 'nash'], semantics: 'gmcrpy' });
    expect(r.results.map((c) => c.concept)).toEqual(['seq', 'nash']);
    expect(r.notes.join(' ')).toMatch(/gmcr-py semantics/);
    expect(r.explanations!.every((e) => e.concept === 'seq' || e.concept === 'nash')).toBe(true);
    expect(() => analyzeStability(s, { concepts: ['nash', 'gmrr' as never] })).toThrow(
      /unknown stability concept 'gmrr' \(use any of: nash, gmr, smr, seq, sim, seqsim\)/,
    );
    expect(() => explainStability(s, 'nobody', 0, 'gmr')).toThrow(
      /'nobody' is not a party .*use one of: p0, p1, p2/,
    );
    const big = analyzeStability(randomConflictScenario(3, { parties: 3, options: 9, statements: 4 }), {
      explainLimit: 100,
    });
    expect(big.explanations).toBeUndefined();
  });
});

describe('renderStability', () => {
  it('prints the state table with labels, per-party digits, equilibria marked, and the status-quo paths', () => {
    const text = renderStability(analyzeStability(prisoners()));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Conflict stability (textbook sanction semantics)');
    expect(lines[1]).toBe('2 options, 4 feasible states of 4');
    const row = (pattern: string) => lines.find((l) => l.includes(` ${pattern} `))!;
    expect(row('NN')).toMatch(
      /^\s+1\s+0\s+NN\s+\(no option taken\)\s+11 E\s+11 E\s+11 E\s+11 E\s+11 E\s+11 E$/,
    );
    expect(row('YY')).toMatch(
      /^\s+4\s+3\s+YY\s+Prisoner One: Cooperate with 2; prisoner 2: Cooperate with One\s+00\s+11 E/,
    );
    expect(text).toContain('Nash equilibria:    1 (NN)');
    expect(text).toContain('GMR equilibria:     1 (NN), 4 (YY)');
    expect(text).toContain('Status quo: state 4 (YY)');
    expect(text).toContain(
      'to 1 (NN) [Nash, GMR, SMR, SEQ, SIM, SEQ&SIM] in 2 move(s): Prisoner One → 3 (NY), prisoner 2 → 1 (NN)',
    );
    expect(text.includes('\u001b')).toBe(false);
  });
});
