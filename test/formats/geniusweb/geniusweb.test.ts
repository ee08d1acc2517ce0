import { describe, expect, it } from 'vitest';
import { compileSpace } from '../../../src/engines/space/index.js';
import { importGeniusWeb } from '../../../src/formats/geniusweb/index.js';

describe('importGeniusWeb', () => {
  const domain = JSON.stringify({
    name: 'd',
    issuesValues: { a: { values: ['x', 'y'] }, n: { range: { low: 0, high: 10, step: 5 } } },
  });
  const profile = (key: 'new' | 'old') =>
    JSON.stringify({
      LinearAdditiveUtilitySpace: {
        name: 'p',
        issueUtilities: {
          a:
            key === 'new'
              ? { DiscreteValueSetUtilities: { valueUtilities: { x: 0.4, y: 1 } } }
              : { discreteutils: { valueUtilities: { x: 0.4, y: 1 } } },
          n:
            key === 'new'
              ? { NumberValueSetUtilities: { lowValue: 0, lowUtility: 1, highValue: 10, highUtility: 0 } }
              : { numberutils: { lowValue: 0, lowUtility: 1, highValue: 10, highUtility: 0 } },
        },
        issueWeights: { a: 0.6, n: 0.4 },
      },
    });

  it('reads both key spellings, number ranges, and no reservation bid as 0', () => {
    for (const k of ['new', 'old'] as const) {
      const s = importGeniusWeb(domain, [{ name: 'p', json: profile(k) }]);
      const c = compileSpace(s);
      expect(s.issues[1].kind === 'range' && s.issues[1].levels).toEqual([0, 5, 10]);
      expect(Array.from(c.utils[0][0])).toEqual([0.4, 1]);
      expect(Array.from(c.utils[0][1])).toEqual([1, 0.5, 0]);
      expect(c.reservation[0]).toBe(0);
    }
  });

  it('points at the broken place in bad JSON', () => {
    expect(() => importGeniusWeb('{"name": "d",\n "issuesValues": {', [])).toThrowError(
      /domain\.json: .*not valid JSON/,
    );
    expect(() => importGeniusWeb(domain, [{ name: 'p.json', json: '{"other": {}}' }])).toThrowError(
      /LinearAdditiveUtilitySpace/,
    );
  });
});
