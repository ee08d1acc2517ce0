import { describe, expect, it } from 'vitest';
import { renderRunList, renderScenarioList, renderVersionHistory } from '../../src/store/index.js';

describe('store render functions', () => {
  it('renders the version history as an aligned plain-text table', () => {
    const out = renderVersionHistory([
      {
        scenarioId: 's',
        version: 1,
        title: 'S',
        hash: 'a'.repeat(64),
        author: 'ana',
        message: 'first\ndraft',
        createdAt: '2024-05-31T10:20:30.123Z',
      },
      {
        scenarioId: 's',
        version: 12,
        title: 'S',
        hash: 'b'.repeat(64),
        author: 'bartholomew',
        message: '',
        createdAt: '2024-06-01T00:00:00.000Z',
      },
    ]);
    expect(out.split('\n')).toEqual([
      'version  saved                 by           hash          message',
      '-------  --------------------  -----------  ------------  -----------',
      '1        2024-05-31 10:20:30Z  ana          aaaaaaaaaaaa  first draft',
      '12       2024-06-01 00:00:00Z  bartholomew  bbbbbbbbbbbb',
    ]);
    expect(out.includes(String.fromCharCode(27))).toBe(false);
  });

  it('renders scenarios and runs, and says so when there are none', () => {
    expect(renderScenarioList([])).toBe('No scenarios in the store.');
    expect(renderRunList([])).toBe('No saved runs.');
    expect(renderVersionHistory([])).toBe('No versions.');
    const list = renderScenarioList([
      {
        id: 'cyprus',
        title: 'Cyprus talks',
        currentVersion: 3,
        hash: 'h',
        createdAt: '2024-01-01T00:00:00.000Z',
        updatedAt: '2024-02-01T00:00:00.000Z',
        updatedBy: 'ana',
      },
    ]);
    expect(list.split('\n')[2]).toBe('cyprus  3        2024-02-01 00:00:00Z  ana  Cyprus talks');
    const runs = renderRunList([
      {
        id: '0123456789abcdef',
        scenarioId: 'cyprus',
        version: 3,
        engine: 'forecast',
        params: {},
        paramsHash: 'p',
        seed: 42,
        scenarioHash: 'h',
        createdAt: '2024-02-01T00:00:00.000Z',
      },
    ]);
    expect(runs.split('\n')[2]).toBe('01234567  cyprus    3        forecast  42    2024-02-01 00:00:00Z');
  });
});
