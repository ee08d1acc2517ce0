import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseDoc, repoPath, toYaml } from '../model/fixtures.js';
import { entente } from './run.js';

const trade = 'examples/trade/scenario.yaml';

describe('entente validate', () => {
  it('exits 0 on a valid file', () => {
    const r = entente(['validate', trade]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`valid: ${trade}`);
  });

  it('exits 1 and lists every problem, located, for a broken file read from stdin', () => {
    const doc = baseDoc();
    doc.parties[0].power = -1;
    doc.parties[1].stances.land.ideal = 'cde';
    const r = entente(['validate', '-'], toYaml(doc));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:\d+:\d+ {2}parties\[0\]\.power: must be ≥ 0, got -1/);
    expect(r.stdout).toContain('invalid: <stdin>');
    expect(r.stdout).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('prints JSON with --json', () => {
    const r = entente(['validate', trade, '--json']);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ file: trade, valid: true, problems: [] });
  });

  it('reports a missing file clearly with exit code 3', () => {
    const r = entente(['validate', 'nope.yaml']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("cannot read 'nope.yaml': no such file");
  });
});

describe('entente show', () => {
  it('summarises parties, issue axes and red lines without colour codes when not a TTY', () => {
    const r = entente(['show', trade]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Supplier–buyer contract');
    expect(r.stdout).toMatch(/SUP +├─+●┤ 120 EUR/);
    expect(r.stdout).toContain("SUP red line 'price-floor'");
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('resolves --as-of', () => {
    const before = entente(['show', trade, '--as-of', '2026-02-01']);
    const after = entente(['show', trade, '--as-of', '2026-03-01']);
    expect(before.stdout).toContain('0 of 1 timeline events applied');
    expect(before.stdout).toMatch(/BUY +├●─+┤ fast/);
    expect(after.stdout).toMatch(/BUY +├─+●─+┤ standard/);
  });

  it('rejects a malformed --as-of with a usage error', () => {
    const r = entente(['show', trade, '--as-of', '1/2/2026']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of must be a date written YYYY-MM-DD');
  });

  it('prints the resolved scenario with --json', () => {
    const out = JSON.parse(entente(['show', trade, '--json', '--as-of', '2026-02-01']).stdout);
    expect(out.resolved).toEqual({ as_of: '2026-02-01', applied: 0 });
    expect(out.parties[1].stances.delivery.ideal).toBe('fast');
  });

  it('refuses an invalid scenario with located messages on stderr and exit 1', () => {
    const r = entente(['show', '-'], 'entente: 1\nmeta: {id: x, title: X}\nparties: []\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:3:1 {2}parties: needs at least|a scenario needs at least one party/);
  });
});

describe('entente timeline', () => {
  it('lists events with their sources and changes', () => {
    const r = entente(['timeline', trade]);
    expect(r.stdout).toContain('2026-02-15  Buyer signals it could accept standard delivery (BUY)');
    expect(r.stdout).toContain('→ Buyer now prefers standard on Delivery time');
  });

  it('diffs two dates', () => {
    const r = entente(['timeline', trade, '--diff', '2026-01-01', '2026-03-01', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.changes).toEqual([
      expect.objectContaining({ kind: 'ideal', party: 'BUY', from: 'fast', to: 'standard' }),
    ]);
  });
});

describe('entente schema and help', () => {
  it('prints the same JSON Schema as the published file', () => {
    const r = entente(['schema']);
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(readFileSync(repoPath('schema/scenario.schema.json'), 'utf8')),
    );
  });

  it('shows an example in every command help', () => {
    for (const command of ['validate', 'show', 'timeline', 'schema']) {
      const r = entente([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Example/);
    }
  });

  it('exits 2 on an unknown command', () => {
    expect(entente(['frobnicate']).code).toBe(2);
  });
});
