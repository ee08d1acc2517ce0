import { describe, expect, it } from 'vitest';
import {
  analyzeSpace,
  renderSpace,
  SpaceInputError,
  SpaceTooComplexError,
} from '../../../src/engines/space/index.js';
import { ifThen, is, makeParty, makeScenario, optionsIssue, rule, stance } from './helpers.js';

// A stylised version of the 2025 talks: Ukraine could drop its NATO bid only with binding
// guarantees; recognition of annexation is its red line and Russia's demand.
function talks(russiaDemandsRecognition: boolean) {
  const issues = [
    optionsIssue('nato', ['membership', 'deferred', 'renounced']),
    optionsIssue('guarantees', ['none', 'political', 'binding']),
    optionsIssue('territory', ['return', 'freeze', 'recognition']),
  ];
  const ukraine = makeParty(
    'ukraine',
    { nato: stance('membership', 0.3), guarantees: stance('binding', 0.4), territory: stance('return', 0.3) },
    {
      constraints: [
        rule('ua-recognition', 'no formal recognition', {
          form: 'forbid',
          expr: is('territory', 'recognition'),
        }),
        rule(
          'ua-nato',
          'NATO bid dropped only for binding guarantees',
          ifThen(is('nato', 'renounced'), is('guarantees', 'binding')),
        ),
      ],
    },
  );
  const russia = makeParty(
    'russia',
    {
      nato: stance('renounced', 0.4),
      guarantees: stance('none', 0.2),
      territory: stance('recognition', 0.4),
    },
    {
      power: 2,
      constraints: [
        rule('ru-nato', 'no NATO membership', { form: 'forbid', expr: is('nato', 'membership') }),
        ...(russiaDemandsRecognition
          ? [
              rule('ru-recognition', 'recognition of annexed regions', {
                form: 'require',
                expr: is('territory', 'recognition'),
              }),
            ]
          : []),
      ],
    },
  );
  const us = makeParty(
    'us',
    { nato: stance('deferred', 0.3), guarantees: stance('political', 0.3), territory: stance('freeze', 0.4) },
    {
      role: 'mediator',
      constraints: [
        rule('us-binding', 'no binding US guarantee', { form: 'forbid', expr: is('guarantees', 'binding') }),
      ],
    },
  );
  return makeScenario(issues, [ukraine, russia, us]);
}

