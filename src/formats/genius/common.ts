// Helpers shared by the negotiation-format importers and exporters (GENIUS, GeniusWeb).
import type {
  Issue,
  IssueOption,
  OptionIssue,
  Party,
  RangeIssue,
  Scenario,
  Stance,
} from '../../model/types.js';

export { FormatError } from '../errors.js';

/** A readable id (lower-case, dashes) made unique among `taken`. */
export function slugId(text: string, taken: Set<string>, fallback: string): string {
  let base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!base || !/^[a-z]/.test(base)) base = base ? `${fallback}-${base}` : fallback;
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

export function optionIssue(id: string, name: string, labels: string[]): OptionIssue {
  const taken = new Set<string>();
  const n = labels.length;
  const options: IssueOption[] = labels.map((label, k) => ({
    id: slugId(label, taken, 'v'),
    label,
    aliases: [],
    position: n > 1 ? (100 * k) / (n - 1) : 0,
  }));
  return { id, name, aliases: [], kind: 'options', options };
}

export function rangeIssue(id: string, name: string, min: number, max: number, step: number): RangeIssue {
  const levels: number[] = [];
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  for (let k = 0; k < count; k++) levels.push(Number((min + k * step).toPrecision(12)));
  return {
    id,
    name,
    aliases: [],
    kind: 'range',
    min,
    max: levels[levels.length - 1],
    step,
    unit: '',
    levels,
  };
}

/** A stance from explicit per-value utilities: the ideal is the best value (first on ties). */
export function stanceFromUtilities(issue: Issue, utils: number[], salience: number, weight: number): Stance {
  const keys = issue.kind === 'options' ? issue.options.map((o) => o.id) : issue.levels.map(String);
  let best = 0;
  utils.forEach((u, k) => {
    if (u > utils[best]) best = k;
  });
  const utility: Record<string, number> = {};
  keys.forEach((key, k) => {
    utility[key] = utils[k];
  });
  const ideal =
    utils.length === 0 ? null : issue.kind === 'options' ? issue.options[best].id : issue.levels[best];
  return { ideal, salience, weight, utility };
}

export function party(
  id: string,
  name: string,
  stances: Record<string, Stance>,
  noAgreement: Party['no_agreement'],
  note?: string,
): Party {
  return {
    id,
    name,
    aliases: [],
    kind: 'organisation',
    role: 'principal',
    power: 1,
    stances,
    constraints: [],
    no_agreement: noAgreement,
    ...(note ? { note } : {}),
  };
}

/**
 * The scenario an importer starts from: titled after the domain, its issues made by `toIssue`
 * with ids unique among them, parties still to add.
 */
export function importedScenario<D extends { name: string }>(
  domain: { name: string; issues: D[] },
  toIssue: (id: string, d: D) => Issue,
  source: string,
  domainFile: string,
  profileCount: number,
): Scenario {
  const taken = new Set<string>();
  const issues = domain.issues.map((d) => toIssue(slugId(d.name, taken, 'issue'), d));
  const scenario = emptyScenario(
    slugId(domain.name, new Set(), 'domain'),
    domain.name,
    `Imported from ${source} (${domainFile} and ${profileCount} profile${profileCount === 1 ? '' : 's'}).`,
  );
  scenario.issues = issues;
  return scenario;
}

/**
 * One profile's stances: each issue's raw weight is its salience, and the weights renormalised
 * to sum 1 are the stances' weights. Throws `noWeights()` when the raw weights sum to 0.
 */
export function stancesFromWeights(
  issues: Issue[],
  rawWeights: number[],
  utilitiesOf: (k: number) => number[],
  noWeights: () => Error,
): Record<string, Stance> {
  const total = rawWeights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw noWeights();
  const stances: Record<string, Stance> = {};
  issues.forEach((issue, k) => {
    stances[issue.id] = stanceFromUtilities(issue, utilitiesOf(k), rawWeights[k], rawWeights[k] / total);
  });
  return stances;
}

export function emptyScenario(id: string, title: string, description: string): Scenario {
  return {
    entente: 1,
    meta: { id, title, description, sources: [] },
    parties: [],
    issues: [],
    proposals: [],
    events: [],
  };
}

/** Shortest decimal that reads back as the same double, without exponent noise for 0. */
export function num(x: number): string {
  return Object.is(x, -0) ? '0' : String(x);
}
