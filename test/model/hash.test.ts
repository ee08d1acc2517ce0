import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, provenance } from '../../src/model/hash.js';
import { parseScenario } from '../../src/model/parse.js';
import { resolveAsOf } from '../../src/timeline/apply.js';
import { baseDoc, toYaml } from './fixtures.js';

describe('content hash', () => {
  it('ignores key order and matches a known sha256', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: null, c: 'x' }] })).toBe('{"a":[1,{"c":"x","d":null}],"b":1}');
    expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }));
    // sha256 of the string {"a":2,"b":1}
    expect(contentHash({ a: 2, b: 1 })).toBe(
      'd3626ac30a87e6f7a6428233b3c68299976865fa5508e4267c5415c76af7a772',
    );
  });

  it('changes with the state of the scenario, not with its formatting', () => {
    const base = parseScenario(toYaml(baseDoc()));
    const again = parseScenario(JSON.stringify(baseDoc()));
    expect(contentHash(base)).toBe(contentHash(again));
    const early = provenance('test', resolveAsOf(base, '2025-01-01'));
    const late = provenance('test', resolveAsOf(base));
    expect(early.scenario_hash).not.toBe(late.scenario_hash);
    expect(early.as_of).toBe('2025-01-01');
    expect(late.as_of).toBeNull();
  });
});
