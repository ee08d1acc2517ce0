// The workbench server: the HTTP API and the web app over the store. See docs/workbench.md.
export { type App, type AppOptions, createApp, DEFAULT_MAX_BODY } from './app.js';
export { ENGINE_NAMES, type EngineName } from './engines.js';
export { ApiError, type ApiErrorCode, type ApiProblem } from './errors.js';
export { openApiDocument } from './openapi.js';
export { type EngineRunner, inlineRunner, workerRunner } from './runner.js';
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  isLoopback,
  ServeError,
  type ServeOptions,
  type Server,
  seedExamples,
  serve,
} from './serve.js';
