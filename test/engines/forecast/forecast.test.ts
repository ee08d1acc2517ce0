import { describe, expect, it } from 'vitest';
import { axisPosition, ForecastInputError, nearestOption } from '../../../src/engines/forecast/actors.js';
import { forecast } from '../../../src/engines/forecast/forecast.js';
import { renderForecast } from '../../../src/engines/forecast/render.js';
import type { RangeIssue } from '../../../src/model/types.js';
import { fourByEight, optionScenario } from './fixtures.js';

const s = optionScenario(
  [
    { id: 'nato', options: ['member', 'deferred', 'renounced'] },
    { id: 'guarantees', options: ['none', 'political', 'binding'] },
  ],
  [
    { id: 'ua', power: 30, stances: { nato: ['member', 0.5], guarantees: ['binding', 0.5] } },
    { id: 'ru', power: 60, stances: { nato: ['renounced', 0.6], guarantees: ['none', 0.3] } },
    { id: 'us', power: 90, stances: { nato: ['deferred', 0.3], guarantees: ['political', 0.3] } },
    { id: 'eu', power: 40, stances: { nato: ['member', 0.2], guarantees: ['binding', 0.6] } },
    // takes no part on NATO membership
    { id: 'tr', power: 20, stances: { guarantees: ['political', 0.4] } },
  ],
);

describe('forecast() on a scenario', () => {
  it('reports start, trajectory, end, nearest option and both baselines per issue for every model', () => {
    for (const model of ['ktab', 'bdm', 'mean', 'median'] as const) {
      const r = forecast(s, { model });
      expect(r.model).toBe(model);
      expect(r.issues.map((i) => i.issue)).toEqual(['nato', 'guarantees']);
      for (const is of r.issues) {
        expect(is.trajectory.length).toBe(r.rounds + 1);
        expect(is.start).toBe(is.trajectory[0]);
        expect(is.end).toBe(is.trajectory[is.trajectory.length - 1]);
        expect(is.end).toBeGreaterThanOrEqual(0);
        expect(is.end).toBeLessThanOrEqual(100);
        expect(['member', 'deferred', 'renounced', 'none', 'political', 'binding']).toContain(
          is.nearest.value,
        );
      }
      // the non-participant has no position on NATO
      expect(Object.keys(r.issues[0].positions)).not.toContain('tr');
      expect(Object.keys(r.issues[1].positions)).toContain('tr');
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });

  it('baselines: power × salience weighted mean and median of the ideals', () => {
    const r = forecast(s, { model: 'mean' });
    // NATO: ua 0 (30×.5), ru 100 (60×.6), us 50 (90×.3), eu 0 (40×.2)
    const w = [15, 36, 27, 8];
    const x = [0, 100, 50, 0];
    const mean = w.reduce((a, wi, i) => a + wi * x[i], 0) / w.reduce((a, b) => a + b, 0);
    expect(r.issues[0].baselines.mean).toBeCloseTo(mean, 9);
    expect(r.issues[0].end).toBeCloseTo(mean, 9);
    expect(r.issues[0].baselines.median).toBe(50);
    expect(r.issues[0].baselines.medianOption.value).toBe('deferred');
    expect(forecast(s, { model: 'median' }).issues[0].end).toBe(50);
  });

  it('a party with no position on an issue does not change the forecast there', () => {
    const without = optionScenario(
      [{ id: 'nato', options: ['member', 'deferred', 'renounced'] }],
      [
        { id: 'ua', power: 30, stances: { nato: ['member', 0.5] } },
        { id: 'ru', power: 60, stances: { nato: ['renounced', 0.6] } },
        { id: 'us', power: 90, stances: { nato: ['deferred', 0.3] } },
        { id: 'eu', power: 40, stances: { nato: ['member', 0.2] } },
        { id: 'tr', power: 20, stances: {} },
      ],
    );
    const noTr = optionScenario(
      [{ id: 'nato', options: ['member', 'deferred', 'renounced'] }],
      without.parties.slice(0, 4).map((p) => ({
        id: p.id,
        power: p.power,
        stances: { nato: [p.stances.nato.ideal as string, p.stances.nato.salience] },
      })),
    );
    for (const model of ['ktab', 'bdm', 'mean'] as const) {
      expect(forecast(without, { model }).issues[0].trajectory).toEqual(
        forecast(noTr, { model }).issues[0].trajectory,
      );
    }
  });

  it('extra actors take part like parties', () => {
    const r = forecast(s, {
      model: 'mean',
      extraActors: [
        { id: 'cn', name: 'China', power: 200, stances: { nato: { value: 'renounced', salience: 1 } } },
      ],
    });
    expect(r.actors.map((a) => a.id)).toContain('cn');
    expect(r.issues[0].end).toBeGreaterThan(forecast(s, { model: 'mean' }).issues[0].end);
    expect(() =>
      forecast(s, { model: 'mean', extraActors: [{ id: 'ua', name: 'dup', power: 1, stances: {} }] }),
    ).toThrow(ForecastInputError);
  });

  it('KTAB stochastic transitions are reproducible for a seed', () => {
    const sc = fourByEight();
    const a = forecast(sc, { model: 'ktab', ktab: { stateTransitions: 'Stochastic' }, seed: 7 });
    const b = forecast(sc, { model: 'ktab', ktab: { stateTransitions: 'Stochastic' }, seed: 7 });
    expect(a).toEqual(b);
    expect(a.seed).toBe(7);
  });

  it('renders a plain-text table naming the model, the issues and the nearest options', () => {
    const text = renderForecast(forecast(s, { model: 'ktab' }));
    expect(text).toContain('KTAB');
    expect(text).toContain('NATO');
    expect(text).toContain('Nearest option');
    expect(text.includes(String.fromCharCode(27))).toBe(false);
  });
});

describe('axis positions and nearest options', () => {
  const range: RangeIssue = {
    id: 'cap',
    name: 'Army cap',
    aliases: [],
    kind: 'range',
    min: 500_000,
    max: 900_000,
    step: 100_000,
    unit: 'soldiers',
    levels: [500_000, 600_000, 700_000, 800_000, 900_000],
  };
  it('range levels sit at 100·(level−min)/(max−min) and map back to the nearest level', () => {
    expect(axisPosition(range, 600_000)).toBe(25);
    expect(nearestOption(range, 37).value).toBe(600_000);
    expect(nearestOption(range, 38).value).toBe(700_000);
    expect(nearestOption(range, 100).label).toBe('900000 soldiers');
  });
  it('option issues map back to the option with the nearest axis position', () => {
    const is = s.issues[0];
    expect(nearestOption(is, 24).value).toBe('member');
    expect(nearestOption(is, 26).value).toBe('deferred');
    expect(() => axisPosition(is, 'nope')).toThrow(ForecastInputError);
  });
});
