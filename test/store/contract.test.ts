import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type EventInput,
  InvalidStoreInputError,
  paramsHash,
  ScenarioExistsError,
  ScenarioNotFoundError,
  type Store,
  VersionConflictError,
  VersionNotFoundError,
} from '../../src/store/index.js';
import { allBackends, PG_SKIP_MESSAGE } from './support/backends.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

// Comments, unicode, CRLF, tabs and trailing blanks: the store must hand back these exact bytes.
const YAML_V1 = [
  '# Cyprus talks — working draft',
  'entente: 1',
  'meta:',
  '  id: cyprus   # keep in sync with the file name',
  "  title: 'Cyprus: bizonal federation'\r",
  'parties: []\t ',
  'issues:',
  '  - id: gouvernance  # ελληνικά, Türkçe, 中文',
  '',
].join('\n');
const YAML_V2 = `${YAML_V1}# second thoughts\n`;

function event(id: string, date: string, extra: Partial<EventInput> = {}): EventInput {
  return { id, date, title: `Event ${id}`, source: 'src-1', confidence: 0.8, changes: [], ...extra };
}

async function rejects<E>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(type);
  return err as E;
}

for (const backend of allBackends()) {
  if (backend.skip) console.warn(PG_SKIP_MESSAGE);

  describe.skipIf(backend.skip !== null)(`store contract (${backend.name})`, () => {
    let store: Store;
    let counter = 0;
    const newId = (prefix = 'scn') => `${prefix}-${++counter}`;

    beforeAll(async () => {
      store = await backend.open();
    });
    afterAll(async () => {
      await store?.close();
      await backend.cleanup();
    });

    it('reports its backend', () => {
      expect(store.backend).toBe(backend.name);
      expect(store.location).not.toMatch(/:entente_test@/);
    });

    it('creates a scenario and returns the text exactly as written, with its sha256', async () => {
      const id = newId();
      const v1 = await store.createScenario({
        id,
        title: 'Cyprus',
        text: YAML_V1,
        author: 'ana',
        message: 'first',
      });
      expect(v1).toMatchObject({
        scenarioId: id,
        version: 1,
        title: 'Cyprus',
        author: 'ana',
        message: 'first',
      });
      expect(v1.hash).toBe(sha256(YAML_V1));
      const got = await store.getScenario(id);
      expect(got).not.toBeNull();
      expect(got!.text).toBe(YAML_V1);
      expect(got).toMatchObject({
        id,
        title: 'Cyprus',
        currentVersion: 1,
        hash: sha256(YAML_V1),
        updatedBy: 'ana',
      });
      expect(got!.createdAt).toBe(v1.createdAt);
      expect(Date.parse(got!.createdAt)).not.toBeNaN();
      expect(await store.getVersion(id, 1)).toEqual(v1);
    });

    it('defaults the title to the id and the message to empty', async () => {
      const id = newId();
      const v1 = await store.createScenario({ id, text: 'x: 1\n', author: 'ana' });
      expect(v1.title).toBe(id);
      expect(v1.message).toBe('');
    });

    it('refuses to create a scenario whose id exists, and keeps the original', async () => {
      const id = newId();
      await store.createScenario({ id, text: 'a: 1\n', author: 'ana' });
      const err = await rejects(
        store.createScenario({ id, text: 'b: 2\n', author: 'bob' }),
        ScenarioExistsError,
      );
      expect(err.code).toBe('scenario_exists');
      expect((await store.getScenario(id))!.text).toBe('a: 1\n');
      expect(await store.listVersions(id)).toHaveLength(1);
    });

    it('keeps every saved version with who, when and why', async () => {
      const id = newId();
      await store.createScenario({ id, title: 'T1', text: YAML_V1, author: 'ana', message: 'draft' });
      const v2 = await store.updateScenario(id, {
        text: YAML_V2,
        expectedVersion: 1,
        author: 'bob',
        message: 'tweak',
      });
      expect(v2).toMatchObject({
        version: 2,
        title: 'T1',
        author: 'bob',
        message: 'tweak',
        hash: sha256(YAML_V2),
      });
      const v3 = await store.updateScenario(id, {
        text: 'x\n',
        expectedVersion: 2,
        author: 'cy',
        title: 'T3',
      });
      expect(v3.title).toBe('T3');

      const versions = await store.listVersions(id);
      expect(versions.map((v) => [v.version, v.author, v.message, v.title])).toEqual([
        [1, 'ana', 'draft', 'T1'],
        [2, 'bob', 'tweak', 'T1'],
        [3, 'cy', '', 'T3'],
      ]);
      expect(versions.every((v) => !('text' in v))).toBe(true);
      expect((await store.getVersion(id, 1))!.text).toBe(YAML_V1);
      expect((await store.getVersion(id, 2))!.text).toBe(YAML_V2);
      expect(await store.getVersion(id, 4)).toBeNull();
      const current = await store.getScenario(id);
      expect(current).toMatchObject({
        currentVersion: 3,
        title: 'T3',
        text: 'x\n',
        author: 'cy',
        updatedBy: 'cy',
      });
      expect(current!.updatedAt >= current!.createdAt).toBe(true);
    });

    it('rejects a save based on a stale version with a typed conflict, writing nothing', async () => {
      const id = newId();
      await store.createScenario({ id, text: 'v1\n', author: 'ana' });
      await store.updateScenario(id, { text: 'v2\n', expectedVersion: 1, author: 'bob' });
      const err = await rejects(
        store.updateScenario(id, {
          text: 'stale\n',
          expectedVersion: 1,
          author: 'ana',
          events: [event('e', '2024-01-01')],
        }),
        VersionConflictError,
      );
      expect(err).toMatchObject({
        code: 'version_conflict',
        scenarioId: id,
        expectedVersion: 1,
        currentVersion: 2,
      });
      expect(err.message).toContain('version 2');
      expect((await store.listVersions(id)).map((v) => v.version)).toEqual([1, 2]);
      expect((await store.getScenario(id))!.text).toBe('v2\n');
      expect(await store.listEvents(id, { version: 2 })).toEqual([]);
      // A version from the future conflicts too.
      await rejects(
        store.updateScenario(id, { text: 'x', expectedVersion: 7, author: 'ana' }),
        VersionConflictError,
      );
    });

    it('lets exactly one of several concurrent saves of the same version win', async () => {
      const id = newId();
      await store.createScenario({ id, text: 'base\n', author: 'ana' });
      const other = await backend.open();
      try {
        const attempts = Array.from({ length: 8 }, (_, i) =>
          (i % 2 ? other : store).updateScenario(id, {
            text: `edit ${i}\n`,
            expectedVersion: 1,
            author: `u${i}`,
          }),
        );
        const settled = await Promise.allSettled(attempts);
        const won = settled.filter((s) => s.status === 'fulfilled');
        const lost = settled.filter((s) => s.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((s) => s.reason instanceof VersionConflictError)).toBe(true);
        const winner = (won[0] as PromiseFulfilledResult<{ text: string }>).value;
        expect((await store.getScenario(id))!.text).toBe(winner.text);
        expect((await store.listVersions(id)).map((v) => v.version)).toEqual([1, 2]);
      } finally {
        await other.close();
      }
    });

    it('lets exactly one of several concurrent creates of the same id win', async () => {
      const id = newId();
      const other = await backend.open();
      try {
        const settled = await Promise.allSettled(
          Array.from({ length: 6 }, (_, i) =>
            (i % 2 ? other : store).createScenario({ id, text: `by ${i}`, author: `u${i}` }),
          ),
        );
        const won = settled.filter((s) => s.status === 'fulfilled');
        expect(won).toHaveLength(1);
        const lost = settled.filter((s) => s.status === 'rejected');
        expect(lost.every((s) => s.reason instanceof ScenarioExistsError)).toBe(true);
        expect(await store.listVersions(id)).toHaveLength(1);
      } finally {
        await other.close();
      }
    });

    it('reports updates and deletes of unknown scenarios as not found', async () => {
      const missing = newId('missing');
      const err = await rejects(
        store.updateScenario(missing, { text: 'x', expectedVersion: 1, author: 'ana' }),
        ScenarioNotFoundError,
      );
      expect(err.code).toBe('scenario_not_found');
      await rejects(store.deleteScenario(missing), ScenarioNotFoundError);
      await rejects(store.listEvents(missing), ScenarioNotFoundError);
      expect(await store.getScenario(missing)).toBeNull();
      expect(await store.getVersion(missing, 1)).toBeNull();
      expect(await store.listVersions(missing)).toEqual([]);
    });

    it('lists scenarios by id with their current version', async () => {
      const a = newId('list-b');
      const b = newId('list-a');
      await store.createScenario({ id: a, text: '1', author: 'ana' });
      await store.createScenario({ id: b, text: '1', author: 'ana' });
      await store.updateScenario(a, { text: '2', expectedVersion: 1, author: 'bob' });
      const listed = (await store.listScenarios()).filter((s) => s.id.startsWith('list-'));
      expect(listed.map((s) => [s.id, s.currentVersion, s.hash, s.updatedBy])).toEqual([
        [b, 1, sha256('1'), 'ana'],
        [a, 2, sha256('2'), 'bob'],
      ]);
    });

    it('stores events per version and queries them by inclusive date range', async () => {
      const id = newId();
      const events = [
        event('late', '2024-03-10', {
          party: 'UN',
          quote: 'We “welcome” it',
          changes: [{ op: 'set_power' }],
        }),
        event('early', '2023-12-31'),
        event('mid', '2024-02-01T10:30:00Z'),
        event('mid2', '2024-02-01'),
      ];
      await store.createScenario({ id, text: 'v1', author: 'ana', events });
      const all = await store.listEvents(id);
      expect(all.map((e) => e.id)).toEqual(['early', 'mid2', 'mid', 'late']);
      const late = all.find((e) => e.id === 'late')!;
      expect(late).toMatchObject({
        scenarioId: id,
        version: 1,
        position: 0,
        party: 'UN',
        title: 'Event late',
      });
      expect(late.event).toEqual(events[0]);
      expect(all.find((e) => e.id === 'early')!.party).toBeNull();

      const ids = async (q: { from?: string; to?: string; version?: number }) =>
        (await store.listEvents(id, q)).map((e) => e.id);
      expect(await ids({ from: '2024-01-01' })).toEqual(['mid2', 'mid', 'late']);
      expect(await ids({ to: '2024-02-01' })).toEqual(['early', 'mid2', 'mid']);
      expect(await ids({ from: '2024-02-01', to: '2024-02-01' })).toEqual(['mid2', 'mid']);
      expect(await ids({ from: '2024-03-11' })).toEqual([]);
      expect(await ids({ to: '2024-02' })).toEqual(['early', 'mid2', 'mid']);

      // A new version carries only the events given with it; the old version keeps its own.
      await store.updateScenario(id, {
        text: 'v2',
        expectedVersion: 1,
        author: 'bob',
        events: [event('only', '2025-01-01')],
      });
      expect(await ids({})).toEqual(['only']);
      expect(await ids({ version: 1 })).toHaveLength(4);
    });

    it('replaces the events of one version atomically', async () => {
      const id = newId();
      await store.createScenario({ id, text: 'v1', author: 'ana', events: [event('a', '2024-01-01')] });
      await store.updateScenario(id, { text: 'v2', expectedVersion: 1, author: 'ana' });
      expect(await store.listEvents(id)).toEqual([]);
      await store.replaceEvents(id, 2, [event('b', '2024-05-01'), event('c', '2024-04-01')]);
      expect((await store.listEvents(id)).map((e) => e.id)).toEqual(['c', 'b']);
      expect((await store.listEvents(id, { version: 1 })).map((e) => e.id)).toEqual(['a']);
      await store.replaceEvents(id, 2, []);
      expect(await store.listEvents(id)).toEqual([]);

      // Replacing the events of a version that does not exist fails and touches nothing.
      await rejects(store.replaceEvents(id, 9, [event('z', '2024-01-01')]), VersionNotFoundError);
      await rejects(store.replaceEvents(newId('missing'), 1, []), ScenarioNotFoundError);
      expect((await store.listEvents(id, { version: 1 })).map((e) => e.id)).toEqual(['a']);
    });

    it('keeps many events and large documents intact', async () => {
      const id = newId();
      const events = Array.from({ length: 1203 }, (_, i) =>
        event(`e${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
      );
      const big = `# big\n${'a: "ünïcødé 🕊"\n'.repeat(40_000)}`;
      await store.createScenario({ id, text: big, author: 'ana', events });
      expect((await store.getScenario(id))!.text).toBe(big);
      const listed = await store.listEvents(id);
      expect(listed).toHaveLength(1203);
      expect(new Set(listed.map((e) => e.id)).size).toBe(1203);
    });

    it('saves runs and finds them by scenario hash, engine and parameters', async () => {
      const id = newId();
      const v1 = await store.createScenario({ id, text: YAML_V1, author: 'ana' });
      const result = {
        verdict: 'deal',
        frontier: [[0.5, 0.25]],
        note: 'é',
        nested: { b: 1, a: [true, null] },
      };
      const params = { samples: 1000, method: 'nash', weights: { x: 1, a: 2 } };
      const run = await store.saveRun({
        scenarioId: id,
        version: 1,
        engine: 'agreement-space',
        params,
        seed: 42,
        scenarioHash: v1.hash,
        result,
      });
      expect(run).toMatchObject({
        scenarioId: id,
        version: 1,
        engine: 'agreement-space',
        seed: 42,
        scenarioHash: v1.hash,
      });
      expect(run.paramsHash).toBe(paramsHash(params));
      expect(await store.getRun(run.id)).toEqual(run);
      expect(await store.getRun('no-such-run')).toBeNull();

      // Same parameters built in another key order hit the cache; anything else misses.
      const reordered = { weights: { a: 2, x: 1 }, method: 'nash', samples: 1000 };
      expect(
        (await store.findRun({ scenarioHash: v1.hash, engine: 'agreement-space', params: reordered }))?.id,
      ).toBe(run.id);
      expect(
        (
          await store.findRun({
            scenarioHash: v1.hash,
            engine: 'agreement-space',
            paramsHash: paramsHash(params),
          })
        )?.id,
      ).toBe(run.id);
      expect(
        await store.findRun({ scenarioHash: v1.hash, engine: 'agreement-space', params: { samples: 1 } }),
      ).toBeNull();
      expect(await store.findRun({ scenarioHash: v1.hash, engine: 'stability', params })).toBeNull();
      expect(
        await store.findRun({ scenarioHash: sha256('other'), engine: 'agreement-space', params }),
      ).toBeNull();
      expect(
        await store.findRun({ scenarioHash: v1.hash, engine: 'agreement-space', params, seed: 7 }),
      ).toBeNull();
      expect(
        (await store.findRun({ scenarioHash: v1.hash, engine: 'agreement-space', params, seed: 42 }))?.id,
      ).toBe(run.id);
    });

    it('lists runs newest first, filtered by scenario, version and engine', async () => {
      const id = newId();
      const v1 = await store.createScenario({ id, text: 'one', author: 'ana' });
      const v2 = await store.updateScenario(id, { text: 'two', expectedVersion: 1, author: 'ana' });
      const saved = [];
      for (const [version, engine, hash] of [
        [1, 'forecast', v1.hash],
        [2, 'forecast', v2.hash],
        [2, 'stability', v2.hash],
      ] as const) {
        saved.push(
          await store.saveRun({
            scenarioId: id,
            version,
            engine,
            params: {},
            scenarioHash: hash,
            result: { version },
          }),
        );
        await new Promise((r) => setTimeout(r, 3)); // distinct created times for the ordering check
      }
      const all = await store.listRuns({ scenarioId: id });
      expect(all.map((r) => r.id)).toEqual(saved.map((r) => r.id).reverse());
      expect(all.every((r) => !('result' in r) && r.seed === null)).toBe(true);
      expect((await store.listRuns({ scenarioId: id, version: 2 })).map((r) => r.engine).sort()).toEqual([
        'forecast',
        'stability',
      ]);
      expect((await store.listRuns({ scenarioId: id, engine: 'forecast' })).map((r) => r.version)).toEqual([
        2, 1,
      ]);
      expect(await store.listRuns({ scenarioId: id, limit: 1 })).toHaveLength(1);
      // A newer run with the same cache key is the one found.
      const again = await store.saveRun({
        scenarioId: id,
        version: 2,
        engine: 'stability',
        params: {},
        scenarioHash: v2.hash,
        result: { again: true },
      });
      expect(
        (await store.findRun({ scenarioHash: v2.hash, engine: 'stability', params: {} }))?.result,
      ).toEqual(again.result);
    });

    it('refuses runs for versions that do not exist, saving nothing', async () => {
      const id = newId();
      await store.createScenario({ id, text: 'one', author: 'ana' });
      const base = { engine: 'forecast', params: {}, scenarioHash: 'h', result: {} };
      await rejects(store.saveRun({ ...base, scenarioId: id, version: 2 }), VersionNotFoundError);
      await rejects(
        store.saveRun({ ...base, scenarioId: newId('missing'), version: 1 }),
        ScenarioNotFoundError,
      );
      expect(await store.listRuns({ scenarioId: id })).toEqual([]);
      await rejects(
        store.saveRun({ ...base, scenarioId: id, version: 1, result: undefined }),
        InvalidStoreInputError,
      );
    });

    it('deletes a scenario with its versions, events and runs; the id can then be reused', async () => {
      const id = newId();
      const keep = newId();
      for (const sid of [id, keep]) {
        const v = await store.createScenario({
          id: sid,
          text: 'one',
          author: 'ana',
          events: [event('e', '2024-01-01')],
        });
        await store.saveRun({
          scenarioId: sid,
          version: 1,
          engine: 'f',
          params: {},
          scenarioHash: v.hash,
          result: 1,
        });
      }
      await store.deleteScenario(id);
      expect(await store.getScenario(id)).toBeNull();
      expect(await store.listVersions(id)).toEqual([]);
      expect(await store.listRuns({ scenarioId: id })).toEqual([]);
      await rejects(store.listEvents(id), ScenarioNotFoundError);
      await rejects(store.deleteScenario(id), ScenarioNotFoundError);
      expect((await store.listScenarios()).some((s) => s.id === id)).toBe(false);
      // The neighbour is untouched.
      expect(await store.listEvents(keep)).toHaveLength(1);
      expect(await store.listRuns({ scenarioId: keep })).toHaveLength(1);

      const again = await store.createScenario({ id, text: 'fresh', author: 'bob' });
      expect(again.version).toBe(1);
      expect(await store.listEvents(id)).toEqual([]);
    });

    it('rejects malformed input with a typed error naming the field', async () => {
      const id = newId();
      const cases: [Promise<unknown>, string][] = [
        [store.createScenario({ id: '', text: 'x', author: 'ana' }), 'id'],
        [store.createScenario({ id: 'a\nb', text: 'x', author: 'ana' }), 'id'],
        [store.createScenario({ id, text: 42 as unknown as string, author: 'ana' }), 'text'],
        [store.createScenario({ id, text: 'x\u0000', author: 'ana' }), 'text'],
        [store.createScenario({ id, text: 'x', author: ' ' }), 'author'],
        [
          store.createScenario({ id, text: 'x', author: 'ana', events: [event('e', 'May 2024')] }),
          'events[0].date',
        ],
        [
          store.createScenario({
            id,
            text: 'x',
            author: 'ana',
            events: [{ date: '2024-01-01' } as EventInput],
          }),
          'events[0].id',
        ],
        [store.updateScenario(id, { text: 'x', expectedVersion: 0, author: 'ana' }), 'expectedVersion'],
        [store.updateScenario(id, { text: 'x', expectedVersion: 1.5, author: 'ana' }), 'expectedVersion'],
        [
          store.updateScenario(undefined as unknown as string, {
            text: 'x',
            expectedVersion: 1,
            author: 'ana',
          }),
          'id',
        ],
        [store.deleteScenario(''), 'id'],
        [store.replaceEvents(id, 0, []), 'version'],
        [store.listEvents(id, { version: 2.5 }), 'version'],
        [
          store.saveRun({
            scenarioId: id,
            version: 1.5,
            engine: 'e',
            params: {},
            scenarioHash: 'h',
            result: {},
          }),
          'version',
        ],
        [
          store.saveRun({
            scenarioId: id,
            version: 1,
            engine: '',
            params: {},
            scenarioHash: 'h',
            result: {},
          }),
          'engine',
        ],
        [
          store.saveRun({
            scenarioId: id,
            version: 1,
            engine: 'e',
            params: {},
            scenarioHash: 'h',
            result: {},
            seed: Number.NaN,
          }),
          'seed',
        ],
        [store.listRuns({ limit: Number.NaN }), 'limit'],
        [store.listRuns({ limit: 0 }), 'limit'],
      ];
      for (const [promise, field] of cases) {
        const err = await rejects(promise, InvalidStoreInputError);
        expect(err.field).toBe(field);
        expect(err.code).toBe('invalid_input');
      }
      expect(await store.getScenario(id)).toBeNull();
    });

    it('matches a simple in-memory model over random save sequences', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              text: fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000')),
              stale: fc.boolean(),
            }),
            {
              minLength: 1,
              maxLength: 8,
            },
          ),
          async (steps) => {
            const id = newId('prop');
            const model: string[] = [];
            for (const step of steps) {
              if (model.length === 0) {
                await store.createScenario({ id, text: step.text, author: 'p' });
                model.push(step.text);
              } else if (step.stale && model.length > 1) {
                await rejects(
                  store.updateScenario(id, {
                    text: step.text,
                    expectedVersion: model.length - 1,
                    author: 'p',
                  }),
                  VersionConflictError,
                );
              } else {
                await store.updateScenario(id, {
                  text: step.text,
                  expectedVersion: model.length,
                  author: 'p',
                });
                model.push(step.text);
              }
            }
            const versions = await store.listVersions(id);
            expect(versions.map((v) => v.hash)).toEqual(model.map(sha256));
            for (let n = 1; n <= model.length; n++)
              expect((await store.getVersion(id, n))!.text).toBe(model[n - 1]);
            expect((await store.getScenario(id))!.currentVersion).toBe(model.length);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('keeps everything across close and reopen (migrations run once)', async () => {
      const id = newId();
      await store.createScenario({ id, text: YAML_V1, author: 'ana', events: [event('e', '2024-01-01')] });
      await store.updateScenario(id, { text: YAML_V2, expectedVersion: 1, author: 'bob' });
      await store.close();
      await store.close(); // closing twice is harmless
      await expect(store.listScenarios()).rejects.toThrow(/closed/);
      store = await backend.open();
      expect((await store.getScenario(id))!.text).toBe(YAML_V2);
      expect((await store.getVersion(id, 1))!.text).toBe(YAML_V1);
      expect(await store.listEvents(id, { version: 1 })).toHaveLength(1);
    });
  });
}
