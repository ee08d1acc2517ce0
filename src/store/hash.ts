import { createHash } from 'node:crypto';

/** sha256 (hex) of the scenario text exactly as written, comments and whitespace included. */
export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * JSON with object keys sorted at every depth, so that equal parameters hash equally whatever
 * order the caller built them in. `undefined` members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The key a run is cached under: sha256 of the canonical JSON of its parameters. */
export function paramsHash(params: unknown): string {
  return createHash('sha256')
    .update(canonicalJson(params ?? {}), 'utf8')
    .digest('hex');
}
