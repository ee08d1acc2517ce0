// `entente import` / `entente export`: the formats of the tools users already have.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import { bdmToScenario, parseBdmCsv } from '../../formats/bdm.js';
import { exportGenius, importGenius } from '../../formats/genius/index.js';
import { exportGeniusWeb, importGeniusWeb } from '../../formats/geniusweb/index.js';
import { exportGmcrPy, importGmcrPy } from '../../formats/gmcr-py.js';
import { ktabToScenario, parseKtab, scenarioToKtabCsv } from '../../formats/ktab.js';
import { scenarioToYaml } from '../../formats/scenario-yaml.js';
import { validateScenario } from '../../model/parse.js';
import type { Scenario } from '../../model/types.js';
import { CliError, color, EXIT, loadScenario, readInput } from '../io.js';

const IMPORTERS: Record<string, { args: string; describe: string; run: (files: string[]) => Scenario }> = {
  genius: {
    args: '<domain.xml> <profile.xml...>',
    describe: 'GENIUS XML domain and one profile per party',
    run: ([domain, ...profiles]) => {
      if (!domain || profiles.length === 0)
        throw new CliError(
          'genius needs a domain file and at least one profile: entente import genius domain.xml a.xml b.xml',
        );
      return importGenius(
        readInput(domain),
        profiles.map((p) => ({ name: basename(p).replace(/\.xml$/i, ''), xml: readInput(p) })),
        { domainFile: domain },
      );
    },
  },
  geniusweb: {
    args: '<folder>',
    describe: 'GeniusWeb JSON: a folder with the domain and the profiles (LinearAdditiveUtilitySpace)',
    run: ([folder]) => {
      if (!folder)
        throw new CliError('geniusweb needs a folder: entente import geniusweb path/to/domain-folder');
      const files = listJson(folder);
      const domain = files.find((f) => /"issuesValues"/.test(f.text));
      if (!domain)
        throw new CliError(
          `no GeniusWeb domain (a JSON file with "issuesValues") in '${folder}'`,
          EXIT.invalid,
        );
      const profiles = files.filter((f) => /"LinearAdditiveUtilitySpace"/.test(f.text));
      if (profiles.length === 0)
        throw new CliError(
          `no GeniusWeb profile (a JSON file with "LinearAdditiveUtilitySpace") in '${folder}'`,
          EXIT.invalid,
        );
      return importGeniusWeb(
        domain.text,
        profiles.map((p) => ({ name: p.name.replace(/\.json$/i, ''), json: p.text })),
        { domainFile: domain.path },
      );
    },
  },
  gmcr: {
    args: '<file.gmcr>',
    describe: 'a gmcr-py conflict (Graph Model for Conflict Resolution)',
    run: ([file]) => importGmcrPy(readInput(required(file, 'gmcr')), basename(file)),
  },
  ktab: {
    args: '<file.csv|file.xml>',
    describe: "KTAB's spatial model of politics input (CSV or XML)",
    run: ([file]) => ktabToScenario(parseKtab(readInput(required(file, 'ktab')), basename(file))),
  },
  bdm: {
    args: '<file.csv>',
    describe: 'the Bueno de Mesquita CSV layout (actor, capability, position, salience)',
    run: ([file]) =>
      bdmToScenario(parseBdmCsv(readInput(required(file, 'bdm')), basename(file)), { title: basename(file) }),
  },
};

function required(file: string | undefined, format: string): string {
  if (!file) throw new CliError(`${format} needs a file: entente import ${format} ${IMPORTERS[format].args}`);
  return file;
}

function listJson(folder: string): { name: string; path: string; text: string }[] {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory())
      throw new CliError(`'${folder}' is a file; give the folder that holds the domain and profiles`);
    names = readdirSync(folder);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read folder '${folder}': no such folder`, EXIT.io);
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, path: join(folder, name), text: readInput(join(folder, name)) }));
}

export function importCommand(): Command {
  const formats = Object.entries(IMPORTERS)
    .map(([name, f]) => `  ${`${name} ${f.args}`.padEnd(42)} ${f.describe}`)
    .join('\n');
  return new Command('import')
    .description("turn another tool's files into an Entente scenario (YAML)")
    .argument('<format>', `one of: ${Object.keys(IMPORTERS).join(', ')}`)
    .argument('<files...>', 'the files to read (see below)')
    .option('-o, --output <file>', 'write the scenario here instead of standard output')
    .addHelpText(
      'after',
      `
Formats:
${formats}

