// GeniusWeb JSON → scenario. Domain: {name, issuesValues: {issue: {values: [...]} | {range:
// {low, high, step}}}}. Profile: {LinearAdditiveUtilitySpace: {name, issueUtilities, issueWeights,
// reservationBid?}} with DiscreteValueSetUtilities / NumberValueSetUtilities (older files:
// discreteutils / numberutils). GeniusWeb uses value utilities as given (no per-issue rescaling);
// the walk-away value is the utility of reservationBid (0 without one). Pure: strings in.
import type { Issue, Package, Scenario } from '../../model/types.js';
import {
  FormatError,
  importedScenario,
  optionIssue,
  party,
  rangeIssue,
  slugId,
  stancesFromWeights,
} from '../genius/common.js';

type Json = Record<string, unknown>;

function parseJson(text: string, file: string): Json {
  try {
    const v = JSON.parse(text) as unknown;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error('the top level is not an object');
    return v as Json;
  } catch (e) {
    const msg = (e as Error).message;
    const at = /position (\d+)/.exec(msg);
    let where = 'document';
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      where = `line ${before.split('\n').length}, column ${pos - before.lastIndexOf('\n')}`;
    }
    throw new FormatError('geniusweb', file, where, `not valid JSON: ${msg}`);
  }
}

function obj(v: unknown): Json | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function num(v: unknown, file: string, where: string): number {
  const x = typeof v === 'string' ? Number(v) : v;
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw new FormatError('geniusweb', file, where, `expected a number, got ${JSON.stringify(v)}`);
  return x;
}

interface DomainIssue {
  name: string;
  values?: string[];
  range?: { low: number; high: number; step: number };
}

function readDomain(json: Json, file: string): { name: string; issues: DomainIssue[] } {
  const iv = obj(json.issuesValues);
  if (!iv)
    throw new FormatError(
      'geniusweb',
      file,
      'issuesValues',
      'missing',
      'a GeniusWeb domain is {"name": …, "issuesValues": {issue: {"values": [...]}}}',
    );
  const issues = Object.entries(iv).map(([name, spec]): DomainIssue => {
    const s = obj(spec);
    const where = `issuesValues.${name}`;
    if (s && Array.isArray(s.values)) {
      if (s.values.length === 0) throw new FormatError('geniusweb', file, where, 'has no values');
      return { name, values: s.values.map((v) => String(v)) };
    }
    const r = obj(s?.range);
    if (r) {
      const low = num(r.low, file, `${where}.range.low`);
      const high = num(r.high, file, `${where}.range.high`);
      const step = num(r.step ?? 1, file, `${where}.range.step`);
      if (!(step > 0) || high < low)
        throw new FormatError('geniusweb', file, `${where}.range`, 'needs low ≤ high and step > 0');
      return { name, range: { low, high, step } };
    }
    throw new FormatError(
      'geniusweb',
      file,
      where,
      'is neither {"values": [...]} nor {"range": {low, high, step}}',
    );
  });
  return { name: String(json.name ?? 'geniusweb-domain'), issues };
}

function issueUtilities(d: DomainIssue, issue: Issue, spec: unknown, file: string, where: string): number[] {
  const s = obj(spec);
  const disc = obj(s?.DiscreteValueSetUtilities ?? s?.discreteutils);
  const numb = obj(s?.NumberValueSetUtilities ?? s?.numberutils);
  if (disc) {
    const vu = obj(disc.valueUtilities) ?? {};
    const keys = d.values ?? (issue.kind === 'range' ? issue.levels.map(String) : []);
    return keys.map((k) => (vu[k] === undefined ? 0 : num(vu[k], file, `${where}.valueUtilities.${k}`)));
  }
  if (numb) {
    const lv = num(numb.lowValue, file, `${where}.lowValue`);
    const lu = num(numb.lowUtility, file, `${where}.lowUtility`);
    const hv = num(numb.highValue, file, `${where}.highValue`);
    const hu = num(numb.highUtility, file, `${where}.highUtility`);
    const xs = issue.kind === 'range' ? issue.levels : (d.values ?? []).map(Number);
    return xs.map((x) => {
      if (!Number.isFinite(x) || x < lv - 1e-12 || x > hv + 1e-12) return 0;
      return hv > lv ? lu + ((hu - lu) * (x - lv)) / (hv - lv) : hu;
    });
  }
  throw new FormatError(
    'geniusweb',
    file,
    where,
    'no DiscreteValueSetUtilities / NumberValueSetUtilities (or discreteutils / numberutils)',
  );
}

