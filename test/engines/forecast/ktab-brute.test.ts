// An independent, literal implementation of one SMP turn (full per-perspective utility
// matrices, explicit coalitions and election tables) against the engine, on small random inputs
// and under every parameter switch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BARGAIN_MODELS,
  BIG_R_ADJUSTS,
  BIG_R_RANGES,
  INTER_VEC_BARGAINS,
  KTAB_DEFAULTS,
  type KtabParams,
  PCE_MODELS,
  THIRD_PARTY_COMMITS,
  VICTORY_PROB_MODELS,
  VOTING_RULES,
} from '../../../src/engines/forecast/ktab/params.js';
import { assess, salienceSums, switchesOf, turn } from '../../../src/engines/forecast/ktab/smp.js';
import { bruteTurn } from './ktab-literal.js';

describe('KTAB SMP turn against a literal implementation (every switch)', () => {
  const params = fc.record({
    victoryProbModel: fc.constantFrom(...VICTORY_PROB_MODELS),
    votingRule: fc.constantFrom(...VOTING_RULES),
    pceModel: fc.constantFrom(...PCE_MODELS),
    bigRRange: fc.constantFrom(...BIG_R_RANGES),
    bigRAdjust: fc.constantFrom(...BIG_R_ADJUSTS),
    thirdPartyCommit: fc.constantFrom(...THIRD_PARTY_COMMITS),
    interVecBargain: fc.constantFrom(...INTER_VEC_BARGAINS),
    bargainModel: fc.constantFrom(...BARGAIN_MODELS),
  });
  const scen = fc.integer({ min: 3, max: 6 }).chain((n) =>
    fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.record({
        cap: fc.array(fc.integer({ min: 10, max: 200 }), { minLength: n, maxLength: n }),
        // distinct positions: with shared positions the election has exact ties, which the two
        // implementations may break differently after last-bit rounding differences
        pos: fc.uniqueArray(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: d, maxLength: d }), {
          minLength: n,
          maxLength: n,
          selector: (r) => r.join(','),
        }),
        sal: fc.array(fc.array(fc.integer({ min: 5, max: 30 }), { minLength: d, maxLength: d }), {
          minLength: n,
          maxLength: n,
        }),
      }),
    ),
  );

  it('new positions agree to 1e-9', () => {
    fc.assert(
      fc.property(scen, params, (s, p) => {
        const P: KtabParams = { ...KTAB_DEFAULTS, ...p };
        const n = s.cap.length;
        const d = s.pos[0].length;
        const pos = s.pos.map((r) => r.map((x) => x / 100));
        const sal = s.sal.map((r) => r.map((x) => x / 100));
        const input = { n, d, cap: s.cap, pos: pos.flat(), sal: sal.flat() };
        const sw = switchesOf(P);
        const flat = Float64Array.from(input.pos);
        const a = assess(input, flat, sw);
        const got = turn(input, salienceSums(input), flat, a, sw, undefined);
        const want = bruteTurn(P, s.cap, pos, sal);
        for (let i = 0; i < n; i++)
          for (let k = 0; k < d; k++) expect(Math.abs(got[i * d + k] - want[i][k])).toBeLessThan(1e-9);
      }),
      { numRuns: 150, seed: 20251126 },
    );
  });
});
