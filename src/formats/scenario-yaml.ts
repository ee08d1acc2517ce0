// A normalised scenario written as a YAML scenario file, for importers and exports.
import { stringify } from 'yaml';
import { scenarioToDocument } from '../model/document.js';
import type { Scenario } from '../model/types.js';

export function scenarioToYaml(s: Scenario, header?: string): string {
  const { resolved: _resolved, ...base } = s as Scenario & { resolved?: unknown };
  const body = stringify(scenarioToDocument(base), { lineWidth: 110, aliasDuplicateObjects: false });
  const comment = header ? `${header.split('\n').map((l) => `# ${l}`.trimEnd()).join('\n')}\n` : '';
  return `# yaml-language-server: $schema=https://entente.dev/schema/scenario.schema.json\n${comment}${body}`;
}
