// `entente serve`: the workbench (web app and HTTP API) over the scenario store.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, ServeError, serve } from '../../server/serve.js';
import { DEFAULT_WEB_DIR } from '../../server/static.js';
import { CliError, EXIT } from '../io.js';

/** The dashboard most people want first: the flagship when it is loaded, else the first scenario. */
const FLAGSHIP_ID = 'ukraine-peace-talks';

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write(`(could not open a browser: open ${url} yourself)\n`));
    child.unref();
  } catch {
    process.stderr.write(`(could not open a browser: open ${url} yourself)\n`);
  }
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('start the workbench: the web app and the HTTP API over your scenario store')
    .option('--host <address>', `address to listen on (other than loopback only with a token)`, DEFAULT_HOST)
    .option('--port <number>', 'port (0 picks a free one)', String(DEFAULT_PORT))
    .option('--data-dir <dir>', 'folder of the SQLite store (default: ENTENTE_DATA_DIR or ./.entente)')
    .option('--token <secret>', 'access token every request must carry (default: ENTENTE_TOKEN)')
    .option('--open', 'open the dashboard in a browser')
    .addHelpText(
      'after',
      `
On first start the bundled examples (examples/*/scenario.yaml) are loaded into an empty store.
Set ENTENTE_DATABASE_URL to use Postgres instead of SQLite. See docs/workbench.md.

Examples:
  $ entente serve
  $ entente serve --port 8080 --data-dir ~/entente-data
  $ ENTENTE_TOKEN=$(openssl rand -hex 16) entente serve --host 0.0.0.0`,
    )
    .action(
      async (opts: { host: string; port: string; dataDir?: string; token?: string; open?: boolean }) => {
        if (!/^\d+$/.test(opts.port)) throw new CliError(`--port must be a whole number, got '${opts.port}'`);
        let server: Awaited<ReturnType<typeof serve>>;
        try {
          server = await serve({
            host: opts.host,
            port: Number(opts.port),
            dataDir: opts.dataDir ? path.resolve(opts.dataDir) : undefined,
            token: opts.token,
          });
        } catch (e) {
          if (e instanceof ServeError) throw new CliError(e.message, EXIT.usage);
          throw e;
        }
        const token = opts.token ?? process.env.ENTENTE_TOKEN;
        const scenarios = await server.store.listScenarios();
        const first = scenarios.find((s) => s.id === FLAGSHIP_ID) ?? scenarios[0];
        const page = first ? `scenarios/${encodeURIComponent(first.id)}` : '';
        const url = `${server.url}${page}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
        const out = process.stdout;
        if (server.seeded.length)
          out.write(`Loaded the examples into the store: ${server.seeded.join(', ')}\n`);
        out.write(`Store: ${server.store.location}\n`);
        if (!existsSync(path.join(DEFAULT_WEB_DIR, 'index.html')))
          out.write('The web app is not built (run `npm run build:web`); the API works meanwhile.\n');
        out.write(`\nEntente workbench: ${url}\n(Ctrl-C stops it)\n`);
        if (opts.open) openBrowser(url);
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            void server.close().then(resolve);
          };
          process.on('SIGINT', stop);
          process.on('SIGTERM', stop);
        });
      },
    );
}
