// Opening the workbench: the store, the bundled examples on first start, and the listening socket.
// It binds loopback by default and refuses any other address unless an access token is set.
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve as listen } from '@hono/node-server';
import { validateScenario } from '../model/parse.js';
import { openStore, type Store } from '../store/index.js';
import { type AppOptions, createApp } from './app.js';
import { workerRunner } from './runner.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4178;
export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

export class ServeError extends Error {
  override name = 'ServeError';
}

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export interface ServeOptions extends Partial<Omit<AppOptions, 'store'>> {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** SQLite data directory (ENTENTE_DATA_DIR otherwise). */
  dataDir?: string;
  /** Postgres or SQLite URL (ENTENTE_DATABASE_URL otherwise). */
  databaseUrl?: string;
  /** An open store to use instead of opening one. */
  store?: Store;
  /** Load examples/*\/scenario.yaml when the store has no scenario (default true). */
  seedExamples?: boolean;
  examplesDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Server {
  url: string;
  host: string;
  port: number;
  store: Store;
  /** Scenario ids loaded from the examples on this start. */
  seeded: string[];
  close(): Promise<void>;
}

/** Loads the bundled examples into an empty store; returns the ids it created. */
export async function seedExamples(store: Store, dir: string = EXAMPLES_DIR): Promise<string[]> {
  if ((await store.listScenarios()).length > 0) return [];
  const created: string[] = [];
  let folders: string[] = [];
  try {
    folders = readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
  } catch {
    return created;
  }
  for (const folder of folders) {
    const file = path.join(dir, folder, 'scenario.yaml');
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const { scenario } = validateScenario(text, { file });
    if (!scenario) {
      console.warn(`entente serve: skipped ${file}: not a valid scenario (run entente validate on it)`);
      continue;
    }
    await store.createScenario({
      id: scenario.meta.id,
      title: scenario.meta.title,
      text,
      author: 'entente',
      message: `loaded from examples/${folder}`,
      events: scenario.events.map((e) => ({ ...e })),
    });
    created.push(scenario.meta.id);
  }
  return created;
}

export async function serve(opts: ServeOptions = {}): Promise<Server> {
  const env = opts.env ?? process.env;
  const host = opts.host ?? DEFAULT_HOST;
  const token = opts.token ?? (env.ENTENTE_TOKEN || undefined);
  if (!isLoopback(host) && !token) {
    throw new ServeError(
      `refusing to listen on ${host} without an access token: other machines could read and change your scenarios. ` +
        'Set ENTENTE_TOKEN or pass --token <secret> (every request must then carry it), or bind 127.0.0.1.',
    );
  }
  const port = opts.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ServeError(`--port must be a whole number 0–65535, got ${port}`);
  const ownStore = !opts.store;
  const store = opts.store ?? (await openStore({ dataDir: opts.dataDir, url: opts.databaseUrl, env }));
  try {
    const seeded = opts.seedExamples === false ? [] : await seedExamples(store, opts.examplesDir);
    const pool = opts.runner ? undefined : workerRunner();
    const app = createApp({ ...opts, store, token, runner: opts.runner ?? pool });
    const server = await new Promise<ReturnType<typeof listen>>((resolve, reject) => {
      const s = listen({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
      s.once('error', reject);
    });
    const address = server.address() as AddressInfo;
    const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return {
      url: `http://${shown}:${address.port}/`,
      host: address.address,
      port: address.port,
      store,
      seeded,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        });
        await app.idle();
        await pool?.close();
        if (ownStore) await store.close();
      },
    };
  } catch (e) {
    if (ownStore) await store.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new ServeError(
        `port ${port} on ${host} is in use: pick another with --port (0 picks a free one)`,
      );
    throw e;
  }
}
