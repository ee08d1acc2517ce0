import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/model/schema.js';
import { repoPath } from './fixtures.js';

describe('schema/scenario.schema.json', () => {
  it('is current with the zod schema (regenerate with `npm run schema`)', () => {
    const onDisk = JSON.parse(readFileSync(repoPath('schema/scenario.schema.json'), 'utf8'));
    expect(onDisk).toEqual(scenarioJsonSchema());
  });

  it('describes the top-level sections an editor should offer', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'entente',
        'meta',
        'parties',
        'issues',
        'status_quo',
        'proposals',
        'conflict',
        'events',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['entente', 'meta', 'parties']));
  });
});
