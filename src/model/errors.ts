// Problems a user can fix in a scenario document. Every problem carries the path in the document
// and, once the parser has located it, the file, line and column.

export type DocPath = (string | number)[];

export interface Problem {
  path: DocPath;
  message: string;
  /** How to fix it, when that is not obvious from the message. */
  hint?: string;
  severity: 'error' | 'warning';
  file?: string;
  line?: number;
  column?: number;
}

/** `parties[2].stances.nato.salience` */
export function pathToString(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(document)';
}

export function formatProblem(p: Problem): string {
  const where = [p.file ?? '<input>', p.line, p.column].filter((x) => x !== undefined).join(':');
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  const hint = p.hint ? `\n    ${p.hint}` : '';
  return `${where}  ${tag}${pathToString(p.path)}: ${p.message}${hint}`;
}

/**
 * Base of every error a user can cause and fix (bad input files, options, parameters). Front ends
 * print its message without a stack trace; anything else is a bug.
 */
export class UserError extends Error {}

/** A scenario that cannot be used, with every problem found (not just the first). */
export class ScenarioError extends UserError {
  readonly problems: Problem[];
  readonly file: string | undefined;

  constructor(problems: Problem[], file?: string) {
    const errors = problems.filter((p) => p.severity === 'error');
    const head = `${file ?? 'scenario'}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`;
    super([head, ...problems.map(formatProblem)].join('\n'));
    this.name = 'ScenarioError';
    this.problems = problems;
    this.file = file;
  }
}

/** A timeline event whose change cannot apply to the scenario as it stood on that date. */
export class TimelineError extends UserError {
  constructor(
    message: string,
    readonly date: string,
    readonly source: string,
    readonly path: DocPath,
  ) {
    super(`${pathToString(path)} (event of ${date}, source '${source}'): ${message}`);
    this.name = 'TimelineError';
  }
}

/** Closest known name, for "did you mean" hints. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}

/** "known: a, b, c" (shortened when long). */
export function knownList(known: readonly string[], max = 12): string {
  if (known.length === 0) return 'none are defined';
  const shown = known.slice(0, max).map((k) => `'${k}'`);
  return `known: ${shown.join(', ')}${known.length > max ? `, … (${known.length} in all)` : ''}`;
}
