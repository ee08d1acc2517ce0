// The forecast point is the probability-weighted mean over DISTINCT positions: two actors at one
// position share that position's probability. An actor with no stance on an issue must not make
// its position look distinct from another's (it used to, so the shared probability was counted
// twice). Checked against a direct computation from the result's own probabilities and positions.
import { describe, expect, it } from 'vitest';
import { forecast } from '../../../src/engines/forecast/index.js';
import { parseScenario } from '../../../src/model/parse.js';
import { resolveAsOf } from '../../../src/timeline/apply.js';

const yaml = `
entente: 1
meta: { id: t, title: T }
issues:
  - { id: a, options: [a0, a1, a2, a3, a4] }
  - { id: b, options: [b0, b1, b2, b3, b4] }
parties:
  - { id: P, power: 1, stances: { a: { ideal: a0, salience: 0.5 }, b: { ideal: b0, salience: 0.5 } } }
  - { id: Q, power: 1, stances: { a: { ideal: a0, salience: 1 } } }
  - { id: R, power: 1.5, stances: { a: { ideal: a4, salience: 0.6 }, b: { ideal: b4, salience: 0.4 } } }
`;

describe('KTAB forecast point with actors absent from an issue', () => {
  it('counts each distinct position on the issue once', () => {
    const s = resolveAsOf(parseScenario(yaml));
    const f = forecast(s, { model: 'ktab' });
    const issue = f.issues.find((i) => i.issue === 'a')!;
    const last = f.probabilities!.length - 1;
    const ids = f.actors.map((a) => a.id);
    // Group actors by their final position on issue a, and take each group's probability once.
    const groups = new Map<number, number>();
    ids.forEach((id, r) => {
      const pos = Math.round(issue.positions[id].at(-1)! * 1000) / 1000;
      groups.set(pos, f.probabilities![last][r]);
    });
    let num = 0;
    let den = 0;
    for (const [pos, p] of groups) {
      num += p * pos;
      den += p;
    }
    expect(issue.end).toBeCloseTo(num / den, 3);
  });
});
