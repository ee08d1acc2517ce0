// `entente stability`: which states of the conflict are stable, for whom, and how to get there.
import { Command } from 'commander';
import { ALL_CONCEPTS, analyzeStability, type Concept, renderStability } from '../../engines/gmcr/index.js';
import { provenance } from '../../model/hash.js';
import { CliError, loadScenario, printJson } from '../io.js';

interface Opts {
  concepts?: string;
  semantics: 'textbook' | 'gmcrpy';
  asOf?: string;
  json?: boolean;
}

export function stabilityCommand(): Command {
  return new Command('stability')
    .description(
      "conflict analysis (Graph Model for Conflict Resolution) of the scenario's `conflict` section",
    )
    .argument('<file>', 'scenario file; "-" reads standard input')
    .option('--concepts <list>', `stability concepts, comma-separated: ${ALL_CONCEPTS.join(',')}`)
    .option(
      '--semantics <kind>',
      "opponents' responses: textbook (any legal sequence) or gmcrpy (each opponent once)",
      'textbook',
    )
    .option('--as-of <date>', 'the scenario as it stood on this date (YYYY-MM-DD)')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Concepts: nash (rational), gmr (general metarationality), smr (symmetric metarationality),
seq (sequential stability), sim (simultaneous sanctioning), seqsim (SEQ and SIM together).
A state is an equilibrium under a concept when it is stable for every decision maker.

Examples:
  $ entente stability examples/ukraine-peace-talks/scenario.yaml
  $ entente stability examples/ukraine-peace-talks/scenario.yaml --concepts nash,seq --json`,
    )
    .action((file: string, opts: Opts) => {
      const { scenario } = loadScenario(file, opts.asOf);
      if (!scenario.conflict) {
        throw new CliError(
          `${file} has no \`conflict\` section: add options owned by parties and their preferences (see README, "Other sections")`,
          1,
        );
      }
      const concepts = opts.concepts?.split(',').map((c) => c.trim().toLowerCase()) as Concept[] | undefined;
      const unknown = concepts?.filter((c) => !ALL_CONCEPTS.includes(c));
      if (unknown?.length)
        throw new CliError(
          `unknown concept ${unknown.map((c) => `'${c}'`).join(', ')}; known: ${ALL_CONCEPTS.join(', ')}`,
        );
      if (opts.semantics !== 'textbook' && opts.semantics !== 'gmcrpy')
        throw new CliError(`--semantics must be textbook or gmcrpy, got '${opts.semantics}'`);
      const result = analyzeStability(scenario, { semantics: opts.semantics, ...(concepts && { concepts }) });
      if (opts.json)
        printJson({
          ...result,
          provenance: provenance('gmcr', scenario, {
            concepts: concepts ?? ALL_CONCEPTS,
            semantics: opts.semantics,
          }),
        });
      else process.stdout.write(`${renderStability(result)}\n`);
    });
}
