// The negotiation reference domains in ../shared/reference-data/negotiation, imported from their
// own GENIUS or GeniusWeb files. Tests skip when the folder is absent.
import fs from 'node:fs';
import path from 'node:path';
import { importGenius } from '../../src/formats/genius/index.js';
import { importGeniusWeb } from '../../src/formats/geniusweb/index.js';
import type { Scenario } from '../../src/model/types.js';

export const negotiationDir = path.resolve(import.meta.dirname, '../../../shared/reference-data/negotiation');

/** How results.json names a case's files. */
export interface DomainFiles {
  scenario: string;
  domain_file: string;
  parties: string[];
}

export function loadReference(r: DomainFiles): Scenario {
  const d = path.join(negotiationDir, r.scenario);
  const read = (f: string) => fs.readFileSync(path.join(d, f), 'utf8');
  if (r.scenario.includes('genius-xml')) {
    return importGenius(
      read(r.domain_file),
      r.parties.map((p) => ({ name: p, xml: read(p) })),
      { domainFile: r.domain_file },
    );
  }
  return importGeniusWeb(
    read(r.domain_file),
    r.parties.map((p) => ({ name: p, json: read(`${p}.json`) })),
    { domainFile: r.domain_file },
  );
}
