// The published cases shipped with gmcr-py, against the reference results computed beside it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeStability, type Concept, type StabilityResult } from '../../../src/engines/gmcr/index.js';
import { importGmcrPy } from '../../../src/formats/gmcr-py.js';

const dir = path.resolve(import.meta.dirname, '../../../../shared/reference-data/gmcr');
const present = fs.existsSync(path.join(dir, 'reference_results.json'));
if (!present) console.warn(`GMCR reference data not found at ${dir}: reference tests skipped`);

const KEY: Record<Concept, string> = {
  nash: 'Nash',
  gmr: 'GMR',
  smr: 'SMR',
  seq: 'SEQ',
  sim: 'SIM',
  seqsim: 'SEQ&SIM',
};
const CASES = ['Prisoners', 'SyriaIraq', 'SI_misp', 'Cuban', 'Elmira', 'Garrison', 'MilkRiver'];

// biome-ignore lint/suspicious/noExplicitAny: reference JSON
type Ref = any;

function load(name: string) {
  return importGmcrPy(fs.readFileSync(path.join(dir, `${name}.gmcr`), 'utf8'), `${name}.gmcr`);
}

/** 1-based gmcr-py numbers of the given codes. */
function ordinals(result: StabilityResult, codes: number[]): number[] {
  const byCode = new Map(result.states.map((s) => [s.code, s.ordinal]));
  return codes.map((c) => byCode.get(c)!);
}

describe.skipIf(!present)('GMCR reference cases', () => {
  const ref: Ref = present
    ? JSON.parse(fs.readFileSync(path.join(dir, 'reference_results.json'), 'utf8'))
    : {};

  for (const name of CASES) {
    describe(name, () => {
      const r = ref[name];
      const textbook = present ? analyzeStability(load(name), { semantics: 'textbook' }) : (null as never);
      const gmcrpy = present ? analyzeStability(load(name), { semantics: 'gmcrpy' }) : (null as never);

      it('has the same feasible states, numbered the same way', () => {
        expect(textbook.states.map((s) => [s.ordinal, s.code, s.pattern])).toEqual(
          r.states.map((s: Ref) => [s.ordered, s.decimal, s.yn]),
        );
      });

      it('reproduces the per-party textbook stable sets (Nash, GMR, SEQ, SMR)', () => {
        for (const res of textbook.results) {
          const want = r.stabilities_textbook[KEY[res.concept]];
          if (!want) continue;
          for (const dm of textbook.dms) {
            expect(ordinals(textbook, res.stableFor[dm.id]), `${res.concept} ${dm.name}`).toEqual(
              want[dm.name],
            );
          }
        }
      });

      it('reproduces the textbook equilibria, SIM and SEQ&SIM with the corrected SIM logic', () => {
        for (const res of textbook.results) {
          const want =
            res.concept === 'sim' || res.concept === 'seqsim'
              ? r.equilibria_sim_bugfixed[KEY[res.concept]]
              : (r.equilibria_textbook[KEY[res.concept]] ?? r.equilibria_gmcrpy[KEY[res.concept]]);
          expect(ordinals(textbook, res.equilibria), res.concept).toEqual(want);
        }
      });

      it('reproduces gmcr-py 0.4.1 under its "each opponent once" semantics', () => {
        for (const res of gmcrpy.results) {
          if (res.concept === 'sim' || res.concept === 'seqsim') continue;
          expect(ordinals(gmcrpy, res.equilibria), res.concept).toEqual(
            r.equilibria_gmcrpy[KEY[res.concept]],
          );
          for (const dm of gmcrpy.dms) {
            expect(ordinals(gmcrpy, res.stableFor[dm.id]), `${res.concept} ${dm.name}`).toEqual(
              r.stabilities_gmcrpy[KEY[res.concept]][dm.name],
            );
          }
        }
      });
    });
  }

  it('Garrison state 6 is GMR and SMR stable under the textbook semantics only', () => {
    const tb = analyzeStability(load('Garrison'), { concepts: ['gmr', 'smr'] });
    const gp = analyzeStability(load('Garrison'), { concepts: ['gmr', 'smr'], semantics: 'gmcrpy' });
    const code6 = tb.states[5].code;
    for (const k of [0, 1]) {
      expect(tb.results[k].equilibria).toContain(code6);
      expect(gp.results[k].equilibria).not.toContain(code6);
    }
  });

  it('Elmira with the MoE + Uniroyal coalition matches gmcr-py', () => {
    const r = ref['Elmira_coalition_[MoE+Uniroyal],LG'];
    const scenario = load('Elmira');
    scenario.conflict!.coalitions = [['moe', 'uniroyal']];
    for (const semantics of ['textbook', 'gmcrpy'] as const) {
      const res = analyzeStability(scenario, { semantics });
      const co = res.coalitions!;
      expect(co.dms.map((d) => d.name)).toEqual(['MoE + Uniroyal', 'Local Government']);
      for (const c of co.concepts) {
        expect(ordinals(res, c.equilibria), c.concept).toEqual(r.equilibria_gmcrpy[KEY[c.concept]]);
        const want = r.stabilities_gmcrpy[KEY[c.concept]];
        if (!want) continue;
        expect(ordinals(res, c.stableFor['moe+uniroyal'])).toEqual(want['MoE, Uniroyal']);
        expect(ordinals(res, c.stableFor.local_government)).toEqual(want['Local Government']);
      }
    }
  });
});
