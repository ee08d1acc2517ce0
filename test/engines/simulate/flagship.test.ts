// The flagship scenario: the talks as they stand cannot close (the red lines on territory
// clash); dropping Russia's Anchorage demand lets the mediator's text pass.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyConcession,
  renderSimulation,
  renderTournament,
  renderUnlock,
  simulate,
  tournament,
  whichConcessionUnlocks,
} from '../../../src/engines/simulate/index.js';
import { parseScenario } from '../../../src/model/parse.js';
import type { Scenario } from '../../../src/model/types.js';
import { resolveAsOf } from '../../../src/timeline/apply.js';

const file = path.resolve(import.meta.dirname, '../../../examples/ukraine-peace-talks/scenario.yaml');
const base = parseScenario(fs.readFileSync(file, 'utf8'), { file });
const now = resolveAsOf(base);

function dropAnchorage(s: Scenario): Scenario {
  const out = structuredClone(s);
  for (const p of out.parties) p.constraints = p.constraints.filter((c) => c.id !== 'territory-anchorage');
  return out;
}

describe('flagship: Russia–Ukraine talks', () => {
  it('reaches no agreement while the red lines clash, under every unanimous protocol and strategy', () => {
    for (const protocol of ['sao', 'mediator'] as const) {
      for (const kind of ['conceder', 'linear', 'boulware'] as const) {
        const r = simulate(now, { protocol, seed: 5, strategies: { '*': { kind } } });
        expect(r.outcome.agreed).toBe(false);
        expect(r.outcome.round).toBe(100);
        expect(r.notes.join(' ')).toMatch(/ZOPA is empty/);
      }
    }
  });

  it('the mediator is the United States and parties name the issues they want changed', () => {
    const r = simulate(now, { protocol: 'mediator', seed: 1 });
    expect(r.params.mediator).toBe('USA');
    expect(r.trace[0].proposer).toBe('USA');
    const first = r.trace[0].responses;
    expect(first.every((x) => x.response === 'reject' && typeof x.issue === 'string')).toBe(true);
    // Every draft breaks a red line of someone: the clash shows in the responses.
    for (const t of r.trace) expect(t.responses.some((x) => x.redLine !== undefined)).toBe(true);
    const text = renderSimulation(r);
    expect(text).toContain('NO AGREEMENT');
    expect(text).toContain('red line');
  });

  it('dropping the Anchorage demand lets the mediated text pass, on the Nash package', () => {
    const u = whichConcessionUnlocks(now);
    expect(u.zopaEmpty).toBe(true);
    expect(u.base.agreed).toBe(false);
    const anchorage = u.trials.find((t) => t.relax.length === 1 && t.relax[0].id === 'territory-anchorage');
    expect(anchorage?.outcome.agreed).toBe(true);
    expect(anchorage?.whoPays).toEqual(['Russia']);
    expect(anchorage?.outcome.distanceToFrontier).toBe(0);
    expect(renderUnlock(u)).toContain('The text passes after');
    const r = simulate(dropAnchorage(now), { protocol: 'mediator', seed: 1 });
    expect(r.outcome.agreed).toBe(true);
    const territory = r.outcome.package?.find((v) => v.issue === 'territory');
    expect(territory?.value).not.toMatch(/recognition$|withdrawal/);
    expect(
      applyConcession(now, anchorage?.relax ?? [])
        .parties.find((p) => p.id === 'RUS')
        ?.constraints.map((c) => c.id),
    ).not.toContain('territory-anchorage');
  });

  it("the mediator's first draft follows its objective", () => {
    const s = dropAnchorage(now);
    const first = (objective: 'nash' | 'maxmin' | 'own') =>
      simulate(s, { protocol: 'mediator', objective, rounds: 5, seed: 1 }).trace[0].utilities as number[];
    const ids = s.parties.map((p) => p.id);
    const res = s.parties.map((p) => (p.no_agreement.kind === 'value' ? p.no_agreement.value : 0));
    const principals = ['UKR', 'RUS', 'EUR'].map((id) => ids.indexOf(id));
    const nashProduct = (u: number[]) => principals.reduce((a, k) => a * (u[k] - res[k]), 1);
    const minGain = (u: number[]) => Math.min(...principals.map((k) => u[k] - res[k]));
    const usa = ids.indexOf('USA');
    const [n, mm, own] = [first('nash'), first('maxmin'), first('own')];
    expect(nashProduct(n)).toBeGreaterThanOrEqual(nashProduct(mm) - 1e-12);
    expect(nashProduct(n)).toBeGreaterThanOrEqual(nashProduct(own) - 1e-12);
    expect(minGain(mm)).toBeGreaterThanOrEqual(minGain(n) - 1e-12);
    expect(own[usa]).toBeGreaterThanOrEqual(n[usa] - 1e-12);
    expect(own[usa]).toBeGreaterThanOrEqual(mm[usa] - 1e-12);
  });

  it('partial consensus reports who signed and who stayed out', () => {
    const r = simulate(now, { protocol: 'consensus', seed: 1 });
    if (r.outcome.agreed) {
      expect(r.outcome.reason).toBe('partial agreement');
      expect(r.outcome.signers.length).toBeGreaterThanOrEqual(2);
      expect(r.outcome.outside.length + r.outcome.joined.length).toBeGreaterThan(0);
    }
    // A quorum above everyone's power cannot be met without unanimity, and there is none.
    expect(simulate(now, { protocol: 'consensus', quorum: 0.99, seed: 1 }).outcome.agreed).toBe(false);
    // Nor can a deal both belligerents sign: their red lines on territory clash.
    const both = simulate(now, { protocol: 'consensus', mustSign: ['UKR', 'RUS'], seed: 1 });
    expect(both.outcome.agreed).toBe(false);
    expect(() => simulate(now, { protocol: 'consensus', mustSign: ['USA'] })).toThrow(/not a principal/);
  });

  it('results are plain JSON', () => {
    const plain = (x: unknown) => expect(JSON.parse(JSON.stringify(x))).toEqual(x);
    for (const protocol of ['sao', 'mediator', 'consensus'] as const)
      plain(simulate(now, { protocol, rounds: 20 }));
    plain(
      tournament(now, {
        seeds: 1,
        rounds: 10,
        strategies: { '*': [{ kind: 'linear' }, { kind: 'hardliner' }] },
      }),
    );
    plain(whichConcessionUnlocks(now, { rounds: 20 }));
  });

  it('hardliners block, concession pairs agree once the Anchorage demand is dropped', () => {
    const s = dropAnchorage(now);
    const t = tournament(s, {
      seeds: 3,
      strategies: {
        UKR: [{ kind: 'conceder' }, { kind: 'hardliner' }],
        RUS: [{ kind: 'conceder' }],
        EUR: [{ kind: 'linear' }],
      },
    });
    expect(t.params.runs).toBe(6);
    const bySUkr = t.byStrategy.UKR;
    expect(bySUkr.hardliner.agreementRate).toBe(0);
    expect(bySUkr.conceder.agreementRate).toBe(1);
    expect(renderTournament(t)).toContain('By strategy');
  });
});
