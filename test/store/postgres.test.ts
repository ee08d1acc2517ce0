import { afterAll, describe, expect, it } from 'vitest';
import { PG_SKIP_MESSAGE, PG_URL, postgresBackend } from './support/backends.js';

if (!PG_URL) console.warn(PG_SKIP_MESSAGE);

describe.skipIf(!PG_URL)('Postgres store specifics', () => {
  const a = postgresBackend();
  const b = postgresBackend();
  afterAll(async () => {
    await a.cleanup();
    await b.cleanup();
  });

  it('migrates each schema of one database on its own', async () => {
    // Regression: Kysely's migrator found schema A's kysely_migration table and skipped B's.
    for (const backend of [a, b, a, b]) {
      const store = await backend.open();
      try {
        const n = (await store.listScenarios()).length;
        await store.createScenario({ id: `s${n}`, text: 'x', author: 'ana' });
        expect(store.location).toContain('schema entente_test_');
        expect(store.location).not.toContain(':entente_test@');
      } finally {
        await store.close();
      }
    }
    const store = await b.open();
    expect((await store.listScenarios()).map((s) => s.id)).toEqual(['s0', 's1']);
    await store.close();
  });
});
