import path from 'node:path';
import { StoreConfigError } from './errors.js';

export interface OpenStoreOptions {
  /**
   * `postgres://…`/`postgresql://…` for Postgres; `sqlite:<file>` or `:memory:` for SQLite.
   * Defaults to ENTENTE_DATABASE_URL, then to the SQLite file in the data directory.
   */
  url?: string;
  /** Directory of the SQLite file `entente.db`; defaults to ENTENTE_DATA_DIR, then `./.entente`. */
  dataDir?: string;
  /** Postgres only: keep the tables in this schema (created if missing) instead of `public`. */
  schema?: string;
  /** Postgres only: connection pool size (default 10). */
  poolSize?: number;
  /** Environment to read the ENTENTE_* variables from; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Working directory the default data directory is relative to; defaults to process.cwd(). */
  cwd?: string;
  /**
   * Crash tests only: awaited inside every write transaction just before it commits, so a test
   * can kill the process while a save is in flight.
   */
  beforeCommit?: (operation: string) => void | Promise<void>;
}

export type StoreLocation =
  | { backend: 'sqlite'; file: string }
  | { backend: 'postgres'; url: string; schema?: string };

export const DEFAULT_DATA_DIR = '.entente';
export const SQLITE_FILE_NAME = 'entente.db';

export function resolveStoreLocation(opts: OpenStoreOptions = {}): StoreLocation {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const url = opts.url ?? nonEmpty(env.ENTENTE_DATABASE_URL);
  if (url !== undefined) {
    if (/^postgres(ql)?:\/\//i.test(url)) return { backend: 'postgres', url, schema: opts.schema };
    if (url === ':memory:') return { backend: 'sqlite', file: ':memory:' };
    if (/^sqlite:/i.test(url)) {
      const file = url.replace(/^sqlite:(\/\/)?/i, '');
      if (file === '') throw new StoreConfigError(`Database URL "${url}" names no SQLite file.`);
      return { backend: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
    }
    throw new StoreConfigError(
      `Database URL "${redactUrl(url)}" is not supported: use postgres://user:password@host:port/db, ` +
        'sqlite:<file>, or unset ENTENTE_DATABASE_URL to use the SQLite file in the data directory.',
    );
  }
  const dataDir = opts.dataDir ?? nonEmpty(env.ENTENTE_DATA_DIR) ?? DEFAULT_DATA_DIR;
  return { backend: 'sqlite', file: path.resolve(cwd, dataDir, SQLITE_FILE_NAME) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The URL with its password masked, for messages and `Store.location`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@]*@/i, '$1***@');
}
