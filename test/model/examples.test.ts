// Every bundled example must stay valid, without warnings, as the schema evolves.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/parse.js';
import { resolveAsOf } from '../../src/timeline/apply.js';
import { repoPath } from './fixtures.js';

const examples = readdirSync(repoPath('examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe.each(examples)('examples/%s/scenario.yaml', (name) => {
  const file = `examples/${name}/scenario.yaml`;
  const text = readFileSync(repoPath(file), 'utf8');

  it('is valid with no warnings', () => {
    const { scenario, problems } = validateScenario(text, { file });
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    expect(scenario).toBeDefined();
  });

  it('resolves at every event date, and every event cites a known source', () => {
    const { scenario } = validateScenario(text, { file });
    const sources = new Set(scenario!.meta.sources.map((s) => s.id));
    for (const e of scenario!.events) {
      expect(sources.has(e.source)).toBe(true);
      expect(resolveAsOf(scenario!, e.date).resolved.applied).toBeGreaterThan(0);
    }
  });
});

describe('the flagship scenario', () => {
  const { scenario } = validateScenario(
    readFileSync(repoPath('examples/ukraine-peace-talks/scenario.yaml'), 'utf8'),
  );

  it('models the parties and issues of the late-2025 talks with a sourced timeline', () => {
    const s = scenario!;
    expect(s.parties.map((p) => p.id)).toEqual(expect.arrayContaining(['UKR', 'RUS', 'USA', 'EUR']));
    expect(s.parties.find((p) => p.id === 'USA')!.role).toBe('mediator');
    expect(s.issues.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'nato',
        'guarantees',
        'territory',
        'ceasefire',
        'army_cap',
        'foreign_forces',
        'sanctions',
      ]),
    );
    expect(s.events.length).toBeGreaterThanOrEqual(12);
    expect(s.meta.judgements).toMatch(/judgement/i);
    const constraints = resolveAsOf(s).parties.flatMap((p) => p.constraints);
    expect(constraints.every((c) => c.evidence?.source)).toBe(true);
    expect(constraints.some((c) => c.form === 'if')).toBe(true);
  });
});

describe('normalised scenarios are plain JSON', () => {
  it.each(examples)('examples/%s survives JSON.stringify unchanged (no Infinity, no undefined in arrays)', (name) => {
    const { scenario } = validateScenario(readFileSync(repoPath(`examples/${name}/scenario.yaml`), 'utf8'));
    const resolved = resolveAsOf(scenario!);
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
  });
});
