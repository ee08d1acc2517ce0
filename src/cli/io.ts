// The CLI's edge: reading files and stdin, loading scenarios, printing tables and JSON.

import { readFileSync } from 'node:fs';
import Table from 'cli-table3';
import pc from 'picocolors';
import { ScenarioError, UserError } from '../model/errors.js';
import { validateScenario } from '../model/parse.js';
import type { Scenario } from '../model/types.js';
import { type ResolvedScenario, resolveAsOf } from '../timeline/apply.js';

/** A failure the user can fix from the command line (exit code 2 unless told otherwise). */
export class CliError extends UserError {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT = { ok: 0, invalid: 1, usage: 2, io: 3 } as const;

/** Reads a file, or standard input when the name is "-". */
export function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : (e as Error).message;
    throw new CliError(`cannot read ${file === '-' ? 'standard input' : `'${file}'`}: ${why}`, EXIT.io);
  }
}

export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

export interface Loaded {
  file: string;
  base: Scenario;
  scenario: ResolvedScenario;
}

/** Loads, validates and resolves a scenario as of a date (every event when none is given). */
export function loadScenario(file: string, asOf?: string): Loaded {
  const name = displayName(file);
  const { scenario, problems } = validateScenario(readInput(file), { file: name });
  if (!scenario) throw new ScenarioError(problems, name);
  return { file: name, base: scenario, scenario: resolveAsOf(scenario, checkDate(asOf)) };
}

export function checkDate(value: string | undefined, flag = '--as-of'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new CliError(`${flag} must be a date written YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Colour only when writing to a terminal and NO_COLOR is not set. */
export const color = pc.createColors(Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);

/** A table that prints plain text when not on a terminal (cli-table3 colours its borders otherwise). */
export function table(head: string[], rows: (string | number)[][]): string {
  const t = new Table({
    head: head.map((h) => color.bold(h)),
    style: { head: [], border: [], compact: true },
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) t.push(row.map(String));
  return t.toString();
}

export function heading(text: string): string {
  return `\n${color.bold(text)}`;
}
