// Entry point: `node dist/cli/bin.js` (via bin/entente.js) or `tsx src/cli/bin.ts` in development.
import { main } from './main.js';

process.exitCode = await main(process.argv);
