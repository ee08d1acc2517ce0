import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCandidates, fingerprintOf, prepareExtractor } from '../../src/extract/extract.js';
import type { Candidate } from '../../src/extract/types.js';
import { ukraineScenario } from './fixtures/scenario.js';

const opts = { date: '2025-12-15', source: 'Seed article' };
const paraphrase = fs.readFileSync(
  path.resolve(import.meta.dirname, 'fixtures/talks-paraphrase.txt'),
  'utf8',
);
const seedFile = path.resolve(import.meta.dirname, '../../../shared/seed/article-2025-12-talks.txt');

/** The four signals the seed report carries (issue 8, requirement 5). */
function expectSeedSignals(cs: Candidate[]): void {
  const nato = cs.find((c) => c.finding.party === 'UKR' && c.finding.issue === 'nato');
  expect(nato?.finding.stance).toBe('conditional_offer');
  expect(nato?.finding.firmness).toBe('tentative');
  expect(nato?.finding.relinquished).toBe(true);
  expect(nato?.finding.condition).toMatchObject({ issue: 'guarantees', option: 'binding' });
  expect(nato?.event.changes).toEqual([
    expect.objectContaining({
      op: 'add_constraint',
      party: 'UKR',
      constraint: expect.objectContaining({
        form: 'if',
        if: { op: 'not', of: { op: 'is', issue: 'nato', options: ['membership'] } },
        // biome-ignore lint/suspicious/noThenProperty: the model's if/then constraint form
        then: { op: 'is', issue: 'guarantees', options: ['binding'] },
      }),
    }),
  ]);

  const freeze = cs.find((c) => c.finding.party === 'UKR' && c.finding.option === 'freeze_loc');
  expect(freeze?.finding).toMatchObject({ issue: 'territory', stance: 'offer', firmness: 'tentative' });
  expect(freeze?.event.changes).toEqual([
    { op: 'set_ideal', party: 'UKR', issue: 'territory', ideal: 'freeze_loc' },
  ]);

  const redLine = cs.find((c) => c.finding.party === 'UKR' && c.finding.stance === 'rejection');
  expect(redLine?.finding).toMatchObject({
    issue: 'territory',
    option: 'recognition_de_jure',
    firmness: 'firm',
  });
  expect(redLine?.event.changes[0]).toMatchObject({
    op: 'add_constraint',
    constraint: {
      form: 'forbid',
      expr: { op: 'is', issue: 'territory', options: ['recognition_de_jure'] },
      hard: true,
    },
  });

  const demand = cs.find((c) => c.finding.party === 'RUS' && c.finding.stance === 'demand');
  expect(demand?.finding).toMatchObject({ issue: 'territory', option: 'cede_territory' });
}

