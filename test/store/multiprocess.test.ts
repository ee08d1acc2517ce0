import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_SKIP_MESSAGE, postgresBackend, sqliteBackend } from './support/backends.js';
import { expectedText } from './support/crash-data.js';
import { startWriter } from './support/writer.js';

// The server and a CLI may open the same store at once: several processes must be able to
// create it (run the migrations) simultaneously and then save side by side without errors.

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

for (const backend of [sqliteBackend(), postgresBackend()]) {
  if (backend.skip) console.warn(PG_SKIP_MESSAGE);

  describe.skipIf(backend.skip !== null)(`several writer processes (${backend.name})`, () => {
    afterAll(() => backend.cleanup());

    it('open a fresh store together and save concurrently', async () => {
      const ids = ['proc-a', 'proc-b', 'proc-c'];
      const writers = ids.map((id) => startWriter(backend, id, 'loop'));
      try {
        // Each must get well past its first saves while the others write too.
        await Promise.all(writers.map((w) => w.waitFor(/^committed ([6-9]|\d{2,})$/)));
      } finally {
        for (const w of writers) w.proc.kill('SIGKILL');
        await Promise.all(writers.map((w) => w.killed()));
      }
      const store = await backend.open();
      try {
        for (const id of ids) {
          const versions = await store.listVersions(id);
          expect(versions.length).toBeGreaterThanOrEqual(6);
          expect(
            versions.every((v, i) => v.version === i + 1 && v.hash === sha256(expectedText(v.version))),
          ).toBe(true);
        }
      } finally {
        await store.close();
      }
    });
  });
}
