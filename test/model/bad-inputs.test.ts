// Every invalid scenario gets a located, actionable message. Each case breaks one thing.
import { describe, expect, it } from 'vitest';
import { pathToString } from '../../src/model/errors.js';
import { validateScenario } from '../../src/model/parse.js';
import { baseDoc, toYaml } from './fixtures.js';

type Doc = ReturnType<typeof baseDoc>;
interface Case {
  name: string;
  mutate: (d: Doc) => void;
  path: string;
  message: RegExp;
  hint?: RegExp;
}

const cases: Case[] = [
  {
    name: 'negative power',
    mutate: (d) => {
      d.parties[0].power = -1;
    },
    path: 'parties[0].power',
    message: /must be ≥ 0, got -1/,
  },
  {
    name: 'salience above 1',
    mutate: (d) => {
      d.parties[0].stances.land.salience = 3;
    },
    path: 'parties[0].stances.land.salience',
    message: /must be ≤ 1, got 3/,
  },
  {
    name: 'misspelt field',
    mutate: (d) => {
      d.parties[0].stances.land.saliance = 0.3;
    },
    path: 'parties[0].stances.land.saliance',
    message: /unknown field 'saliance'/,
    hint: /did you mean 'salience'/,
  },
  {
    name: 'wrong format version',
    mutate: (d) => {
      d.entente = 2;
    },
    path: 'entente',
    message: /must be 1/,
  },
  {
    name: 'missing meta title',
    mutate: (d) => {
      delete d.meta.title;
    },
    path: 'meta.title',
    message: /is required/,
  },
  {
    name: 'bad date',
    mutate: (d) => {
      d.events[0].date = '2025-13-01';
    },
    path: 'events[0].date',
    message: /YYYY-MM-DD, got '2025-13-01'/,
  },
  {
    name: 'bad role',
    mutate: (d) => {
      d.parties[2].role = 'mediater';
    },
    path: 'parties[2].role',
    message: /must be one of/,
    hint: /did you mean 'mediator'/,
  },
  {
    name: 'id with spaces',
    mutate: (d) => {
      d.parties[0].id = 'Party A';
    },
    path: 'parties[0].id',
    message: /must start with a letter/,
  },
  {
    name: 'no parties',
    mutate: (d) => {
      d.parties = [];
    },
    path: 'parties',
    message: /at least one party/,
  },
  {
    name: 'duplicate party id',
    mutate: (d) => {
      d.parties[1].id = 'A';
    },
    path: 'parties[1].id',
    message: /duplicate party id 'A'/,
  },
  {
    name: 'duplicate issue id',
    mutate: (d) => {
      d.issues[1].id = 'land';
    },
    path: 'issues[1].id',
    message: /duplicate issue id 'land'/,
  },
  {
    name: 'duplicate option id',
    mutate: (d) => {
      d.issues[0].options = ['keep', 'keep', 'cede'];
    },
    path: 'issues[0].options[1].id',
    message: /duplicate option of issue 'land' id 'keep'/,
  },
  {
    name: 'issue with options and range',
    mutate: (d) => {
      d.issues[0].range = { min: 0, max: 1, step: 1 };
    },
    path: 'issues[0]',
    message: /both options and range/,
  },
  {
    name: 'issue with neither',
    mutate: (d) => {
      delete d.issues[0].options;
    },
    path: 'issues[0]',
    message: /neither options nor range/,
  },
  {
    name: 'range step not dividing',
    mutate: (d) => {
      d.issues[1].range.step = 300;
    },
    path: 'issues[1].range.step',
    message: /not a multiple of step/,
  },
  {
    name: 'range too fine',
    mutate: (d) => {
      d.issues[1].range = { min: 0, max: 1e7, step: 1 };
    },
    path: 'issues[1].range.step',
    message: /levels; at most 100001/,
  },
  {
    name: 'stance on unknown issue',
    mutate: (d) => {
      d.parties[0].stances.lands = { ideal: 'keep' };
    },
    path: 'parties[0].stances.lands',
    message: /unknown issue 'lands'/,
    hint: /did you mean 'land'/,
  },
  {
    name: 'ideal not an option',
    mutate: (d) => {
      d.parties[0].stances.land.ideal = 'kept';
    },
    path: 'parties[0].stances.land.ideal',
    message: /'kept' is not an option of issue 'land'/,
    hint: /did you mean 'keep'.*known: 'keep', 'share', 'cede'/,
  },
  {
    name: 'ideal off the range grid',
    mutate: (d) => {
      d.parties[0].stances.army.ideal = 450;
    },
    path: 'parties[0].stances.army.ideal',
    message: /450 is not a level of 'army'/,
  },
  {
    name: 'constraint names unknown option',
    mutate: (d) => {
      d.parties[0].constraints[0] = { id: 'no-recognition', forbid: { land: 'de_jure' } };
    },
    path: 'parties[0].constraints[0].forbid.land',
    message: /constraint|unknown option 'de_jure' of issue 'land'/,
    hint: /known: 'keep', 'share', 'cede'/,
  },
  {
    name: 'constraint names unknown issue',
    mutate: (d) => {
      d.parties[0].constraints[0] = { id: 'x', forbid: { territory: 'keep' } };
    },
    path: 'parties[0].constraints[0].forbid.territory',
    message: /unknown issue 'territory'/,
  },
  {
    name: 'constraint that can never hold',
    mutate: (d) => {
      d.parties[0].constraints[0] = {
        id: 'impossible',
        require: { all: [{ land: 'keep' }, { land: 'cede' }] },
      };
    },
    path: 'parties[0].constraints[0]',
    message: /can never hold/,
  },
  {
    name: 'constraint with two forms',
    mutate: (d) => {
      d.parties[0].constraints[0].require = { land: 'keep' };
    },
    path: 'parties[0].constraints[0]',
    message: /mixes forbid and require/,
  },
  {
    name: 'then without if',
    mutate: (d) => {
      d.parties[0].constraints[0] = { id: 'x', then: { land: 'keep' } };
    },
    path: 'parties[0].constraints[0]',
    message: /'then' without 'if'/,
  },
  {
    name: 'penalty on a hard constraint',
    mutate: (d) => {
      d.parties[0].constraints[0].penalty = 0.2;
    },
    path: 'parties[0].constraints[0]',
    message: /has a penalty but is hard/,
    hint: /hard: false/,
  },
  {
    name: 'duplicate constraint id across parties',
    mutate: (d) => {
      d.parties[1].constraints[0].id = 'no-cede';
    },
    path: 'parties[1].constraints[0].id',
    message: /duplicate constraint id 'no-cede'/,
  },
  {
    name: 'range condition with a string',
    mutate: (d) => {
      d.parties[1].constraints[0].require = { army: 'small' };
    },
    path: 'parties[1].constraints[0].require.army',
    message: /is a range/,
  },
  {
    name: 'min above max',
    mutate: (d) => {
      d.parties[1].constraints[0].require = { army: { min: 500, max: 200 } };
    },
    path: 'parties[1].constraints[0].require.army',
    message: /min \(500\) is greater than max \(200\)/,
  },
  {
    name: 'empty condition',
    mutate: (d) => {
      d.parties[1].constraints[0].require = {};
    },
    path: 'parties[1].constraints[0].require',
    message: /empty condition/,
  },
  {
    name: 'events out of date order',
    mutate: (d) => {
      d.events[1].date = '2025-01-15';
    },
    path: 'events[1].date',
    message: /earlier than the event before it \(2025-02-01\)/,
  },
  {
    name: 'event from an unknown source',
    mutate: (d) => {
      d.events[0].source = 'rumour';
    },
    path: 'events[0].source',
    message: /unknown source 'rumour'/,
  },
  {
    name: 'event for an unknown party',
    mutate: (d) => {
      d.events[0].party = 'Z';
    },
    path: 'events[0].party',
    message: /unknown party 'Z'/,
  },
  {
    name: 'unknown change op',
    mutate: (d) => {
      d.events[0].changes[0].op = 'set_idea';
    },
    path: 'events[0].changes[0].op',
    message: /unknown change op 'set_idea'/,
    hint: /did you mean 'set_ideal'/,
  },
  {
    name: 'dropping a constraint twice',
    mutate: (d) => {
      d.events[1].party = 'A';
      d.events[1].changes = [{ op: 'drop_constraint', id: 'no-cede' }];
    },
    path: 'events[1].changes[0]',
    message: /no constraint 'no-cede' in force on 2025-03-01/,
    hint: /event of 2025-03-01, source 'wire'/,
  },
  {
    name: 'adding a constraint id already in force',
    mutate: (d) => {
      d.events[1].changes[0].constraint.id = 'small-army';
    },
    path: 'events[1].changes[0]',
    message: /'small-army' is already in force/,
  },
  {
    name: 'no_agreement status quo without one',
    mutate: (d) => {
      delete d.status_quo;
      d.parties[0].no_agreement = 'status_quo';
    },
    path: 'parties[0].no_agreement',
    message: /no `status_quo`/,
  },
  {
    name: 'incomplete no-agreement package',
    mutate: (d) => {
      d.parties[0].no_agreement = { package: { land: 'keep' } };
    },
    path: 'parties[0].no_agreement',
    message: /leaves out 'army'/,
  },
  {
    name: 'no principal',
    mutate: (d) => {
      for (const p of d.parties) p.role = 'observer';
    },
    path: 'parties',
    message: /no party has role principal/,
  },
  {
    name: 'evidence from unknown source',
    mutate: (d) => {
      d.parties[0].constraints[0].evidence = { source: 'wir' };
    },
    path: 'parties[0].constraints[0].evidence.source',
    message: /unknown source 'wir'/,
    hint: /did you mean 'wire'/,
  },
  {
    name: 'unknown strategy',
    mutate: (d) => {
      d.parties[0].strategy = 'bouldware:0.2';
    },
    path: 'parties[0].strategy',
    message: /unknown strategy 'bouldware'/,
  },
  {
    name: 'strategy parameter out of range',
    mutate: (d) => {
      d.parties[0].strategy = { kind: 'aspiration', rate: 3 };
    },
    path: 'parties[0].strategy',
    message: /rate must be a number/,
  },
  {
    name: 'reserved issue id',
    mutate: (d) => {
      d.issues[0].id = 'not';
    },
    path: 'issues[0].id',
    message: /reserved/,
  },
  {
    name: 'conflict statement names unknown option',
    mutate: (d) => {
      d.conflict = { options: [{ id: 'go', party: 'A' }], preferences: { A: ['og'] } };
    },
    path: 'conflict.preferences.A[0]',
    message: /unknown conflict option 'og'/,
    hint: /did you mean 'go'/,
  },
  {
    name: 'conflict decision maker without preferences',
    mutate: (d) => {
      d.conflict = {
        options: [
          { id: 'go', party: 'A' },
          { id: 'stay', party: 'B' },
        ],
        preferences: { A: ['go'] },
      };
    },
    path: 'conflict.preferences',
    message: /decision maker 'B' has no preferences/,
  },
  {
    name: 'ranking pattern of the wrong length',
    mutate: (d) => {
      d.conflict = { options: [{ id: 'go', party: 'A' }], preferences: { A: { ranking: ['YN'] } } };
    },
    path: 'conflict.preferences.A.ranking[0]',
    message: /one Y, N or - per conflict option/,
  },
  {
    name: 'infeasible status quo',
    mutate: (d) => {
      d.conflict = {
        options: [
          { id: 'go', party: 'A' },
          { id: 'stay', party: 'A' },
        ],
        exactly_one: [['go', 'stay']],
        preferences: { A: ['go'] },
        status_quo: [],
      };
    },
    path: 'conflict.status_quo',
    message: /status-quo state is marked infeasible/,
  },
];

