import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSmp } from '../../../src/engines/forecast/ktab/smp.js';

describe('KTAB with actors that take no part in some dimensions', () => {
  it("an inactive coordinate is invisible: moving it changes no one's visible trajectory", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 6 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, seed, other) => {
          const d = 2;
          let s = seed;
          const rnd = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
          const cap = Array.from({ length: n }, () => 10 + 100 * rnd());
          const pos = Array.from({ length: n * d }, () => Math.round(rnd() * 1e4) / 1e4);
          const sal = Array.from({ length: n * d }, () => 0.1 + 0.3 * rnd());
          const active = new Array(n * d).fill(1);
          active[1] = 0; // actor 0 takes no part in dimension 1
          sal[1] = 0;
          const a = runSmp({ n, d, cap, pos, sal, active });
          const pos2 = pos.slice();
          pos2[1] = other;
          const b = runSmp({ n, d, cap, pos: pos2, sal, active });
          expect(b.states.length).toBe(a.states.length);
          a.states.forEach((st, t) => {
            for (let x = 0; x < n * d; x++) if (active[x]) expect(b.states[t].pos[x]).toBe(st.pos[x]);
          });
        },
      ),
      { numRuns: 40, seed: 3 },
    );
  });
});
