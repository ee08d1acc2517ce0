// GENIUS XML (the ANAC negotiation platform) → scenario. A domain file lists the issues; one
// profile per party gives weights, evaluations and a reservation value. GENIUS semantics:
// utility = Σ w_i·e_i with weights renormalised to sum 1; a discrete evaluation is divided by the
// largest evaluation of its issue; an integer issue's linear evaluator is
// clamp(offset + slope·(v − lowerbound), 0, 1). Pure: strings in, scenario out.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Scenario } from '../../model/types.js';
import {
  FormatError,
  importedScenario,
  optionIssue,
  party,
  rangeIssue,
  slugId,
  stancesFromWeights,
} from './common.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  isArray: (name) => ['issue', 'item', 'weight', 'objective', 'evaluator'].includes(name),
});

function parseXml(xml: string, file: string): Node {
  const check = XMLValidator.validate(xml);
  if (check !== true) {
    throw new FormatError(
      'genius',
      file,
      `line ${check.err.line}, column ${check.err.col}`,
      `not well-formed XML: ${check.err.msg}`,
      'fix the XML syntax (a GENIUS file is <negotiation_template> or <utility_space> with <issue> elements)',
    );
  }
  return parser.parse(xml) as Node;
}

/** Every element with the given tag, in document order, at any depth. */
function collect(node: unknown, tag: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) {
    for (const x of node) collect(x, tag, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Node)) {
      if (k === tag) {
        for (const x of Array.isArray(v) ? v : [v]) if (x && typeof x === 'object') out.push(x as Node);
      }
      collect(v, tag, out);
    }
  }
  return out;
}

function numberAttr(node: Node, name: string, file: string, where: string, fallback?: number): number {
  const raw = node[name];
  if (raw === undefined || raw === '') {
    if (fallback !== undefined) return fallback;
    throw new FormatError('genius', file, where, `missing attribute '${name}'`);
  }
  const v = Number(raw);
  if (!Number.isFinite(v))
    throw new FormatError('genius', file, where, `attribute '${name}' is '${String(raw)}', not a number`);
  return v;
}

interface DomainIssue {
  index: string;
  name: string;
  kind: 'discrete' | 'integer';
  labels: string[];
  lower: number;
  upper: number;
}

function issueType(node: Node): string {
  return String(node.type ?? node.etype ?? node.vtype ?? 'discrete').toLowerCase();
}

function readDomain(xml: string, file: string): { name: string; issues: DomainIssue[] } {
  const root = parseXml(xml, file);
  const objective = collect(root, 'objective')[0];
  const issues = collect(root, 'issue').map((node, k): DomainIssue => {
    const name = String(node.name ?? `issue ${k + 1}`);
    const where = `issue '${name}'`;
    const type = issueType(node);
    const index = String(node.index ?? k + 1);
    if (type === 'discrete') {
      const labels = collect(node, 'item').map((it) => String(it.value ?? ''));
      if (labels.length === 0)
        throw new FormatError('genius', file, where, 'a discrete issue without <item> values');
      return { index, name, kind: 'discrete', labels, lower: 0, upper: 0 };
    }
    if (type === 'integer') {
      const lower = numberAttr(node, 'lowerbound', file, where);
      const upper = numberAttr(node, 'upperbound', file, where);
      if (upper < lower)
        throw new FormatError('genius', file, where, `upperbound ${upper} is below lowerbound ${lower}`);
      return { index, name, kind: 'integer', labels: [], lower, upper };
    }
    throw new FormatError(
      'genius',
      file,
      where,
      `issue type '${type}' is not supported`,
      'only discrete and integer issues have a finite outcome space; discretise real issues as integer ones',
    );
  });
  if (issues.length === 0)
    throw new FormatError(
      'genius',
      file,
      'domain',
      'no <issue> elements found',
      'is this a GENIUS domain file?',
    );
  return { name: String(objective?.name ?? 'genius-domain'), issues };
}

