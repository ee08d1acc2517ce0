import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/model/errors.js';
import { parseScenario, validateScenario } from '../../src/model/parse.js';
import { baseDoc, readExample, toYaml } from './fixtures.js';

describe('parsing and normalising a valid scenario', () => {
  it('fills defaults, spaces options evenly, discretises ranges and normalises saliences', () => {
    const s = parseScenario(toYaml(baseDoc()), { file: 't.yaml' });
    const land = s.issues[0];
    expect(land.kind).toBe('options');
    if (land.kind === 'options') expect(land.options.map((o) => o.position)).toEqual([0, 50, 100]);
    const army = s.issues[1];
    if (army.kind !== 'range') throw new Error('expected a range');
    expect(army.levels).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900]);
    const a = s.parties[0];
    expect(a.stances.land.weight).toBeCloseTo(0.6);
    expect(a.stances.army.weight).toBeCloseTo(0.4);
    const b = s.parties[1];
    expect(b.role).toBe('principal');
    expect(b.power).toBe(1);
    expect(b.stances.army).toEqual({ ideal: null, salience: 0, weight: 0, utility: {} });
    expect(b.no_agreement).toEqual({ kind: 'value', value: 0 });
    expect(a.constraints[0]).toMatchObject({ form: 'forbid', hard: true, penalty: 0, party: 'A' });
    expect(a.constraints[0].text).toBe('never: Territory is cede');
    expect(s.events.map((e) => e.id)).toEqual(['ev-2025-02-01', 'ev-2025-03-01']);
    expect(s.events[0].confidence).toBe(0.7);
  });

  it('reads JSON as well as YAML, with the same result', () => {
    const doc = baseDoc();
    expect(parseScenario(JSON.stringify(doc, null, 2))).toEqual(parseScenario(toYaml(doc)));
  });

  it('accepts the bundled examples without errors or warnings', () => {
    for (const name of ['trade']) {
      const r = validateScenario(readExample(name), { file: name });
      expect(r.problems).toEqual([]);
      expect(r.scenario).toBeDefined();
    }
  });

  it('keeps option order and explicit positions, and option-range conditions follow that order', () => {
    const doc = baseDoc();
    doc.issues[0].options = [
      { id: 'keep', position: 0 },
      { id: 'share', position: 20 },
      { id: 'cede', position: 100 },
    ];
    doc.parties[1].constraints.push({ id: 'at-least-share', require: { land: { min: 'share' } } });
    const s = parseScenario(toYaml(doc));
    const land = s.issues[0];
    if (land.kind === 'options') expect(land.options.map((o) => o.position)).toEqual([0, 20, 100]);
    const c = s.parties[1].constraints[1];
    expect(c).toMatchObject({
      form: 'require',
      expr: { op: 'is', issue: 'land', options: ['share', 'cede'] },
    });
  });

  it('resolves no_agreement: status_quo to the status-quo package', () => {
    const doc = baseDoc();
    doc.parties[1].no_agreement = 'status_quo';
    const s = parseScenario(toYaml(doc));
    expect(s.parties[1].no_agreement).toEqual({ kind: 'package', package: { land: 'keep', army: 900 } });
  });

  it('throws a ScenarioError listing every problem', () => {
    const doc = baseDoc();
    doc.parties[0].power = -1;
    doc.meta.title = '';
    let error: unknown;
    try {
      parseScenario(toYaml(doc), { file: 'bad.yaml' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    const problems = (error as ScenarioError).problems;
    expect(problems).toHaveLength(2);
    expect((error as Error).message).toContain('bad.yaml');
    expect((error as Error).message).toContain('parties[0].power: must be ≥ 0, got -1');
  });
});
