// The built web app (web/dist): files by path, and index.html for every other page so that the
// single-page app's own routes survive a reload.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { ApiError } from './errors.js';

/** web/dist of this package: the same two levels up from src/server and from dist/server. */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Entente</title>
<body style="font-family:system-ui;max-width:40rem;margin:3rem auto">
<h1>Entente</h1><p>The web app has not been built. Run <code>npm start</code> (or <code>npm run build:web</code>)
and reload. The API is up: <a href="/api/scenarios">/api/scenarios</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

export function staticFiles(webDir: string = DEFAULT_WEB_DIR) {
  const root = path.resolve(webDir);
  return (c: Context) => {
    if (c.req.path.startsWith('/api/')) throw new ApiError('not_found', `no route GET ${c.req.path}`);
    const index = path.join(root, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT);
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      throw new ApiError('bad_request', 'malformed path');
    }
    const file = path.resolve(root, `.${rel}`);
    if (file.startsWith(root + path.sep) && existsSync(file) && statSync(file).isFile()) {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      // Vite puts a content hash in every asset name, so those never change.
      const cache = rel.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return c.body(readFileSync(file), 200, { 'content-type': type, 'cache-control': cache });
    }
    if (path.extname(rel)) throw new ApiError('not_found', `no file ${rel}`);
    return c.body(readFileSync(index), 200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' });
  };
}
