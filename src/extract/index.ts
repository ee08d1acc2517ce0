// Extraction: news text → candidate, sourced timeline events (DESIGN §3.6).
export {
  ApplyEventsError,
  type ApplyOptions,
  applyCandidatesToYaml,
  eventToDocument,
} from './apply-yaml.js';
export {
  acceptedFingerprints,
  eventHasFingerprint,
  extractCandidates,
  fingerprintOf,
  prepareExtractor,
  sourceId,
} from './extract.js';
export {
  CUE_CLASSES,
  type CueClass,
  defaultLexicon,
  type Lexicon,
  LexiconError,
  type LexiconPatch,
  mergeLexicon,
  parseLexiconPatch,
} from './lexicon.js';
export { changeText, exprText, renderCandidate, renderCandidates } from './render.js';
export { loadNlp } from './tokenize.js';
export type * from './types.js';
