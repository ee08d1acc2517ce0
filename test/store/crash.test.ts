import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE_NAME, type Store } from '../../src/store/index.js';
import { PG_SKIP_MESSAGE, postgresBackend, sqliteBackend, type TestBackend } from './support/backends.js';
import { expectedEvents, expectedText } from './support/crash-data.js';
import { killHard, startWriter } from './support/writer.js';

// A writer process is killed with SIGKILL while it saves; the store must reopen with every
// committed version intact and no trace of the interrupted one.

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** Every version 1..current is exactly what the writer saved, with its events. */
async function expectIntact(
  store: Store,
  id: string,
  minVersion: number,
  maxVersion: number,
): Promise<number> {
  const scenario = await store.getScenario(id);
  expect(scenario).not.toBeNull();
  const current = scenario!.currentVersion;
  expect(current).toBeGreaterThanOrEqual(minVersion);
  expect(current).toBeLessThanOrEqual(maxVersion);
  expect(scenario!.text).toBe(expectedText(current));
  expect(scenario!.hash).toBe(sha256(expectedText(current)));
  const versions = await store.listVersions(id);
  expect(versions.map((v) => v.version)).toEqual(Array.from({ length: current }, (_, i) => i + 1));
  for (const v of versions) {
    expect(v.hash).toBe(sha256(expectedText(v.version)));
    expect((await store.getVersion(id, v.version))!.text).toBe(expectedText(v.version));
    const events = await store.listEvents(id, { version: v.version });
    expect(events.map((e) => e.event)).toEqual(expectedEvents(v.version));
  }
  expect(await store.getVersion(id, current + 1)).toBeNull();
  expect(await store.listEvents(id, { version: current + 1 })).toEqual([]);
  return current;
}

function sqliteIntegrity(backend: TestBackend): string {
  const file = path.join(backend.options().dataDir!, SQLITE_FILE_NAME);
  expect(fs.existsSync(file)).toBe(true);
  const db = new Database(file);
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? '';
  } finally {
    db.close();
  }
}

const backends = [sqliteBackend(), postgresBackend()];
for (const backend of backends) {
  if (backend.skip) console.warn(PG_SKIP_MESSAGE);

  describe.skipIf(backend.skip !== null)(`store survives a killed writer (${backend.name})`, () => {
    afterAll(() => backend.cleanup());

    it('keeps the last committed version when the writer is killed in the middle of saving', async () => {
      const id = 'kill-loop';
      let floor = 0;
      for (let round = 0; round < 2; round++) {
        const child = startWriter(backend, id, 'loop');
        // Let it commit a few versions, then kill it wherever it happens to be.
        await child.waitFor(new RegExp(`^committed (${floor + 8}|\\d{3,})$`));
        await killHard(child);
        const reported = child.lastCommitted();
        if (backend.name === 'sqlite') expect(sqliteIntegrity(backend)).toBe('ok');
        const store = await backend.open();
        try {
          // The save in flight may have committed before the kill without reporting it.
          floor = await expectIntact(store, id, reported, reported + 1);
        } finally {
          await store.close();
        }
      }
      expect(floor).toBeGreaterThanOrEqual(16);
    });

    it('discards a save killed just before its commit and stays writable', async () => {
      const id = 'kill-paused';
      const child = startWriter(backend, id, 'pause', 4);
      expect(await child.waitFor(/^paused (\d+)$/)).toBe(4);
      expect(child.lastCommitted()).toBe(3);
      await killHard(child);
      if (backend.name === 'sqlite') expect(sqliteIntegrity(backend)).toBe('ok');
      const store = await backend.open();
      try {
        expect(await expectIntact(store, id, 3, 3)).toBe(3);
        // No lock is left behind: the next save of version 4 goes through.
        const v4 = await store.updateScenario(id, {
          text: 'after the crash',
          expectedVersion: 3,
          author: 'ana',
        });
        expect(v4.version).toBe(4);
        expect((await store.getScenario(id))!.text).toBe('after the crash');
      } finally {
        await store.close();
      }
    });
  });
}