export interface GeniusWebProfileText {
  name: string;
  json: string;
}

/** Import a GeniusWeb domain and its linear additive profiles (one per party) as a scenario. */
export function importGeniusWeb(
  domainJson: string,
  profiles: GeniusWebProfileText[],
  opts: { domainFile?: string } = {},
): Scenario {
  const domainFile = opts.domainFile ?? 'domain.json';
  const domain = readDomain(parseJson(domainJson, domainFile), domainFile);
  const scenario = importedScenario(
    domain,
    (id, d) =>
      d.range
        ? rangeIssue(id, d.name, d.range.low, d.range.high, d.range.step)
        : optionIssue(id, d.name, d.values ?? []),
    'GeniusWeb JSON',
    domainFile,
    profiles.length,
  );
  const issues = scenario.issues;
  const partyIds = new Set<string>();
  for (const prof of profiles) {
    const root = parseJson(prof.json, prof.name);
    const space = obj(root.LinearAdditiveUtilitySpace);
    if (!space) {
      throw new FormatError(
        'geniusweb',
        prof.name,
        'document',
        'not a LinearAdditiveUtilitySpace profile',
        'only linear additive GeniusWeb profiles can be imported',
      );
    }
    const utilsSpec = obj(space.issueUtilities) ?? {};
    const weightsSpec = obj(space.issueWeights) ?? {};
    const raw = domain.issues.map((d) =>
      weightsSpec[d.name] === undefined ? 0 : num(weightsSpec[d.name], prof.name, `issueWeights.${d.name}`),
    );
    // Weights are renormalised to sum 1 (GeniusWeb profiles already do).
    const stances = stancesFromWeights(
      issues,
      raw,
      (k) => {
        const d = domain.issues[k];
        const where = `issueUtilities.${d.name}`;
        if (utilsSpec[d.name] === undefined)
          throw new FormatError(
            'geniusweb',
            prof.name,
            where,
            'missing',
            'give every issue of the domain a utility function',
          );
        return issueUtilities(d, issues[k], utilsSpec[d.name], prof.name, where);
      },
      () => new FormatError('geniusweb', prof.name, 'issueWeights', 'missing or summing to 0'),
    );
    let noAgreement: Scenario['parties'][number]['no_agreement'] = { kind: 'value', value: 0 };
    const bid = obj(obj(space.reservationBid)?.issuevalues);
    if (bid) {
      const pkg: Package = {};
      domain.issues.forEach((d, k) => {
        const v = bid[d.name];
        if (v === undefined) return;
        const issue = issues[k];
        if (issue.kind === 'range') pkg[issue.id] = num(v, prof.name, `reservationBid.issuevalues.${d.name}`);
        else {
          const opt = issue.options.find((o) => o.label === String(v));
          if (!opt)
            throw new FormatError(
              'geniusweb',
              prof.name,
              `reservationBid.issuevalues.${d.name}`,
              `'${String(v)}' is not a value of the issue`,
            );
          pkg[issue.id] = opt.id;
        }
      });
      noAgreement = { kind: 'package', package: pkg };
    }
    const label = prof.name.replace(/\.json$/i, '');
    scenario.parties.push(party(slugId(label, partyIds, 'party'), label, stances, noAgreement));
  }
  return scenario;
}
