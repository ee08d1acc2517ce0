// Graph Model for Conflict Resolution: stability analysis of a scenario's `conflict` section.
export { analyzeStability, explainStability, GMCR_ENGINE_VERSION, stateLabel } from './analyze.js';
export { GmcrError } from './errors.js';
export { compileConflict, type GraphModel, patternOf } from './model.js';
export { type RandomConflictSpec, randomConflictScenario } from './random-conflict.js';
export { renderStability } from './render.js';
export * from './types.js';
