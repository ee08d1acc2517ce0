import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/model/parse.js';
import { appliedEvents, resolveAsOf } from '../../src/timeline/apply.js';
import { describeChange } from '../../src/timeline/describe.js';
import { diff, diffDates } from '../../src/timeline/diff.js';
import { baseDoc, toYaml } from '../model/fixtures.js';

const base = () => parseScenario(toYaml(baseDoc()));

describe('resolveAsOf', () => {
  it('applies events up to and including the date, in order', () => {
    const s = base();
    const before = resolveAsOf(s, '2025-01-31');
    expect(before.resolved).toEqual({ as_of: '2025-01-31', applied: 0 });
    expect(before.parties[0].stances.land.ideal).toBe('keep');
    expect(before.parties[0].constraints.map((c) => c.id)).toEqual(['no-cede']);

    const onDay = resolveAsOf(s, '2025-02-01');
    expect(onDay.resolved.applied).toBe(1);
    expect(onDay.parties[0].stances.land.ideal).toBe('share');
    expect(onDay.parties[0].constraints).toEqual([]);
    expect(onDay.parties[1].constraints.map((c) => c.id)).toEqual(['small-army']);

    const latest = resolveAsOf(s);
    expect(latest.resolved).toEqual({ as_of: null, applied: 2 });
    expect(latest.parties[1].constraints.map((c) => c.id)).toEqual(['small-army', 'link']);
    expect(appliedEvents(latest).map((e) => e.title)).toEqual(['Alpha softens', 'Beta adds a linkage']);
  });

  it('does not modify the base scenario', () => {
    const s = base();
    const copy = structuredClone(s);
    resolveAsOf(s);
    expect(s).toEqual(copy);
  });

  it('refuses to resolve an already resolved scenario', () => {
    expect(() => resolveAsOf(resolveAsOf(base()))).toThrow(/base scenario/);
  });

  it('renormalises weights when a salience changes', () => {
    const doc = baseDoc();
    doc.events[1].changes.push({ op: 'set_salience', party: 'A', issue: 'army', salience: 0.6 });
    const s = resolveAsOf(parseScenario(toYaml(doc)));
    expect(s.parties[0].stances.land.weight).toBeCloseTo(0.5);
    expect(s.parties[0].stances.army.weight).toBeCloseTo(0.5);
  });

  it('is monotone: resolving at later dates applies a superset of events (property)', () => {
    const s = base();
    const dates = fc.date({ min: new Date('2024-12-01'), max: new Date('2025-04-01'), noInvalidDate: true });
    fc.assert(
      fc.property(dates, dates, (a, b) => {
        const [d1, d2] = [a, b].map((d) => d.toISOString().slice(0, 10)).sort();
        const r1 = resolveAsOf(s, d1);
        const r2 = resolveAsOf(s, d2);
        expect(r1.resolved.applied).toBeLessThanOrEqual(r2.resolved.applied);
        expect(appliedEvents(r1).every((e) => e.date <= d1)).toBe(true);
        expect(s.events.slice(r2.resolved.applied).every((e) => e.date > d2)).toBe(true);
      }),
    );
  });
});

describe('diff', () => {
  it('lists positions, constraints added and dropped between two dates, with the events', () => {
    const result = diffDates(base(), '2025-01-01', '2025-12-31');
    expect(result.events.map((e) => e.date)).toEqual(['2025-02-01', '2025-03-01']);
    expect(result.changes.map((c) => c.kind).sort()).toEqual([
      'constraint_added',
      'constraint_dropped',
      'ideal',
    ]);
    expect(result.changes.find((c) => c.kind === 'ideal')).toMatchObject({
      party: 'A',
      issue: 'land',
      from: 'keep',
      to: 'share',
    });
    expect(result.changes.find((c) => c.kind === 'constraint_dropped')).toMatchObject({
      party: 'A',
      id: 'no-cede',
    });
  });

  it('is empty for identical states and symmetric in what it reports', () => {
    const s = resolveAsOf(base());
    expect(diff(s, s)).toEqual([]);
    const a = resolveAsOf(base(), '2025-01-01');
    const forward = diff(a, s)
      .map((c) => c.kind)
      .sort();
    const backward = diff(s, a)
      .map((c) => c.kind)
      .sort();
    expect(backward).toEqual(
      forward
        .map((k) =>
          k === 'constraint_added'
            ? 'constraint_dropped'
            : k === 'constraint_dropped'
              ? 'constraint_added'
              : k,
        )
        .sort(),
    );
  });

  it('describes every change as a sentence', () => {
    const s = base();
    const sentences = s.events.flatMap((e) => e.changes.map((c) => describeChange(s, c)));
    expect(sentences).toEqual([
      'Alpha now prefers share on Territory',
      "Alpha drops 'no-cede'",
      "Beta adds 'link': if Territory is share then Army size is at most 500 k",
    ]);
  });
});
