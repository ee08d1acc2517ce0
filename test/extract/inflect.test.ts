import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/extract/extract.js';
import { inflectPhrase, verbForms } from '../../src/extract/inflect.js';
import { ukraineScenario } from './fixtures/scenario.js';

describe('cue verb inflections', () => {
  it('forms the past and the participle by the regular rules and the irregular table', () => {
    expect(verbForms('propose').sort()).toEqual(['proposed', 'proposing']);
    expect(verbForms('veto').sort()).toEqual(['vetoed', 'vetoes', 'vetoing']);
    expect(verbForms('rebuff').sort()).toEqual(['rebuffed', 'rebuffing']);
    expect(verbForms('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
    expect(verbForms('deny')).toEqual(expect.arrayContaining(['denied', 'denying', 'denies']));
    expect(verbForms('seek')).toEqual(expect.arrayContaining(['sought', 'seeking']));
    expect(verbForms('withdraw')).toEqual(expect.arrayContaining(['withdrew', 'withdrawn', 'withdrawing']));
  });

  it('leaves modals, nouns, inflected words and verbs whose forms mean something else alone', () => {
    for (const w of ['would', 'must', 'proposal', 'insisted', 'offering', 'expect', 'consider', 'red'])
      expect(verbForms(w), w).toEqual([]);
  });

  it('inflects the opening verb of a phrase only', () => {
    expect(inflectPhrase('insist on')).toEqual(expect.arrayContaining(['insisted on', 'insisting on']));
    expect(inflectPhrase('walk away')).toEqual(expect.arrayContaining(['walked away', 'walking away']));
    expect(inflectPhrase('red line')).toEqual([]);
  });

  it('reads a cue in a form the lexicon does not list', () => {
    const f = extractCandidates('Moscow is vetoing the deployment of Western troops.', ukraineScenario, {
      date: '2025-12-15',
      source: 'test',
    }).map((c) => [c.finding.party, c.finding.issue, c.finding.stance]);
    expect(f).toEqual([['RUS', 'foreign_forces', 'rejection']]);
  });
});

describe('names in another spelling', () => {
  it('reads a capitalised word one edit from one long party name as that party', async () => {
    const { oneEditApart, SpellingIndex } = await import('../../src/extract/spelling.js');
    expect(oneEditApart('zelenskiy', 'zelensky')).toBe(true);
    expect(oneEditApart('zelenskiy', 'zelenskyy')).toBe(true);
    expect(oneEditApart('lavrvo', 'lavrov')).toBe(true); // swapped letters
    expect(oneEditApart('zelensky', 'zelensky')).toBe(false);
    expect(oneEditApart('macron', 'micronx')).toBe(false);
    const ix = new SpellingIndex<string>();
    ix.add('Zelensky', 'UKR');
    ix.add('Kessian', 'KES');
    ix.add('Kessias', 'OTHER');
    expect(ix.find('zelenskiy')).toBe('UKR');
    expect(ix.find('kessiar')).toBeUndefined(); // one edit from two names of different parties
    expect(ix.find('putin')).toBeUndefined();
  });

  it('finds the party in running text, only for a capitalised word', () => {
    const run = (t: string) =>
      extractCandidates(t, ukraineScenario, { date: '2025-12-15', source: 'test' }).map(
        (c) => c.finding.party,
      );
    expect(run('Zelenskiy ruled out ceding territory.')).toEqual(['UKR']);
    expect(run('zelenskiy ruled out ceding territory.')).toEqual([]);
  });
});
