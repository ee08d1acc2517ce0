// `npm run bench`: runs every benchmark in this folder, one process each so that memory figures
// are not mixed. Each benchmark prints its own figures and ratios against a baseline measured in
// the same run. BENCH_QUICK=1 shrinks the sizes for a smoke run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `${here}${file}`], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.log(`bench/${file} failed with exit code ${r.status}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
