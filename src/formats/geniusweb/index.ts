export { exportGeniusWeb, type GeniusWebExport } from './export.js';
export { type GeniusWebProfileText, importGeniusWeb } from './import.js';
