import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { type OpenStoreOptions, resolveStoreLocation } from './config.js';
import { connect } from './connect.js';
import {
  InvalidStoreInputError,
  ScenarioExistsError,
  ScenarioNotFoundError,
  VersionConflictError,
  VersionNotFoundError,
} from './errors.js';
import { paramsHash, textHash } from './hash.js';
import { migrateToLatest } from './migrations.js';
import type { RunsTable, ScenariosTable, ScenarioVersionsTable, StoreDatabase } from './schema.js';
import type {
  CreateScenarioInput,
  EventInput,
  FindRunQuery,
  ListEventsQuery,
  ListRunsQuery,
  RunInfo,
  SaveRunInput,
  ScenarioSummary,
  ScenarioVersion,
  Store,
  StoreBackend,
  StoredEvent,
  StoredRun,
  StoredScenario,
  UpdateScenarioInput,
  VersionInfo,
} from './types.js';

/**
 * Opens (creating and migrating on first use) the store: the SQLite file in the data directory by
 * default, Postgres when `url` or ENTENTE_DATABASE_URL says so. Call `close()` when done.
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const where = resolveStoreLocation(opts);
  const { db, location, exclusive } = await connect(where, opts.poolSize);
  try {
    await exclusive(() => migrateToLatest(db as Kysely<unknown>, where.backend));
  } catch (err) {
    await db.destroy().catch(() => {});
    throw err;
  }
  return new KyselyStore(db, where.backend, location, exclusive, opts.beforeCommit);
}

// Rows per multi-row INSERT: far below SQLite's 32766 bound variables at 8 columns a row.
const INSERT_CHUNK = 500;
const MAX_ID_LENGTH = 200;

type Trx = Transaction<StoreDatabase>;

class KyselyStore implements Store {
  private closed = false;

  constructor(
    private readonly db: Kysely<StoreDatabase>,
    readonly backend: StoreBackend,
    readonly location: string,
    private readonly exclusive: <T>(body: () => Promise<T>) => Promise<T>,
    private readonly beforeCommit?: (operation: string) => void | Promise<void>,
  ) {}

  // Every write transaction starts with a write, so on SQLite it takes the write lock at once
  // (waiting on the busy timeout) instead of failing to upgrade a stale read snapshot.
  private async write<T>(operation: string, body: (trx: Trx) => Promise<T>): Promise<T> {
    this.assertOpen();
    return this.exclusive(() =>
      this.db.transaction().execute(async (trx) => {
        const out = await body(trx);
        if (this.beforeCommit) await this.beforeCommit(operation);
        return out;
      }),
    );
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The store is closed.');
  }

  async listScenarios(): Promise<ScenarioSummary[]> {
    this.assertOpen();
    const rows = await this.db.selectFrom('scenarios').selectAll().orderBy('id').execute();
    return rows.map(toSummary);
  }

  async getScenario(id: string): Promise<StoredScenario | null> {
    this.assertOpen();
    const row = await this.db
      .selectFrom('scenarios as s')
      .innerJoin('scenario_versions as v', (j) =>
        j.onRef('v.scenario_id', '=', 's.id').onRef('v.version', '=', 's.current_version'),
      )
      .selectAll('s')
      .select(['v.text', 'v.author', 'v.message'])
      .where('s.id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    return { ...toSummary(row), text: row.text, author: row.author, message: row.message };
  }

  async getVersion(id: string, version: number): Promise<ScenarioVersion | null> {
    this.assertOpen();
    if (!Number.isSafeInteger(version)) return null;
    const row = await this.db
      .selectFrom('scenario_versions')
      .selectAll()
      .where('scenario_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return row ? { ...toVersionInfo(row), text: row.text } : null;
  }

  async listVersions(id: string): Promise<VersionInfo[]> {
    this.assertOpen();
    const rows = await this.db
      .selectFrom('scenario_versions')
      .select(['scenario_id', 'version', 'title', 'hash', 'author', 'message', 'created_at'])
      .where('scenario_id', '=', id)
      .orderBy('version')
      .execute();
    return rows.map(toVersionInfo);
  }

  async createScenario(input: CreateScenarioInput): Promise<ScenarioVersion> {
    checkId('id', input.id);
    checkText(input.text);
    checkAuthor(input.author);
    const events = checkEvents(input.events ?? []);
    const now = new Date().toISOString();
    const row: ScenarioVersionsTable = {
      scenario_id: input.id,
      version: 1,
      title: optionalString('title', input.title) ?? input.id,
      text: input.text,
      hash: textHash(input.text),
      author: input.author,
      message: optionalString('message', input.message) ?? '',
      created_at: now,
    };
    try {
      await this.write('createScenario', async (trx) => {
        await trx
          .insertInto('scenarios')
          .values({
            id: row.scenario_id,
            title: row.title,
            current_version: 1,
            current_hash: row.hash,
            created_at: now,
            updated_at: now,
            updated_by: row.author,
          })
          .execute();
        await trx.insertInto('scenario_versions').values(row).execute();
        await insertEvents(trx, row.scenario_id, 1, events);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new ScenarioExistsError(input.id);
      throw err;
    }
    return { ...toVersionInfo(row), text: row.text };
  }

  async updateScenario(id: string, input: UpdateScenarioInput): Promise<ScenarioVersion> {
    checkId('id', id);
    checkText(input.text);
    checkAuthor(input.author);
    const expected = input.expectedVersion;
    if (!Number.isSafeInteger(expected) || expected < 1) {
      throw new InvalidStoreInputError(
        'expectedVersion',
        'must be the positive integer version the edit is based on.',
      );
    }
    const events = input.events === undefined ? undefined : checkEvents(input.events);
    const title = optionalString('title', input.title);
    const message = optionalString('message', input.message) ?? '';
    const now = new Date().toISOString();
    const hash = textHash(input.text);
    return this.write('updateScenario', async (trx) => {
      // The compare-and-set on current_version is the optimistic lock: of two saves based on the
      // same version, exactly one matches; on Postgres the row lock makes the other wait and miss.
      const updated = await trx
        .updateTable('scenarios')
        .set({
          current_version: expected + 1,
          current_hash: hash,
          updated_at: now,
          updated_by: input.author,
          ...(title !== undefined ? { title } : {}),
        })
        .where('id', '=', id)
        .where('current_version', '=', expected)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        const current = await trx
          .selectFrom('scenarios')
          .select('current_version')
          .where('id', '=', id)
          .executeTakeFirst();
        if (!current) throw new ScenarioNotFoundError(id);
        throw new VersionConflictError(id, expected, current.current_version);
      }
      const scenario = await trx
        .selectFrom('scenarios')
        .select('title')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const row: ScenarioVersionsTable = {
        scenario_id: id,
        version: expected + 1,
        title: scenario.title,
        text: input.text,
        hash,
        author: input.author,
        message,
        created_at: now,
      };
      await trx.insertInto('scenario_versions').values(row).execute();
      if (events !== undefined) await insertEvents(trx, id, row.version, events);
      return { ...toVersionInfo(row), text: row.text };
    });
  }

  async deleteScenario(id: string): Promise<void> {
    checkId('id', id);
    await this.write('deleteScenario', async (trx) => {
      const deleted = await trx.deleteFrom('scenarios').where('id', '=', id).executeTakeFirst();
      if (Number(deleted.numDeletedRows) === 0) throw new ScenarioNotFoundError(id);
      await trx.deleteFrom('scenario_versions').where('scenario_id', '=', id).execute();
      await trx.deleteFrom('events').where('scenario_id', '=', id).execute();
      await trx.deleteFrom('runs').where('scenario_id', '=', id).execute();
    });
  }

  async replaceEvents(scenarioId: string, version: number, events: EventInput[]): Promise<void> {
    checkId('scenarioId', scenarioId);
    checkVersion('version', version);
    const checked = checkEvents(events);
    await this.write('replaceEvents', async (trx) => {
      await trx
        .deleteFrom('events')
        .where('scenario_id', '=', scenarioId)
        .where('version', '=', version)
        .execute();
      await requireVersion(trx, scenarioId, version);
      await insertEvents(trx, scenarioId, version, checked);
    });
  }

  async listEvents(scenarioId: string, query: ListEventsQuery = {}): Promise<StoredEvent[]> {
    if (query.version !== undefined) checkVersion('version', query.version);
    this.assertOpen();
    let version = query.version;
    if (version === undefined) {
      const scenario = await this.db
        .selectFrom('scenarios')
        .select('current_version')
        .where('id', '=', scenarioId)
        .executeTakeFirst();
      if (!scenario) throw new ScenarioNotFoundError(scenarioId);
      version = scenario.current_version;
    }
    let q = this.db
      .selectFrom('events')
      .selectAll()
      .where('scenario_id', '=', scenarioId)
      .where('version', '=', version);
    if (query.from !== undefined) q = q.where('date', '>=', query.from);
    // '\uffff' sorts after every character a date can hold: `to` includes all dates it prefixes.
    if (query.to !== undefined) q = q.where('date', '<=', `${query.to}\uffff`);
    const rows = await q.orderBy('date').orderBy('position').execute();
    return rows.map((r) => ({
      scenarioId: r.scenario_id,
      version: r.version,
      position: r.position,
      id: r.event_id,
      date: r.date,
      party: r.party,
      title: r.title,
      event: JSON.parse(r.data) as EventInput,
    }));
  }

  async saveRun(input: SaveRunInput): Promise<StoredRun> {
    checkId('scenarioId', input.scenarioId);
    checkVersion('version', input.version);
    if (typeof input.engine !== 'string' || input.engine === '') {
      throw new InvalidStoreInputError('engine', 'must name the engine that produced the result.');
    }
    if (typeof input.scenarioHash !== 'string' || input.scenarioHash === '') {
      throw new InvalidStoreInputError(
        'scenarioHash',
        'must be the content hash of the analysed scenario text.',
      );
    }
    const seed = input.seed ?? null;
    if (seed !== null && !Number.isFinite(seed))
      throw new InvalidStoreInputError('seed', 'must be a finite number.');
    const params = input.params ?? {};
    const result = jsonText('result', input.result);
    const row: RunsTable = {
      id: randomUUID(),
      scenario_id: input.scenarioId,
      version: input.version,
      engine: input.engine,
      params: jsonText('params', params),
      params_hash: paramsHash(params),
      seed: JSON.stringify(seed),
      scenario_hash: input.scenarioHash,
      result,
      created_at: new Date().toISOString(),
    };
    await this.write('saveRun', async (trx) => {
      await trx.insertInto('runs').values(row).execute();
      await requireVersion(trx, input.scenarioId, input.version);
    });
    return toRun(row);
  }

  async listRuns(query: ListRunsQuery = {}): Promise<RunInfo[]> {
    this.assertOpen();
    const wanted = query.limit ?? 100;
    if (!Number.isSafeInteger(wanted) || wanted < 1) {
      throw new InvalidStoreInputError('limit', 'must be a positive integer.');
    }
    const limit = Math.min(wanted, 10_000);
    let q = this.db
      .selectFrom('runs')
      .select([
        'id',
        'scenario_id',
        'version',
        'engine',
        'params',
        'params_hash',
        'seed',
        'scenario_hash',
        'created_at',
      ]);
    if (query.scenarioId !== undefined) q = q.where('scenario_id', '=', query.scenarioId);
    if (query.version !== undefined) q = q.where('version', '=', query.version);
    if (query.engine !== undefined) q = q.where('engine', '=', query.engine);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toRunInfo);
  }

  async getRun(id: string): Promise<StoredRun | null> {
    this.assertOpen();
    const row = await this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRun(row) : null;
  }

  async findRun(query: FindRunQuery): Promise<StoredRun | null> {
    this.assertOpen();
    const hash = query.paramsHash ?? paramsHash(query.params ?? {});
    let q = this.db
      .selectFrom('runs')
      .selectAll()
      .where('scenario_hash', '=', query.scenarioHash)
      .where('engine', '=', query.engine)
      .where('params_hash', '=', hash);
    if (query.seed !== undefined) q = q.where('seed', '=', JSON.stringify(query.seed));
    const row = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
    return row ? toRun(row) : null;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.destroy();
  }
}

async function requireVersion(trx: Trx, scenarioId: string, version: number): Promise<void> {
  const found = Number.isSafeInteger(version)
    ? await trx
        .selectFrom('scenario_versions')
        .select('version')
        .where('scenario_id', '=', scenarioId)
        .where('version', '=', version)
        .executeTakeFirst()
    : undefined;
  if (found) return;
  const scenario = await trx
    .selectFrom('scenarios')
    .select('id')
    .where('id', '=', scenarioId)
    .executeTakeFirst();
  if (!scenario) throw new ScenarioNotFoundError(scenarioId);
  throw new VersionNotFoundError(scenarioId, version);
}

async function insertEvents(
  trx: Trx,
  scenarioId: string,
  version: number,
  events: EventInput[],
): Promise<void> {
  const rows = events.map((e, position) => ({
    scenario_id: scenarioId,
    version,
    position,
    event_id: e.id,
    date: e.date,
    party: typeof e.party === 'string' ? e.party : null,
    title: typeof e.title === 'string' ? e.title : null,
    data: JSON.stringify(e),
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx
      .insertInto('events')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  }
}

function toSummary(row: Selectable<ScenariosTable>): ScenarioSummary {
  return {
    id: row.id,
    title: row.title,
    currentVersion: row.current_version,
    hash: row.current_hash,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

function toVersionInfo(row: Omit<ScenarioVersionsTable, 'text'>): VersionInfo {
  return {
    scenarioId: row.scenario_id,
    version: row.version,
    title: row.title,
    hash: row.hash,
    author: row.author,
    message: row.message,
    createdAt: row.created_at,
  };
}

function toRunInfo(row: Omit<RunsTable, 'result'>): RunInfo {
  return {
    id: row.id,
    scenarioId: row.scenario_id,
    version: row.version,
    engine: row.engine,
    params: JSON.parse(row.params),
    paramsHash: row.params_hash,
    seed: JSON.parse(row.seed) as number | null,
    scenarioHash: row.scenario_hash,
    createdAt: row.created_at,
  };
}

function toRun(row: RunsTable): StoredRun {
  return { ...toRunInfo(row), result: JSON.parse(row.result) };
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

function checkId(field: string, id: unknown): void {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new InvalidStoreInputError(field, 'must be a non-empty string (the scenario id from meta.id).');
  }
  if (id.length > MAX_ID_LENGTH || hasControlCharacter(id)) {
    throw new InvalidStoreInputError(
      field,
      `must be at most ${MAX_ID_LENGTH} characters with no control characters.`,
    );
  }
}

function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}

function checkVersion(field: string, version: unknown): void {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw new InvalidStoreInputError(field, 'must be a positive integer version number.');
  }
}

function checkText(text: unknown): void {
  if (typeof text !== 'string')
    throw new InvalidStoreInputError('text', 'must be the scenario document as a string.');
  if (text.includes('\u0000')) throw new InvalidStoreInputError('text', 'must not contain NUL characters.');
}

function checkAuthor(author: unknown): void {
  if (typeof author !== 'string' || author.trim() === '') {
    throw new InvalidStoreInputError('author', 'must name who saved this version.');
  }
}

function optionalString(field: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidStoreInputError(field, 'must be a string.');
  return value;
}

function checkEvents(events: unknown): EventInput[] {
  if (!Array.isArray(events)) throw new InvalidStoreInputError('events', 'must be an array of events.');
  events.forEach((e, i) => {
    const ev = e as Partial<EventInput> | null;
    if (ev === null || typeof ev !== 'object') {
      throw new InvalidStoreInputError(`events[${i}]`, 'must be an object.');
    }
    if (typeof ev.id !== 'string' || ev.id === '') {
      throw new InvalidStoreInputError(`events[${i}].id`, 'must be a non-empty string.');
    }
    if (typeof ev.date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(ev.date)) {
      throw new InvalidStoreInputError(`events[${i}].date`, 'must be an ISO date such as 2024-05-31.');
    }
  });
  return events as EventInput[];
}

function jsonText(field: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    throw new InvalidStoreInputError(field, `is not JSON-serialisable (${(err as Error).message}).`);
  }
  if (text === undefined)
    throw new InvalidStoreInputError(field, 'must be JSON data, not undefined or a function.');
  return text;
}