The result is validated before it is written. Imported parties are principals with power 1:
edit roles, power, sources and evidence by hand, since the other tools do not record them.

Examples:
  $ entente import gmcr Garrison.gmcr -o garrison.yaml
  $ entente import genius travel_domain.xml travel_chox.xml travel_fanny.xml > travel.yaml
  $ entente import geniusweb anl2022-domain00/ -o domain00.yaml`,
    )
    .action((format: string, files: string[], opts: { output?: string }) => {
      const importer = IMPORTERS[format];
      if (!importer)
        throw new CliError(`unknown format '${format}'; known: ${Object.keys(IMPORTERS).join(', ')}`);
      const scenario = importer.run(files);
      const yaml = scenarioToYaml(
        scenario,
        `Imported by entente from ${format}: ${files.map((f) => basename(f)).join(', ')}`,
      );
      const check = validateScenario(yaml, { file: opts.output ?? '<output>' });
      const errors = check.problems.filter((p) => p.severity === 'error');
      if (errors.length > 0) {
        throw new CliError(
          `the imported scenario does not validate (please report this):\n${errors.map((p) => `  ${p.message}`).join('\n')}`,
          EXIT.invalid,
        );
      }
      if (opts.output) {
        writeFileSync(opts.output, yaml);
        process.stderr.write(
          `${color.green('wrote')} ${opts.output}: ${scenario.parties.length} parties, ${scenario.issues.length} issues${scenario.conflict ? `, ${scenario.conflict.options.length} conflict options` : ''}\n`,
        );
      } else process.stdout.write(yaml);
    });
}

const EXPORTERS = ['genius', 'geniusweb', 'gmcr', 'ktab'] as const;

export function exportCommand(): Command {
  return new Command('export')
    .description("write a scenario in another tool's format")
    .argument('<file>', 'scenario file; "-" reads standard input')
    .requiredOption('--to <format>', `one of: ${EXPORTERS.join(', ')}`)
    .option(
      '-o, --output <path>',
      'output file (gmcr, ktab) or folder (genius, geniusweb); default: standard output or ./<id>-<format>/',
    )
    .option('--as-of <date>', 'export the scenario as it stood on this date (YYYY-MM-DD)')
    .addHelpText(
      'after',
      `
Formats and what they cannot carry (each export prints warnings for what it leaves out):
  genius, geniusweb  issues and linear-additive profiles; constraints have no equivalent
  gmcr               the conflict section (options, preferences, infeasible states)
  ktab               actors' power, positions and saliences on the 0–100 axes (CSV)

Examples:
  $ entente export examples/ukraine-peace-talks/scenario.yaml --to ktab > talks.csv
  $ entente export examples/ukraine-peace-talks/scenario.yaml --to gmcr -o talks.gmcr
  $ entente export examples/trade/scenario.yaml --to genius -o trade-genius/`,
    )
    .action((file: string, opts: { to: string; output?: string; asOf?: string }) => {
      const { scenario } = loadScenario(file, opts.asOf);
      const { resolved: _r, ...plain } = scenario;
      const s = plain as Scenario;
      const write = (text: string): void => {
        if (opts.output) writeFileSync(opts.output, text);
        else process.stdout.write(text);
      };
      switch (opts.to) {
        case 'gmcr':
          if (!s.conflict)
            throw new CliError(`${file} has no \`conflict\` section to export to gmcr-py`, EXIT.invalid);
          return write(exportGmcrPy(s));
        case 'ktab':
          return write(scenarioToKtabCsv(s));
        case 'genius':
        case 'geniusweb': {
          const folder = opts.output ?? `${s.meta.id}-${opts.to}`;
          mkdirSync(folder, { recursive: true });
          const out = opts.to === 'genius' ? exportGenius(s) : exportGeniusWeb(s);
          const ext = opts.to === 'genius' ? 'xml' : 'json';
          writeFileSync(join(folder, `${s.meta.id}_domain.${ext}`), out.domain);
          for (const p of out.profiles)
            writeFileSync(join(folder, `${p.name}.${ext}`), 'xml' in p ? p.xml : p.json);
          for (const w of out.warnings) process.stderr.write(`${color.yellow('warning:')} ${w}\n`);
          process.stderr.write(
            `${color.green('wrote')} ${folder}/: domain and ${out.profiles.length} profiles\n`,
          );
          return;
        }
        default:
          throw new CliError(`unknown format '${opts.to}'; known: ${EXPORTERS.join(', ')}`);
      }
    });
}
