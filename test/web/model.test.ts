import { describe, expect, it } from 'vitest';
import { axisPosition, constraintIssues, dayBefore, stopsOf, valueLabel } from '../../web/src/model.js';
import type { Constraint, Issue, Timeline } from '../../web/src/types.js';

const options: Issue = {
  id: 'nato',
  name: 'NATO',
  aliases: [],
  kind: 'options',
  options: [
    { id: 'member', label: 'Member', aliases: [], position: 0 },
    { id: 'neutral', label: 'Neutral', aliases: [], position: 100 },
  ],
};
const range: Issue = {
  id: 'army',
  name: 'Army',
  aliases: [],
  kind: 'range',
  min: 100,
  max: 300,
  step: 50,
  unit: 'k',
  levels: [100, 150, 200, 250, 300],
};

describe('the web app reading the scenario', () => {
  it('places values on the 0–100 axis and names them', () => {
    expect(axisPosition(options, 'neutral')).toBe(100);
    expect(axisPosition(options, 'unknown')).toBeNull();
    expect(axisPosition(options, null)).toBeNull();
    expect(axisPosition(range, 150)).toBe(25);
    expect(valueLabel(range, 150)).toBe('150 k');
    expect(valueLabel(options, 'member')).toBe('Member');
    expect(valueLabel(options, null)).toBe('—');
  });

  it('finds the issues a constraint speaks about, conditions included', () => {
    const c = {
      id: 'x',
      party: 'A',
      text: '',
      hard: true,
      penalty: 0,
      form: 'if',
      if: { op: 'is', issue: 'nato', options: ['neutral'] },
      then: { op: 'not', of: { op: 'all', of: [{ op: 'between', issue: 'army', min: 100, max: 150 }] } },
    } as Constraint;
    expect([...constraintIssues(c)].sort()).toEqual(['army', 'nato']);
  });

  it('puts a slider stop before the first event, one per date, and "every event" last', () => {
    expect(dayBefore('2025-03-01')).toBe('2025-02-28');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    const tl = {
      version: 1,
      baseDate: null,
      dates: ['2025-02-12', '2025-03-11'],
      events: [
        { id: 'a', date: '2025-02-12', title: 'First' },
        { id: 'b', date: '2025-03-11', title: 'Second' },
        { id: 'c', date: '2025-03-11', title: 'Third' },
      ],
    } as Timeline;
    const stops = stopsOf(tl, dayBefore(tl.dates[0]));
    expect(stops.map((s) => s.asOf)).toEqual(['2025-02-11', '2025-02-12', undefined]);
    expect(stops[2].label).toBe('2025-03-11: Second; Third (latest)');
  });
});
