import { describe, expect, it } from 'vitest';
import { monteCarloInProcess } from '../../src/engines/forecast/monte-carlo.js';
import { renderMonteCarlo } from '../../src/engines/forecast/render.js';
import { forecastMonteCarlo } from '../../src/node/forecast-monte-carlo.js';
import { fourByEight } from '../engines/forecast/fixtures.js';

describe('forecast Monte Carlo', () => {
  const sc = fourByEight(8);

  it('is bit-for-bit the same for 0, 1 and 2 threads and any block size', async () => {
    const opts = { model: 'ktab' as const, runs: 24, seed: 99 };
    const a = await forecastMonteCarlo(sc, { ...opts, threads: 0 });
    const b = await forecastMonteCarlo(sc, { ...opts, threads: 1, blockSize: 5 });
    const c = await forecastMonteCarlo(sc, { ...opts, threads: 2, blockSize: 3 });
    expect(b).toEqual(a);
    expect(c).toEqual(a);
    expect(a.completed).toBe(24);
    expect(a.cancelled).toBe(false);
    const other = await monteCarloInProcess(sc, { ...opts, seed: 100 });
    expect(other).not.toEqual(a);
  });

  it('gives quantiles in order and option probabilities that sum to 1', async () => {
    const r = await monteCarloInProcess(sc, { model: 'bdm', runs: 40, seed: 1 });
    for (const is of r.issues) {
      const q = is.quantiles;
      expect(q.p5).toBeLessThanOrEqual(q.p25);
      expect(q.p25).toBeLessThanOrEqual(q.p50);
      expect(q.p50).toBeLessThanOrEqual(q.p75);
      expect(q.p75).toBeLessThanOrEqual(q.p95);
      expect(is.options.map((o) => o.value)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(is.options.reduce((s, o) => s + o.probability, 0)).toBeCloseTo(1, 12);
    }
    // with no uncertainty at all every run gives the plain forecast
    const none = await monteCarloInProcess(fourByEight(0), { model: 'mean', runs: 5, seed: 1 });
    for (const is of none.issues) expect(is.quantiles.p5).toBe(is.quantiles.p95);
    expect(renderMonteCarlo(r)).toContain('probability of each outcome');
  });

  it('reports progress and stops on abort with partial results', async () => {
    const ctl = new AbortController();
    const seen: number[] = [];
    const r = await forecastMonteCarlo(sc, {
      model: 'ktab',
      runs: 400,
      seed: 5,
      threads: 2,
      blockSize: 4,
      signal: ctl.signal,
      onProgress: (p) => {
        seen.push(p.completed);
        if (p.completed >= 16) ctl.abort();
      },
    });
    expect(r.cancelled).toBe(true);
    expect(r.completed).toBeGreaterThanOrEqual(16);
    expect(r.completed).toBeLessThan(400);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    // the completed runs are exactly those a full run would give for the same indices: the
    // partial summary is a summary of a subset of the same per-run outcomes
    expect(r.issues[0].options.reduce((s, o) => s + o.probability, 0)).toBeCloseTo(1, 12);
  });

  it('rejects bad options before starting workers', async () => {
    await expect(forecastMonteCarlo(sc, { model: 'ktab', runs: 0, seed: 1 })).rejects.toThrow(/runs/);
  });
});

describe('Monte Carlo uncertainty sources', () => {
  it('uses each stance position_sd, and the global jitter only where none is given', async () => {
    const certain = fourByEight(0);
    const flat = await monteCarloInProcess(certain, { model: 'mean', runs: 30, seed: 2 });
    const jittered = await monteCarloInProcess(certain, { model: 'mean', runs: 30, seed: 2, jitter: 10 });
    const own = await monteCarloInProcess(fourByEight(10), { model: 'mean', runs: 30, seed: 2, jitter: 50 });
    const spread = (r: typeof flat) => r.issues[0].quantiles.p95 - r.issues[0].quantiles.p5;
    expect(spread(flat)).toBe(0);
    expect(spread(jittered)).toBeGreaterThan(0);
    // position_sd = 10 everywhere: the jitter of 50 is ignored, so it equals jitter 10 on sd 0
    expect(own.issues).toEqual(jittered.issues);
  });
});
