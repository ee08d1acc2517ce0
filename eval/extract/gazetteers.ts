// One gazetteer per evaluation scenario, built once with the scenario's lexicon patch.
import { buildGazetteer, type Gazetteer } from '../../src/extract/gazetteer.js';
import { defaultLexicon, mergeLexicon } from '../../src/extract/lexicon.js';
import { EVAL_LEXICONS, EVAL_SCENARIOS } from './scenarios/index.js';

const built = new Map<string, Gazetteer>();

export function gazetteerFor(scenario: string): Gazetteer {
  let g = built.get(scenario);
  if (!g) {
    const patch = EVAL_LEXICONS[scenario];
    g = buildGazetteer(EVAL_SCENARIOS[scenario], mergeLexicon(defaultLexicon(), ...(patch ? [patch] : [])));
    built.set(scenario, g);
  }
  return g;
}