describe('extractCandidates on the seed report', () => {
  it('finds the four signals in our own paraphrase of the report', () => {
    expectSeedSignals(extractCandidates(paraphrase, ukraineScenario, opts));
  });

  describe.skipIf(!fs.existsSync(seedFile))('the seed article itself', () => {
    if (!fs.existsSync(seedFile)) console.warn(`seed article not found at ${seedFile}: skipping`);
    it('finds the four signals', () => {
      expectSeedSignals(extractCandidates(fs.readFileSync(seedFile, 'utf8'), ukraineScenario, opts));
    });
  });

  it('gives evidence offsets that point at the quoted text, and the date and source asked for', () => {
    const cs = extractCandidates(paraphrase, ukraineScenario, opts);
    expect(cs.length).toBeGreaterThanOrEqual(4);
    for (const c of cs) {
      expect(paraphrase.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(paraphrase.slice(c.evidence.sentenceStart, c.evidence.sentenceEnd)).toBe(c.evidence.sentence);
      expect(c.evidence.sentence).toContain(c.evidence.text);
      expect(c.event.date).toBe('2025-12-15');
      expect(c.event.source).toBe('seed-article');
      expect(c.event.id.endsWith(`-${c.fingerprint}`)).toBe(true);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    expect(JSON.parse(JSON.stringify(cs))).toEqual(cs);
  });

  it('does not read the headline as a statement', () => {
    const cs = extractCandidates(paraphrase, ukraineScenario, opts);
    expect(cs.some((c) => c.evidence.sentence.startsWith('Talks on Ending'))).toBe(false);
  });
});

describe('attribution and cues', () => {
  const run = (text: string) => extractCandidates(text, ukraineScenario, opts).map((c) => c.finding);

  it('attributes reported speech to the speaker and resolves a pronoun to the previous actor', () => {
    const fs2 = run(
      'Zelensky spoke on Monday. He stated that Ukraine will never accept a cap of 600,000 on its army.',
    );
    expect(fs2).toEqual([
      expect.objectContaining({
        party: 'UKR',
        issue: 'army_cap',
        option: '600000',
        stance: 'rejection',
        firmness: 'firm',
      }),
    ]);
  });

  it('records a speaker who reports another party’s position', () => {
    const [f] = run('US officials said that Russia may accept a freeze along current lines.');
    expect(f).toMatchObject({
      party: 'RUS',
      speaker: 'USA',
      stance: 'offer',
      firmness: 'tentative',
      option: 'freeze_loc',
    });
  });

  it('splits "while A, B" into two actors', () => {
    const fs2 = run(
      'While Moscow demands neutrality, Kyiv rejects any formal recognition of occupied territory.',
    );
    expect(fs2.map((f) => [f.party, f.issue, f.stance])).toEqual([
      ['RUS', 'nato', 'demand'],
      ['UKR', 'territory', 'rejection'],
    ]);
  });

  it('turns a negated acceptance into a rejection and a negated rejection into a tentative opening', () => {
    expect(run('Russia will not accept a reassurance force.')[0]).toMatchObject({
      stance: 'rejection',
      negated: true,
      issue: 'foreign_forces',
    });
    expect(run('Kyiv does not rule out a truce.')[0]).toMatchObject({ stance: 'offer', issue: 'ceasefire' });
  });

  it('drops a finding when a lexicon patch removes its only cue, and finds one a patch adds', () => {
    const text = 'Moscow is chewing over a truce for the holidays.';
    // Without the cue only the stance back-off may propose something, marked as a guess.
    expect(extractCandidates(text, ukraineScenario, opts).every((c) => c.finding.guessed)).toBe(true);
    const withPatch = extractCandidates(text, ukraineScenario, {
      ...opts,
      lexicon: { add: { offer: ['chewing over'], tentative: ['chewing over'] } },
    });
    expect(withPatch[0].finding).toMatchObject({
      party: 'RUS',
      issue: 'ceasefire',
      stance: 'offer',
      firmness: 'tentative',
      cues: ['chewing over'],
    });
    expect(withPatch[0].finding.guessed).toBeUndefined();
    const removed = extractCandidates('Moscow demands a truce.', ukraineScenario, {
      ...opts,
      lexicon: { remove: { demand: ['demand'] } },
    });
    expect(removed.every((c) => c.finding.guessed)).toBe(true);
  });
});

describe('already accepted candidates', () => {
  it('proposes nothing already accepted into the scenario', () => {
    const first = extractCandidates(paraphrase, ukraineScenario, opts);
    const accepted = first.slice(0, 2).map((c) => c.event);
    const scenario = { ...ukraineScenario, events: accepted };
    const again = extractCandidates(paraphrase, scenario, { ...opts, date: '2025-12-16' });
    expect(again.map((c) => c.fingerprint)).toEqual(first.slice(2).map((c) => c.fingerprint));
    const all = extractCandidates(paraphrase, scenario, { ...opts, includeAccepted: true });
    expect(all.filter((c) => c.notes[0] === 'already accepted into the scenario')).toHaveLength(2);
  });

  it('fingerprints ignore spacing and case of the sentence but not what was read', () => {
    const [c] = extractCandidates('Moscow demands neutrality.', ukraineScenario, opts);
    expect(fingerprintOf('MOSCOW   demands neutrality.', c.finding)).toBe(c.fingerprint);
    expect(fingerprintOf('Moscow demands neutrality.', { ...c.finding, stance: 'offer' })).not.toBe(
      c.fingerprint,
    );
  });
});

describe('robustness (property-based)', () => {
  const extract = prepareExtractor(ukraineScenario);
  const words = [
    'Kyiv',
    'Moscow',
    'may',
    'accept',
    'demands',
    'not',
    'NATO',
    'freeze',
    'if',
    'guarantees',
    ',',
    '.',
    'never',
    'rejects',
    'while',
    'the',
    '\n',
  ];
  it('never throws, and every evidence span is inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        for (const c of extract(text, opts)) {
          expect(c.evidence.start).toBeGreaterThanOrEqual(0);
          expect(c.evidence.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
