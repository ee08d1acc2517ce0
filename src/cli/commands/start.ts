// `npm start`: until the workbench serves a web app, show the flagship scenario and its analyses.
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadScenario } from '../io.js';
import { renderSummary } from '../summary.js';

export const FLAGSHIP = fileURLToPath(
  new URL('../../../examples/ukraine-peace-talks/scenario.yaml', import.meta.url),
);

export function startCommand(): Command {
  return new Command('start')
    .description("show the flagship scenario (Russia–Ukraine talks) and Entente's analyses of it")
    .argument('[file]', 'another scenario to show instead', FLAGSHIP)
    .option('--as-of <date>', 'as it stood on this date (YYYY-MM-DD)')
    .action((file: string, opts: { asOf?: string }) => {
      const { scenario } = loadScenario(file, opts.asOf);
      process.stdout.write(`${renderSummary(scenario)}\n`);
    });
}
