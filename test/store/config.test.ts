import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import {
  migrationNames,
  openStore,
  resolveStoreLocation,
  StoreConfigError,
  type StoreError,
} from '../../src/store/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entente-store-config-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('store location', () => {
  it('defaults to .entente/entente.db under the working directory', () => {
    expect(resolveStoreLocation({ env: {}, cwd: '/srv/app' })).toEqual({
      backend: 'sqlite',
      file: '/srv/app/.entente/entente.db',
    });
  });

  it('takes the data directory from ENTENTE_DATA_DIR, and from the option over the variable', () => {
    expect(resolveStoreLocation({ env: { ENTENTE_DATA_DIR: 'var/data' }, cwd: '/srv' })).toEqual({
      backend: 'sqlite',
      file: '/srv/var/data/entente.db',
    });
    expect(resolveStoreLocation({ env: { ENTENTE_DATA_DIR: '/abs' }, cwd: '/srv' })).toMatchObject({
      file: '/abs/entente.db',
    });
    expect(resolveStoreLocation({ dataDir: '/opt', env: { ENTENTE_DATA_DIR: '/abs' } })).toMatchObject({
      file: '/opt/entente.db',
    });
    expect(resolveStoreLocation({ env: { ENTENTE_DATA_DIR: '  ' }, cwd: '/x' })).toMatchObject({
      file: '/x/.entente/entente.db',
    });
  });

  it('uses Postgres when ENTENTE_DATABASE_URL is a postgres URL, whatever the data directory', () => {
    const env = { ENTENTE_DATABASE_URL: 'postgresql://u:p@db:5432/entente', ENTENTE_DATA_DIR: '/abs' };
    expect(resolveStoreLocation({ env })).toEqual({
      backend: 'postgres',
      url: 'postgresql://u:p@db:5432/entente',
      schema: undefined,
    });
    expect(resolveStoreLocation({ url: 'postgres://h/db', schema: 's1', env: {} })).toMatchObject({
      backend: 'postgres',
      schema: 's1',
    });
  });

  it('accepts sqlite: URLs and :memory:', () => {
    expect(resolveStoreLocation({ url: 'sqlite:data/x.db', cwd: '/w', env: {} })).toEqual({
      backend: 'sqlite',
      file: '/w/data/x.db',
    });
    expect(resolveStoreLocation({ url: 'sqlite:///tmp/x.db', env: {} })).toMatchObject({ file: '/tmp/x.db' });
    expect(resolveStoreLocation({ url: ':memory:', env: {} })).toMatchObject({ file: ':memory:' });
  });

  it('rejects other URLs with a message that hides the password and says what to use', () => {
    let err: unknown;
    try {
      resolveStoreLocation({ env: { ENTENTE_DATABASE_URL: 'mysql://root:hunter2@db/x' } });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoreConfigError);
    expect((err as StoreError).code).toBe('store_config');
    expect((err as Error).message).not.toContain('hunter2');
    expect((err as Error).message).toContain('mysql://root:***@db/x');
    expect((err as Error).message).toMatch(/postgres:\/\//);
  });
});

describe('opening the SQLite store', () => {
  it('creates the data directory and the database file on first use, and finds them again', async () => {
    const cwd = path.join(tmp, 'fresh');
    fs.mkdirSync(cwd);
    const store = await openStore({ cwd, env: {} });
    const file = path.join(cwd, '.entente', 'entente.db');
    expect(store.backend).toBe('sqlite');
    expect(store.location).toBe(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(await store.listScenarios()).toEqual([]);
    await store.createScenario({ id: 'a', text: 'x: 1\n', author: 'ana' });
    await store.close();

    const again = await openStore({ cwd, env: {} });
    expect((await again.listScenarios()).map((s) => s.id)).toEqual(['a']);
    await again.close();

    const db = new Database(file, { readonly: true });
    try {
      const applied = db.prepare('select name from kysely_migration order by name').pluck().all();
      expect(applied).toEqual(migrationNames('sqlite'));
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('reads ENTENTE_DATA_DIR from the environment it is given', async () => {
    const dir = path.join(tmp, 'env-dir', 'nested');
    const store = await openStore({ env: { ENTENTE_DATA_DIR: dir } });
    expect(store.location).toBe(path.join(dir, 'entente.db'));
    await store.close();
  });

  it('works in memory', async () => {
    const store = await openStore({ url: ':memory:', env: {} });
    await store.createScenario({ id: 'm', text: 't', author: 'ana' });
    expect((await store.getScenario('m'))?.text).toBe('t');
    await store.close();
  });

  it('says which directory is unusable when the data directory cannot be created', async () => {
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, 'not a directory');
    const err = await openStore({ dataDir: path.join(blocker, 'data'), env: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreConfigError);
    expect((err as Error).message).toContain(path.join(blocker, 'data', 'entente.db'));
    expect((err as Error).message).toContain('ENTENTE_DATA_DIR');
  });
});

describe('opening a Postgres store that is not there', () => {
  it('fails with a typed error naming the server, without its password', async () => {
    const err = await openStore({ url: 'postgres://me:s3cret@127.0.0.1:1/nowhere', env: {} }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreConfigError);
    expect((err as Error).message).toContain('postgres://me:***@127.0.0.1:1/nowhere');
    expect((err as Error).message).not.toContain('s3cret');
    expect((err as Error).message).toContain('ENTENTE_DATABASE_URL');
  });

  it('rejects a schema name that is not a plain identifier', async () => {
    const err = await openStore({ url: 'postgres://h/db', schema: 'x; drop table y', env: {} }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreConfigError);
  });
});
