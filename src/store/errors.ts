// Typed store errors. `code` is stable so the HTTP layer can map it to a status and a JSON error.

export type StoreErrorCode =
  | 'scenario_not_found'
  | 'version_not_found'
  | 'scenario_exists'
  | 'version_conflict'
  | 'invalid_input'
  | 'store_config';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

export class ScenarioNotFoundError extends StoreError {
  readonly scenarioId: string;
  constructor(scenarioId: string) {
    super('scenario_not_found', `Scenario "${scenarioId}" does not exist in the store.`);
    this.name = 'ScenarioNotFoundError';
    this.scenarioId = scenarioId;
  }
}

export class VersionNotFoundError extends StoreError {
  readonly scenarioId: string;
  readonly version: number;
  constructor(scenarioId: string, version: number) {
    super('version_not_found', `Scenario "${scenarioId}" has no version ${version}.`);
    this.name = 'VersionNotFoundError';
    this.scenarioId = scenarioId;
    this.version = version;
  }
}

export class ScenarioExistsError extends StoreError {
  readonly scenarioId: string;
  constructor(scenarioId: string) {
    super(
      'scenario_exists',
      `Scenario "${scenarioId}" already exists; save a new version with an update, or pick another id.`,
    );
    this.name = 'ScenarioExistsError';
    this.scenarioId = scenarioId;
  }
}

/** Someone saved the scenario after the caller loaded it: reload, merge, and save again. */
export class VersionConflictError extends StoreError {
  readonly scenarioId: string;
  readonly expectedVersion: number;
  readonly currentVersion: number;
  constructor(scenarioId: string, expectedVersion: number, currentVersion: number) {
    super(
      'version_conflict',
      `Scenario "${scenarioId}" is at version ${currentVersion}, not ${expectedVersion}: it was saved by ` +
        `someone else meanwhile. Reload version ${currentVersion}, reapply your change and save again.`,
    );
    this.name = 'VersionConflictError';
    this.scenarioId = scenarioId;
    this.expectedVersion = expectedVersion;
    this.currentVersion = currentVersion;
  }
}

export class InvalidStoreInputError extends StoreError {
  readonly field: string;
  constructor(field: string, message: string) {
    super('invalid_input', `${field}: ${message}`);
    this.name = 'InvalidStoreInputError';
    this.field = field;
  }
}

export class StoreConfigError extends StoreError {
  constructor(message: string) {
    super('store_config', message);
    this.name = 'StoreConfigError';
  }
}