describe('invalid scenarios get located, actionable errors', () => {
  it('covers at least 25 distinct bad inputs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases)('$name', ({ mutate, path, message, hint }) => {
    const doc = baseDoc();
    mutate(doc);
    const { scenario, problems } = validateScenario(toYaml(doc), { file: 'case.yaml' });
    expect(scenario).toBeUndefined();
    const errors = problems.filter((p) => p.severity === 'error');
    const match = errors.find((p) => pathToString(p.path) === path && message.test(p.message));
    expect(
      match,
      `expected "${path}: ${message}" among:\n${errors.map((p) => `${pathToString(p.path)}: ${p.message}`).join('\n')}`,
    ).toBeDefined();
    if (hint) expect(match!.hint).toMatch(hint);
    expect(match!.file).toBe('case.yaml');
    expect(match!.line).toBeGreaterThan(0);
    expect(match!.column).toBeGreaterThan(0);
  });
});

describe('all problems at once', () => {
  it('reports cross-reference problems alongside structural ones', () => {
    const doc = baseDoc();
    doc.parties[0].power = -1; // structural
    doc.parties[0].stances.land.saliance = 0.2; // structural
    doc.parties[1].stances.land.ideal = 'cde'; // cross-reference
    doc.events[0].source = 'rumour'; // cross-reference
    const { problems } = validateScenario(toYaml(doc));
    expect(problems.map((p) => pathToString(p.path))).toEqual([
      'parties[0].power',
      'parties[0].stances.land.saliance',
      'parties[1].stances.land.ideal',
      'events[0].source',
    ]);
  });
});

