// KTAB's spatial-model (SMP) input files: the CSV layout and the XML layout, with KTAB's own
// validation rules, and their mapping to and from an Entente scenario. Pure: strings in, data out.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { axisPosition } from '../engines/forecast/actors.js';
import type { KtabParams } from '../engines/forecast/ktab/params.js';
import { KTAB_PARAM_VALUES } from '../engines/forecast/ktab/params.js';
import type { SmpInput } from '../engines/forecast/ktab/smp.js';
import type { Party, RangeIssue, Scenario, Stance } from '../model/types.js';
import { FormatError } from './errors.js';

/** A user-fixable problem in a KTAB file: `where` is a line number (CSV) or an element path (XML). */
export class KtabFormatError extends FormatError {
  override name = 'KtabFormatError';
  constructor(file: string, where: string, problem: string) {
    super('KTAB', file, where, problem);
  }
}

export interface KtabActor {
  name: string;
  description: string;
  capability: number;
  /** Position per dimension, on 0–100. */
  positions: number[];
  /** Salience per dimension, on 0–100 (sum ≤ 100). */
  saliences: number[];
}

export interface KtabData {
  name: string;
  description: string;
  dimensions: string[];
  actors: KtabActor[];
  /** XML only: the seed and the nine model switches, when the file gives them. */
  seed?: string;
  params?: Partial<KtabParams>;
  /** XML only: ideal adjustments (actor's ideal moves toward the reference actor's position). */
  idealAdjustment?: { actor: string; reference: string; adjust: number }[];
}

// KTAB's limits (kmodel.h, smp.h)
const MIN_ACTORS = 3;
const MAX_ACTORS = 250;
const MAX_SCEN_LEN = 512;
const MAX_ACTOR_NAME = 25;
const MAX_ACTOR_DESC = 256;
const MAX_DIM_NAME = 256;

/** Splits one CSV line, honouring double quotes; fields are trimmed. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

function num(file: string, where: string, what: string, text: string | undefined): number {
  if (text === undefined || text.trim() === '')
    throw new KtabFormatError(file, where, `${what} is empty or missing: give a number`);
  const v = Number(text);
  if (!Number.isFinite(v)) throw new KtabFormatError(file, where, `${what} "${text}" is not a number`);
  return v;
}

function checkActor(file: string, where: string, a: KtabActor, capMustBePositive: boolean): void {
  if (a.name.length === 0) throw new KtabFormatError(file, where, 'actor name is empty');
  if (a.name.length > MAX_ACTOR_NAME)
    throw new KtabFormatError(
      file,
      where,
      `actor name "${a.name}" is longer than ${MAX_ACTOR_NAME} characters`,
    );
  if (a.description.length > MAX_ACTOR_DESC)
    throw new KtabFormatError(file, where, `actor description is longer than ${MAX_ACTOR_DESC} characters`);
  if (capMustBePositive ? !(a.capability > 0) : a.capability < 0)
    throw new KtabFormatError(
      file,
      where,
      `capability ${a.capability} of "${a.name}" must be ${capMustBePositive ? 'positive' : 'non-negative'}`,
    );
  if (a.capability > 1e8)
    throw new KtabFormatError(file, where, `capability ${a.capability} is above KTAB's limit 1e8`);
  let total = 0;
  a.saliences.forEach((s, k) => {
    if (s < 0 || s > 100)
      throw new KtabFormatError(
        file,
        where,
        `salience ${s} of "${a.name}" on dimension ${k + 1} is outside 0–100`,
      );
    total += s;
  });
  if (total > 100)
    throw new KtabFormatError(
      file,
      where,
      `saliences of "${a.name}" add up to ${total}; they must total at most 100`,
    );
}

function checkCounts(file: string, where: string, nAct: number, nDim: number): void {
  if (!(nDim >= 1)) throw new KtabFormatError(file, where, 'the number of dimensions must be at least 1');
  if (!(nAct >= MIN_ACTORS && nAct <= MAX_ACTORS))
    throw new KtabFormatError(
      file,
      where,
      `the number of actors must be between ${MIN_ACTORS} and ${MAX_ACTORS}, not ${nAct}`,
    );
}

/**
 * Parses KTAB's CSV layout: line 1 `name,description,nActors,nDims`; line 2 a header
 * (`Actor,Description,Power`, then a position and a salience column per dimension, whose
 * position-column titles name the dimensions); then one line per actor.
 */
