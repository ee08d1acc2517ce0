// Text → validated, normalised Scenario. YAML and JSON go through the same YAML parser, which
// keeps source positions, so every problem can name its line and column.
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { resolveAsOf } from '../timeline/apply.js';
import { closest, type DocPath, type Problem, pathToString, ScenarioError, TimelineError } from './errors.js';
import { describe } from './expr.js';
import { normaliseDocument } from './normalise.js';
import { CHANGE_OPS, type ScenarioDocument, scenarioJsonSchema, scenarioSchema } from './schema.js';
import type { Scenario } from './types.js';

export interface ParseOptions {
  /** Shown in messages; defaults to "<input>". */
  file?: string;
}

export interface Validation {
  /** The normalised base scenario (timeline not applied), when there are no errors. */
  scenario?: Scenario;
  /** Errors and warnings, located, in document order. */
  problems: Problem[];
}

/** Validates a scenario document and reports every problem, located. Never throws for bad input. */
export function validateScenario(text: string, opts: ParseOptions = {}): Validation {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const locate = (problems: Problem[]): Problem[] =>
    problems
      .map((p) => ({ ...p, file: opts.file ?? '<input>', ...position(doc.contents, p.path, lines) }))
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));

  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const at = lines.linePos(e.pos[0]);
        return {
          path: [],
          message: `${e.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error'}: ${e.message.split('\n')[0]}`,
          hint:
            e.code === 'DUPLICATE_KEY'
              ? 'each key may appear once in a map'
              : 'check indentation, quotes and brackets near this line',
          severity: 'error' as const,
          file: opts.file ?? '<input>',
          line: at.line,
          column: at.col,
        };
      }),
    };
  }
  const data = doc.toJS({ maxAliasCount: 1000 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: locate([
        {
          path: [],
          message: `the document must be a map with entente, meta, parties, issues…, got ${describe(data)}`,
          severity: 'error',
        },
      ]),
    };
  }
  const parsed = scenarioSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const structural = zodProblems(parsed.error.issues, data);
    return { problems: locate([...structural, ...bestEffortSemantics(data, structural)]) };
  }

  const { scenario, problems } = normaliseDocument(parsed.data);
  if (scenario) {
    try {
      resolveAsOf(scenario);
    } catch (e) {
      if (!(e instanceof TimelineError)) throw e;
      problems.push({
        path: e.path,
        message: `${e.message.replace(/^[^:]*: /, '')}`,
        hint: `event of ${e.date}, source '${e.source}'`,
        severity: 'error',
      });
      return { problems: locate(problems) };
    }
  }
  return { scenario, problems: locate(problems) };
}

/** Parses and validates; throws a ScenarioError listing every problem when the document is invalid. */
export function parseScenario(text: string, opts: ParseOptions = {}): Scenario {
  const { scenario, problems } = validateScenario(text, opts);
  if (!scenario) throw new ScenarioError(problems, opts.file);
  return scenario;
}

/**
 * When the structure is wrong somewhere, the cross-reference checks still run on a best-effort
 * basis so that a user sees every problem at once; problems inside a structurally broken part
 * are left out, since they would only repeat it.
 */
function bestEffortSemantics(data: Record<string, unknown>, structural: Problem[]): Problem[] {
  // biome-ignore lint/suspicious/noExplicitAny: patching defaults into data that failed validation
  const doc = structuredClone(data) as Record<string, any>;
  if (typeof doc.meta !== 'object' || doc.meta === null || !Array.isArray(doc.parties)) return [];
  doc.meta.sources ??= [];
  doc.issues ??= [];
  for (const e of Array.isArray(doc.events) ? doc.events : [])
    if (e && typeof e === 'object') e.changes ??= [];
  const broken = structural.map((p) => pathToString(p.path));
  const inside = (p: Problem) => {
    const at = pathToString(p.path);
    return broken.some(
      (b) =>
        at === b ||
        at.startsWith(`${b}.`) ||
        at.startsWith(`${b}[`) ||
        b.startsWith(`${at}.`) ||
        b.startsWith(`${at}[`),
    );
  };
  try {
    return normaliseDocument(doc as ScenarioDocument).problems.filter((p) => !inside(p));
  } catch {
    return []; // the broken structure is too far from a scenario to check references in it
  }
}

// ---- from zod issues to problems a person can act on ----

type ZodIssue = z.core.$ZodIssue;

function zodProblems(issues: ZodIssue[], data: unknown): Problem[] {
  return issues.flatMap((issue) => explain(issue, data));
}

