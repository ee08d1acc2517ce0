// Which concession lets a deal through? The agreement-space engine lists the minimal
// concessions (sets of red lines or walk-away values whose relaxation opens a ZOPA); each is
// applied to the scenario and the talks are played again (by default under the mediator's
// single negotiating text) to see whether the text now passes, when, and on what terms.
import type { Scenario } from '../../model/types.js';
import { type ConstraintRef, compileSpace, explainNoDeal } from '../space/index.js';
import { type SimulationOptions, type SimulationOutcome, simulate } from './simulate.js';

export interface UnlockOptions extends SimulationOptions {
  /** Most concessions tried (default 10, in the space engine's ranking). */
  maxConcessions?: number;
}

export interface UnlockTrial {
  relax: ConstraintRef[];
  whoPays: string[];
  sentence: string;
  /** Packages the concession opens (decimal string, or null when only bounds are known). */
  opens: string | null;
  outcome: SimulationOutcome;
}

export interface UnlockResult {
  engine: 'simulate';
  kind: 'unlock';
  scenario: { id: string; title: string };
  params: { protocol: string; rounds: number; seed: number; strategies: Record<string, string> };
  /** The talks as they stand. */
  base: SimulationOutcome;
  zopaEmpty: boolean;
  trials: UnlockTrial[];
  /** Concessions that were tried and complete (every minimal concession was found). */
  complete: boolean;
  notes: string[];
}

/** The scenario with the given constraints dropped and walk-away values relaxed to the lowest utility. */
export function applyConcession(scenario: Scenario, relax: readonly ConstraintRef[]): Scenario {
  const s = structuredClone(scenario);
  for (const r of relax) {
    const party = s.parties.find((p) => p.id === r.party);
    if (!party) continue;
    if (r.kind === 'constraint') party.constraints = party.constraints.filter((c) => c.id !== r.id);
    else {
      // As low as its utility can go (every soft penalty paid): any package beats walking away.
      const floor = -party.constraints.reduce((a, c) => a + (c.hard ? 0 : Math.max(0, c.penalty)), 0);
      party.no_agreement = { kind: 'value', value: floor === 0 ? 0 : floor };
    }
  }
  return s;
}

export function whichConcessionUnlocks(scenario: Scenario, opts: UnlockOptions = {}): UnlockResult {
  const simOpts: SimulationOptions = { protocol: 'mediator', ...opts, trace: false };
  const base = simulate(scenario, simOpts);
  const space = compileSpace(scenario);
  const notes: string[] = [];
  const zopaEmpty = base.space.zopaFrontier === 0;
  let trials: UnlockTrial[] = [];
  let complete = true;
  if (!zopaEmpty) {
    notes.push('The ZOPA is not empty: no concession is needed for a deal to be possible.');
  } else {
    const { conflicts } = explainNoDeal(space);
    complete = conflicts.complete;
    trials = conflicts.concessions.slice(0, opts.maxConcessions ?? 10).map((c) => {
      const r = simulate(applyConcession(scenario, c.relax), simOpts);
      return {
        relax: c.relax,
        whoPays: c.whoPays,
        sentence: c.sentence,
        opens: c.opens.count,
        outcome: r.outcome,
      };
    });
    if (trials.some((t) => t.relax.some((r) => r.kind === 'reservation'))) {
      notes.push(
        'A relaxed walk-away value is set to the lowest utility its party can get (0 without soft penalties) for the replay.',
      );
    }
  }
  return {
    engine: 'simulate',
    kind: 'unlock',
    scenario: { id: scenario.meta.id, title: scenario.meta.title },
    params: {
      protocol: base.params.protocol,
      rounds: base.params.rounds,
      seed: base.params.seed,
      strategies: base.params.strategies,
    },
    base: base.outcome,
    zopaEmpty,
    trials,
    complete,
    notes,
  };
}
