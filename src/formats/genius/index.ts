export { FormatError } from './common.js';
export { type GeniusProfileText, importGenius } from './import.js';