function explain(issue: ZodIssue, data: unknown): Problem[] {
  const path = issue.path as DocPath;
  const problem = (message: string, hint?: string, at: DocPath = path): Problem => ({
    path: at,
    message,
    hint,
    severity: 'error',
  });
  const input = 'input' in issue ? issue.input : valueAt(data, path);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined)
        return [problem(`is required (${issue.expected})`, `add \`${String(path.at(-1))}:\``)];
      return [problem(`must be ${article(issue.expected)}, got ${describe(input)}`)];
    case 'too_small':
      if (issue.origin === 'array')
        return [
          problem(
            issue.message.startsWith('Too small') ? `needs at least ${issue.minimum} item(s)` : issue.message,
          ),
        ];
      if (issue.origin === 'string') return [problem('must not be empty')];
      return [problem(`must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}, got ${describe(input)}`)];
    case 'too_big':
      return [problem(`must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}, got ${describe(input)}`)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeys(path);
        const guess = closest(key, allowed);
        return problem(
          `unknown field '${key}'`,
          `${guess ? `did you mean '${guess}'? ` : ''}allowed here: ${allowed.join(', ')}`,
          [...path, key],
        );
      });
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      const guess = typeof input === 'string' ? closest(input, values) : undefined;
      const msg = issue.message.startsWith('Invalid')
        ? `must be one of ${values.map((v) => `'${v}'`).join(', ')}, got ${describe(input)}`
        : `${issue.message}, got ${describe(input)}`;
      return [problem(msg, guess ? `did you mean '${guess}'?` : undefined)];
    }
    case 'invalid_format':
      return [
        problem(
          `${issue.message.startsWith('Invalid') ? `must be a valid ${issue.format}` : issue.message}, got ${describe(input)}`,
        ),
      ];
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const ops = CHANGE_OPS;
        const opPath = path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator];
        const op = valueAt(data, opPath);
        const guess = typeof op === 'string' ? closest(op, ops) : undefined;
        return [
          problem(
            op === undefined ? 'a change needs an `op`' : `unknown change op ${describe(op)}`,
            `${guess ? `did you mean '${guess}'? ` : ''}known: ${ops.join(', ')}`,
            opPath,
          ),
        ];
      }
      // Report the alternative that got furthest into the input: it is most likely the one meant.
      const branches = issue.errors.filter((b) => b.length > 0);
      const depth = (b: ZodIssue[]) => Math.max(...b.map((i) => i.path.length));
      const best = branches.sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
      if (!best || depth(best) === 0) {
        const kinds = branches.map((b) =>
          b[0].code === 'invalid_type'
            ? b[0].expected
            : b[0].code === 'invalid_value'
              ? b[0].values.map((v) => `'${String(v)}'`).join(' or ')
              : b[0].code,
        );
        return [problem(`must be ${[...new Set(kinds)].map(article).join(', or ')}; got ${describe(input)}`)];
      }
      return best.flatMap((i) => explain({ ...i, path: [...path, ...i.path] } as ZodIssue, data));
    }
    default:
      return [problem(issue.message)];
  }
}

function article(expected: string): string {
  if (expected.startsWith("'")) return expected;
  const noun =
    expected === 'object' || expected === 'record' ? 'map' : expected === 'array' ? 'list' : expected;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function valueAt(data: unknown, path: DocPath): unknown {
  let node: unknown = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

let cachedJsonSchema: Record<string, unknown> | undefined;

/** The field names the JSON Schema allows at a path, for "did you mean" hints. */
function allowedKeys(path: DocPath): string[] {
  cachedJsonSchema ??= scenarioJsonSchema();
  const root = cachedJsonSchema;
  const defs = (root.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const deref = (s: Record<string, unknown>): Record<string, unknown> => {
    const ref = s.$ref as string | undefined;
    return ref?.startsWith('#/$defs/') ? deref(defs[ref.slice(8)]) : s;
  };
  const alternatives = (s: Record<string, unknown>): Record<string, unknown>[] => {
    const d = deref(s);
    const list = (d.anyOf ?? d.oneOf) as Record<string, unknown>[] | undefined;
    return list ? list.flatMap(alternatives) : [d];
  };
  let current: Record<string, unknown>[] = [root];
  for (const part of path) {
    current = current.flatMap(alternatives).flatMap((s) => {
      if (typeof part === 'number') return s.items ? [s.items as Record<string, unknown>] : [];
      const props = s.properties as Record<string, Record<string, unknown>> | undefined;
      if (props?.[part]) return [props[part]];
      const extra = s.additionalProperties;
      return extra && typeof extra === 'object' ? [extra as Record<string, unknown>] : [];
    });
  }
  const keys = current.flatMap(alternatives).flatMap((s) => Object.keys((s.properties as object) ?? {}));
  return [...new Set(keys)];
}

// ---- locating a document path in the source ----

function position(root: unknown, path: DocPath, lines: LineCounter): { line?: number; column?: number } {
  let node = root as Node | null | undefined;
  let offset: number | undefined = (node as Node | undefined)?.range?.[0];
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === part);
      if (!pair) break;
      offset = (pair.key as Node | undefined)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  if (offset === undefined) return {};
  const { line, col } = lines.linePos(offset);
  return { line, column: col };
}
