// The OpenAPI 3.1 description of the API, written by hand next to the routes; a test checks that
// every route is described and every described path is routed.
import { VERSION } from '../version.js';
import { ENGINE_NAMES } from './engines.js';
import { STATUS } from './errors.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const err = (description: string) => json(ref('Error'), description);
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const q = (name: string, description: string, schema: unknown = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const versionQ = q('version', 'a saved version (default: the current one)', { type: 'integer', minimum: 1 });
const asOfQ = q('asOf', 'the scenario as it stood on this date (default: every event applied)', date);
const common = {
  '400': err('bad request, invalid scenario (with located problems) or bad parameters'),
  '401': err('missing or wrong access token (only when the server has one)'),
  '413': err('request body too large'),
};
const notFound = { '404': err('no such scenario or version') };

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Entente API',
      version: VERSION,
      description:
        'Scenarios with their versions, validation, timelines and engine runs (agreement space, stability, forecast, Monte Carlo). Errors are `{error: {code, message, problems?}}` with a stable code.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/api/health': {
        get: { summary: 'Server status', responses: { '200': json({ type: 'object' }, 'ok') } },
      },
      '/api/openapi.json': {
        get: { summary: 'This document', responses: { '200': json({ type: 'object' }, 'OpenAPI 3.1') } },
      },
      '/api/engines': {
        get: {
          summary: 'The engines and whether each is available in this build',
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  engines: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: {
                        name: { enum: ENGINE_NAMES },
                        title: { type: 'string' },
                        available: { type: 'boolean' },
                      },
                    },
                  },
                },
              },
              'engine list',
            ),
          },
        },
      },
      '/api/validate': {
        post: {
          summary:
            'Validate a scenario document; problems carry file, line, column, path and the CLI message',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text'],
                  properties: { text: { type: 'string' }, file: { type: 'string' } },
                },
              },
              'text/plain': { schema: { type: 'string' } },
              'application/yaml': { schema: { type: 'string' } },
            },
          },
          responses: {
            '200': json(ref('Validation'), 'the problems (valid is false when any is an error)'),
            ...common,
          },
        },
      },
      '/api/scenarios': {
        get: {
          summary: 'List scenarios',
          responses: {
            '200': json(
              { type: 'object', properties: { scenarios: { type: 'array', items: ref('ScenarioSummary') } } },
              'scenarios',
            ),
          },
        },
        post: {
          summary: 'Create a scenario (its id is meta.id)',
          requestBody: { required: true, content: { 'application/json': { schema: ref('SaveRequest') } } },
          responses: {
            '201': json(
              {
                type: 'object',
                properties: {
                  scenario: ref('VersionInfo'),
                  problems: { type: 'array', items: ref('Problem') },
                },
              },
              'created',
            ),
            '409': err('a scenario with this id exists (code scenario_exists)'),
            ...common,
          },
        },
      },
      '/api/scenarios/{id}': {
        parameters: [idParam],
        get: {
          summary: 'The current version with its text and its warnings',
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  scenario: ref('StoredScenario'),
                  problems: { type: 'array', items: ref('Problem') },
                },
              },
              'scenario',
            ),
            ...notFound,
          },
        },
        put: {
          summary: 'Save a new version (optimistic concurrency on expectedVersion)',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  allOf: [
                    ref('SaveRequest'),
                    {
                      type: 'object',
                      required: ['expectedVersion'],
                      properties: { expectedVersion: { type: 'integer' } },
                    },
                  ],
                },
              },
            },
          },
          responses: {
            '200': json(
              {
                type: 'object',
                properties: {
                  scenario: ref('VersionInfo'),
                  problems: { type: 'array', items: ref('Problem') },
                },
              },
              'saved',
            ),
            '409': err(
              'someone saved first (code version_conflict, with currentVersion and current: the current scenario)',
            ),
            ...notFound,
            ...common,
          },
        },
        delete: {
          summary: 'Delete a scenario with its versions, events and runs',
          responses: { '204': { description: 'deleted' }, ...notFound },
        },
      },
      '/api/scenarios/{id}/versions': {
        parameters: [idParam],
        get: {
          summary: 'Version history',
          responses: {
            '200': json(
              { type: 'object', properties: { versions: { type: 'array', items: ref('VersionInfo') } } },
              'versions',
            ),
            ...notFound,
          },
        },
      },
      '/api/scenarios/{id}/versions/{version}': {
        parameters: [
          idParam,
          { name: 'version', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
        ],
        get: {
          summary: 'One version with its text',
          responses: {
            '200': json({ type: 'object', properties: { version: ref('ScenarioVersion') } }, 'version'),
            ...notFound,
          },
        },
      },
      '/api/scenarios/{id}/resolved': {
        parameters: [idParam, versionQ, asOfQ],
        get: {
          summary: 'The normalised scenario as of a date, with its content hash',
          responses: {
            '200': json(
              { type: 'object', properties: { hash: { type: 'string' }, scenario: { type: 'object' } } },
              'resolved scenario',
            ),
            ...notFound,
            ...common,
          },
        },
      },
      '/api/scenarios/{id}/timeline': {
        parameters: [idParam, versionQ, q('asOf', 'only events up to this date', date)],
        get: {
          summary: 'The dated events, each change in words, and its source',
          responses: { '200': json({ type: 'object' }, 'timeline'), ...notFound, ...common },
        },
      },
      '/api/scenarios/{id}/diff': {
        parameters: [
          idParam,
          versionQ,
          q('from', 'compare two dates: the earlier', date),
          q('to', 'compare two dates: the later', date),
          q('fromVersion', 'compare two versions: the older', { type: 'integer' }),
          q('toVersion', 'compare two versions: the newer', { type: 'integer' }),
        ],
        get: {
          summary:
            'What changed between two dates (events and model changes) or two versions (line diff and model changes)',
          responses: { '200': json({ type: 'object' }, 'diff'), ...notFound, ...common },
        },
      },
      '/api/scenarios/{id}/runs': {
        parameters: [idParam],
        post: {
          summary: 'Run an engine; cached by (scenario content hash, engine, params)',
          requestBody: { required: true, content: { 'application/json': { schema: ref('RunRequest') } } },
          responses: {
            '200': json(ref('RunResponse'), 'a cached run'),
            '201': json(ref('RunResponse'), 'a new run, saved'),
            '202': json(
              { type: 'object', properties: { job: ref('Job') } },
              'still running: poll /api/jobs/{id} or follow /api/jobs/{id}/events',
            ),
            '501': err('the engine is not in this build yet (code engine_unavailable)'),
            ...notFound,
            ...common,
          },
        },
      },
      '/api/runs': {
        parameters: [
          q('scenarioId', 'only this scenario'),
          q('engine', 'only this engine'),
          q('version', 'only this version', { type: 'integer' }),
          q('limit', 'at most this many (default 100)', { type: 'integer' }),
        ],
        get: {
          summary: 'Saved runs, newest first (without results)',
          responses: {
            '200': json(
              { type: 'object', properties: { runs: { type: 'array', items: ref('RunInfo') } } },
              'runs',
            ),
          },
        },
      },
      '/api/runs/{id}': {
        parameters: [idParam],
        get: {
          summary: 'A saved run with its result',
          responses: {
            '200': json({ type: 'object', properties: { run: ref('Run') } }, 'run'),
            '404': err('no such run'),
          },
        },
      },
      '/api/jobs/{id}': {
        parameters: [idParam],
        get: {
          summary: 'A running or finished engine job',
          responses: {
            '200': json({ type: 'object', properties: { job: ref('Job') } }, 'job'),
            '404': err('no such job'),
          },
        },
        delete: {
          summary:
            'Release your hold on a running job; it is cancelled when no other client that received it holds it (a finished job is returned as it ended)',
          responses: {
            '200': json({ type: 'object', properties: { job: ref('Job') } }, 'job'),
            '404': err('no such job'),
          },
        },
      },
      '/api/jobs/{id}/events': {
        parameters: [idParam],
        get: {
          summary: 'Server-sent events: progress, then done, failed or cancelled (each data is the Job)',
          responses: {
            '200': {
              description: 'event stream',
              content: { 'text/event-stream': { schema: { type: 'string' } } },
            },
            '404': err('no such job'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'required when the server is started with a token',
        },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { enum: Object.keys(STATUS) },
                message: { type: 'string' },
                problems: { type: 'array', items: ref('Problem') },
              },
            },
          },
        },
        Problem: {
          type: 'object',
          required: ['path', 'message', 'severity', 'formatted'],
          properties: {
            path: { type: 'array', items: { type: ['string', 'integer'] } },
            message: { type: 'string' },
            hint: { type: 'string' },
            severity: { enum: ['error', 'warning'] },
            file: { type: 'string' },
            line: { type: 'integer' },
            column: { type: 'integer' },
            formatted: { type: 'string', description: 'the same line `entente validate` prints' },
          },
        },
        Validation: {
          type: 'object',
          properties: {
            valid: { type: 'boolean' },
            id: { type: 'string' },
            title: { type: 'string' },
            problems: { type: 'array', items: ref('Problem') },
          },
        },
        SaveRequest: {
          type: 'object',
          required: ['text'],
          properties: {
            text: { type: 'string', description: 'the YAML or JSON document' },
            message: { type: 'string' },
            author: { type: 'string' },
            file: { type: 'string' },
          },
        },
        ScenarioSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            currentVersion: { type: 'integer' },
            hash: { type: 'string' },
            createdAt: { type: 'string' },
            updatedAt: { type: 'string' },
            updatedBy: { type: 'string' },
          },
        },
        StoredScenario: {
          allOf: [
            ref('ScenarioSummary'),
            {
              type: 'object',
              properties: {
                text: { type: 'string' },
                author: { type: 'string' },
                message: { type: 'string' },
              },
            },
          ],
        },
        VersionInfo: {
          type: 'object',
          properties: {
            scenarioId: { type: 'string' },
            version: { type: 'integer' },
            title: { type: 'string' },
            hash: { type: 'string' },
            author: { type: 'string' },
            message: { type: 'string' },
            createdAt: { type: 'string' },
          },
        },
        ScenarioVersion: {
          allOf: [ref('VersionInfo'), { type: 'object', properties: { text: { type: 'string' } } }],
        },
        RunRequest: {
          type: 'object',
          required: ['engine'],
          properties: {
            engine: { enum: ENGINE_NAMES },
            params: {
              type: 'object',
              description: 'engine parameters; defaults are filled in before caching',
            },
            asOf: date,
            version: { type: 'integer' },
            wait: {
              type: 'integer',
              minimum: 0,
              maximum: 60000,
              description: 'ms to wait before answering 202 with a job (default 1000)',
            },
          },
        },
        RunInfo: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            scenarioId: { type: 'string' },
            version: { type: 'integer' },
            engine: { type: 'string' },
            params: { type: 'object' },
            paramsHash: { type: 'string' },
            seed: { type: ['integer', 'null'] },
            scenarioHash: { type: 'string' },
            createdAt: { type: 'string' },
          },
        },
        Run: { allOf: [ref('RunInfo'), { type: 'object', properties: { result: { type: 'object' } } }] },
        RunResponse: { type: 'object', properties: { cached: { type: 'boolean' }, run: ref('Run') } },
        Job: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            engine: { type: 'string' },
            scenarioId: { type: 'string' },
            version: { type: 'integer' },
            asOf: { type: ['string', 'null'] },
            state: { enum: ['running', 'done', 'failed', 'cancelled'] },
            progress: {
              type: ['object', 'null'],
              properties: { stage: { type: 'string' }, done: { type: 'number' }, total: { type: 'number' } },
            },
            runId: { type: ['string', 'null'] },
            error: { type: ['object', 'null'] },
          },
        },
      },
    },
  };
}