export function parseKtabCsv(text: string, file = 'input.csv'): KtabData {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: { line: number; fields: string[] }[] = [];
  lines.forEach((l, i) => {
    if (l.trim() !== '') rows.push({ line: i + 1, fields: splitCsvLine(l) });
  });
  if (rows.length < 2)
    throw new KtabFormatError(file, 'line 1', 'expected a scenario line and a header line');
  const head = rows[0];
  const at = `line ${head.line}`;
  const name = head.fields[0] ?? '';
  const description = head.fields[1] ?? '';
  if (name.length > MAX_SCEN_LEN)
    throw new KtabFormatError(file, at, `scenario name is longer than ${MAX_SCEN_LEN}`);
  if (description.length > MAX_SCEN_LEN)
    throw new KtabFormatError(file, at, `scenario description is longer than ${MAX_SCEN_LEN}`);
  const nAct = num(file, at, 'the number of actors (field 3)', head.fields[2]);
  const nDim = num(file, at, 'the number of dimensions (field 4)', head.fields[3]);
  if (!Number.isInteger(nAct) || !Number.isInteger(nDim))
    throw new KtabFormatError(file, at, 'the numbers of actors and dimensions must be whole numbers');
  checkCounts(file, at, nAct, nDim);
  const hdr = rows[1];
  if (hdr.fields.length < 3 + 2 * nDim)
    throw new KtabFormatError(
      file,
      `line ${hdr.line}`,
      `the header needs ${3 + 2 * nDim} columns (Actor, Description, Power, then position and salience per dimension)`,
    );
  const dimensions: string[] = [];
  for (let k = 0; k < nDim; k++) {
    const dn = hdr.fields[3 + 2 * k];
    if (dn.length > MAX_DIM_NAME)
      throw new KtabFormatError(file, `line ${hdr.line}`, `dimension name ${k + 1} is too long`);
    dimensions.push(dn || `Dim${k + 1}`);
  }
  if (rows.length < 2 + nAct)
    throw new KtabFormatError(
      file,
      `line ${rows[rows.length - 1].line}`,
      `the first line promises ${nAct} actors but only ${rows.length - 2} actor lines follow`,
    );
  const actors: KtabActor[] = [];
  for (let i = 0; i < nAct; i++) {
    const r = rows[2 + i];
    const w = `line ${r.line}`;
    const f = r.fields;
    const positions: number[] = [];
    const saliences: number[] = [];
    for (let k = 0; k < nDim; k++) {
      const p = num(file, w, `position on dimension ${k + 1}`, f[3 + 2 * k]);
      if (p < 0 || p > 100)
        throw new KtabFormatError(file, w, `position ${p} on dimension ${k + 1} is outside 0–100`);
      positions.push(p);
      saliences.push(num(file, w, `salience on dimension ${k + 1}`, f[4 + 2 * k]));
    }
    const a: KtabActor = {
      name: f[0] ?? '',
      description: f[1] ?? '',
      capability: num(file, w, 'capability (field 3)', f[2]),
      positions,
      saliences,
    };
    checkActor(file, w, a, false);
    actors.push(a);
  }
  checkUniqueNames(file, actors);
  return { name, description, dimensions, actors };
}

function checkUniqueNames(file: string, actors: KtabActor[]): void {
  const seen = new Set<string>();
  for (const a of actors) {
    if (seen.has(a.name)) throw new KtabFormatError(file, `actor "${a.name}"`, 'actor names must be unique');
    seen.add(a.name);
  }
}

