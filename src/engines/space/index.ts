// Public API of the agreement-space engine.
export {
  analyzeSpace,
  type Concession,
  type ConflictSet,
  type ConstraintRef,
  explainNoDeal,
  type FrontierPoint,
  type NearestPackage,
  type PackageValue,
  type PartyUtility,
  type SolutionResult,
  SPACE_ENGINE_VERSION,
  type SpaceAnalysis,
  type SpaceOptions,
} from './analyze.js';
export {
  type Block,
  type BlockSet,
  buildBlocks,
  buildRegion,
  type Region,
  SpaceTooComplexError,
} from './blocks.js';
export { type BruteForceResult, bruteForceSpace } from './brute.js';
export {
  type CompiledConstraint,
  type CompiledSpace,
  compileSpace,
  EPS,
  holds,
  packageIndices,
  packageOf,
  SpaceInputError,
  stanceUtilities,
  utilityOf,
  valueLabel,
} from './compile.js';
export { countRegion, countZopa, type ZopaCount } from './count.js';
export {
  type Front,
  type Frontier,
  frontierOfBlocks,
  frontierOfRegion,
  nondominated,
  paretoFrontier,
  rationalPart,
} from './frontier.js';
export { type MarcoResult, marco } from './marco.js';
export { renderSpace } from './render.js';
export {
  bargainingSolutions,
  SOLUTION_NAMES,
  SOLUTION_SHORT,
  SOLUTION_TITLES,
  type SolutionName,
  type SolutionPick,
} from './solutions.js';
