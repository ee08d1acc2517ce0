export { FormatError } from './common.js';
export { exportGenius, type GeniusExport } from './export.js';
export { type GeniusProfileText, importGenius } from './import.js';
