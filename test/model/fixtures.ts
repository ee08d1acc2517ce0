import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

export const repoPath = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));
export const readExample = (name: string) => readFileSync(repoPath(`examples/${name}/scenario.yaml`), 'utf8');

/** A small valid scenario as a plain object, for tests to break one piece at a time. */
// biome-ignore lint/suspicious/noExplicitAny: tests break the document in arbitrary places
export function baseDoc(): Record<string, any> {
  return {
    entente: 1,
    meta: {
      id: 'test',
      title: 'Test talks',
      sources: [{ id: 'wire', title: 'Wire report', date: '2025-01-01' }],
    },
    parties: [
      {
        id: 'A',
        name: 'Alpha',
        power: 2,
        stances: { land: { ideal: keep, salience: 0.6 }, army: { ideal: 500, salience: 0.4 } },
        constraints: [{ id: 'no-cede', forbid: { land: 'cede' } }],
        no_agreement: 0.2,
      },
      {
        id: 'B',
        name: 'Beta',
        stances: { land: { ideal: 'cede', salience: 1 } },
        constraints: [{ id: 'small-army', require: { army: { max: 300 } } }],
      },
      { id: 'M', name: 'Mediator', role: 'mediator' },
    ],
    issues: [
      { id: 'land', name: 'Territory', options: ['keep', 'share', 'cede'] },
      { id: 'army', name: 'Army size', range: { min: 100, max: 900, step: 100, unit: 'k' } },
    ],
    status_quo: { land: 'keep', army: 900 },
    events: [
      {
        date: '2025-02-01',
        party: 'A',
        title: 'Alpha softens',
        source: 'wire',
        changes: [
          { op: 'set_ideal', issue: 'land', ideal: 'share' },
          { op: 'drop_constraint', id: 'no-cede' },
        ],
      },
      {
        date: '2025-03-01',
        party: 'B',
        title: 'Beta adds a linkage',
        source: 'wire',
        changes: [
          {
            op: 'add_constraint',
            constraint: { id: 'link', if: { land: 'share' }, then: { army: { max: 500 } } },
          },
        ],
      },
    ],
  };
}
const keep = 'keep';

export const toYaml = (doc: unknown) => stringify(doc);
