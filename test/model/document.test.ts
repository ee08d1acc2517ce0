// parse(write(s)) = s: a scenario written back as a document reads as the same scenario.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioToYaml } from '../../src/formats/scenario-yaml.js';
import { parseScenario } from '../../src/model/parse.js';
import { baseDoc, repoPath, toYaml } from './fixtures.js';

const examples = readdirSync(repoPath('examples'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `examples/${d.name}/scenario.yaml`);

describe('scenario → document → scenario', () => {
  it.each(examples)('round-trips %s', (file) => {
    const s = parseScenario(readFileSync(repoPath(file), 'utf8'));
    expect(parseScenario(scenarioToYaml(s, 'written by a test'))).toEqual(s);
  });

  it('round-trips soft constraints, open-ended ranges and explicit positions', () => {
    const doc = baseDoc();
    doc.issues[0].options = [{ id: 'keep', position: 0 }, { id: 'share', position: 10 }, { id: 'cede', label: 'Cede it', position: 100 }];
    doc.parties[0].constraints.push({ id: 'soft', hard: false, penalty: 0.25, require: { army: { min: 300 } } });
    const s = parseScenario(toYaml(doc));
    expect(parseScenario(scenarioToYaml(s))).toEqual(s);
  });
});
