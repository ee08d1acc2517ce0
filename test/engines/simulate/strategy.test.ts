import { describe, expect, it } from 'vitest';
import {
  parseStrategySets,
  parseStrategySpec,
  StrategyError,
  strategyLabel,
} from '../../../src/engines/simulate/index.js';

describe('strategy specifications', () => {
  it('parses per-party strategies with parameters and aliases', () => {
    expect(parseStrategySpec('UKR=boulware:0.2,RUS=hardliner,EUR=tft:1.5,USA=aspiration')).toEqual({
      UKR: { kind: 'boulware', e: 0.2 },
      RUS: { kind: 'hardliner' },
      EUR: { kind: 'tit-for-tat', factor: 1.5 },
      USA: { kind: 'aspiration' },
    });
    expect(parseStrategySpec('conceder')).toEqual({ '*': { kind: 'conceder' } });
    expect(parseStrategySpec(' UKR = linear , *=time:3 ')).toEqual({
      UKR: { kind: 'linear' },
      '*': { kind: 'time', e: 3 },
    });
  });

  it('says what is wrong', () => {
    const msg = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(StrategyError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(msg(() => parseStrategySpec('UKR=stubborn'))).toMatch(/unknown strategy 'stubborn'.*boulware/);
    expect(msg(() => parseStrategySpec('UKR=boulware:abc'))).toMatch(
      /'abc' in 'boulware:abc' is not a number/,
    );
    expect(msg(() => parseStrategySpec('UKR=boulware:0'))).toMatch(/e must be a number > 0/);
    expect(msg(() => parseStrategySpec('UKR=hardliner:2'))).toMatch(/takes no parameter/);
    expect(msg(() => parseStrategySpec('UKR=linear,UKR=conceder'))).toMatch(/given twice/);
    expect(msg(() => parseStrategySpec('XYZ=linear', ['UKR', 'RUS']))).toMatch(
      /unknown party 'XYZ'.*UKR, RUS/,
    );
    expect(msg(() => parseStrategySpec('time'))).toMatch(/needs an exponent/);
    expect(msg(() => parseStrategySpec(''))).toMatch(/empty/);
    expect(msg(() => parseStrategySpec('UKR=aspiration:2'))).toMatch(/rate must be/);
  });

  it('parses alternatives for tournaments and labels round-trip', () => {
    const sets = parseStrategySets('UKR=boulware:0.2|conceder,*=hardliner');
    expect(sets.UKR.map(strategyLabel)).toEqual(['boulware:0.2', 'conceder']);
    expect(sets['*']).toEqual([{ kind: 'hardliner' }]);
    for (const s of [
      'boulware:0.2',
      'linear',
      'conceder:3',
      'time:0.5',
      'hardliner',
      'tit-for-tat:2',
      'aspiration:0.3',
    ]) {
      expect(strategyLabel(parseStrategySpec(s)['*'])).toBe(s);
    }
  });
});
