import { describe, expect, it } from 'vitest';
import { tournament } from '../../src/engines/simulate/index.js';
import { tournamentThreaded } from '../../src/node/simulate-tournament.js';
import { randomScenario } from '../support/random-scenarios.js';

describe('simulation tournaments on worker threads', () => {
  const s = randomScenario(424242);
  const opts = {
    seeds: 7,
    rounds: 20,
    seed: 3,
    strategies: {
      '*': [{ kind: 'boulware' as const }, { kind: 'conceder' as const }, { kind: 'aspiration' as const }],
    },
  };

  it('gives the same result for 0, 1 and 2 threads and any block size', async () => {
    const a = await tournamentThreaded(s, { ...opts, threads: 0 });
    const b = await tournamentThreaded(s, { ...opts, threads: 1, blockSize: 5 });
    const c = await tournamentThreaded(s, { ...opts, threads: 2, blockSize: 3 });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.completed).toBe(a.params.runs);
    expect(a.cancelled).toBe(false);
    expect(tournament(s, opts)).toEqual(a);
    expect(tournament(s, { ...opts, seed: 4 })).not.toEqual(a);
  });

  it('reports progress and stops on abort with partial results', async () => {
    const ctl = new AbortController();
    const seen: number[] = [];
    const r = await tournamentThreaded(s, {
      ...opts,
      seeds: 200,
      threads: 1,
      blockSize: 10,
      signal: ctl.signal,
      onProgress: (p) => {
        seen.push(p.completed);
        if (p.completed >= 30) ctl.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.completed).toBeGreaterThanOrEqual(30);
    expect(r.completed).toBeLessThan(r.params.runs);
    expect(seen[0]).toBe(10);
  });
});
