// Content hashes identify a scenario state in every engine result, run record and cache key.
// Canonical JSON (sorted keys) makes the hash independent of key order and formatting.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { VERSION } from '../version.js';
import type { Scenario } from './types.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 of the canonical JSON, as hex. */
export function contentHash(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

/** What every engine result records so that it can be reproduced and compared. */
export interface Provenance {
  engine: string;
  engine_version: string;
  scenario_hash: string;
  as_of: string | null;
  params: Record<string, unknown>;
  seed?: number;
}

export function provenance(
  engine: string,
  scenario: Scenario,
  params: Record<string, unknown> = {},
  seed?: number,
): Provenance {
  const resolved = (scenario as { resolved?: { as_of: string | null } }).resolved;
  return {
    engine,
    engine_version: VERSION,
    scenario_hash: contentHash(scenario),
    as_of: resolved?.as_of ?? null,
    params,
    ...(seed !== undefined && { seed }),
  };
}
