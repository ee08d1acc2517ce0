#!/usr/bin/env node
// `npm start`: build what is missing (the compiled CLI in dist/, the web app in web/dist/), then
// run `entente serve`, which loads the bundled examples into an empty store and prints the URL.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (what, cmd, args) => {
  process.stdout.write(`${what}…\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write(`npm start: ${what} failed (exit ${r.status}). Run \`npm ci\` first?\n`);
    process.exit(r.status ?? 1);
  }
};
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

if (!existsSync(path.join(root, 'dist', 'cli', 'bin.js')))
  run('Compiling the TypeScript sources', bin('tsc'), ['-p', 'tsconfig.build.json']);
if (!existsSync(path.join(root, 'web', 'dist', 'index.html')))
  run('Building the web app', bin('vite'), ['build', 'web', '--logLevel', 'warn']);

// Hand over to the CLI in this process so that Ctrl-C reaches the server directly.
process.argv = [process.argv[0], path.join(root, 'bin', 'entente.js'), 'serve', ...process.argv.slice(2)];
await import('../bin/entente.js');