function evaluations(issue: DomainIssue, node: Node | undefined, file: string): number[] {
  const where = `issue '${issue.name}'`;
  if (issue.kind === 'discrete') {
    const byLabel = new Map<string, number>();
    for (const it of collect(node ?? {}, 'item')) {
      byLabel.set(
        String(it.value ?? ''),
        numberAttr(it, 'evaluation', file, `${where}, item '${String(it.value)}'`, 0),
      );
    }
    const raw = issue.labels.map((l) => byLabel.get(l) ?? 0);
    const top = Math.max(0, ...raw);
    return raw.map((e) => (top > 0 ? e / top : 0));
  }
  const ev = collect(node ?? {}, 'evaluator')[0];
  const out: number[] = [];
  for (let v = issue.lower; v <= issue.upper; v++) {
    let u = 0;
    if (ev && ev.utilityLowestValue !== undefined) {
      const lo = numberAttr(ev, 'utilityLowestValue', file, where);
      const hi = numberAttr(ev, 'utilityHighestValue', file, where);
      const span = issue.upper - issue.lower;
      u = span > 0 ? lo + ((hi - lo) * (v - issue.lower)) / span : hi;
    } else if (ev) {
      const ftype = String(ev.ftype ?? 'linear');
      if (ftype !== 'linear')
        throw new FormatError(
          'genius',
          file,
          where,
          `evaluator ftype '${ftype}' is not supported`,
          'use ftype="linear"',
        );
      u =
        numberAttr(ev, 'offset', file, where, 0) +
        numberAttr(ev, 'slope', file, where, 0) * (v - issue.lower);
    }
    out.push(Math.min(1, Math.max(0, u)));
  }
  return out;
}

export interface GeniusProfileText {
  name: string;
  xml: string;
}

/** Import a GENIUS domain and its profiles (one per party) as a scenario. */
export function importGenius(
  domainXml: string,
  profiles: GeniusProfileText[],
  opts: { domainFile?: string } = {},
): Scenario {
  const domainFile = opts.domainFile ?? 'domain.xml';
  const domain = readDomain(domainXml, domainFile);
  const scenario = importedScenario(
    domain,
    (id, d) =>
      d.kind === 'discrete' ? optionIssue(id, d.name, d.labels) : rangeIssue(id, d.name, d.lower, d.upper, 1),
    'GENIUS XML',
    domainFile,
    profiles.length,
  );
  const partyIds = new Set<string>();
  for (const prof of profiles) {
    const root = parseXml(prof.xml, prof.name);
    const issueNodes = collect(root, 'issue');
    const byIndex = new Map(issueNodes.map((n) => [String(n.index ?? ''), n]));
    const byName = new Map(issueNodes.map((n) => [String(n.name ?? ''), n]));
    const weightNodes = collect(root, 'weight');
    const rawWeights = domain.issues.map((d) => {
      const w = weightNodes.find((n) => String(n.index) === d.index);
      return w ? numberAttr(w, 'value', prof.name, `weight of issue '${d.name}'`) : 0;
    });
    const stances = stancesFromWeights(
      scenario.issues,
      rawWeights,
      (k) => {
        const d = domain.issues[k];
        return evaluations(d, byName.get(d.name) ?? byIndex.get(d.index), prof.name);
      },
      () =>
        new FormatError(
          'genius',
          prof.name,
          'weights',
          'the issue weights are missing or sum to 0',
          'give each issue a <weight index="k" value="…"/>',
        ),
    );
    const reservation = collect(root, 'reservation')[0];
    const discount = collect(root, 'discount_factor')[0];
    const rv = reservation ? numberAttr(reservation, 'value', prof.name, '<reservation>', 0) : 0;
    const df = discount ? numberAttr(discount, 'value', prof.name, '<discount_factor>', 1) : 1;
    const label = prof.name.replace(/\.xml$/i, '');
    scenario.parties.push(
      party(
        slugId(label, partyIds, 'party'),
        label,
        stances,
        { kind: 'value', value: rv },
        df !== 1 ? `GENIUS discount factor ${df} (not used by the agreement-space analysis)` : undefined,
      ),
    );
  }
  return scenario;
}
