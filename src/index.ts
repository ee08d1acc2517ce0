// Public library API of Entente. The model, timeline and engines are pure and run in Node and
// the browser; file and network I/O live in the CLI, store and server.

export * as forecast from './engines/forecast/index.js';
export * as gmcr from './engines/gmcr/index.js';
// Engines (pure).
export * as simulate from './engines/simulate/index.js';
export * as space from './engines/space/index.js';
export * as extract from './extract/index.js';
export { bdmToScenario, parseBdmCsv } from './formats/bdm.js';
// Formats of other tools (pure: strings in, data out).
export { FormatError } from './formats/errors.js';
export { exportGenius, importGenius } from './formats/genius/index.js';
export { exportGeniusWeb, importGeniusWeb } from './formats/geniusweb/index.js';
export { exportGmcrPy, importGmcrPy } from './formats/gmcr-py.js';
export { ktabToScenario, parseKtab, scenarioToKtabCsv } from './formats/ktab.js';
export { scenarioToYaml } from './formats/scenario-yaml.js';
export { scenarioToDocument } from './model/document.js';
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
