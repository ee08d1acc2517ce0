// Row types of the store's tables, as Kysely sees them. JSON is kept as text on both backends so
// what comes back is byte-for-byte what went in (Postgres jsonb would reorder keys).

export interface ScenariosTable {
  id: string;
  title: string;
  current_version: number;
  current_hash: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface ScenarioVersionsTable {
  scenario_id: string;
  version: number;
  title: string;
  text: string;
  hash: string;
  author: string;
  message: string;
  created_at: string;
}

export interface EventsTable {
  scenario_id: string;
  version: number;
  position: number;
  event_id: string;
  date: string;
  party: string | null;
  title: string | null;
  data: string;
}

export interface RunsTable {
  id: string;
  scenario_id: string;
  version: number;
  engine: string;
  params: string;
  params_hash: string;
  /** JSON of the seed (number or null): text keeps 64-bit integers exact on both backends. */
  seed: string;
  scenario_hash: string;
  result: string;
  created_at: string;
}

export interface StoreDatabase {
  scenarios: ScenariosTable;
  scenario_versions: ScenarioVersionsTable;
  events: EventsTable;
  runs: RunsTable;
}
