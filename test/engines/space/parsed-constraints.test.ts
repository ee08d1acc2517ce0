// The engine's compiled constraints agree with the model's own evaluator on documents as users
// write them (open-ended ranges, option runs, nested any/all/not), counted over every package.
import { describe, expect, it } from 'vitest';
import { analyzeSpace } from '../../../src/engines/space/index.js';
import { satisfies } from '../../../src/model/expr.js';
import { parseScenario } from '../../../src/model/parse.js';
import type { Package } from '../../../src/model/types.js';
import { resolveAsOf } from '../../../src/timeline/apply.js';

const yaml = `
entente: 1
meta: { id: t, title: T }
issues:
  - { id: army, range: { min: 100, max: 1000, step: 50 } }
  - { id: land, options: [freeze, zone, withdraw, annex] }
  - { id: nato, options: [member, open, renounce, neutral] }
parties:
  - id: A
    stances: { army: { ideal: 1000 }, land: { ideal: freeze }, nato: { ideal: member } }
    constraints:
      - { id: a1, forbid: { army: { max: 750 } } }
      - { id: a2, if: { nato: { min: renounce } }, then: { army: { min: 800 } } }
  - id: B
    stances: { army: { ideal: 100 }, land: { ideal: annex }, nato: { ideal: neutral } }
    constraints:
      - { id: b1, require: { any: [{ land: { min: withdraw } }, { not: { nato: [member, open] } }] } }
      - { id: b2, forbid: { all: [{ army: { min: 950 } }, { land: freeze }] } }
`;

describe('compiled constraints match the model evaluator', () => {
  it('counts the same feasible packages as direct enumeration', () => {
    const s = resolveAsOf(parseScenario(yaml));
    const constraints = s.parties.flatMap((p) => p.constraints);
    let direct = 0;
    const army = s.issues[0].kind === 'range' ? s.issues[0].levels : [];
    for (const a of army)
      for (const land of ['freeze', 'zone', 'withdraw', 'annex'])
        for (const nato of ['member', 'open', 'renounce', 'neutral']) {
          const pkg: Package = { army: a, land, nato };
          if (constraints.every((c) => satisfies(c, pkg))) direct++;
        }
    expect(direct).toBeGreaterThan(0);
    expect(Number(analyzeSpace(s).feasible)).toBe(direct);
  });
});
