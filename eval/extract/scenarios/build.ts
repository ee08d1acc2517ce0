// A compact way to write the small scenarios the extractor is tested and evaluated on: only what
// recognition needs (parties, issues, options with aliases); every other field gets its default.
import type { Issue, Party, PartyRole, Scenario, ScenarioEvent } from '../../../src/model/types.js';

export interface PartySpec {
  id: string;
  name: string;
  aliases: string[];
  /** A mediator, guarantor or observer (default: a principal), as the analyst sets it up. */
  role?: PartyRole;
}
export interface IssueSpec {
  id: string;
  name: string;
  aliases: string[];
  /** [id, label, aliases] in axis order. */
  options?: [string, string, string[]][];
  range?: { min: number; max: number; step: number; unit: string };
}

export function makeScenario(
  id: string,
  parties: PartySpec[],
  issues: IssueSpec[],
  events: ScenarioEvent[] = [],
): Scenario {
  const builtIssues: Issue[] = issues.map((i) => {
    if (i.range) {
      const levels: number[] = [];
      for (let v = i.range.min; v <= i.range.max + 1e-9; v += i.range.step) levels.push(v);
      return { kind: 'range', id: i.id, name: i.name, aliases: i.aliases, ...i.range, levels };
    }
    const opts = i.options ?? [];
    return {
      kind: 'options',
      id: i.id,
      name: i.name,
      aliases: i.aliases,
      options: opts.map(([oid, label, aliases], k) => ({
        id: oid,
        label,
        aliases,
        position: opts.length > 1 ? (100 * k) / (opts.length - 1) : 0,
      })),
    };
  });
  const builtParties: Party[] = parties.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    kind: 'state',
    role: p.role ?? 'principal',
    power: 1,
    stances: Object.fromEntries(
      builtIssues.map((i) => [i.id, { ideal: null, salience: 0, weight: 0, utility: {} }]),
    ),
    constraints: [],
    no_agreement: { kind: 'value', value: 0 },
  }));
  return {
    entente: 1,
    meta: { id, title: id, sources: [] },
    parties: builtParties,
    issues: builtIssues,
    proposals: [],
    events,
  };
}
