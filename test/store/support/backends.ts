import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type OpenStoreOptions, openStore, type Store } from '../../../src/store/index.js';

/** One store backend the contract suite runs against; `open` may be called repeatedly (reopen). */
export interface TestBackend {
  name: 'sqlite' | 'postgres';
  /** Why the backend is skipped, or null when it runs. */
  skip: string | null;
  /** Options that open the same database every time (until `cleanup`). */
  options(): OpenStoreOptions;
  open(extra?: Partial<OpenStoreOptions>): Promise<Store>;
  cleanup(): Promise<void>;
}

export const PG_URL = process.env.ENTENTE_TEST_DATABASE_URL?.trim() || undefined;
export const PG_SKIP_MESSAGE =
  'Postgres store tests skipped: ENTENTE_TEST_DATABASE_URL is not set. Run ' +
  '`eval "$(scripts/ci-postgres.sh)"` as root to start a local server and set it.';

// Environment that does not leak the developer's own ENTENTE_* settings into the tests.
const CLEAN_ENV: Record<string, string | undefined> = {};

export function sqliteBackend(): TestBackend {
  let dir: string | undefined;
  const options = (): OpenStoreOptions => {
    dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'entente-store-'));
    return { dataDir: path.join(dir, 'data'), env: CLEAN_ENV };
  };
  return {
    name: 'sqlite',
    skip: null,
    options,
    open: (extra) => openStore({ ...options(), ...extra }),
    async cleanup() {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
      dir = undefined;
    },
  };
}

/** Each instance gets its own schema, so test files can run side by side on one database. */
export function postgresBackend(): TestBackend {
  const schema = `entente_test_${randomBytes(6).toString('hex')}`;
  const options = (): OpenStoreOptions => ({ url: PG_URL, schema, env: CLEAN_ENV, poolSize: 4 });
  return {
    name: 'postgres',
    skip: PG_URL ? null : PG_SKIP_MESSAGE,
    options,
    open: (extra) => openStore({ ...options(), ...extra }),
    async cleanup() {
      if (!PG_URL) return;
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export function allBackends(): TestBackend[] {
  return [sqliteBackend(), postgresBackend()];
}
