import { describe, expect, it } from 'vitest';
import { prepareExtractor } from '../../src/extract/extract.js';
import { ukraineScenario } from './fixtures/scenario.js';

const run = (text: string) =>
  prepareExtractor(
    ukraineScenario,
    undefined,
    undefined,
    null,
  )(text, { date: '2025-12-15', source: 'test' }).map((c) => [
    c.finding.party,
    c.finding.issue,
    c.finding.stance,
  ]);

describe('positions reported in passing', () => {
  it("reads the possessor of a stance noun: the Kremlin's demand, rejected by Kyiv", () => {
    expect(run("Ukraine rejected the Kremlin's demand for a withdrawal from Donbas.")).toEqual([
      ['UKR', 'territory', 'rejection'],
      ['RUS', 'territory', 'demand'],
    ]);
  });

  it('reads a demonym before the noun and an agent after it', () => {
    expect(run('Kyiv dismissed the Russian demand for neutrality.')).toContainEqual([
      'RUS',
      'nato',
      'demand',
    ]);
    expect(run('Russia rejected the ceasefire plan put forward by Washington.')).toContainEqual([
      'USA',
      'ceasefire',
      'offer',
    ]);
  });

  it("looks for the noun's issue within its own phrase, not in the next clause", () => {
    const fs = run("Kyiv rejected Moscow's proposal but said it wants security guarantees.");
    expect(fs).toContainEqual(['RUS', undefined, 'offer']);
    expect(fs).not.toContainEqual(['RUS', 'guarantees', 'offer']);
    expect(run("Washington rejected Russia's latest ceasefire proposal.")).toContainEqual([
      'RUS',
      'ceasefire',
      'offer',
    ]);
  });
});
