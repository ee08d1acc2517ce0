// A small least-recently-used map: Map keeps insertion order, so re-inserting on a hit moves the
// key to the back and the first key is always the oldest.
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  hits = 0;
  misses = 0;

  constructor(readonly capacity: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, v);
    return v;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
  }

  delete(predicate: (key: K, value: V) => boolean): void {
    for (const [k, v] of this.map) if (predicate(k, v)) this.map.delete(k);
  }

  get size(): number {
    return this.map.size;
  }
}
