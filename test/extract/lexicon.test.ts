import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CUE_CLASSES,
  defaultLexicon,
  LexiconError,
  mergeLexicon,
  parseLexiconPatch,
} from '../../src/extract/lexicon.js';
import { DEFAULT_LEXICON_DATA } from '../../src/extract/lexicon-data.js';

describe('cue lexicon', () => {
  it('the compiled default equals data/lexicons/en.json (run scripts/gen-lexicon.ts after editing it)', () => {
    const json = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../data/lexicons/en.json'), 'utf8'),
    );
    expect(JSON.parse(JSON.stringify(DEFAULT_LEXICON_DATA))).toEqual(json);
    expect(Object.keys(json.classes).sort()).toEqual([...CUE_CLASSES].sort());
    for (const c of CUE_CLASSES) expect(json.classes[c].description.length).toBeGreaterThan(10);
  });

  it('merges patches: additions, removals and aliases', () => {
    const merged = mergeLexicon(defaultLexicon(), {
      add: { offer: ['signals readiness'] },
      remove: { demand: ['Should'] },
      parties: { UKR: ['Bankova'] },
    });
    expect(merged.classes.offer).toContain('signals readiness');
    expect(merged.classes.demand).not.toContain('should');
    expect(merged.parties.UKR).toEqual(['Bankova']);
    expect(defaultLexicon().classes.demand).toContain('should');
  });

  it('rejects a malformed patch with the path and a fix', () => {
    expect(() => parseLexiconPatch({ add: { offr: ['x'] } }, 'cues.json')).toThrow(LexiconError);
    expect(() => parseLexiconPatch({ add: { offr: ['x'] } }, 'cues.json')).toThrow(
      /cues\.json: add\.offr: unknown cue class 'offr'; use one of/,
    );
    expect(() => parseLexiconPatch({ add: { offer: 'x' } }, 'cues.json')).toThrow(
      /add\.offer: must be a list/,
    );
    expect(() => parseLexiconPatch([], 'cues.json')).toThrow(/must be a JSON object/);
    expect(
      parseLexiconPatch({ $comment: 'ok', options: { 'nato.membership': ['NATO path'] } }).options,
    ).toEqual({
      'nato.membership': ['NATO path'],
    });
  });
});
