import { describe, expect, it } from 'vitest';
import { runSmp } from '../../../src/engines/forecast/ktab/smp.js';
import { seededUniform } from '../../../src/engines/forecast/rng.js';

const input = {
  n: 7,
  d: 3,
  cap: [102.543, 53.393, 129.643, 75.92, 63.224, 120.048, 54.178],
  pos: [
    75.79, 6.37, 70.45, 82.72, 73.5, 64.0, 82.45, 90.89, 0.07, 62.52, 50.82, 62.33, 82.34, 45.77, 73.31,
    84.48, 33.7, 88.11, 70.96, 33.46, 90.36,
  ].map((x) => x / 100),
  sal: [
    49.53, 5.91, 28.15, 30.33, 21.22, 24.79, 48.47, 13.55, 34.62, 20.76, 39.24, 22.21, 40.96, 25.43, 22.59,
    22.92, 39.35, 15.42, 31.75, 27.93, 26.03,
  ].map((x) => x / 100),
};
const stochastic = { params: { stateTransitions: 'Stochastic' as const } };
const positions = (r: ReturnType<typeof runSmp>) => r.states.map((s) => Array.from(s.pos));

describe('KTAB stochastic state transitions', () => {
  it('are reproducible for a seed and vary with it', () => {
    const a = runSmp(input, { ...stochastic, uniform: seededUniform(11, 0) });
    const b = runSmp(input, { ...stochastic, uniform: seededUniform(11, 0) });
    expect(positions(a)).toEqual(positions(b));
    const others = [12, 13, 14, 15].map((s) =>
      JSON.stringify(positions(runSmp(input, { ...stochastic, uniform: seededUniform(s, 0) }))),
    );
    expect(new Set([JSON.stringify(positions(a)), ...others]).size).toBeGreaterThan(1);
  });

  it('need a random source', () => {
    expect(() => runSmp(input, stochastic)).toThrow(/uniform/);
  });

  it('seeded streams are independent of one another and uniform on [0,1)', () => {
    const u = seededUniform(1, 0);
    const v = seededUniform(1, 1);
    const xs = Array.from({ length: 2000 }, () => u());
    const ys = Array.from({ length: 2000 }, () => v());
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / xs.length - 0.5)).toBeLessThan(0.03);
    expect(xs.slice(0, 10)).not.toEqual(ys.slice(0, 10));
  });
});

describe('KTAB parameters from strings', async () => {
  const { parseKtabParams, KtabParamError } = await import('../../../src/engines/forecast/ktab/params.js');
  it('accepts our keys and KTAB XML keys, values in any case', () => {
    expect(
      parseKtabParams({
        VotingRule: 'propcbc',
        interVecBargain: 'S2PMAX',
        BargnModel: 'PWCompInterp',
        maxIterations: '10',
      }),
    ).toEqual({
      votingRule: 'PropCbc',
      interVecBargain: 'S2PMax',
      bargainModel: 'PWCompInterp',
      maxIterations: 10,
    });
  });
  it('says what is wrong and what is allowed', () => {
    expect(() => parseKtabParams({ VotingRule: 'Majority' })).toThrow(KtabParamError);
    expect(() => parseKtabParams({ VotingRule: 'Majority' })).toThrow(/Binary, PropBin, Prop/);
    expect(() => parseKtabParams({ colour: 'red' })).toThrow(/unknown KTAB parameter "colour"/);
    expect(() => parseKtabParams({ maxIterations: '2.5' })).toThrow(/count/);
  });
});
