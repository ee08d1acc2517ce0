// Plain-text rendering of simulations, tournaments and concession trials (no colour codes).
import type { SimulationOutcome, SimulationResult, TraceRound } from './simulate.js';
import type { TournamentResult } from './tournament.js';
import type { UnlockResult } from './unlock.js';

function table(head: string[], rows: string[][], right: (c: number) => boolean = (c) => c > 0): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((x, c) => (right(c) ? x.padStart(widths[c]) : x.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f3 = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(3));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function outcomeLines(o: SimulationOutcome, indent = ''): string[] {
  const out: string[] = [];
  if (!o.agreed) {
    out.push(`${indent}Outcome: NO AGREEMENT by the deadline (${o.round} rounds).`);
    return out;
  }
  const who =
    o.reason === 'partial agreement'
      ? ` signed by ${o.signers.join(', ')}${o.joined.length ? `, joined by ${o.joined.join(', ')}` : ''}${o.outside.length ? `; outside: ${o.outside.join(', ')}` : ''}`
      : ` signed by every principal (${o.signers.join(', ')})`;
  out.push(`${indent}Outcome: ${o.reason.toUpperCase()} in round ${o.round},${who}.`);
  if (o.package) {
    const w = Math.max(...o.package.map((p) => p.issueName.length));
    for (const p of o.package) out.push(`${indent}  ${p.issueName.padEnd(w)}  ${p.label}`);
  }
  out.push(
    `${indent}  utilities: ${o.utilities.map((u) => `${u.party} ${f3(u.utility)} (${u.gain >= 0 ? '+' : ''}${f3(u.gain)})`).join(', ')}`,
  );
  out.push(
    `${indent}  distance to the Pareto frontier ${f3(o.distanceToFrontier)}, to the Nash solution ${f3(o.distanceToNash)}`,
  );
  return out;
}

function responseText(r: TraceRound): string {
  return r.responses
    .filter((x) => x.response !== 'proposer')
    .map((x) => {
      if (x.response === 'accept') return `${x.party} yes`;
      const ask = x.issue ? ` (${x.redLine ? `red line ${x.redLine}, ` : ''}wants ${x.issue})` : '';
      return `${x.party} no${ask}`;
    })
    .join(', ');
}

/** The simulation as text: parameters, the trace (at most `maxRounds` rows, head and tail), the outcome. */
export function renderSimulation(r: SimulationResult, opts: { maxRounds?: number } = {}): string {
  const out: string[] = [];
  const p = r.params;
  const proto =
    p.protocol === 'sao'
      ? 'stacked alternating offers'
      : p.protocol === 'mediator'
        ? `mediated single text (mediator ${p.mediator}, objective ${p.objective})`
        : `partial consensus (signers above ${pct(p.quorum)} of power)`;
  out.push(`Simulation: ${r.scenario.title}`);
  out.push(`protocol ${proto}; deadline ${p.rounds} rounds; seed ${p.seed}`);
  out.push('');
  out.push(
    table(
      ['party', 'role', 'strategy', 'walk-away', 'opening demand'],
      r.parties.map((x) => [
        x.name,
        x.principal ? `${x.role} (signs)` : x.role,
        x.strategy ?? '—',
        f3(x.noAgreement),
        x.principal ? f3(x.best) : '—',
      ]),
      (c) => c > 2,
    ),
  );
  out.push('');
  out.push(
    `Candidate packages: ${r.space.candidates}; ZOPA frontier: ${r.space.zopaFrontier} point(s)${r.space.nash ? `; Nash point ${r.space.principals.map((id, q) => `${id} ${f3(r.space.nash?.[q])}`).join(', ')}` : ''}`,
  );
  if (r.trace.length > 0) {
    out.push('');
    const principals = r.space.principals;
    const idx = principals.map((id) => r.parties.findIndex((x) => x.id === id));
    const rows = r.trace.map((t) => [
      String(t.round),
      t.proposer,
      ...idx.map((k) => (t.utilities ? f3(t.utilities[k]) : '—')),
      t.package ? responseText(t) : 'nothing acceptable to offer',
    ]);
    const max = opts.maxRounds ?? 24;
    let shown = rows;
    if (rows.length > max) {
      const head = rows.slice(0, Math.ceil(max / 2));
      const tail = rows.slice(rows.length - Math.floor(max / 2));
      shown = [
        ...head,
        ['…', `${rows.length - head.length - tail.length} rounds`, ...idx.map(() => ''), ''],
        ...tail,
      ];
    }
    out.push(
      table(
        ['round', 'proposer', ...principals.map((id) => `u(${id})`), 'responses'],
        shown,
        (c) => c !== 1 && c !== principals.length + 2,
      ),
    );
  }
  out.push('');
  out.push(...outcomeLines(r.outcome));
  if (r.notes.length > 0) {
    out.push('');
    for (const n of r.notes) out.push(`note: ${n}`);
  }
  return out.join('\n');
}

/** The tournament as text: overall figures, per strategy, and the best and worst combinations. */
export function renderTournament(r: TournamentResult, opts: { maxCombinations?: number } = {}): string {
  const out: string[] = [];
  const p = r.params;
  out.push(`Tournament: ${r.scenario.title}`);
  out.push(
    `protocol ${p.protocol}; deadline ${p.rounds} rounds; ${p.combinations} strategy combination(s) × ${p.seeds} seed(s) = ${p.runs} runs (seed ${p.seed})${r.cancelled ? `; CANCELLED after ${r.completed} runs` : ''}`,
  );
  out.push('');
  const o = r.overall;
  out.push(
    `Overall: agreement rate ${pct(o.agreementRate)}, mean rounds ${o.meanRounds.toFixed(1)}${o.meanRoundsToAgreement !== null ? ` (${o.meanRoundsToAgreement.toFixed(1)} to agreement)` : ''}, mean distance to Nash ${f3(o.meanDistanceToNash)}`,
  );
  out.push(`  mean utility: ${r.principals.map((id) => `${id} ${f3(o.meanUtility[id])}`).join(', ')}`);
  out.push('');
  out.push('By strategy (over every combination where the party played it):');
  const rows: string[][] = [];
  for (const id of r.principals) {
    for (const [s, f] of Object.entries(r.byStrategy[id])) {
      rows.push([id, s, String(f.runs), pct(f.agreementRate), f.meanRounds.toFixed(1), f3(f.meanUtility)]);
    }
  }
  out.push(
    table(['party', 'strategy', 'runs', 'agreed', 'mean rounds', 'its mean utility'], rows, (c) => c > 1),
  );
  out.push('');
  const max = opts.maxCombinations ?? 20;
  const sorted = [...r.combinations].sort(
    (a, b) =>
      b.agreementRate - a.agreementRate ||
      a.meanRounds - b.meanRounds ||
      JSON.stringify(a.strategies).localeCompare(JSON.stringify(b.strategies)),
  );
  out.push(
    `Combinations${sorted.length > max ? ` (the ${max} with the highest agreement rate of ${sorted.length})` : ''}:`,
  );
  out.push(
    table(
      [...r.principals, 'agreed', 'mean rounds', ...r.principals.map((id) => `u(${id})`), 'to Nash'],
      sorted
        .slice(0, max)
        .map((c) => [
          ...r.principals.map((id) => c.strategies[id]),
          pct(c.agreementRate),
          c.meanRounds.toFixed(1),
          ...r.principals.map((id) => f3(c.meanUtility[id])),
          f3(c.meanDistanceToNash),
        ]),
      (c) => c >= r.principals.length,
    ),
  );
  if (r.notes.length > 0) {
    out.push('');
    for (const n of r.notes) out.push(`note: ${n}`);
  }
  return out.join('\n');
}

/** Which concession lets the text pass, as text. */
export function renderUnlock(r: UnlockResult): string {
  const out: string[] = [];
  out.push(`Which concession unlocks a deal: ${r.scenario.title}`);
  out.push(
    `protocol ${r.params.protocol}; deadline ${r.params.rounds} rounds; seed ${r.params.seed}; strategies ${Object.entries(
      r.params.strategies,
    )
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  );
  out.push('');
  out.push('As things stand:');
  out.push(...outcomeLines(r.base, '  '));
  if (!r.zopaEmpty) {
    out.push('');
    for (const n of r.notes) out.push(`note: ${n}`);
    return out.join('\n');
  }
  r.trials.forEach((t, k) => {
    out.push('');
    out.push(`${k + 1}. ${t.sentence}`);
    out.push(...outcomeLines(t.outcome, '   '));
  });
  const passing = r.trials.filter((t) => t.outcome.agreed);
  out.push('');
  out.push(
    passing.length === 0
      ? 'No single minimal concession lets the text pass within the deadline.'
      : `The text passes after ${passing.length} of ${r.trials.length} concession(s): ${passing.map((t) => t.whoPays.join(' and ')).join('; ')} paying.`,
  );
  if (!r.complete) out.push('note: the list of concessions may be incomplete (search limit reached).');
  for (const n of r.notes) out.push(`note: ${n}`);
  return out.join('\n');
}
