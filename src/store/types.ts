// Public types of the store. Everything is plain JSON-serialisable data; times are ISO-8601 strings.

/** A timeline event as the caller's parser produced it; the store keeps the whole object. */
export interface EventInput {
  id: string;
  /** ISO date (YYYY-MM-DD, or a longer ISO timestamp); compared as text by `listEvents`. */
  date: string;
  party?: string;
  title?: string;
  [key: string]: unknown;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  currentVersion: number;
  /** Content hash of the current version's text. */
  hash: string;
  createdAt: string;
  updatedAt: string;
  /** Author of the current version. */
  updatedBy: string;
}

export interface VersionInfo {
  scenarioId: string;
  version: number;
  title: string;
  hash: string;
  author: string;
  message: string;
  createdAt: string;
}

export interface ScenarioVersion extends VersionInfo {
  /** The document exactly as the user wrote it (YAML with comments). */
  text: string;
}

/** A scenario with its current version's text. */
export interface StoredScenario extends ScenarioSummary {
  text: string;
  author: string;
  message: string;
}

export interface StoredEvent {
  scenarioId: string;
  version: number;
  /** Position of the event in the version's event list. */
  position: number;
  id: string;
  date: string;
  party: string | null;
  title: string | null;
  /** The event object as given to the store. */
  event: EventInput;
}

export interface CreateScenarioInput {
  id: string;
  /** Defaults to the id. */
  title?: string;
  text: string;
  author: string;
  message?: string;
  /** Timeline events of this version, already parsed by the caller. */
  events?: EventInput[];
}

export interface UpdateScenarioInput {
  text: string;
  /** The version the caller's edit is based on; the update fails if the current version differs. */
  expectedVersion: number;
  author: string;
  message?: string;
  /** Keeps the previous title when omitted. */
  title?: string;
  events?: EventInput[];
}

export interface SaveRunInput {
  scenarioId: string;
  version: number;
  engine: string;
  params: unknown;
  seed?: number | null;
  /**
   * Hash of the scenario the run analysed, as the engine result's provenance records it (the
   * model's canonical-JSON hash of the normalised scenario, so formatting-only edits still hit the
   * cache). The store only compares it; it does not compute it.
   */
  scenarioHash: string;
  result: unknown;
}

export interface RunInfo {
  id: string;
  scenarioId: string;
  version: number;
  engine: string;
  params: unknown;
  paramsHash: string;
  seed: number | null;
  scenarioHash: string;
  createdAt: string;
}

export interface StoredRun extends RunInfo {
  result: unknown;
}

export interface ListRunsQuery {
  scenarioId?: string;
  version?: number;
  engine?: string;
  /** Most recent first; default 100. */
  limit?: number;
}

export interface FindRunQuery {
  scenarioHash: string;
  engine: string;
  /** Either the hash (see `paramsHash`) or the parameters themselves. */
  paramsHash?: string;
  params?: unknown;
  seed?: number | null;
}

export interface ListEventsQuery {
  /** Inclusive lower bound on the event date (text comparison of ISO dates). */
  from?: string;
  /** Inclusive upper bound; a bare date (YYYY-MM-DD) also matches timestamps on that day. */
  to?: string;
  /** Defaults to the scenario's current version. */
  version?: number;
}

export type StoreBackend = 'sqlite' | 'postgres';

export interface Store {
  readonly backend: StoreBackend;
  /** Where the data lives: the SQLite file path, or the Postgres URL without its password. */
  readonly location: string;
  listScenarios(): Promise<ScenarioSummary[]>;
  getScenario(id: string): Promise<StoredScenario | null>;
  getVersion(id: string, version: number): Promise<ScenarioVersion | null>;
  listVersions(id: string): Promise<VersionInfo[]>;
  createScenario(input: CreateScenarioInput): Promise<ScenarioVersion>;
  updateScenario(id: string, input: UpdateScenarioInput): Promise<ScenarioVersion>;
  /** Deletes the scenario, all its versions, events and runs. */
  deleteScenario(id: string): Promise<void>;
  replaceEvents(scenarioId: string, version: number, events: EventInput[]): Promise<void>;
  listEvents(scenarioId: string, query?: ListEventsQuery): Promise<StoredEvent[]>;
  saveRun(input: SaveRunInput): Promise<StoredRun>;
  listRuns(query?: ListRunsQuery): Promise<RunInfo[]>;
  getRun(id: string): Promise<StoredRun | null>;
  /** The most recent run with this scenario hash, engine and parameters (and seed, if given). */
  findRun(query: FindRunQuery): Promise<StoredRun | null>;
  close(): Promise<void>;
}
