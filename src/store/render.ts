// Plain-text tables of store listings for the terminal (no colour codes); pure functions.
import type { RunInfo, ScenarioSummary, VersionInfo } from './types.js';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** "2024-05-31T10:20:30.123Z" → "2024-05-31 10:20:30Z", short enough for a table. */
function shortTime(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function oneLine(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function renderScenarioList(scenarios: ScenarioSummary[]): string {
  if (scenarios.length === 0) return 'No scenarios in the store.';
  return table(
    ['id', 'version', 'updated', 'by', 'title'],
    scenarios.map((s) => [
      s.id,
      String(s.currentVersion),
      shortTime(s.updatedAt),
      s.updatedBy,
      oneLine(s.title),
    ]),
  );
}

export function renderVersionHistory(versions: VersionInfo[]): string {
  if (versions.length === 0) return 'No versions.';
  return table(
    ['version', 'saved', 'by', 'hash', 'message'],
    versions.map((v) => [
      String(v.version),
      shortTime(v.createdAt),
      v.author,
      v.hash.slice(0, 12),
      oneLine(v.message),
    ]),
  );
}

export function renderRunList(runs: RunInfo[]): string {
  if (runs.length === 0) return 'No saved runs.';
  return table(
    ['run', 'scenario', 'version', 'engine', 'seed', 'created'],
    runs.map((r) => [
      r.id.slice(0, 8),
      r.scenarioId,
      String(r.version),
      r.engine,
      r.seed === null ? '-' : String(r.seed),
      shortTime(r.createdAt),
    ]),
  );
}
