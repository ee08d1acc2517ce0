#!/usr/bin/env node
// `npm start`: build what is missing or older than its sources (the compiled CLI in dist/, the
// web app in web/dist/), then run `entente serve`, which loads the bundled examples into an empty
// store and prints the URL.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Newest modification time of the files under a folder (0 when absent). */
const newest = (dir) => {
  let t = 0;
  if (!existsSync(dir)) return t;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};
const outdated = (output, ...sources) =>
  !existsSync(output) ||
  statSync(output).mtimeMs < Math.max(...sources.map((s) => newest(path.join(root, s))));

if (outdated(path.join(root, 'dist', 'cli', 'bin.js'), 'src'))
  run('Compiling the TypeScript sources', bin('tsc'), ['-p', 'tsconfig.build.json']);
if (outdated(path.join(root, 'web', 'dist', 'index.html'), 'web/src'))
  run('Building the web app', bin('vite'), ['build', 'web', '--logLevel', 'warn']);

// Hand over to the CLI in this process so that Ctrl-C reaches the server directly.
process.argv = [process.argv[0], path.join(root, 'bin', 'entente.js'), 'serve', ...process.argv.slice(2)];
await import('../bin/entente.js');