describe('analyzeSpace on a stylised peace talk', () => {
  it('finds a deal when recognition is not demanded, and mediators do not veto', () => {
    const r = analyzeSpace(talks(false));
    expect(r.verdict).toBe('deal');
    expect(r.outcomes).toBe('27');
    // nato ∈ {deferred, renounced} (Russia), territory ≠ recognition (Ukraine),
    // renounced ⇒ binding: deferred×3×2 + renounced×binding×2 = 8.
    expect(r.feasible).toBe('8');
    expect(r.zopa.count).toBe('8');
    const nash = r.solutions.find((s) => s.name === 'nash');
    expect(nash?.package.map((p) => p.value)).toHaveLength(3);
    // The US's 'no binding guarantee' is a mediator's constraint: it never removes a package.
    expect(r.notes.some((n) => n.includes('do not veto'))).toBe(true);
    // Nash: nato renounced needs binding guarantees, which the US (mediator) rules out.
    expect(nash?.package.find((p) => p.issue === 'guarantees')?.value).toBe('binding');
    expect(nash?.breaks.map((b) => b.id)).toEqual(['us-binding']);
    expect(renderSpace(r)).toContain("(breaks Us's 'no binding US guarantee', which does not veto)");
    expect(r.conflicts).toBeNull();
  });

  it('explains the no-deal case with the clash and the concessions', () => {
    const r = analyzeSpace(talks(true));
    expect(r.verdict).toBe('no deal');
    expect(r.zopa.count).toBe('0');
    const sets = r.conflicts?.sets ?? [];
    expect(sets).toHaveLength(1);
    expect(sets[0].sentence).toBe(
      "Ukraine's red line 'no formal recognition' and Russia's demand 'recognition of annexed regions' cannot both hold",
    );
    const conc = r.conflicts?.concessions ?? [];
    expect(conc.map((c) => c.relax.map((x) => x.id))).toEqual(
      expect.arrayContaining([['ua-recognition'], ['ru-recognition']]),
    );
    for (const c of conc) expect(Number(c.opens.count)).toBeGreaterThan(0);
    expect(r.nearest.length).toBeGreaterThan(0);
    expect(r.nearest[0].violates).toHaveLength(1);
    const text = renderSpace(r);
    expect(text).toContain('NO DEAL');
    expect(text).toContain('cannot both hold');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('reports progress through the stages', () => {
    const stages = new Set<string>();
    analyzeSpace(talks(true), { onProgress: (stage) => stages.add(stage) });
    expect([...stages]).toEqual(['frontier', 'zopa', 'conflicts']);
  });

  it('counts a walk-away package at its computed utility and lets mediators keep their utilities', () => {
    const s = talks(false);
    s.parties[0].no_agreement = {
      kind: 'package',
      package: { nato: 'membership', guarantees: 'none', territory: 'freeze' },
    };
    const r = analyzeSpace(s);
    // Ukraine: 0.3·1 + 0.4·0 + 0.3·0.5 = 0.45
    expect(r.parties[0].noAgreement).toBeCloseTo(0.45, 12);
    const nash = r.solutions.find((x) => x.name === 'nash');
    expect(nash?.utilities.map((u) => u.party)).toEqual(['ukraine', 'russia', 'us']);
    expect(nash?.utilities[0].utility).toBeGreaterThanOrEqual(0.45 - 1e-9);
  });
});

describe('edge cases', () => {
  it('handles a scenario without issues', () => {
    const s = makeScenario([], [makeParty('a', {}), makeParty('b', {})]);
    const r = analyzeSpace(s);
    expect(r.outcomes).toBe('1');
    expect(r.verdict).toBe('deal');
    expect(r.frontier.packages).toBe(1);
  });

  it('names a walk-away value no package can meet', () => {
    const s = makeScenario(
      [optionsIssue('x', ['a', 'b'])],
      [
        makeParty('a', { x: stance('a', 1) }, { noAgreement: { kind: 'value', value: 1.5 } }),
        makeParty('b', { x: stance('b', 1) }),
      ],
    );
    const r = analyzeSpace(s);
    expect(r.verdict).toBe('no deal');
    expect(r.conflicts?.sets.map((c) => c.sentence)).toEqual([
      "A's walk-away value (1.500) cannot be met by any package",
    ]);
    expect(r.conflicts?.concessions[0].whoPays).toEqual(['A']);
  });
});

describe('constraints chaining many issues', () => {
  const ids = ['a', 'b', 'c', 'd'];
  const chain = (n: number, restrictive: boolean) => {
    const issues = Array.from({ length: n }, (_, i) => optionsIssue(`i${i}`, ids));
    const rules = issues.slice(1).map((x, i) =>
      restrictive
        ? rule(`c${i}`, `i${i} and i${i + 1} differ`, {
            form: 'forbid',
            expr: {
              op: 'any',
              of: ids.map((o) => ({
                op: 'all' as const,
                of: [is(`i${i}`, o), is(x.id, ...ids.filter((p) => p !== o))],
              })),
            },
          })
        : rule(`c${i}`, `not i${i}=a with i${i + 1}=b`, {
            form: 'forbid',
            expr: { op: 'all', of: [is(`i${i}`, 'a'), is(x.id, 'b')] },
          }),
    );
    const party = (name: string, k: number, constraints: typeof rules) =>
      makeParty(name, Object.fromEntries(issues.map((x, i) => [x.id, stance(ids[(i + k) % 4], 1)])), {
        constraints,
      });
    return makeScenario(issues, [party('p', 0, rules), party('q', 1, [])]);
  };

  it('enumerates one block of 4^12 combinations by following only the feasible ones', () => {
    // Every issue must equal the previous one: 4 feasible packages out of 16.7 million.
    const r = analyzeSpace(chain(12, true));
    expect(r.outcomes).toBe('16777216');
    expect(r.feasible).toBe('4');
    expect(r.verdict).toBe('deal');
  });

  it('splits a weakly constrained chain into cells and stays exact', () => {
    // 'not (iₖ = a and iₖ₊₁ = b)' along a chain: a sequence count by a 2-state recurrence.
    const n = 12;
    let endA = 1;
    let other = 3;
    for (let k = 1; k < n; k++) [endA, other] = [endA + other, 3 * endA + 3 * other - endA];
    const r = analyzeSpace(chain(n, false));
    expect(r.feasible).toBe(String(endA + other));
    expect(r.notes.join(' ')).toMatch(/split into \d+ cells/);
    // The same frontier without any split (one block of 4^8 when fewer issues) is checked by the
    // property tests with tiny cell limits.
  });

  it('refuses a split that would need too many cells, saying what to do', () => {
    let error: unknown;
    try {
      analyzeSpace(chain(12, false), { cellBlock: 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpaceTooComplexError);
    expect((error as Error).message).toMatch(/needs \d+ cells .* simplify the constraints/);
  });
});

describe('input errors', () => {
  it('names an issue without values', () => {
    const s = makeScenario([optionsIssue('x', [])], [makeParty('a', { x: stance(null, 0) })]);
    expect(() => analyzeSpace(s)).toThrowError(SpaceInputError);
    expect(() => analyzeSpace(s)).toThrowError(/issue 'x' has no values/);
  });
});
