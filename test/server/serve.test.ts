import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isLoopback, ServeError, serve } from '../../src/server/index.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'entente-serve-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('serve', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.4', 'example.org']) expect(isLoopback(h)).toBe(false);
  });

  it('refuses to listen on a non-loopback address without a token', async () => {
    const dataDir = tmp();
    await expect(serve({ host: '0.0.0.0', port: 0, dataDir, env: {} })).rejects.toThrow(ServeError);
    await expect(serve({ host: '0.0.0.0', port: 0, dataDir, env: {} })).rejects.toThrow(
      /ENTENTE_TOKEN|--token/,
    );
  });

  it('listens on a non-loopback address with a token, and every request must carry it', async () => {
    const server = await serve({
      host: '0.0.0.0',
      port: 0,
      dataDir: tmp(),
      env: { ENTENTE_TOKEN: 'tok-123' },
      webDir: null,
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/api/scenarios`)).status).toBe(401);
      const ok = await fetch(`${base}/api/scenarios`, { headers: { authorization: 'Bearer tok-123' } });
      expect(ok.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('binds loopback by default, loads the examples into an empty store once, and serves the API', async () => {
    const dataDir = tmp();
    const server = await serve({ port: 0, dataDir, env: {}, webDir: null });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(server.seeded).toContain('trade-contract');
      const list = (await (await fetch(`${server.url}api/scenarios`)).json()) as {
        scenarios: { id: string }[];
      };
      expect(list.scenarios.map((s) => s.id)).toContain('trade-contract');
    } finally {
      await server.close();
    }
    const again = await serve({ port: 0, dataDir, env: {}, webDir: null });
    expect(again.seeded).toEqual([]);
    await again.close();
  });
});

describe('serve over a real socket', () => {
  it('refuses a request whose Host header is not localhost', async () => {
    const server = await serve({ port: 0, dataDir: tmp(), env: {}, webDir: null, seedExamples: false });
    try {
      const http = await import('node:http');
      const status = await new Promise<number>((resolve, reject) => {
        http
          .get(
            {
              host: '127.0.0.1',
              port: server.port,
              path: '/api/health',
              headers: { host: 'attacker.example' },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          )
          .on('error', reject);
      });
      expect(status).toBe(403);
      expect((await fetch(`${server.url}api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
