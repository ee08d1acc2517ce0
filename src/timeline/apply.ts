// The timeline: events apply in date order to the base scenario; the scenario "as of" a date is
// the base plus every event up to and including that date.
import { TimelineError } from '../model/errors.js';
import { reweigh } from '../model/normalise.js';
import type { Change, IsoDate, Scenario, ScenarioEvent } from '../model/types.js';

export interface Resolution {
  /** The date resolved to, or null for "every event". */
  as_of: IsoDate | null;
  /** How many events (from the start of `events`) were applied. */
  applied: number;
}

/** A scenario with its timeline applied up to a date. */
export type ResolvedScenario = Scenario & { resolved: Resolution };

export function isResolved(s: Scenario): s is ResolvedScenario {
  return 'resolved' in s && (s as ResolvedScenario).resolved !== undefined;
}

/**
 * The scenario as it stood on `date` (every event when `date` is undefined). Throws a
 * TimelineError naming the event's date and source when a change cannot apply.
 */
export function resolveAsOf(base: Scenario, date?: IsoDate): ResolvedScenario {
  if (isResolved(base)) throw new Error('resolveAsOf needs the base scenario, not one already resolved');
  const s = structuredClone(base) as ResolvedScenario;
  let applied = 0;
  for (const event of s.events) {
    if (date !== undefined && event.date > date) break;
    event.changes.forEach((change, k) => {
      applyChange(s, change, event, k);
    });
    applied++;
  }
  s.resolved = { as_of: date ?? null, applied };
  return s;
}

/** The events that were in force in a resolved scenario. */
export function appliedEvents(s: ResolvedScenario): ScenarioEvent[] {
  return s.events.slice(0, s.resolved.applied);
}

function applyChange(s: Scenario, change: Change, event: ScenarioEvent, k: number): void {
  const index = s.events.indexOf(event);
  const fail = (message: string): never => {
    throw new TimelineError(message, event.date, event.source, ['events', index, 'changes', k]);
  };
  if (change.op === 'set_status_quo') {
    s.status_quo = { ...s.status_quo, [change.issue]: change.value };
    return;
  }
  if (change.op === 'add_proposal') {
    const at = s.proposals.findIndex((p) => p.id === change.proposal.id);
    // A proposal with a known id is a revision of that plan: the newer draft replaces it.
    if (at >= 0) s.proposals[at] = change.proposal;
    else s.proposals.push(change.proposal);
    return;
  }
  const party = s.parties.find((p) => p.id === change.party) ?? fail(`unknown party '${change.party}'`);
  switch (change.op) {
    case 'set_ideal':
      party.stances[change.issue].ideal = change.ideal;
      return;
    case 'set_salience':
      party.stances[change.issue].salience = change.salience;
      reweigh(party.stances);
      return;
    case 'set_utility':
      party.stances[change.issue].utility[change.value] = change.utility;
      return;
    case 'set_power':
      party.power = change.power;
      return;
    case 'set_no_agreement':
      party.no_agreement = change.no_agreement;
      return;
    case 'add_constraint': {
      const owner = s.parties.find((p) => p.constraints.some((c) => c.id === change.constraint.id));
      if (owner)
        fail(
          `constraint '${change.constraint.id}' is already in force (held by ${owner.id}); drop it first or choose a new id`,
        );
      party.constraints.push(change.constraint);
      return;
    }
    case 'drop_constraint': {
      const at = party.constraints.findIndex((c) => c.id === change.id);
      if (at < 0) {
        const known = party.constraints.map((c) => `'${c.id}'`).join(', ') || 'none';
        fail(
          `${party.id} has no constraint '${change.id}' in force on ${event.date} (never added, or already dropped); in force: ${known}`,
        );
      }
      party.constraints.splice(at, 1);
      return;
    }
  }
}
