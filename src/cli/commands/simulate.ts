// `entente simulate` and `entente tournament`: play the talks forward round by round.
import { Command, Option } from 'commander';
import {
  type MediatorObjective,
  type Protocol,
  parseStrategySets,
  parseStrategySpec,
  renderSimulation,
  renderTournament,
  renderUnlock,
  type SimulationOptions,
  simulate,
  whichConcessionUnlocks,
} from '../../engines/simulate/index.js';
import { tournamentThreaded } from '../../node/simulate-tournament.js';
import { CliError, loadScenario, printJson } from '../io.js';
import { interruptSignal, progressBar } from '../progress.js';
import { integer, number } from './forecast.js';

interface CommonOpts {
  protocol: Protocol;
  rounds: string;
  seed: string;
  mediator?: string;
  objective: MediatorObjective;
  quorum?: string;
  mustSign?: string;
  asOf?: string;
  json?: boolean;
}

function protocolOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option(
        '--protocol <name>',
        'sao: alternating offers; mediator: single negotiating text; consensus: weighted majority may sign',
      )
        .choices(['sao', 'mediator', 'consensus'])
        .default('sao'),
    )
    .option('--rounds <n>', 'deadline in rounds', '100')
    .option('--seed <n>', 'random seed (same seed, same trace)', '1')
    .option('--mediator <party>', "the mediator's party id (default: the party with role mediator)")
    .addOption(
      new Option('--objective <kind>', "the mediator's objective")
        .choices(['nash', 'maxmin', 'own'])
        .default('nash'),
    )
    .option('--quorum <share>', "consensus: share of the principals' power the signers must exceed", '0.5')
    .option(
      '--must-sign <parties>',
      'consensus: parties every agreement needs, comma-separated (e.g. UKR,RUS)',
    )
    .option('--as-of <date>', 'the scenario as it stood on this date (YYYY-MM-DD)')
    .option('--json', 'print the result as JSON');
}

function common(opts: CommonOpts, parties: string[]): SimulationOptions {
  const mustSign = opts.mustSign?.split(',').map((p) => p.trim());
  for (const p of mustSign ?? [])
    if (!parties.includes(p))
      throw new CliError(`--must-sign: unknown party '${p}'; the parties are ${parties.join(', ')}`);
  return {
    protocol: opts.protocol,
    rounds: integer(opts.rounds, '--rounds', 1),
    seed: integer(opts.seed, '--seed', 0),
    objective: opts.objective,
    ...(opts.mediator && { mediator: opts.mediator }),
    ...(opts.quorum !== undefined && { quorum: number(opts.quorum, '--quorum') }),
    ...(mustSign && { mustSign }),
  };
}

export function simulateCommand(): Command {
  return protocolOptions(
    new Command('simulate')
      .description(
        'simulate the negotiation round by round: who offers what, who accepts, agreement or breakdown',
      )
      .argument('<file>', 'scenario file; "-" reads standard input')
      .option(
        '--strategy <spec>',
        'per party: UKR=boulware:0.2,RUS=hardliner (a bare kind applies to all others)',
      )
      .option(
        '--unlock',
        'when there is no zone of agreement, try each minimal concession and show which lets the talks pass',
      )
      .option('--max-rounds-shown <n>', 'rounds of the trace to print', '20'),
  )
    .addHelpText(
      'after',
      `
Strategies: boulware[:e] (concedes late), linear, conceder[:e] (early), time:e, hardliner,
tit-for-tat[:factor], aspiration[:rate]. A party's \`strategy\` in the scenario is used unless
--strategy overrides it. Agents never offer or accept a package that breaks their own red lines or
falls below their no-agreement value.

Examples:
  $ entente simulate examples/ukraine-peace-talks/scenario.yaml --protocol mediator
  $ entente simulate examples/ukraine-peace-talks/scenario.yaml --protocol mediator --unlock
  $ entente simulate examples/trade/scenario.yaml --strategy SUP=boulware:0.3,BUY=conceder --seed 7`,
    )
    .action(
      (file: string, opts: CommonOpts & { strategy?: string; unlock?: boolean; maxRoundsShown: string }) => {
        const { scenario } = loadScenario(file, opts.asOf);
        const ids = scenario.parties.map((p) => p.id);
        const options: SimulationOptions = {
          ...common(opts, ids),
          ...(opts.strategy && { strategies: parseStrategySpec(opts.strategy, ids) }),
        };
        if (opts.unlock) {
          const result = whichConcessionUnlocks(scenario, options);
          if (opts.json) printJson(result);
          else process.stdout.write(`${renderUnlock(result)}\n`);
          return;
        }
        const result = simulate(scenario, options);
        if (opts.json) printJson(result);
        else
          process.stdout.write(
            `${renderSimulation(result, { maxRounds: integer(opts.maxRoundsShown, '--max-rounds-shown', 0) })}\n`,
          );
      },
    );
}

export function tournamentCommand(): Command {
  return protocolOptions(
    new Command('tournament')
      .description('play every combination of strategies over many seeds: agreement rate, rounds, utilities')
      .argument('<file>', 'scenario file; "-" reads standard input')
      .option(
        '--strategies <spec>',
        'per party, alternatives separated by "|": UKR=boulware|linear,*=linear|hardliner',
      )
      .option('--seeds <n>', 'runs per combination', '10')
      .option('--threads <n>', 'worker threads (default: cores, at most 8; 0 = this thread)'),
  )
    .addHelpText(
      'after',
      `
Results are identical for a seed whatever the thread count. Ctrl-C stops and keeps partial results.

Examples:
  $ entente tournament examples/ukraine-peace-talks/scenario.yaml --as-of 2025-09-01
  $ entente tournament examples/trade/scenario.yaml --strategies "*=boulware|linear|conceder|hardliner" --seeds 50`,
    )
    .action(
      async (file: string, opts: CommonOpts & { strategies?: string; seeds: string; threads?: string }) => {
        const { scenario } = loadScenario(file, opts.asOf);
        const ids = scenario.parties.map((p) => p.id);
        const bar = progressBar('Tournament', !opts.json);
        const stop = interruptSignal();
        try {
          const result = await tournamentThreaded(scenario, {
            ...common(opts, ids),
            ...(opts.strategies && { strategies: parseStrategySets(opts.strategies, ids) }),
            seeds: integer(opts.seeds, '--seeds', 1),
            ...(opts.threads !== undefined && { threads: integer(opts.threads, '--threads', 0) }),
            signal: stop.signal,
            onProgress: (p) => bar.update(p.completed, p.runs),
          });
          bar.stop();
          if (opts.json) printJson(result);
          else process.stdout.write(`${renderTournament(result)}\n`);
        } finally {
          bar.stop();
          stop.dispose();
        }
      },
    );
}
