import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forecast } from '../../src/engines/forecast/forecast.js';
import {
  KtabFormatError,
  ktabToScenario,
  parseKtab,
  parseKtabCsv,
  parseKtabXml,
  scenarioToKtabCsv,
} from '../../src/formats/ktab.js';

const dir = path.resolve(import.meta.dirname, '../../../shared/reference-data/forecast/ktab');
const have = fs.existsSync(dir);
if (!have) console.warn(`KTAB reference data not found at ${dir}: skipping KTAB file tests on real inputs`);

const small = `Tiny,"A test, with a comma",3,2,
Actor,Description,Power,Pos A,Sal A,Pos B,Sal B,
Ann,first,10,20,30,40,50,
Bob,second,20,80,60,10,20,
Cy,third,5,50,10,90,10,
`;

function xmlOf(extra = '', actorsXml?: string): string {
  const actors =
    actorsXml ??
    [
      ['Ann', 10, [20, 40], [30, 50]],
      ['Bob', 20, [80, 10], [60, 20]],
      ['Cy', 5, [50, 90], [10, 10]],
    ]
      .map(
        ([n, c, p, s]) =>
          `<Actor><name>${n}</name><description>d</description><capability>${c}</capability><Position>${(
            p as number[]
          )
            .map((x) => `<dCoord>${x}</dCoord>`)
            .join(
              '',
            )}</Position><Salience>${(s as number[]).map((x) => `<dSal>${x}</dSal>`).join('')}</Salience></Actor>`,
      )
      .join('\n');
  return `<?xml version="1.0"?>
<Scenario><name>Tiny</name><desc>test</desc><prngSeed>42</prngSeed>${extra}
<Dimensions><dName>Pos A</dName><dName>Pos B</dName></Dimensions>
<Actors>${actors}</Actors></Scenario>`;
}

function expectError(f: () => unknown, where: RegExp, problem: RegExp): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(KtabFormatError);
    const k = e as KtabFormatError;
    expect(k.where).toMatch(where);
    expect(k.problem).toMatch(problem);
    return;
  }
  throw new Error('expected a KtabFormatError');
}

