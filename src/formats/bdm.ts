// The BDM expected-utility CSV layout: a header `Actor,Capability,Position,Salience` (any order,
// case-insensitive) and one line per actor; salience on 0–100 (or 0–1 when every value is ≤ 1).
// Imported as a scenario with one range issue spanning the positions (axis 0–100).

import type { BdmActorInput } from '../engines/forecast/bdm.js';
import type { Party, RangeIssue, Scenario } from '../model/types.js';
import { FormatError } from './errors.js';

export class BdmFormatError extends FormatError {
  override name = 'BdmFormatError';
  constructor(file: string, where: string, problem: string) {
    super('BDM CSV', file, where, problem);
  }
}

export interface BdmData {
  actors: (BdmActorInput & { name: string })[];
}

const split = (l: string): string[] => l.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1'));

export function parseBdmCsv(text: string, file = 'input.csv'): BdmData {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows = lines.map((l, i) => ({ line: i + 1, l })).filter((r) => r.l.trim() !== '');
  if (rows.length < 2)
    throw new BdmFormatError(file, 'line 1', 'expected a header line and at least one actor line');
  const head = split(rows[0].l).map((h) => h.toLowerCase());
  const col = (name: string): number => {
    const k = head.indexOf(name);
    if (k < 0)
      throw new BdmFormatError(
        file,
        `line ${rows[0].line}`,
        `the header has no "${name}" column (needs Actor, Capability, Position, Salience)`,
      );
    return k;
  };
  const [ca, cc, cp, cs] = [col('actor'), col('capability'), col('position'), col('salience')];
  const raw = rows.slice(1).map((r) => {
    const f = split(r.l);
    const where = `line ${r.line}`;
    const num = (k: number, what: string): number => {
      const v = Number(f[k]);
      if (f[k] === undefined || f[k] === '' || !Number.isFinite(v))
        throw new BdmFormatError(file, where, `${what} "${f[k] ?? ''}" is not a number`);
      return v;
    };
    const name = f[ca] ?? '';
    if (!name) throw new BdmFormatError(file, where, 'the actor name is empty');
    const capability = num(cc, 'capability');
    if (capability < 0) throw new BdmFormatError(file, where, `capability ${capability} must be ≥ 0`);
    const salience = num(cs, 'salience');
    if (salience < 0 || salience > 100)
      throw new BdmFormatError(file, where, `salience ${salience} must be within 0–100`);
    return { name, capability, position: num(cp, 'position'), salience };
  });
  const names = new Set<string>();
  for (const a of raw) {
    if (names.has(a.name)) throw new BdmFormatError(file, `actor "${a.name}"`, 'actor names must be unique');
    names.add(a.name);
  }
  const scale = raw.every((a) => a.salience <= 1) ? 1 : 100;
  return { actors: raw.map((a) => ({ ...a, salience: a.salience / scale })) };
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'x';

/**
 * One range issue from the lowest to the highest position (step `step`, default the finest
 * decimal used in the file), one party per actor with power = capability.
 */
export function bdmToScenario(
  data: BdmData,
  opts: { issue?: string; unit?: string; title?: string } = {},
): Scenario {
  const pos = data.actors.map((a) => a.position);
  const min = Math.min(...pos);
  const max = Math.max(...pos) === min ? min + 1 : Math.max(...pos);
  const decimals = Math.max(0, ...pos.map((p) => (String(p).split('.')[1] ?? '').length));
  const step = 10 ** -Math.min(decimals, 4);
  const count = Math.round((max - min) / step);
  const levels = Array.from({ length: count + 1 }, (_, k) => Math.round((min + k * step) * 1e4) / 1e4);
  const issueId = slug(opts.issue ?? 'issue');
  const issue: RangeIssue = {
    id: issueId,
    name: opts.issue ?? 'Issue',
    aliases: [],
    kind: 'range',
    min,
    max,
    step,
    unit: opts.unit ?? '',
    levels,
  };
  const used = new Set<string>();
  const parties: Party[] = data.actors.map((a) => {
    let id = slug(a.name);
    for (let k = 2; used.has(id); k++) id = `${slug(a.name)}-${k}`;
    used.add(id);
    return {
      id,
      name: a.name,
      aliases: [],
      kind: 'state',
      role: 'principal',
      power: a.capability,
      stances: {
        [issueId]: { ideal: a.position, salience: a.salience, weight: a.salience > 0 ? 1 : 0, utility: {} },
      },
      constraints: [],
      no_agreement: { kind: 'value', value: 0 },
    };
  });
  return {
    entente: 1,
    meta: { id: 'bdm-import', title: opts.title ?? 'BDM import', sources: [] },
    parties,
    issues: [issue],
    proposals: [],
    events: [],
  };
}
