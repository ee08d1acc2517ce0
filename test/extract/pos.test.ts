// Round 7: the rules that read wink-nlp part-of-speech tags (role-noun subjects, asides, a stance
// noun answered by a passive, modal + verb statements). Sentences are our own, not from the eval set.
import { describe, expect, it } from 'vitest';
import { EVAL_SCENARIOS } from '../../eval/extract/scenarios/index.js';
import { extractCandidates } from '../../src/extract/extract.js';
import { posTagger } from '../../src/extract/pos.js';
import { tokenize } from '../../src/extract/tokenize.js';

const brief = (scenario: string, text: string) =>
  extractCandidates(text, EVAL_SCENARIOS[scenario], { date: '2025-01-01', source: 'test' }).map((c) => [
    c.finding.party,
    c.finding.partyFrom,
    c.finding.issue,
    `${c.finding.relinquished ? '!' : ''}${c.finding.option ?? ''}`,
    c.finding.stance,
  ]);

describe('POS tagger', () => {
  it('tags our tokens by offset, within a sentence range', () => {
    const text = 'Talks resumed. The union rejected the offer.';
    const { tokens, sentences } = tokenize(text);
    const s = sentences[1];
    const tags = posTagger(text, tokens)(s.t0, s.t1);
    expect(tags).toEqual(['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'PUNCT']);
  });
});

describe('POS rules', () => {
  it('carries the previous subject to a role noun phrase that opens a sentence', () => {
    expect(
      brief(
        'maritime',
        'Valk spoke in Harn on Friday. The veteran president, who faces a tough campaign, rejected the median line.',
      ),
    ).toEqual([['DOS', 'carried', 'boundary', 'median', 'rejection']]);
  });

  it('sets a relative clause apart: its cue and names are not the statement', () => {
    expect(
      brief(
        'trade',
        'The Southian team, which had threatened a walkout, said it would accept a tariff-rate quota.',
      ),
    ).toEqual([['SOU', 'speaker', 'agriculture', 'quota', 'offer']]);
  });

  it("reads a possessor's stance noun and the passive agent's refusal of it", () => {
    expect(
      brief('labour', "The transit authority's offer of a 38-hour week was rejected by the union."),
    ).toEqual([
      ['MGT', 'named', 'hours', 'h38', 'offer'],
      ['UNI', 'named', 'hours', 'h38', 'rejection'],
    ]);
    // Being welcomed by someone is no position of theirs.
    expect(
      brief('labour', "The union's offer to call off the strike was welcomed by the authority."),
    ).toEqual([['UNI', 'named', 'strike', 'called_off', 'offer']]);
  });

  it('reads a modal and a verb whose subject or object is an issue as an offer', () => {
    expect(brief('river', 'Officials in Tarvo said the releases would be guaranteed every summer.')).toEqual([
      ['KES', 'speaker', 'releases', 'guaranteed', 'offer'],
    ]);
    // No issue next to the verb: nothing.
    expect(brief('river', 'Officials in Tarvo said the delegation would travel on Monday.')).toEqual([]);
  });
});
