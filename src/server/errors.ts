// The API's error shape: {error: {code, message, problems?, ...}} with a stable `code`. Typed
// errors from the model, the store and the engines map to a status here, in one place.
import { formatProblem, type Problem, ScenarioError, TimelineError } from '../model/errors.js';
import { StoreError, VersionConflictError } from '../store/index.js';

export type ApiErrorCode =
  | 'bad_request'
  | 'invalid_scenario'
  | 'invalid_params'
  | 'timeline_error'
  | 'engine_input'
  | 'engine_unavailable'
  | 'id_mismatch'
  | 'unauthorized'
  | 'forbidden_host'
  | 'unsupported_media_type'
  | 'not_found'
  | 'scenario_not_found'
  | 'version_not_found'
  | 'run_not_found'
  | 'job_not_found'
  | 'scenario_exists'
  | 'version_conflict'
  | 'payload_too_large'
  | 'internal';

export const STATUS: Record<ApiErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 501> = {
  bad_request: 400,
  invalid_scenario: 400,
  invalid_params: 400,
  timeline_error: 400,
  engine_input: 400,
  engine_unavailable: 501,
  id_mismatch: 400,
  unauthorized: 401,
  forbidden_host: 403,
  unsupported_media_type: 415,
  not_found: 404,
  scenario_not_found: 404,
  version_not_found: 404,
  run_not_found: 404,
  job_not_found: 404,
  scenario_exists: 409,
  version_conflict: 409,
  payload_too_large: 413,
  internal: 500,
};

/** A problem as the API returns it: the located Problem plus the CLI's one-line rendering. */
export type ApiProblem = Problem & { formatted: string };

export function apiProblems(problems: Problem[]): ApiProblem[] {
  return problems.map((p) => ({ ...p, formatted: formatProblem(p) }));
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
  get status() {
    return STATUS[this.code];
  }
}

/** Names of engine errors that mean "this input cannot be analysed" rather than a bug. */
const ENGINE_INPUT_ERRORS = new Set(['ForecastInputError', 'GmcrError', 'SpaceTooComplexError']);

/** Any thrown value → the API error to send. Unknown errors become `internal` without their stack. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ScenarioError) {
    const errors = e.problems.filter((p) => p.severity === 'error').length;
    return new ApiError(
      'invalid_scenario',
      `the scenario is not valid (${errors} problem${errors === 1 ? '' : 's'})`,
      { problems: apiProblems(e.problems) },
    );
  }
  if (e instanceof TimelineError) return new ApiError('timeline_error', e.message, { path: e.path });
  if (e instanceof VersionConflictError) {
    return new ApiError('version_conflict', e.message, {
      expectedVersion: e.expectedVersion,
      currentVersion: e.currentVersion,
    });
  }
  if (e instanceof StoreError) {
    const code: ApiErrorCode =
      e.code === 'scenario_not_found' ||
      e.code === 'version_not_found' ||
      e.code === 'scenario_exists' ||
      e.code === 'version_conflict'
        ? e.code
        : e.code === 'invalid_input'
          ? 'bad_request'
          : 'internal';
    return new ApiError(code, e.message);
  }
  if (e instanceof Error && ENGINE_INPUT_ERRORS.has(e.name)) return new ApiError('engine_input', e.message);
  return new ApiError('internal', 'internal error (see the server log)');
}

export function errorBody(e: ApiError) {
  return { error: { code: e.code, message: e.message, ...e.extra } };
}
