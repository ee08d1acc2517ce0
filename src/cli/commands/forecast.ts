// `entente forecast`: where the talks are likely to end on each issue axis.
import { Command, Option } from 'commander';
import {
  type ForecastModel,
  forecast,
  parseKtabParams,
  renderForecast,
  renderMonteCarlo,
} from '../../engines/forecast/index.js';
import { forecastMonteCarlo } from '../../node/forecast-monte-carlo.js';
import { CliError, loadScenario, printJson } from '../io.js';
import { interruptSignal, progressBar } from '../progress.js';

interface Opts {
  model: ForecastModel;
  runs?: string;
  seed: string;
  jitter?: string;
  threads?: string;
  rounds?: string;
  param?: string[];
  asOf?: string;
  json?: boolean;
}

export function forecastCommand(): Command {
  return new Command('forecast')
    .description(
      'forecast where the talks end on each issue (KTAB or BDM expected-utility model), with baselines and Monte Carlo',
    )
    .argument('<file>', 'scenario file; "-" reads standard input')
    .addOption(
      new Option('--model <name>', 'the model').choices(['ktab', 'bdm', 'mean', 'median']).default('ktab'),
    )
    .option('--runs <n>', 'Monte Carlo runs over input uncertainty (stance position_sd, or --jitter)')
    .option('--seed <n>', 'random seed (results are identical for a seed, whatever the thread count)', '1')
    .option(
      '--jitter <sd>',
      'standard deviation (axis units, 0–100) for positions without their own position_sd',
    )
    .option('--threads <n>', 'worker threads for Monte Carlo (default: cores, at most 8)')
    .option('--rounds <n>', 'BDM: number of rounds')
    .option('--param <k=v...>', 'KTAB switches, e.g. --param VictoryProbModel=Square VotingRule=Binary')
    .option('--as-of <date>', 'the scenario as it stood on this date (YYYY-MM-DD)')
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      `
Models: ktab (KTAB's spatial model of politics, default), bdm (Bueno de Mesquita's expected-utility
model as reconstructed by Scholz, Calbert & Smith 2011), mean / median (power × salience weighted
baselines, always shown beside a model's forecast). Ctrl-C during Monte Carlo keeps partial results.

Examples:
  $ entente forecast examples/ukraine-peace-talks/scenario.yaml
  $ entente forecast examples/ukraine-peace-talks/scenario.yaml --model bdm --as-of 2025-11-30
  $ entente forecast examples/ukraine-peace-talks/scenario.yaml --runs 1000 --jitter 5 --seed 7`,
    )
    .action(async (file: string, opts: Opts) => {
      const { scenario } = loadScenario(file, opts.asOf);
      const seed = integer(opts.seed, '--seed', 0);
      const ktab = opts.param ? parseKtabParams(Object.fromEntries(opts.param.map(splitParam))) : undefined;
      const bdm = opts.rounds ? { rounds: integer(opts.rounds, '--rounds', 1) } : undefined;
      const common = { model: opts.model, seed, ...(ktab && { ktab }), ...(bdm && { bdm }) };
      if (!opts.runs) {
        const result = forecast(scenario, common);
        if (opts.json) printJson(result);
        else process.stdout.write(`${renderForecast(result)}\n`);
        return;
      }
      const runs = integer(opts.runs, '--runs', 1);
      const bar = progressBar('Monte Carlo', !opts.json);
      const stop = interruptSignal();
      try {
        const result = await forecastMonteCarlo(scenario, {
          ...common,
          runs,
          ...(opts.jitter !== undefined && { jitter: number(opts.jitter, '--jitter') }),
          ...(opts.threads !== undefined && { threads: integer(opts.threads, '--threads', 0) }),
          signal: stop.signal,
          onProgress: (p) => bar.update(p.completed, p.runs),
        });
        bar.stop();
        if (opts.json) printJson(result);
        else process.stdout.write(`${renderMonteCarlo(result)}\n`);
        if (result.cancelled) process.exitCode = 130;
      } finally {
        bar.stop();
        stop.dispose();
      }
    });
}

function splitParam(kv: string): [string, string] {
  const at = kv.indexOf('=');
  if (at <= 0) throw new CliError(`--param takes NAME=VALUE, got '${kv}'`);
  return [kv.slice(0, at), kv.slice(at + 1)];
}

export function integer(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(`${flag} must be a whole number ≥ ${min}, got '${value}'`);
  return n;
}

export function number(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new CliError(`${flag} must be a number ≥ 0, got '${value}'`);
  return n;
}
