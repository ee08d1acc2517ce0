import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeSpace, compileSpace } from '../../../src/engines/space/index.js';
import { exportGenius, FormatError, importGenius } from '../../../src/formats/genius/index.js';
import { exportGeniusWeb, importGeniusWeb } from '../../../src/formats/geniusweb/index.js';
import type { Scenario } from '../../../src/model/types.js';

const DOMAIN = `<negotiation_template><utility_space number_of_issues="2">
<objective index="0" name="Deal" type="objective" etype="objective">
<issue index="1" name="Price" vtype="discrete" type="discrete" etype="discrete">
<item index="1" value="low &amp; fair"/><item index="2" value="high"/></issue>
<issue index="2" name="Years" vtype="integer" type="integer" etype="integer" lowerbound="1" upperbound="3"/>
</objective></utility_space></negotiation_template>`;

const BUYER = `<utility_space><objective index="0" name="Deal" type="objective" etype="objective">
<issue index="1" name="Price" type="discrete"><item index="1" value="low &amp; fair" evaluation="8"/><item index="2" value="high" evaluation="2"/></issue>
<issue index="2" name="Years" type="integer" lowerbound="1" upperbound="3"><evaluator ftype="linear" offset="0.2" slope="0.5"/></issue>
<weight index="1" value="3"/><weight index="2" value="1"/>
</objective><reservation value="0.25"/><discount_factor value="0.9"/></utility_space>`;

function expectSameUtilities(a: Scenario, b: Scenario) {
  const x = utilities(a);
  const y = utilities(b);
  const fx = [...x.wutils.flat(2), ...x.reservation];
  const fy = [...y.wutils.flat(2), ...y.reservation];
  expect(fx).toHaveLength(fy.length);
  fx.forEach((v, k) => {
    expect(v).toBeCloseTo(fy[k], 12);
  });
}

function utilities(s: Scenario) {
  const c = compileSpace(s);
  return { wutils: c.wutils.map((p) => p.map((u) => Array.from(u))), reservation: Array.from(c.reservation) };
}

describe('importGenius', () => {
  it('applies GENIUS semantics: evaluations over the issue maximum, clamped linear integers, renormalised weights', () => {
    const s = importGenius(DOMAIN, [{ name: 'buyer.xml', xml: BUYER }]);
    expect(s.issues.map((i) => i.kind)).toEqual(['options', 'range']);
    const price = s.issues[0];
    expect(price.kind === 'options' && price.options.map((o) => o.label)).toEqual(['low & fair', 'high']);
    const buyer = s.parties[0];
    expect(buyer.name).toBe('buyer');
    expect(buyer.no_agreement).toEqual({ kind: 'value', value: 0.25 });
    expect(buyer.note).toContain('0.9');
    const c = compileSpace(s);
    expect(Array.from(c.weights[0])).toEqual([0.75, 0.25]);
    expect(Array.from(c.utils[0][0])).toEqual([1, 0.25]);
    // offset + slope·(v − lowerbound), clamped to [0, 1]: 0.2, 0.7, 1.2 → 1
    expect(Array.from(c.utils[0][1])).toEqual([0.2, 0.7, 1]);
  });

  it('reports malformed XML with its line', () => {
    expect(() => importGenius('<negotiation_template>\n<issue name="x">', [])).toThrowError(FormatError);
    expect(() => importGenius('<negotiation_template>\n<issue name="x">', [])).toThrowError(/line \d+/);
  });

  it('rejects a profile without weights and says how to fix it', () => {
    const bad = BUYER.replace(/<weight[^>]*\/>/g, '');
    expect(() => importGenius(DOMAIN, [{ name: 'buyer.xml', xml: bad }])).toThrowError(
      /buyer\.xml: weights: .*sum to 0/,
    );
  });

  it('round-trips through exportGenius with the same utilities', () => {
    const s = importGenius(DOMAIN, [
      { name: 'buyer.xml', xml: BUYER },
      {
        name: 'seller.xml',
        xml: BUYER.replace('evaluation="8"', 'evaluation="1"').replace('slope="0.5"', 'slope="-0.3"'),
      },
    ]);
    const out = exportGenius(s);
    expect(out.profiles.map((p) => p.name)).toEqual(['buyer.xml', 'seller.xml']);
    const back = importGenius(out.domain, out.profiles);
    // The seller's best 'Years' value scores 0.2: GENIUS can only hold its utilities up to a factor.
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/seller: .*divided by 0\.8/);
    const a = compileSpace(back);
    const b = compileSpace(s);
    expect(Array.from(a.wutils[0].flatMap((u) => Array.from(u)))).toEqual(
      Array.from(b.wutils[0].flatMap((u) => Array.from(u))),
    );
    b.wutils[1].forEach((u, i) => {
      u.forEach((x, j) => {
        expect(a.wutils[1][i][j]).toBeCloseTo(x / 0.8, 12);
      });
    });
    expect(a.reservation[1]).toBeCloseTo(b.reservation[1] / 0.8, 12);
    const [ra, rb] = [analyzeSpace(back), analyzeSpace(s)];
    expect(ra.zopaFrontier.packages).toBe(rb.zopaFrontier.packages);
    const labels = (r: typeof ra) =>
      r.solutions
        .filter((x) => ['nash', 'weightedNash', 'kalaiSmorodinsky'].includes(x.name))
        .map((x) => x.package.map((v) => v.label));
    expect(labels(ra)).toEqual(labels(rb));
  });
});

const ref = path.resolve(import.meta.dirname, '../../../../shared/reference-data/negotiation/domains');
if (!fs.existsSync(ref)) console.warn(`skipping GENIUS/GeniusWeb file round trips: ${ref} is absent`);

describe.skipIf(!fs.existsSync(ref))('GENIUS and GeniusWeb reference files', () => {
  it('Travel (GENIUS) survives both exports', () => {
    const d = path.join(ref, 'genius-xml/anac2010-Travel');
    const read = (f: string) => fs.readFileSync(path.join(d, f), 'utf8');
    const s = importGenius(
      read('travel_domain.xml'),
      ['travel_chox.xml', 'travel_fanny.xml'].map((n) => ({ name: n, xml: read(n) })),
    );
    const g = exportGenius(s);
    expect(g.warnings).toEqual([]);
    expectSameUtilities(importGenius(g.domain, g.profiles), s);
    const w = exportGeniusWeb(s);
    const back = importGeniusWeb(w.domain, w.profiles);
    expectSameUtilities(back, s);
  });

  it('party (GeniusWeb, old key spelling, reservation bids) survives the GeniusWeb export', () => {
    const d = path.join(ref, 'geniusweb-json/party');
    const read = (f: string) => fs.readFileSync(path.join(d, f), 'utf8');
    const s = importGeniusWeb(
      read('party.json'),
      ['party1', 'party2'].map((n) => ({ name: n, json: read(`${n}.json`) })),
    );
    expect(s.parties[0].no_agreement.kind).toBe('package');
    const reservation = utilities(s).reservation;
    expect(reservation[0]).toBeCloseTo(0.50636, 5);
    expect(reservation[1]).toBeCloseTo(0.36638, 5);
    const w = exportGeniusWeb(s);
    expect(w.warnings).toEqual([]);
    const back = importGeniusWeb(w.domain, w.profiles);
    expectSameUtilities(back, s);
  });
});
