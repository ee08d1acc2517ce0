// The fast engine against the definitions applied one state at a time, on random conflicts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBit } from '../../../src/engines/gmcr/bitset.js';
import {
  better,
  directStability,
  improvementsFrom,
  movesFrom,
  partyDecisionMakers,
} from '../../../src/engines/gmcr/direct.js';
import { fastStability } from '../../../src/engines/gmcr/fast.js';
import {
  ALL_CONCEPTS,
  analyzeStability,
  compileConflict,
  type RandomConflictSpec,
  randomConflictScenario,
} from '../../../src/engines/gmcr/index.js';

const spec = fc
  .record({
    parties: fc.integer({ min: 2, max: 4 }),
    extra: fc.integer({ min: 0, max: 3 }),
    infeasible: fc.integer({ min: 0, max: 3 }),
    irreversible: fc.constantFrom(0, 0.2, 0.5),
    statements: fc.integer({ min: 1, max: 6 }),
    rankings: fc.boolean(),
    misperceptions: fc.integer({ min: 0, max: 1 }),
  })
  .map(
    (r): RandomConflictSpec => ({
      parties: r.parties,
      options: Math.min(7, r.parties + r.extra),
      infeasible: r.infeasible,
      irreversible: r.irreversible,
      statements: r.statements,
      rankings: r.rankings && r.parties + r.extra <= 6,
      misperceptions: r.misperceptions,
      statusQuo: true,
    }),
  );
const seed = fc.integer({ min: 1, max: 2 ** 31 - 1 });

describe('fast textbook stability = the definitions, state by state', () => {
  it('agrees on every concept, party and state', () => {
    fc.assert(
      fc.property(seed, spec, (s, sp) => {
        const model = compileConflict(randomConflictScenario(s, sp));
        const dms = partyDecisionMakers(model);
        const fast = fastStability(model, ALL_CONCEPTS);
        for (const c of ALL_CONCEPTS) {
          const direct = directStability(model, dms, c, 'textbook');
          model.parties.forEach((_, d) => {
            model.codes.forEach((code, k) => {
              if (hasBit(fast[c]![d], code) !== (direct[d][k] === 1)) {
                throw new Error(
                  `${c}, party ${d}, state ${code}: fast ${!direct[d][k]}, direct ${!!direct[d][k]}`,
                );
              }
            });
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gmcr-py semantics equal textbook with two parties and are never more permissive with more', () => {
    fc.assert(
      fc.property(seed, spec, (s, sp) => {
        const model = compileConflict(randomConflictScenario(s, sp));
        const dms = partyDecisionMakers(model);
        for (const c of ['gmr', 'smr', 'seq'] as const) {
          const tb = directStability(model, dms, c, 'textbook');
          const gp = directStability(model, dms, c, 'gmcrpy');
          for (const [d, flags] of tb.entries()) {
            for (const [k, f] of flags.entries()) {
              if (dms.length === 2) expect(gp[d][k]).toBe(f);
              else if (gp[d][k]) expect(f).toBe(1);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('respects the hierarchy of concepts', () => {
    fc.assert(
      fc.property(seed, spec, (s, sp) => {
        const model = compileConflict(randomConflictScenario(s, sp));
        const f = fastStability(model, ALL_CONCEPTS);
        const sub = (a: keyof typeof f, b: keyof typeof f) => {
          for (const set of f[a]!.keys()) {
            for (const code of model.codes) {
              if (hasBit(f[a]![set], code)) expect(hasBit(f[b]![set], code), `${a} ⊆ ${b}`).toBe(true);
            }
          }
        };
        sub('nash', 'seq');
        sub('seq', 'gmr');
        sub('nash', 'smr');
        sub('smr', 'gmr');
        sub('nash', 'sim');
        sub('seq', 'seqsim');
        sub('sim', 'seqsim');
      }),
      { numRuns: 80 },
    );
  });
});

describe('explanations and status-quo paths', () => {
  it('explain each verdict with legal sanction chains that end no better for the focal party', () => {
    fc.assert(
      fc.property(seed, spec, (s, sp) => {
        const scenario = randomConflictScenario(s, sp);
        const model = compileConflict(scenario);
        const dms = partyDecisionMakers(model);
        const res = analyzeStability(scenario);
        const byConcept = new Map(res.results.map((r) => [r.concept, r]));
        for (const e of res.explanations!) {
          const d = dms.findIndex((x) => x.id === e.dm);
          expect(e.stable).toBe(byConcept.get(e.concept)!.stableFor[e.dm].includes(e.state));
          expect(e.improvements.map((u) => u.to).sort()).toEqual(
            improvementsFrom(model, dms[d], e.state).sort(),
          );
          for (const u of e.improvements) {
            if (u.counter) {
              // SMR: the sanction state is no better, but the focal party can move on to something better.
              expect(better(model, dms[d], u.counter.from, e.state)).toBe(false);
              expect(better(model, dms[d], u.counter.to, e.state)).toBe(true);
              expect(movesFrom(model, dms[d], u.counter.from)).toContain(u.counter.to);
            }
            if (!u.sanction) continue;
            expect(better(model, dms[d], u.sanctionState!, e.state)).toBe(false);
            for (const st of u.sanction) {
              const o = dms.findIndex((x) => x.id === st.by);
              expect(o).not.toBe(d);
              expect(movesFrom(model, dms[o], st.from)).toContain(st.to);
            }
          }
          if (e.stable) expect(e.improvements.every((u) => u.sanction !== null)).toBe(true);
          else expect(e.improvements.some((u) => u.sanction === null)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('lists status-quo paths of unilateral improvements, shortest first, ending at equilibria', () => {
    fc.assert(
      fc.property(seed, spec, (s, sp) => {
        const scenario = randomConflictScenario(s, sp);
        const model = compileConflict(scenario);
        const res = analyzeStability(scenario, { concepts: ['nash', 'gmr'], maxPaths: 5 });
        if (model.statusQuo === null) return;
        const sq = res.statusQuo!;
        const dms = partyDecisionMakers(model);
        const eq = new Set(res.results.flatMap((r) => r.equilibria));
        let last = 0;
        for (const p of sq.paths) {
          expect(eq.has(p.to)).toBe(true);
          expect(p.steps.length).toBeGreaterThanOrEqual(last);
          last = p.steps.length;
          let at = sq.state;
          for (const st of p.steps) {
            expect(st.from).toBe(at);
            const dm = dms.find((x) => x.id === st.by)!;
            expect(improvementsFrom(model, dm, at)).toContain(st.to);
            at = st.to;
          }
          expect(at).toBe(p.to);
        }
        for (const u of sq.unreachable) expect(sq.paths.some((p) => p.to === u)).toBe(false);
        expect(sq.paths.length + sq.omitted + sq.unreachable.length).toBe(eq.size);
        expect(sq.paths.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 60 },
    );
  });
});
