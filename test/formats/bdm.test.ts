import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/engines/forecast/forecast.js';
import { BdmFormatError, bdmToScenario, parseBdmCsv } from '../../src/formats/bdm.js';

const emission = `Actor,Capability,Position,Salience
Netherlands,0.08,4,80
Belgium,0.08,7,40
Luxembourg,0.03,4,20
Germany,0.16,4,80
France,0.16,10,60
Italy,0.16,10,60
UK,0.16,10,90
Ireland,0.05,7,10
Denmark,0.05,4,100
Greece,0.08,7,70`;

describe('BDM CSV', () => {
  it('reads actors (salience 0–100 scaled to 0–1) and becomes a one-issue scenario', () => {
    const d = parseBdmCsv(emission);
    expect(d.actors[0]).toEqual({ name: 'Netherlands', capability: 0.08, position: 4, salience: 0.8 });
    const s = bdmToScenario(d, { issue: 'Years until standards apply', unit: 'years' });
    expect(s.issues[0]).toMatchObject({
      kind: 'range',
      min: 4,
      max: 10,
      step: 1,
      levels: [4, 5, 6, 7, 8, 9, 10],
    });
    expect(s.parties[6].stances['years-until-standards-apply'].ideal).toBe(10);
  });

  it('forecasting the imported scenario gives the BDM figures on the axis and the nearest year', () => {
    const s = bdmToScenario(parseBdmCsv(emission), { unit: 'years' });
    const r = forecast(s, { model: 'bdm' });
    const years = r.issues[0].trajectory.map((a) => 4 + (6 * a) / 100);
    for (const [k, m] of [7, 8.42, 9.61, 9.96, 9.96, 9.96, 7.47, 8.82, 9.67].entries())
      expect(Math.abs(years[k] - m)).toBeLessThan(0.05);
    expect(r.issues[0].nearest.label).toBe('10 years');
    expect(r.issues[0].baselines.median).toBe(50);
    expect(4 + (6 * r.issues[0].baselines.mean) / 100).toBeCloseTo(7.39, 2);
  });

  it('rejects bad files with the line at fault', () => {
    expect(() => parseBdmCsv('Actor,Capability,Position\nA,1,2')).toThrow(BdmFormatError);
    expect(() => parseBdmCsv('Actor,Capability,Position,Salience\nA,1,2,300')).toThrow(
      /line 2: salience 300/,
    );
    expect(() => parseBdmCsv('Actor,Capability,Position,Salience\nA,x,2,30')).toThrow(
      /line 2: capability "x"/,
    );
    expect(() => parseBdmCsv('Actor,Capability,Position,Salience\nA,1,2,30\nA,1,3,30')).toThrow(/unique/);
  });
});