describe('error locations', () => {
  it('points at the line and column of the offending key', () => {
    const text = [
      'entente: 1',
      'meta: {id: t, title: T}',
      'parties:',
      '  - id: A',
      '    power: -1',
      'issues: []',
    ].join('\n');
    const { problems } = validateScenario(text, { file: 'x.yaml' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 5, column: 5, file: 'x.yaml' });
  });

  it('locates problems in JSON documents too', () => {
    const doc = baseDoc();
    doc.parties[1].power = -5;
    const text = JSON.stringify(doc, null, 2);
    const { problems } = validateScenario(text);
    const expectedLine = text.split('\n').findIndex((l) => l.includes('-5')) + 1;
    expect(problems[0].line).toBe(expectedLine);
  });

  it('reports YAML syntax errors with their position', () => {
    const { problems } = validateScenario('entente: 1\nmeta: {id: t, title: T\nparties: []\n', {
      file: 's.yaml',
    });
    expect(problems[0].message).toMatch(/syntax error/);
    expect(problems[0].line).toBeGreaterThan(0);
  });

  it('rejects duplicate keys in a map', () => {
    const { problems } = validateScenario('entente: 1\nentente: 1\n');
    expect(problems[0].message).toMatch(/duplicate key/);
    expect(problems[0].line).toBe(2);
  });

  it('rejects a document that is not a map', () => {
    const { problems } = validateScenario('- just\n- a list\n');
    expect(problems[0].message).toMatch(/must be a map/);
  });

  it('warns about constraints that exclude nothing, without failing', () => {
    const doc = baseDoc();
    doc.parties[0].constraints.push({ id: 'vacuous', forbid: { not: { land: ['keep', 'share', 'cede'] } } });
    const { scenario, problems } = validateScenario(toYaml(doc));
    expect(scenario).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/excludes nothing/) }),
    ]);
  });
});