type XNode = Record<string, unknown>;

function child(file: string, node: XNode, name: string, path: string): unknown {
  const v = node[name];
  if (v === undefined) throw new KtabFormatError(file, path, `element <${name}> is missing`);
  return v;
}

function text(file: string, node: XNode, name: string, path: string): string {
  const v = child(file, node, name, path);
  if (typeof v !== 'string' && typeof v !== 'number')
    throw new KtabFormatError(file, `${path}/${name}`, 'must hold text');
  const s = String(v).trim();
  if (s === '') throw new KtabFormatError(file, `${path}/${name}`, 'is empty');
  return s;
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

/** Parses KTAB's XML layout (`<Scenario>` with Dimensions, Actors, optional ModelParameters and IdealAdjustment). */
export function parseKtabXml(xml: string, file = 'input.xml'): KtabData {
  const ok = XMLValidator.validate(xml);
  if (ok !== true) throw new KtabFormatError(file, `line ${ok.err.line}, column ${ok.err.col}`, ok.err.msg);
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    isArray: (n) => ['dName', 'Actor', 'dCoord', 'dSal', 'iaPair'].includes(n),
  });
  const doc = parser.parse(xml) as XNode;
  const scen = doc.Scenario as XNode | undefined;
  if (!scen || typeof scen !== 'object')
    throw new KtabFormatError(file, '/', 'the root element must be <Scenario>');
  const P = 'Scenario';
  const name = typeof scen.name === 'string' ? scen.name : '';
  const description = typeof scen.desc === 'string' ? scen.desc : '';
  const seed = text(file, scen, 'prngSeed', P);
  if (!/^\d+$/.test(seed))
    throw new KtabFormatError(file, `${P}/prngSeed`, `"${seed}" is not a whole number`);
  let params: Partial<KtabParams> | undefined;
  if (scen.ModelParameters !== undefined) {
    const mp = scen.ModelParameters as XNode;
    const mpPath = `${P}/ModelParameters`;
    const xmlNames: Record<keyof typeof KTAB_PARAM_VALUES, string> = {
      victoryProbModel: 'VictoryProbModel',
      votingRule: 'VotingRule',
      pceModel: 'PCEModel',
      stateTransitions: 'StateTransitions',
      bigRRange: 'BigRRange',
      bigRAdjust: 'BigRAdjust',
      thirdPartyCommit: 'ThirdPartyCommit',
      interVecBargain: 'InterVecBrgn',
      bargainModel: 'BargnModel',
    };
    params = {};
    for (const [key, tag] of Object.entries(xmlNames) as [keyof typeof KTAB_PARAM_VALUES, string][]) {
      const v = text(file, mp, tag, mpPath);
      const allowed = KTAB_PARAM_VALUES[key];
      if (!allowed.includes(v))
        throw new KtabFormatError(file, `${mpPath}/${tag}`, `"${v}" is not one of ${allowed.join(', ')}`);
      (params as Record<string, string>)[key] = v;
    }
  }
  const dims = child(file, scen, 'Dimensions', P) as XNode;
  const dNames = list(typeof dims === 'object' ? dims.dName : undefined);
  if (dNames.length === 0) throw new KtabFormatError(file, `${P}/Dimensions`, 'needs at least one <dName>');
  const dimensions = dNames.map((d, k) => {
    const s = typeof d === 'string' ? d.trim() : '';
    if (s === '') throw new KtabFormatError(file, `${P}/Dimensions/dName[${k + 1}]`, 'is empty');
    if (s.length > MAX_DIM_NAME)
      throw new KtabFormatError(file, `${P}/Dimensions/dName[${k + 1}]`, 'is too long');
    return s;
  });
  const nDim = dimensions.length;
  const actorsEl = child(file, scen, 'Actors', P) as XNode;
  const actorNodes = list(typeof actorsEl === 'object' ? actorsEl.Actor : undefined) as XNode[];
  if (actorNodes.length === 0) throw new KtabFormatError(file, `${P}/Actors`, 'needs at least one <Actor>');
  checkCounts(file, `${P}/Actors`, actorNodes.length, nDim);
  const actors = actorNodes.map((a, i) => {
    const ap = `${P}/Actors/Actor[${i + 1}]`;
    const coords = (label: string, tag: string): number[] => {
      const el = child(file, a, label, ap) as XNode;
      const vs = list(typeof el === 'object' ? el[tag] : undefined);
      if (vs.length !== nDim)
        throw new KtabFormatError(
          file,
          `${ap}/${label}`,
          `has ${vs.length} <${tag}> values but there are ${nDim} dimensions`,
        );
      return vs.map((v, k) =>
        num(file, `${ap}/${label}/${tag}[${k + 1}]`, tag, typeof v === 'string' ? v : undefined),
      );
    };
    const actor: KtabActor = {
      name: text(file, a, 'name', ap),
      description: text(file, a, 'description', ap),
      capability: num(file, `${ap}/capability`, 'capability', text(file, a, 'capability', ap)),
      positions: coords('Position', 'dCoord'),
      saliences: coords('Salience', 'dSal'),
    };
    checkActor(file, ap, actor, true);
    return actor;
  });
  checkUniqueNames(file, actors);
  let idealAdjustment: KtabData['idealAdjustment'];
  if (scen.IdealAdjustment !== undefined && typeof scen.IdealAdjustment === 'object') {
    const pairs = list((scen.IdealAdjustment as XNode).iaPair) as XNode[];
    const names = new Set(actors.map((a) => a.name));
    idealAdjustment = pairs.map((p, k) => {
      const pp = `${P}/IdealAdjustment/iaPair[${k + 1}]`;
      const actor = text(file, p, 'adjustingIdeal', pp);
      const reference = text(file, p, 'referencePos', pp);
      for (const n of [actor, reference])
        if (!names.has(n)) throw new KtabFormatError(file, pp, `actor "${n}" is not among the <Actors>`);
      const adjust = num(file, `${pp}/adjust`, 'adjust', text(file, p, 'adjust', pp));
      if (adjust < 0 || adjust > 1)
        throw new KtabFormatError(file, `${pp}/adjust`, `${adjust} is outside 0–1`);
      return { actor, reference, adjust };
    });
  }
  return { name, description, dimensions, actors, seed, params, idealAdjustment };
}

