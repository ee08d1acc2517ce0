import {
  type Kysely,
  type Migration,
  type MigrationProvider,
  type MigrationResultSet,
  Migrator,
  sql,
} from 'kysely';
import { StoreError } from './errors.js';
import type { StoreBackend } from './types.js';

// Migrations live in code (not files) so they ship inside the bundle and run the same from
// source, from dist, and in tests. Append new ones; never edit one that has been released.

/** Dates and timestamps are compared as text; Postgres must compare bytes, not locale rules. */
function isoText(backend: StoreBackend) {
  return backend === 'postgres' ? sql`text collate "C"` : sql`text`;
}

function storeMigrations(backend: StoreBackend): Record<string, Migration> {
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('scenarios')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('current_version', 'integer', (c) => c.notNull())
          .addColumn('current_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', isoText(backend), (c) => c.notNull())
          .addColumn('updated_at', isoText(backend), (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('scenario_versions')
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('hash', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('message', 'text', (c) => c.notNull())
          .addColumn('created_at', isoText(backend), (c) => c.notNull())
          .addPrimaryKeyConstraint('scenario_versions_pk', ['scenario_id', 'version'])
          .execute();
        await db.schema
          .createTable('events')
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('event_id', 'text', (c) => c.notNull())
          .addColumn('date', isoText(backend), (c) => c.notNull())
          .addColumn('party', 'text')
          .addColumn('title', 'text')
          .addColumn('data', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('events_pk', ['scenario_id', 'version', 'position'])
          .execute();
        await db.schema
          .createIndex('events_by_date')
          .on('events')
          .columns(['scenario_id', 'version', 'date'])
          .execute();
        await db.schema
          .createTable('runs')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('scenario_id', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('engine', 'text', (c) => c.notNull())
          .addColumn('params', 'text', (c) => c.notNull())
          .addColumn('params_hash', 'text', (c) => c.notNull())
          .addColumn('seed', 'text', (c) => c.notNull())
          .addColumn('scenario_hash', 'text', (c) => c.notNull())
          .addColumn('result', 'text', (c) => c.notNull())
          .addColumn('created_at', isoText(backend), (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('runs_by_cache_key')
          .on('runs')
          .columns(['scenario_hash', 'engine', 'params_hash'])
          .execute();
        await db.schema
          .createIndex('runs_by_scenario')
          .on('runs')
          .columns(['scenario_id', 'version'])
          .execute();
      },
      async down(db: Kysely<unknown>) {
        for (const table of ['runs', 'events', 'scenario_versions', 'scenarios']) {
          await db.schema.dropTable(table).ifExists().execute();
        }
      },
    },
  };
}

/** Names of the migrations this build knows, oldest first. */
export function migrationNames(backend: StoreBackend): string[] {
  return Object.keys(storeMigrations(backend)).sort();
}

/** Brings the schema to the latest version; each migration runs in its own transaction. */
export async function migrateToLatest(db: Kysely<unknown>, backend: StoreBackend): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => storeMigrations(backend) };
  if (backend === 'postgres') {
    // Kysely looks for its bookkeeping tables in every Postgres schema unless told which one: a
    // kysely_migration table of another schema (another app, another test) would pass for ours.
    const migrationTableSchema = (
      await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
    ).rows[0]?.schema;
    // Kysely serialises concurrent migrators with an advisory lock and runs each migration in a
    // transaction of its own.
    const migrator = new Migrator({
      db,
      provider,
      ...(migrationTableSchema ? { migrationTableSchema } : {}),
    });
    return report(backend, await migrator.migrateToLatest());
  }
  // On SQLite Kysely's lock is a no-op and its transactions begin DEFERRED: two processes opening
  // a fresh file together both see no tables and one fails with "table already exists". Holding
  // the write lock (BEGIN IMMEDIATE) around the whole run makes the second wait, then find the
  // migrations applied; it also makes the run all-or-nothing.
  await sql`begin immediate`.execute(db);
  let outcome: MigrationResultSet;
  try {
    outcome = await new Migrator({ db, provider, disableTransactions: true }).migrateToLatest();
  } catch (err) {
    await sql`rollback`.execute(db);
    throw err;
  }
  await sql.raw(outcome.error ? 'rollback' : 'commit').execute(db);
  return report(backend, outcome);
}

function report(backend: StoreBackend, { error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(
      'store_config',
      `Could not migrate the ${backend} store${failed ? ` (migration ${failed})` : ''}: ${reason}`,
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
