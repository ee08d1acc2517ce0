import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { redactUrl, type StoreLocation } from './config.js';
import { StoreConfigError } from './errors.js';
import type { StoreDatabase } from './schema.js';

export interface Connection {
  db: Kysely<StoreDatabase>;
  location: string;
  /** Runs a write transaction body exclusively among the stores of this process on the same file. */
  exclusive: <T>(body: () => Promise<T>) => Promise<T>;
}

/** A FIFO async lock. */
class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(body: () => Promise<T>): Promise<T> {
    const result = this.tail.then(body);
    this.tail = result.catch(() => {});
    return result;
  }
}

// better-sqlite3 waits for a lock synchronously, blocking the event loop: if two stores of one
// process opened the same file, the second writer would block the very loop the first needs to
// reach its COMMIT, and both would stall until the busy timeout. So writers of one process take
// turns through a per-file lock; other processes are still handled by SQLite's own locking.
const sqliteWriteLocks = new Map<string, Mutex>();

const noLock = <T>(body: () => Promise<T>) => body();

export async function connect(where: StoreLocation, poolSize = 10): Promise<Connection> {
  return where.backend === 'sqlite'
    ? connectSqlite(where.file)
    : connectPostgres(where.url, where.schema, poolSize);
}

function connectSqlite(file: string): Connection {
  let database: Database.Database;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    database = new Database(file, { timeout: 10_000 });
    // WAL: readers never block the writer, and a killed writer leaves only an uncommitted WAL tail
    // that the next open discards. synchronous=FULL makes each commit durable across power loss.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = FULL');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreConfigError(
      `Cannot open the SQLite store at ${file}: ${reason}. Set ENTENTE_DATA_DIR to a writable directory.`,
    );
  }
  let lock = new Mutex();
  if (file !== ':memory:') {
    const key = fs.realpathSync(file);
    lock = sqliteWriteLocks.get(key) ?? lock;
    sqliteWriteLocks.set(key, lock);
  }
  return {
    db: new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database }) }),
    location: file,
    exclusive: (body) => lock.run(body),
  };
}

async function connectPostgres(
  url: string,
  schema: string | undefined,
  poolSize: number,
): Promise<Connection> {
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new StoreConfigError(`Postgres schema name "${schema}" must be letters, digits and _ only.`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema) await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
    else await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreConfigError(
      `Cannot connect to the Postgres store at ${redactUrl(url)}: ${reason}. ` +
        'Check ENTENTE_DATABASE_URL and that the server is running.',
    );
  }
  return { db, location: redactUrl(url) + (schema ? ` (schema ${schema})` : ''), exclusive: noLock };
}
