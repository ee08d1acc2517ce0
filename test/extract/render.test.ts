import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/extract/extract.js';
import { renderCandidate, renderCandidates } from '../../src/extract/render.js';
import { ukraineScenario } from './fixtures/scenario.js';

describe('renderCandidates', () => {
  it('shows who, what, the change, the evidence offsets and the cues, without colour codes', () => {
    const text =
      'He spoke first. Kyiv could consider dropping its NATO bid, provided that binding guarantees are offered.';
    const out = renderCandidates(
      extractCandidates(text, ukraineScenario, { date: '2025-12-15', source: 'Wire' }),
    );
    expect(out).toContain('1 candidate event:');
    expect(out).toContain('[1/1] Ukraine: conditional offer (tentative)');
    expect(out).toContain('condition "provided that": guarantees=binding');
    expect(out).toContain('change: add_constraint UKR if not nato=membership then guarantees=binding');
    expect(out).toMatch(/evidence \[16-\d+\]: "Kyiv could consider dropping its NATO bid/);
    expect(out).toContain('cues: could consider, dropping, provided that');
    expect(out.includes(String.fromCharCode(27))).toBe(false);
  });

  it('says so when there is nothing', () => {
    expect(renderCandidates([])).toMatch(/No candidate events/);
  });
});

describe('a guessed candidate', () => {
  it('says that no cue decided its stance', () => {
    const [c] = extractCandidates(
      'Kyiv is sticking with its NATO ambitions for now, officials in the capital told reporters.',
      ukraineScenario,
      { date: '2025-12-15', source: 'test' },
    );
    expect(renderCandidate(c)).toMatch(/guessed: no cue phrase decided it/);
    expect(renderCandidate(c)).toMatch(/cues: \(none\)/);
  });
});
