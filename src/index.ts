// Public library API of Entente. The model, timeline and engines are pure and run in Node and
// the browser; file and network I/O live in the CLI, store and server.
export * from './model/errors.js';
export { constraintExpr, evalExpr, renderConstraintRule, renderExpr, satisfies } from './model/expr.js';
export { canonicalJson, contentHash, type Provenance, provenance } from './model/hash.js';
export { type ParseOptions, parseScenario, type Validation, validateScenario } from './model/parse.js';
export { scenarioJsonSchema, scenarioSchema } from './model/schema.js';
export type * from './model/types.js';
export {
  appliedEvents,
  isResolved,
  type Resolution,
  type ResolvedScenario,
  resolveAsOf,
} from './timeline/apply.js';
export { describeChange } from './timeline/describe.js';
export { type DiffEntry, diff, diffDates } from './timeline/diff.js';
export { VERSION } from './version.js';