describe('KTAB CSV', () => {
  it('reads names, dimensions, capabilities, positions and saliences (quoted fields, trailing commas)', () => {
    const d = parseKtabCsv(small);
    expect(d.name).toBe('Tiny');
    expect(d.description).toBe('A test, with a comma');
    expect(d.dimensions).toEqual(['Pos A', 'Pos B']);
    expect(d.actors[1]).toEqual({
      name: 'Bob',
      description: 'second',
      capability: 20,
      positions: [80, 10],
      saliences: [60, 20],
    });
  });

  it("enforces KTAB's validation rules with the line at fault", () => {
    expectError(() => parseKtabCsv(small.replace(',3,2,', ',2,2,')), /line 1/, /between 3 and 250/);
    expectError(() => parseKtabCsv(small.replace(',3,2,', ',3,0,')), /line 1/, /at least 1/);
    expectError(
      () => parseKtabCsv(small.replace('Bob,second,20,80,60', 'Bob,second,20,80,90')),
      /line 4/,
      /at most 100/,
    );
    expectError(
      () => parseKtabCsv(small.replace('Ann,first,10,20', 'Ann,first,10,120')),
      /line 3/,
      /outside 0–100/,
    );
    expectError(() => parseKtabCsv(small.replace('Cy,third,5', 'Cy,third,-5')), /line 5/, /non-negative/);
    expectError(() => parseKtabCsv(small.replace('Cy,third,5', 'Cy,third,x')), /line 5/, /not a number/);
    expectError(() => parseKtabCsv(small.replace('Cy,third', 'Bob,third')), /Bob/, /unique/);
    expectError(
      () => parseKtabCsv(small.replace('Cy,third', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ,third')),
      /line 5/,
      /25/,
    );
    expectError(() => parseKtabCsv(small.split('\n').slice(0, 4).join('\n')), /line 4/, /promises 3 actors/);
    expectError(
      () => parseKtabCsv(small.replace('Bob,second,20,80,60,10,20,', 'Bob,second,20,80,60,10')),
      /line 4/,
      /salience/,
    );
  });

  it('export → import keeps the scenario (positions, saliences, power)', () => {
    const s = ktabToScenario(parseKtabCsv(small));
    const back = ktabToScenario(parseKtabCsv(scenarioToKtabCsv(s)));
    expect(
      back.parties.map((p) => [p.name, p.power, p.stances['pos-a'].ideal, p.stances['pos-b'].salience]),
    ).toEqual(s.parties.map((p) => [p.name, p.power, p.stances['pos-a'].ideal, p.stances['pos-b'].salience]));
  });
});

describe('KTAB XML', () => {
  it('reads the same data as the CSV, plus seed, model parameters and ideal adjustments', () => {
    const params =
      '<ModelParameters><VictoryProbModel>Square</VictoryProbModel><VotingRule>Binary</VotingRule><PCEModel>MarkovUniform</PCEModel><StateTransitions>Stochastic</StateTransitions><BigRRange>Max</BigRRange><BigRAdjust>Half</BigRAdjust><ThirdPartyCommit>FullCommit</ThirdPartyCommit><InterVecBrgn>S1P1</InterVecBrgn><BargnModel>PWCompInterp</BargnModel></ModelParameters>';
    const ia =
      '<IdealAdjustment><iaPair><adjustingIdeal>Ann</adjustingIdeal><referencePos>Bob</referencePos><adjust>0.25</adjust></iaPair></IdealAdjustment>';
    const x = parseKtabXml(xmlOf(params + ia));
    const c = parseKtabCsv(small);
    expect(x.actors.map((a) => [a.name, a.capability, a.positions, a.saliences])).toEqual(
      c.actors.map((a) => [a.name, a.capability, a.positions, a.saliences]),
    );
    expect(x.seed).toBe('42');
    expect(x.params).toEqual({
      victoryProbModel: 'Square',
      votingRule: 'Binary',
      pceModel: 'MarkovUniform',
      stateTransitions: 'Stochastic',
      bigRRange: 'Max',
      bigRAdjust: 'Half',
      thirdPartyCommit: 'FullCommit',
      interVecBargain: 'S1P1',
      bargainModel: 'PWCompInterp',
    });
    expect(x.idealAdjustment).toEqual([{ actor: 'Ann', reference: 'Bob', adjust: 0.25 }]);
    expect(parseKtab(xmlOf()).actors.length).toBe(3);
    expect(parseKtab(small).actors.length).toBe(3);
  });

  it("enforces KTAB's XML rules with the element at fault", () => {
    expectError(() => parseKtabXml('<Scenario><name>x</name>'), /line/, /.+/);
    expectError(() => parseKtabXml('<Other/>'), /\//, /<Scenario>/);
    expectError(() => parseKtabXml(xmlOf().replace('<prngSeed>42</prngSeed>', '')), /Scenario/, /prngSeed/);
    expectError(
      () => parseKtabXml(xmlOf().replace('<capability>5<', '<capability>0<')),
      /Actor\[3\]/,
      /positive/,
    );
    expectError(
      () => parseKtabXml(xmlOf().replace('<dSal>60</dSal>', '<dSal>95</dSal>')),
      /Actor\[2\]/,
      /at most 100/,
    );
    expectError(
      () => parseKtabXml(xmlOf().replace('<dCoord>80</dCoord>', '')),
      /Actor\[2\]\/Position/,
      /2 dimensions/,
    );
    expectError(
      () =>
        parseKtabXml(xmlOf('<ModelParameters><VictoryProbModel>Cubic</VictoryProbModel></ModelParameters>')),
      /VictoryProbModel/,
      /not one of/,
    );
    expectError(
      () =>
        parseKtabXml(
          xmlOf(
            '<IdealAdjustment><iaPair><adjustingIdeal>Zed</adjustingIdeal><referencePos>Bob</referencePos><adjust>0.5</adjust></iaPair></IdealAdjustment>',
          ),
        ),
      /iaPair\[1\]/,
      /Zed/,
    );
  });
});

describe.skipIf(!have)('KTAB files → scenario → forecast', () => {
  it('the imported SOE-Pol-Comp scenario forecast reproduces KTAB probabilities', () => {
    const text = fs.readFileSync(path.join(dir, 'SOE-Pol-Comp.csv'), 'utf8');
    const s = ktabToScenario(parseKtabCsv(text, 'SOE-Pol-Comp.csv'));
    const r = forecast(s, { model: 'ktab' });
    const exp = fs.readFileSync(path.join(dir, 'SOE-Pol-Comp.expected.txt'), 'utf8');
    const xj = /^XJ, prob : (.*)$/m.exec(exp)![1].trim().split(/\s+/);
    expect(r.rounds).toBe(27);
    expect(r.probabilities!.map((p) => p[0].toFixed(4))).toEqual(xj);
    expect(r.issues.map((i) => i.name)).toEqual(['Policy Position', 'Competitive Position']);
  });

  it('every reference input parses', () => {
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.csv'))) {
      const d = parseKtabCsv(fs.readFileSync(path.join(dir, f), 'utf8'), f);
      expect(d.actors.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('KTAB ideal adjustment', () => {
  const pairs = (adj: [string, string, number][]) =>
    `<IdealAdjustment>${adj
      .map(
        ([a, r, x]) =>
          `<iaPair><adjustingIdeal>${a}</adjustingIdeal><referencePos>${r}</referencePos><adjust>${x}</adjust></iaPair>`,
      )
      .join('')}</IdealAdjustment>`;

  it('an identity adjustment changes nothing; a partial one makes ideals lag behind positions', async () => {
    const { runSmp } = await import('../../src/engines/forecast/ktab/smp.js');
    const { ktabDataToSmpInput } = await import('../../src/formats/ktab.js');
    const plain = runSmp(ktabDataToSmpInput(parseKtabXml(xmlOf())));
    const ident = ktabDataToSmpInput(parseKtabXml(xmlOf(pairs([['Ann', 'Ann', 1]]))));
    expect(ident.accommodate).toBeDefined();
    expect(runSmp(ident).states.map((s) => Array.from(s.pos))).toEqual(
      plain.states.map((s) => Array.from(s.pos)),
    );
    const lag = runSmp(
      ktabDataToSmpInput(
        parseKtabXml(
          xmlOf(
            pairs([
              ['Ann', 'Ann', 0.5],
              ['Bob', 'Bob', 0.2],
            ]),
          ),
        ),
      ),
    );
    expect(lag.states.map((s) => Array.from(s.pos))).not.toEqual(plain.states.map((s) => Array.from(s.pos)));
    for (const st of lag.states) for (const x of st.pos) expect(x >= 0 && x <= 1).toBe(true);
  });

  it('rejects adjustments that add up to more than 1 for an actor', async () => {
    const { ktabDataToSmpInput } = await import('../../src/formats/ktab.js');
    expectError(
      () => ktabDataToSmpInput(parseKtabXml(xmlOf(pairs([['Ann', 'Bob', 0.5]])))),
      /IdealAdjustment/,
      /at most 1/,
    );
  });
});
