// Seeded random streams. A Monte Carlo run's stream depends only on (seed, run index), never on
// which worker runs it, so results are identical whatever the thread count.

import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** splitmix32 step: a well-mixed 32-bit word from a 32-bit state. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/** A uniform [0,1) source for run `index` of seed `seed`. */
export function seededUniform(seed: number, index: number): () => number {
  const s = seed | 0;
  const lo = (seed / 2 ** 32) | 0;
  const state = [
    mix32(s ^ 0x1234567),
    mix32(index ^ mix32(lo)),
    mix32(s + Math.imul(index, 0x27d4eb2d)),
    mix32(~index ^ s),
  ];
  if ((state[0] | state[1] | state[2] | state[3]) === 0) state[0] = 1;
  const rng = xoroshiro128plusFromState(state);
  return () => uniformFloat64(rng);
}

/** Standard normal deviates from a uniform source (Box–Muller, one value per call). */
export function normalFrom(uniform: () => number): () => number {
  return () => {
    let u = uniform();
    while (u <= 0) u = uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
