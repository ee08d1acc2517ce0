import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/parse.js';
import { repoPath } from '../model/fixtures.js';
import { entente } from './run.js';

const flagship = 'examples/ukraine-peace-talks/scenario.yaml';
const reference = repoPath('../shared/reference-data');
const hasReference = existsSync(reference);
if (!hasReference) console.warn(`skipping import tests on reference files: ${reference} is absent`);

describe('entente analyze', () => {
  it('finds no deal in the flagship as of the last event, and names the clash and the cheapest concession', () => {
    const r = entente(['analyze', flagship]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Verdict: NO DEAL');
    expect(r.stdout).toMatch(/Russia's demand .* cannot both hold/);
    expect(r.stdout).toMatch(/Smallest concessions that would open a deal/);
  });

  it('gives JSON with provenance', () => {
    const out = JSON.parse(entente(['analyze', flagship, '--json', '--as-of', '2025-10-01']).stdout);
    expect(out.provenance).toMatchObject({ engine: 'space', as_of: '2025-10-01' });
    expect(out.provenance.scenario_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(['deal', 'no deal']).toContain(out.verdict);
  });

  it('--over-time shows a row for the base and for each event date', () => {
    const out = JSON.parse(entente(['analyze', flagship, '--over-time', '--json']).stdout);
    const { scenario } = validateScenario(readFileSync(repoPath(flagship), 'utf8'));
    const dates = new Set(scenario!.events.map((e) => e.date));
    expect(out.length).toBe(dates.size + 1);
    expect(out.at(-1).verdict).toBe('no deal');
  });

  it('finds a deal in the trade scenario and spells out the Nash package', () => {
    const r = entente(['analyze', 'examples/trade/scenario.yaml']);
    expect(r.stdout).toContain('DEAL POSSIBLE');
    expect(r.stdout).toMatch(/Nash/);
  });
});

describe('entente stability', () => {
  it('lists equilibria and the status-quo analysis of the flagship conflict', () => {
    const r = entente(['stability', flagship, '--concepts', 'nash,seq']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nash equilibria:/);
    expect(r.stdout).toMatch(/SEQ equilibria:/);
    expect(r.stdout).toMatch(/Status quo/);
  });

  it('says clearly when a scenario has no conflict section', () => {
    const r = entente(['stability', 'examples/trade/scenario.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('has no `conflict` section');
  });

  it('rejects an unknown concept', () => {
    const r = entente(['stability', flagship, '--concepts', 'nash,foo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown concept 'foo'");
  });
});

describe.skipIf(!hasReference)('entente import / export on reference files', () => {
  it('imports a gmcr-py file into a valid scenario whose stability matches the reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-import-'));
    const out = join(dir, 'garrison.yaml');
    expect(entente(['import', 'gmcr', join(reference, 'gmcr/Garrison.gmcr'), '-o', out]).code).toBe(0);
    expect(validateScenario(readFileSync(out, 'utf8')).scenario?.conflict).toBeDefined();
    const result = JSON.parse(entente(['stability', out, '--json']).stdout);
    const expected = JSON.parse(
      readFileSync(join(reference, 'gmcr/reference_results.json'), 'utf8'),
    ).Garrison;
    // Compare by pattern, as the reference README advises (numbering may differ between tools).
    const refPattern = new Map<number, string>(
      expected.states.map((s: { ordered: number; yn: string }) => [s.ordered, s.yn]),
    );
    const ours = (concept: string) => {
      const codes: number[] = result.results.find(
        (r: { concept: string }) => r.concept === concept,
      ).equilibria;
      return codes.map((c) => result.states.find((s: { code: number }) => s.code === c).pattern).sort();
    };
    for (const [concept, key] of [
      ['nash', 'Nash'],
      ['gmr', 'GMR'],
      ['seq', 'SEQ'],
      ['smr', 'SMR'],
    ]) {
      expect(ours(concept)).toEqual(
        expected.equilibria_textbook[key].map((n: number) => refPattern.get(n)).sort(),
      );
    }
  });

  it('imports GENIUS and GeniusWeb domains and exports them back', () => {
    const travel = join(reference, 'negotiation/domains/genius-xml/anac2010-Travel');
    const r = entente([
      'import',
      'genius',
      join(travel, 'travel_domain.xml'),
      join(travel, 'travel_chox.xml'),
      join(travel, 'travel_fanny.xml'),
    ]);
    expect(r.code).toBe(0);
    expect(validateScenario(r.stdout).scenario?.parties).toHaveLength(2);
    const web = entente([
      'import',
      'geniusweb',
      join(reference, 'negotiation/domains/geniusweb-json/anl2022-domain00'),
    ]);
    expect(web.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'entente-export-'));
    const file = join(dir, 'd0.yaml');
    writeFileSync(file, web.stdout);
    expect(entente(['export', file, '--to', 'geniusweb', '-o', join(dir, 'gw')]).code).toBe(0);
    expect(readdirSync(join(dir, 'gw')).length).toBe(3);
    const again = entente(['import', 'geniusweb', join(dir, 'gw')]);
    expect(again.code).toBe(0);
  });

  it('imports KTAB and BDM inputs that forecast directly', () => {
    const ktab = entente(['import', 'ktab', join(reference, 'forecast/ktab/SOE-Pol-Comp.csv')]);
    expect(ktab.code).toBe(0);
    const f = entente(['forecast', '-', '--json'], ktab.stdout);
    expect(JSON.parse(f.stdout).issues).toHaveLength(2);
    expect(entente(['import', 'bdm', join(reference, 'forecast/bdm/emission-standards-1994.csv')]).code).toBe(
      0,
    );
  });
});

describe('entente import errors', () => {
  it('reports an unreadable file in another format with its location, no stack trace', () => {
    const r = entente(['import', 'gmcr', '-'], '{"options": 3}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: .*options/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the known formats when given an unknown one', () => {
    const r = entente(['import', 'excel', 'x.xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('known: genius, geniusweb, gmcr, ktab, bdm');
  });

  it('exports the flagship to KTAB CSV and gmcr-py JSON', () => {
    const csv = entente(['export', flagship, '--to', 'ktab']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/,4,8$/);
    const gmcr = entente(['export', flagship, '--to', 'gmcr']);
    expect(JSON.parse(gmcr.stdout).decisionMakers).toHaveLength(4);
  });
});
