// Cue lexicons: which phrases signal an offer, a demand, a rejection, firmness, a condition.
// The data lives in `data/lexicons/*.json` (documented there and in docs/extraction.md); the
// default English lexicon is compiled into `lexicon-data.ts` so this module stays pure.
import { UserError } from '../model/errors.js';
import { DEFAULT_LEXICON_DATA } from './lexicon-data.js';

export const CUE_CLASSES = [
  'reporting',
  'offer',
  'demand',
  'rejection',
  'progress',
  'acceptance',
  'relinquish',
  'negation',
  'firm',
  'tentative',
  'hypothetical',
  'condition',
  'clause_break',
  'contrast',
  'pronoun',
] as const;
export type CueClass = (typeof CUE_CLASSES)[number];

/** A complete lexicon: phrases per cue class plus extra aliases for a scenario's ids. */
export interface Lexicon {
  classes: Record<CueClass, string[]>;
  /** Extra aliases per party id. */
  parties: Record<string, string[]>;
  /** Extra aliases (keywords) per issue id. */
  issues: Record<string, string[]>;
  /** Extra aliases per option, keyed `issue.option`. */
  options: Record<string, string[]>;
}

/**
 * What a scenario or a `--lexicon` file adds to (or removes from) a lexicon. All keys are
 * optional; phrases are plain strings matched case-insensitively.
 */
export interface LexiconPatch {
  add?: Partial<Record<CueClass, string[]>>;
  remove?: Partial<Record<CueClass, string[]>>;
  parties?: Record<string, string[]>;
  issues?: Record<string, string[]>;
  options?: Record<string, string[]>;
}

/** A lexicon file that cannot be used, with where the problem is and how to fix it. */
export class LexiconError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly path: string,
  ) {
    super(`${file}: ${path}: ${message}`);
    this.name = 'LexiconError';
  }
}

function fromData(): Lexicon {
  const classes = {} as Record<CueClass, string[]>;
  for (const c of CUE_CLASSES) classes[c] = [...DEFAULT_LEXICON_DATA.classes[c].phrases];
  return { classes, parties: {}, issues: {}, options: {} };
}

let cached: Lexicon | undefined;
/** The default English lexicon (data/lexicons/en.json). */
export function defaultLexicon(): Lexicon {
  cached ??= fromData();
  return cached;
}

function mergeRecord(into: Record<string, string[]>, add: Record<string, string[]> | undefined): void {
  if (!add) return;
  for (const [k, v] of Object.entries(add)) into[k] = [...(into[k] ?? []), ...v];
}

/** A new lexicon: `base` with each patch applied in order (additions, then removals). */
export function mergeLexicon(base: Lexicon, ...patches: LexiconPatch[]): Lexicon {
  const out: Lexicon = {
    classes: Object.fromEntries(CUE_CLASSES.map((c) => [c, [...base.classes[c]]])) as Record<
      CueClass,
      string[]
    >,
    parties: { ...base.parties },
    issues: { ...base.issues },
    options: { ...base.options },
  };
  for (const p of patches) {
    for (const c of CUE_CLASSES) {
      const add = p.add?.[c];
      if (add) out.classes[c].push(...add);
      const rm = p.remove?.[c];
      if (rm) {
        const drop = new Set(rm.map((s) => s.toLowerCase()));
        out.classes[c] = out.classes[c].filter((s) => !drop.has(s.toLowerCase()));
      }
    }
    mergeRecord(out.parties, p.parties);
    mergeRecord(out.issues, p.issues);
    mergeRecord(out.options, p.options);
  }
  return out;
}

function stringList(v: unknown, file: string, path: string): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || s.trim() === '')) {
    throw new LexiconError(
      'must be a list of non-empty strings, e.g. ["could consider", "may accept"]',
      file,
      path,
    );
  }
  return v as string[];
}

function stringListRecord(v: unknown, file: string, path: string): Record<string, string[]> {
  if (v === undefined) return {};
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw new LexiconError('must be a map from id to a list of phrases', file, path);
  }
  const out: Record<string, string[]> = {};
  for (const [k, list] of Object.entries(v)) out[k] = stringList(list, file, `${path}.${k}`);
  return out;
}

function classRecord(v: unknown, file: string, path: string): Partial<Record<CueClass, string[]>> {
  const rec = stringListRecord(v, file, path);
  for (const k of Object.keys(rec)) {
    if (!(CUE_CLASSES as readonly string[]).includes(k)) {
      throw new LexiconError(
        `unknown cue class '${k}'; use one of: ${CUE_CLASSES.join(', ')}`,
        file,
        `${path}.${k}`,
      );
    }
  }
  return rec;
}

/**
 * Checks a lexicon patch read from a JSON file (or a scenario's sidecar). `file` names the file
 * in error messages. Accepts `$comment` and `description` keys anywhere for documentation.
 */
export function parseLexiconPatch(data: unknown, file = '<lexicon>'): LexiconPatch {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new LexiconError(
      'a lexicon patch must be a JSON object with keys add, remove, parties, issues, options',
      file,
      '(document)',
    );
  }
  const known = new Set(['$comment', 'description', 'add', 'remove', 'parties', 'issues', 'options']);
  for (const k of Object.keys(data)) {
    if (!known.has(k)) throw new LexiconError(`unknown key; use one of: ${[...known].join(', ')}`, file, k);
  }
  const d = data as Record<string, unknown>;
  return {
    add: classRecord(d.add, file, 'add'),
    remove: classRecord(d.remove, file, 'remove'),
    parties: stringListRecord(d.parties, file, 'parties'),
    issues: stringListRecord(d.issues, file, 'issues'),
    options: stringListRecord(d.options, file, 'options'),
  };
}
