import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ApplyEventsError, applyCandidatesToYaml } from '../../src/extract/apply-yaml.js';
import { extractCandidates } from '../../src/extract/extract.js';
import { ukraineScenario } from './fixtures/scenario.js';

const paraphrase = fs.readFileSync(
  path.resolve(import.meta.dirname, 'fixtures/talks-paraphrase.txt'),
  'utf8',
);
const candidates = extractCandidates(paraphrase, ukraineScenario, {
  date: '2025-12-15',
  source: 'Seed article',
});

const YAML_TEXT = `# The talks, as we model them.
entente: 1
meta:
  id: talks
  title: Talks   # short title
  sources:
    - {id: jeddah, title: Joint statement}
parties:
  - id: UKR
    name: Ukraine
events:
  # earliest first
  - id: jeddah-ceasefire
    date: 2025-03-11
    title: Ceasefire proposal accepted
    source: jeddah
  - id: later-one   # a later event
    date: 2026-01-06
    title: Paris declaration
    source: jeddah
`;

describe('applyCandidatesToYaml', () => {
  it('inserts accepted events in date order and keeps comments and layout', () => {
    const out = applyCandidatesToYaml(YAML_TEXT, candidates.slice(0, 3), { sourceTitle: 'Seed article' });
    // Every line the user wrote survives byte for byte and in order; only new lines are added.
    const outLines = out.split('\n');
    let k = 0;
    for (const line of YAML_TEXT.split('\n')) {
      while (k < outLines.length && outLines[k] !== line) k++;
      expect(k, `line kept: ${line}`).toBeLessThan(outLines.length);
    }
    expect(out).toContain('title: Talks   # short title');
    const doc = parse(out);
    const ids = doc.events.map((e: { id: string }) => e.id);
    expect(ids[0]).toBe('jeddah-ceasefire');
    expect(ids.at(-1)).toBe('later-one');
    expect(ids.slice(1, -1)).toEqual(candidates.slice(0, 3).map((c) => c.event.id));
    expect(doc.meta.sources).toContainEqual({ id: 'seed-article', title: 'Seed article' });
  });

  it('writes constraints in the document form of expressions', () => {
    const nato = candidates.find((c) => c.finding.issue === 'nato')!;
    const doc = parse(applyCandidatesToYaml(YAML_TEXT, [nato]));
    const change = doc.events[1].changes[0];
    expect(change.op).toBe('add_constraint');
    expect(change.constraint.if).toEqual({ not: { nato: 'membership' } });
    expect(change.constraint.then).toEqual({ guarantees: 'binding' });
    expect(change.constraint.evidence).toEqual({
      source: 'seed-article',
      date: '2025-12-15',
      paraphrase: nato.event.title,
    });
  });

  it('adds nothing the second time (fingerprints in event ids)', () => {
    const once = applyCandidatesToYaml(YAML_TEXT, candidates);
    expect(applyCandidatesToYaml(once, candidates)).toBe(once);
  });

  it('creates the events list when the document has none', () => {
    const out = applyCandidatesToYaml('entente: 1\nmeta: {id: x, title: X}\n', candidates.slice(0, 1));
    expect(parse(out).events).toHaveLength(1);
  });

  it('turns an empty flow list of events into a block list', () => {
    const out = applyCandidatesToYaml('entente: 1 # v1\nevents: []\n', candidates.slice(0, 1));
    expect(out).toMatch(/^entente: 1 # v1\nevents:\n {2}- id: ev-/);
  });

  it('reports broken YAML with its line', () => {
    expect(() => applyCandidatesToYaml('a: [1, 2\nb: 3\n', candidates, { file: 's.yaml' })).toThrow(
      ApplyEventsError,
    );
    expect(() => applyCandidatesToYaml('a: [1, 2\nb: 3\n', candidates, { file: 's.yaml' })).toThrow(
      /s\.yaml: line \d+/,
    );
    expect(() => applyCandidatesToYaml('events: 3\n', candidates)).toThrow(/`events` must be a list/);
  });
});
