// The `entente` command: one commander program, commands registered from ./commands. User errors
// print what to fix and set an exit code; only unexpected failures print a stack trace.
import { Command, CommanderError } from 'commander';
import { formatProblem, ScenarioError, TimelineError, UserError } from '../model/errors.js';
import { VERSION } from '../version.js';
import { analyzeCommand } from './commands/analyze.js';
import { extractCommand } from './commands/extract.js';
import { forecastCommand } from './commands/forecast.js';
import { exportCommand, importCommand } from './commands/formats.js';
import { schemaCommand, showCommand, timelineCommand, validateCommand } from './commands/model.js';
import { serveCommand } from './commands/serve.js';
import { simulateCommand, tournamentCommand } from './commands/simulate.js';
import { stabilityCommand } from './commands/stability.js';
import { startCommand } from './commands/start.js';
import { CliError, color, EXIT } from './io.js';

export function program(): Command {
  const cli = new Command('entente')
    .description('Analyse multi-party negotiations: agreement space, stability, forecasts, timelines.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .addHelpText(
      'after',
      `
A scenario is one YAML or JSON file (see README, "Scenario format"). Start with:
  $ entente show examples/ukraine-peace-talks/scenario.yaml
  $ entente validate my-scenario.yaml`,
    );
  for (const command of [
    validateCommand(),
    showCommand(),
    timelineCommand(),
    analyzeCommand(),
    stabilityCommand(),
    forecastCommand(),
    simulateCommand(),
    tournamentCommand(),
    extractCommand(),
    importCommand(),
    exportCommand(),
    schemaCommand(),
    startCommand(),
    serveCommand(),
  ]) {
    cli.addCommand(command);
  }
  return cli;
}

export async function main(argv: string[]): Promise<number> {
  const cli = program();
  cli.exitOverride();
  try {
    await cli.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    return report(e);
  }
}

function report(e: unknown): number {
  if (e instanceof CommanderError) {
    // commander has printed its own message (or the help / version, which exit 0).
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof ScenarioError) {
    const errors = e.problems.filter((p) => p.severity === 'error');
    process.stderr.write(
      `${color.red(`${e.file ?? 'scenario'} is not valid (${errors.length} problem${errors.length === 1 ? '' : 's'}):`)}\n`,
    );
    for (const p of e.problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(`Run \`entente validate ${e.file ?? '<file>'}\` after fixing them.\n`);
    return EXIT.invalid;
  }
  if (e instanceof TimelineError) {
    process.stderr.write(`${color.red('timeline error:')} ${e.message}\n`);
    return EXIT.invalid;
  }
  if (e instanceof CliError) {
    process.stderr.write(`${color.red('error:')} ${e.message}\n`);
    return e.exitCode;
  }
  if (e instanceof UserError) {
    // Bad input caught by an engine or a format reader: the message says what to fix.
    process.stderr.write(`${color.red('error:')} ${e.message}\n`);
    return EXIT.invalid;
  }
  process.stderr.write(
    `${color.red('internal error')} (please report it): ${(e as Error)?.stack ?? String(e)}\n`,
  );
  return 70;
}
