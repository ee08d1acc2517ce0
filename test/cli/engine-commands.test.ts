import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/parse.js';
import { repoPath } from '../model/fixtures.js';
import { entente } from './run.js';

const flagship = 'examples/ukraine-peace-talks/scenario.yaml';

describe('entente forecast', () => {
  it('prints per-issue forecasts with both baselines', () => {
    const r = entente(['forecast', flagship, '--model', 'bdm', '--rounds', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NATO membership');
    expect(r.stdout).toMatch(/Mean/);
    expect(r.stdout).toMatch(/Median/);
  });

  it('gives the same Monte Carlo result for a seed whatever the thread count', () => {
    const run = (threads: string) =>
      JSON.parse(
        entente([
          'forecast',
          flagship,
          '--runs',
          '24',
          '--jitter',
          '5',
          '--seed',
          '3',
          '--threads',
          threads,
          '--json',
        ]).stdout,
      );
    const one = run('0');
    const two = run('2');
    expect(one.completed).toBe(24);
    expect(two.issues).toEqual(one.issues);
  });

  it('reports a bad model parameter as a user error, without a stack trace', () => {
    const r = entente(['forecast', flagship, '--param', 'VictoryProbModel=Odds']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Odds" is not one of Linear, Square, Quartic, Octic, Binary');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('rejects a bad --runs with a usage error', () => {
    const r = entente(['forecast', flagship, '--runs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--runs must be a whole number ≥ 1, got 'many'");
  });
});

describe('entente extract', () => {
  const report = 'test/extract/fixtures/talks-paraphrase.txt';

  it('lists candidate events without touching the scenario', () => {
    const before = readFileSync(repoPath(flagship), 'utf8');
    const r = entente([
      'extract',
      report,
      '--scenario',
      flagship,
      '--date',
      '2025-12-15',
      '--source',
      'seed',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const candidates = JSON.parse(r.stdout);
    expect(
      candidates.some(
        (c: { finding: { stance: string; party: string } }) =>
          c.finding.party === 'UKR' && c.finding.stance === 'conditional_offer',
      ),
    ).toBe(true);
    expect(readFileSync(repoPath(flagship), 'utf8')).toBe(before);
  });

  it('--apply-all writes valid events, keeps comments, and proposes nothing twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-extract-'));
    const file = join(dir, 'talks.yaml');
    copyFileSync(repoPath(flagship), file);
    const args = [
      'extract',
      repoPath(report),
      '--scenario',
      file,
      '--date',
      '2025-12-15',
      '--source',
      'seed',
      '--apply-all',
    ];
    const first = entente(args);
    expect(first.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# judgement'); // comments survive
    expect(validateScenario(text).scenario).toBeDefined();
    const again = entente([...args.slice(0, -1), '--json']);
    expect(JSON.parse(again.stdout)).toEqual([]);
  });
});

describe('entente extract and guessed candidates', () => {
  it('lists a guessed candidate, drops it with --no-guess, and never writes it with --apply-all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-guess-'));
    const text = join(dir, 'report.txt');
    writeFileSync(
      text,
      'Kyiv is sticking with its NATO ambitions for now, officials in the capital told reporters.\n',
    );
    const file = join(dir, 'talks.yaml');
    copyFileSync(repoPath(flagship), file);
    const base = ['extract', text, '--scenario', file, '--date', '2025-12-15', '--source', 'wire'];
    const listed = JSON.parse(entente([...base, '--json']).stdout);
    expect(listed).toHaveLength(1);
    expect(listed[0].finding).toMatchObject({ party: 'UKR', issue: 'nato', guessed: true });
    expect(JSON.parse(entente([...base, '--json', '--no-guess']).stdout)).toEqual([]);
    const before = readFileSync(file, 'utf8');
    const applied = entente([...base, '--apply-all']);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toMatch(/1 guessed candidate not written/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('entente extract --rules-only', () => {
  it('turns the learnt issue model off: NATO named as the frame of a mission is then read as a position', () => {
    const dir = mkdtempSync(join(tmpdir(), 'entente-rules-'));
    const text = join(dir, 'report.txt');
    writeFileSync(
      text,
      'Any guarantees for Ukraine should be backed by capable European and non-European troops in a mission outside NATO, with no American soldiers involved, Hegseth said.\n',
    );
    const base = [
      'extract',
      text,
      '--scenario',
      flagship,
      '--date',
      '2025-02-13',
      '--source',
      'wire',
      '--json',
    ];
    const issues = (args: string[]) =>
      (JSON.parse(entente(args).stdout) as { finding: { issue?: string } }[]).map((c) => c.finding.issue);
    expect(issues(base)).toEqual(['guarantees']);
    expect(issues([...base, '--rules-only'])).toEqual(['guarantees', 'nato']);
  });
});

describe('entente simulate and tournament', () => {
  it('finds no agreement in the flagship while the red lines clash, and shows which concession unlocks the text', () => {
    const r = entente(['simulate', flagship, '--protocol', 'mediator', '--json']);
    const out = JSON.parse(r.stdout);
    expect(out.outcome.agreed).toBe(false);
    const unlock = entente(['simulate', flagship, '--protocol', 'mediator', '--unlock']);
    expect(unlock.code).toBe(0);
    expect(unlock.stdout).toMatch(/AGREEMENT in round \d+/);
  });

  it('replays identically from the seed, and agrees in the trade scenario', () => {
    const run = () =>
      entente([
        'simulate',
        'examples/trade/scenario.yaml',
        '--strategy',
        'SUP=boulware:0.3,BUY=conceder',
        '--seed',
        '5',
        '--json',
      ]).stdout;
    const a = JSON.parse(run());
    expect(a.outcome.agreed).toBe(true);
    expect(JSON.parse(run()).trace).toEqual(a.trace);
  });

  it('rejects a strategy for an unknown party', () => {
    const r = entente(['simulate', flagship, '--strategy', 'XYZ=linear']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("unknown party 'XYZ'");
  });

  it('runs a tournament with the same result on 0 and 2 threads', () => {
    const args = [
      'tournament',
      'examples/trade/scenario.yaml',
      '--strategies',
      '*=boulware|linear|hardliner',
      '--seeds',
      '4',
      '--json',
    ];
    const zero = JSON.parse(entente([...args, '--threads', '0']).stdout);
    const two = JSON.parse(entente([...args, '--threads', '2']).stdout);
    expect(two.combinations).toEqual(zero.combinations);
    expect(zero.overall.agreementRate).toBeGreaterThan(0);
  });
});
