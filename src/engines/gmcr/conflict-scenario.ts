// A scenario that holds nothing but a conflict: what a gmcr-py file or a random test conflict
// becomes. Its parties are decision makers only (no stances, no constraints, equal power).
import type { Conflict, Party, Scenario } from '../../model/types.js';

export function conflictParty(id: string, name: string): Party {
  return {
    id,
    name,
    aliases: [],
    kind: 'group',
    role: 'principal',
    power: 1,
    stances: {},
    constraints: [],
    no_agreement: { kind: 'value', value: 0 },
  };
}

export function conflictScenario(id: string, title: string, parties: Party[], conflict: Conflict): Scenario {
  return {
    entente: 1,
    meta: { id, title, sources: [] },
    parties,
    issues: [],
    proposals: [],
    conflict,
    events: [],
  };
}
