// Fixed-size sets of state codes packed 32 to a word: a 2^20-state conflict needs 128 KB per set.

export type Bitset = Uint32Array;

export function newBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function hasBit(set: Bitset, i: number): boolean {
  return (set[i >>> 5] & (1 << (i & 31))) !== 0;
}

export function setBit(set: Bitset, i: number): void {
  set[i >>> 5] |= 1 << (i & 31);
}

export function clearBit(set: Bitset, i: number): void {
  set[i >>> 5] &= ~(1 << (i & 31));
}

export function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(set: Bitset): number {
  let n = 0;
  for (let w = 0; w < set.length; w++) if (set[w] !== 0) n += popcount32(set[w]);
  return n;
}

/** The members of a set in ascending order. */
export function bitsetMembers(set: Bitset): Int32Array {
  const out = new Int32Array(countBits(set));
  let k = 0;
  for (let w = 0; w < set.length; w++) {
    let word = set[w];
    while (word !== 0) {
      const low = word & -word;
      out[k++] = (w << 5) | (31 - Math.clz32(low));
      word ^= low;
    }
  }
  return out;
}
