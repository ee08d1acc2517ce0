// Properties of the negotiation simulation on random small scenarios, checked against a direct
// evaluation of packages from the scenario's definitions (not the engine's tables):
// agents never propose or accept what breaks their own red lines or walk-away value; every
// agreement is acceptable to its signers; no unanimous agreement without a ZOPA; concession
// strategies reach one when there is a ZOPA; a seed replays the same trace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyConcession,
  type Protocol,
  type SimulationResult,
  type StrategySpec,
  simulate,
  whichConcessionUnlocks,
} from '../../../src/engines/simulate/index.js';
import type { Package, Scenario } from '../../../src/model/types.js';
import { acceptableTo, directZopa, principalsOf, randomScenario } from '../../support/random-scenarios.js';

const protocols: Protocol[] = ['sao', 'mediator', 'consensus'];
const kinds: StrategySpec[] = [
  { kind: 'boulware', e: 0.3 },
  { kind: 'linear' },
  { kind: 'conceder', e: 3 },
  { kind: 'hardliner' },
  { kind: 'tit-for-tat', factor: 1 },
  { kind: 'aspiration', rate: 0.2 },
];

function unpack(r: SimulationResult): Package | null {
  if (!r.outcome.package) return null;
  return Object.fromEntries(r.outcome.package.map((v) => [v.issue, v.value]));
}

function checkSafety(s: Scenario, r: SimulationResult): void {
  const byId = new Map(s.parties.map((p) => [p.id, p]));
  for (const t of r.trace) {
    if (!t.package) continue;
    for (const resp of t.responses) {
      const p = byId.get(resp.party)!;
      // A proposer's own offer and every acceptance must be acceptable to that party.
      if (resp.response !== 'reject')
        expect(acceptableTo(s, p, t.package), `${resp.party} round ${t.round}`).toBe(true);
    }
  }
  const pkg = unpack(r);
  if (r.outcome.agreed) {
    expect(pkg).not.toBeNull();
    for (const id of [...r.outcome.signers, ...r.outcome.joined]) {
      expect(acceptableTo(s, byId.get(id)!, pkg as Package), `signer ${id}`).toBe(true);
    }
  }
}

describe('simulation properties on random scenarios', () => {
  it('agents stay within their red lines and walk-away values; no unanimous deal without a ZOPA', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...protocols),
        fc.array(fc.integer({ min: 0, max: kinds.length - 1 }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('nash' as const, 'maxmin' as const, 'own' as const),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        (seed, protocol, picks, rounds, objective, quorum) => {
          const s = randomScenario(seed);
          const strategies = Object.fromEntries(s.parties.map((p, k) => [p.id, kinds[picks[k]]]));
          const hasMediator = s.parties.some((p) => p.role === 'mediator');
          const r = simulate(s, {
            protocol,
            rounds,
            seed,
            strategies,
            objective: objective === 'own' && !hasMediator ? 'nash' : objective,
            quorum,
          });
          checkSafety(s, r);
          const zopa = directZopa(s);
          if (zopa === 0 && protocol !== 'consensus') expect(r.outcome.agreed).toBe(false);
          if (r.outcome.agreed && protocol !== 'consensus') {
            expect(r.outcome.signers.sort()).toEqual(
              principalsOf(s)
                .map((p) => p.id)
                .sort(),
            );
            expect(r.outcome.distanceToFrontier).not.toBeNull();
          }
          expect(r.trace.length).toBe(r.outcome.round);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('time-dependent concession reaches agreement whenever there is a ZOPA', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...protocols),
        fc.array(fc.double({ min: 0.05, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        (seed, protocol, es, rounds) => {
          const s = randomScenario(seed);
          fc.pre(directZopa(s) > 0);
          const strategies = Object.fromEntries(
            s.parties.map((p, k): [string, StrategySpec] => [p.id, { kind: 'time', e: es[k] }]),
          );
          const r = simulate(s, { protocol, rounds, seed, strategies });
          expect(r.outcome.agreed).toBe(true);
          checkSafety(s, r);
          // With a ZOPA the agreed package sits in it: on the frontier of the feasible packages
          // or dominated, but never outside; its distance to Nash is defined.
          if (protocol !== 'consensus') expect(r.outcome.distanceToNash).not.toBeNull();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('replays identically from the seed, and different seeds can differ', () => {
    let differ = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const s = randomScenario(seed * 7919);
      for (const protocol of protocols) {
        const opts = {
          protocol,
          rounds: 30,
          seed,
          strategies: { '*': { kind: 'conceder' } as StrategySpec },
        };
        const a = JSON.stringify(simulate(s, opts));
        const b = JSON.stringify(simulate(s, opts));
        expect(a).toBe(b);
        const c = JSON.stringify(simulate(s, { ...opts, seed: seed + 1000 }).trace);
        if (c !== JSON.stringify(JSON.parse(a).trace)) differ++;
      }
    }
    expect(differ).toBeGreaterThan(0);
  });
});

describe('which concession unlocks a deal, on random scenarios', () => {
  it('after any minimal concession, time-dependent agents pass the mediated text', () => {
    let tried = 0;
    for (let seed = 1; tried < 25 && seed < 400; seed++) {
      const s = randomScenario(seed * 104729);
      if (directZopa(s) > 0) continue;
      const u = whichConcessionUnlocks(s, { rounds: 30, seed, strategies: { '*': { kind: 'boulware' } } });
      expect(u.zopaEmpty).toBe(true);
      expect(u.base.agreed).toBe(false);
      for (const t of u.trials) {
        // A minimal concession opens a ZOPA (checked directly), and then the text must pass.
        expect(directZopa(applyConcession(s, t.relax))).toBeGreaterThan(0);
        expect(t.outcome.agreed, t.sentence).toBe(true);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(10);
  });
});
