export { type GeniusWebProfileText, importGeniusWeb } from './import.js';
