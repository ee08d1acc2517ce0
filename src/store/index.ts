// The store: scenarios with every saved version, their timeline events, and saved engine runs.
// SQLite by default, Postgres when ENTENTE_DATABASE_URL is set; see docs/store.md.
export {
  DEFAULT_DATA_DIR,
  type OpenStoreOptions,
  resolveStoreLocation,
  SQLITE_FILE_NAME,
  type StoreLocation,
} from './config.js';
export * from './errors.js';
export { paramsHash, textHash } from './hash.js';
export { migrationNames } from './migrations.js';
export { renderRunList, renderScenarioList, renderVersionHistory } from './render.js';
export { openStore } from './store.js';
export type * from './types.js';