/** Parses either layout, chosen by the file's first non-blank character. */
export function parseKtab(textIn: string, file = 'input'): KtabData {
  return textIn
    .trimStart()
    .replace(/^\uFEFF/, '')
    .startsWith('<')
    ? parseKtabXml(textIn, file)
    : parseKtabCsv(textIn, file);
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

function uniqueIds(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((n) => {
    let id = slug(n);
    for (let k = 2; used.has(id); k++) id = `${slug(n)}-${k}`;
    used.add(id);
    return id;
  });
}

/** Number of hundredths in [0, 100]: the range issues an import creates keep two decimals exactly. */
const LEVELS_0_100 = Array.from({ length: 10001 }, (_, k) => k / 100);

/**
 * Turns KTAB data into a scenario: one range issue (0–100, step 0.01) per dimension, one party per
 * actor with power = capability, ideal = position (rounded to 0.01) and salience = KTAB salience / 100.
 */
export function ktabToScenario(data: KtabData): Scenario {
  const issueIds = uniqueIds(data.dimensions);
  const partyIds = uniqueIds(data.actors.map((a) => a.name));
  const issues: RangeIssue[] = data.dimensions.map((d, k) => ({
    id: issueIds[k],
    name: d,
    aliases: [],
    kind: 'range',
    min: 0,
    max: 100,
    step: 0.01,
    unit: '',
    levels: LEVELS_0_100,
  }));
  const parties: Party[] = data.actors.map((a, i) => {
    const total = a.saliences.reduce((s, x) => s + x, 0);
    const stances: Record<string, Stance> = {};
    data.dimensions.forEach((_, k) => {
      stances[issueIds[k]] = {
        ideal: Math.round(a.positions[k] * 100) / 100,
        salience: a.saliences[k] / 100,
        weight: total > 0 ? a.saliences[k] / total : 0,
        utility: {},
      };
    });
    return {
      id: partyIds[i],
      name: a.name,
      aliases: [],
      kind: 'group',
      role: 'principal',
      power: a.capability,
      stances,
      constraints: [],
      no_agreement: { kind: 'value', value: 0 },
      ...(a.description ? { note: a.description } : {}),
    };
  });
  return {
    entente: 1,
    meta: {
      id: slug(data.name || 'ktab-import'),
      title: data.name || 'KTAB import',
      ...(data.description ? { description: data.description } : {}),
      sources: [],
    },
    parties,
    issues,
    proposals: [],
    events: [],
  };
}

const csvField = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const fmt = (x: number): string => String(Math.round(x * 1e6) / 1e6);

/**
 * Writes a scenario as KTAB CSV. Positions are the ideals on each issue's 0–100 axis; saliences
 * are the written saliences × 100, scaled down when a party's total would exceed 100. A party with
 * no position on an issue gets salience 0 there (KTAB has no way to say "takes no part") and the
 * axis midpoint. Actor names are cut to KTAB's 25 characters.
 */
export function scenarioToKtabCsv(s: Scenario): string {
  const out: string[] = [];
  out.push(
    [csvField(s.meta.title), csvField(s.meta.description ?? ''), s.parties.length, s.issues.length].join(','),
  );
  const hdr = ['Actor', 'Description', 'Power'];
  for (const is of s.issues) hdr.push(csvField(is.name), csvField(`${is.name} Salience`));
  out.push(hdr.join(','));
  for (const p of s.parties) {
    const sal = s.issues.map((is) => {
      const st = p.stances[is.id];
      return st && st.ideal !== null ? Math.max(0, st.salience) * 100 : 0;
    });
    const total = sal.reduce((a, b) => a + b, 0);
    const scale = total > 100 ? 100 / total : 1;
    const row = [csvField(p.name.slice(0, MAX_ACTOR_NAME)), csvField(p.note ?? p.kind), fmt(p.power)];
    s.issues.forEach((is, k) => {
      const st = p.stances[is.id];
      const pos = st && st.ideal !== null ? axisPosition(is, st.ideal) : 50;
      row.push(fmt(pos), fmt(sal[k] * scale));
    });
    out.push(row.join(','));
  }
  return `${out.join('\n')}\n`;
}

/**
 * KTAB data as the SMP engine's input (positions and saliences on [0,1]), with the XML's ideal
 * adjustments as the accommodation matrix (identity where none is given, as KTAB does).
 */
export function ktabDataToSmpInput(data: KtabData, file = 'input'): SmpInput {
  const n = data.actors.length;
  const d = data.dimensions.length;
  const input: SmpInput = {
    n,
    d,
    cap: data.actors.map((a) => a.capability),
    pos: data.actors.flatMap((a) => a.positions.map((p) => p / 100)),
    sal: data.actors.flatMap((a) => a.saliences.map((s) => s / 100)),
  };
  if (data.idealAdjustment?.length) {
    const idx = new Map(data.actors.map((a, i) => [a.name, i]));
    const acc = new Float64Array(n * n);
    for (let i = 0; i < n; i++) acc[i * n + i] = 1;
    for (const p of data.idealAdjustment) acc[idx.get(p.actor)! * n + idx.get(p.reference)!] = p.adjust;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += acc[i * n + j];
      if (sum > 1 + 1e-10)
        throw new KtabFormatError(
          file,
          'Scenario/IdealAdjustment',
          `the adjustments of "${data.actors[i].name}" add up to ${sum} (its own entry is 1 unless given); they must total at most 1`,
        );
    }
    input.accommodate = acc;
  }
  return input;
}
