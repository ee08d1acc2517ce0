// The API's error shape: {error: {code, message, problems?, ...}} with a stable `code`. Typed
// errors from the model, the store and the engines map to a status here, in one place.
import { formatProblem, type Problem, ScenarioError, TimelineError, UserError } from '../model/errors.js';
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
  | 'run_cancelled'
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
  run_cancelled: 409,
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
  // Any other error a user can fix (an engine that cannot analyse this input, a bad parameter).
  if (e instanceof UserError) return new ApiError('engine_input', e.message);
  return new ApiError('internal', 'internal error (see the server log)');
}

export function errorBody(e: ApiError) {
  return { error: { code: e.code, message: e.message, ...e.extra } };
}
