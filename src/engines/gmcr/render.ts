// Plain-text report of a stability result for a terminal: the state table, equilibria, coalition
// stability and the status-quo paths.
import {
  CONCEPT_LABELS,
  type ConceptStability,
  type DecisionMakerInfo,
  type StabilityResult,
} from './types.js';

const MAX_ROWS = 500;

function pad(text: string, width: number, right = false): string {
  const t = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return right ? t.padStart(width) : t.padEnd(width);
}

function table(
  result: StabilityResult,
  dms: DecisionMakerInfo[],
  concepts: ConceptStability[],
  title: string,
): string[] {
  const lines: string[] = [title];
  lines.push(
    `Columns per concept: one digit per decision maker (1 stable, 0 not), in the order ${dms
      .map((d, k) => `${k + 1}=${d.name}`)
      .join(', ')}; E marks an equilibrium.`,
  );
  const stable = concepts.map((c) => dms.map((d) => new Set(c.stableFor[d.id])));
  const eq = concepts.map((c) => new Set(c.equilibria));
  const n = result.options.length;
  const labelWidth = Math.min(64, Math.max(5, ...result.states.map((s) => s.label.length)));
  const colWidth = Math.max(dms.length + 2, ...concepts.map((c) => CONCEPT_LABELS[c.concept].length));
  const head = [
    pad('#', 5, true),
    pad('code', 8, true),
    pad('pattern', Math.max(7, n)),
    pad('state', labelWidth),
  ]
    .concat(concepts.map((c) => pad(CONCEPT_LABELS[c.concept], colWidth)))
    .join('  ');
  lines.push(head, '-'.repeat(head.length));
  for (const st of result.states.slice(0, MAX_ROWS)) {
    const cells = concepts.map((_, k) => {
      const digits = stable[k].map((set) => (set.has(st.code) ? '1' : '0')).join('');
      return pad(eq[k].has(st.code) ? `${digits} E` : digits, colWidth);
    });
    lines.push(
      [
        pad(String(st.ordinal), 5, true),
        pad(String(st.code), 8, true),
        pad(st.pattern, Math.max(7, n)),
        pad(st.label, labelWidth),
      ]
        .concat(cells)
        .join('  ')
        .trimEnd(),
    );
  }
  if (result.states.length > MAX_ROWS) {
    lines.push(`… ${result.states.length - MAX_ROWS} more states (use the JSON output for all of them)`);
  }
  lines.push('');
  const ordinal = new Map(result.states.map((s) => [s.code, s]));
  for (const c of concepts) {
    const list = c.equilibria.map((s) => `${ordinal.get(s)!.ordinal} (${ordinal.get(s)!.pattern})`);
    const shown = list.length > 40 ? [...list.slice(0, 40), `… ${list.length - 40} more`] : list;
    lines.push(
      `${pad(`${CONCEPT_LABELS[c.concept]} equilibria:`, 19)} ${shown.length > 0 ? shown.join(', ') : 'none'}`,
    );
  }
  return lines;
}

export function renderStability(result: StabilityResult): string {
  const total = 2 ** result.options.length;
  const lines: string[] = [
    `Conflict stability (${result.semantics === 'textbook' ? 'textbook' : 'gmcr-py'} sanction semantics)`,
    `${result.options.length} options, ${result.states.length} feasible states of ${total}`,
    `Options: ${result.options.map((o, i) => `${i + 1}=${o.label} [${result.dms.find((d) => d.members.includes(o.party))?.name ?? o.party}]${o.direction === 'fwd' ? ' (N→Y only)' : o.direction === 'back' ? ' (Y→N only)' : ''}`).join('; ')}`,
    '',
  ];
  lines.push(...table(result, result.dms, result.results, 'Stability by party'));
  if (result.coalitions) {
    lines.push(
      '',
      ...table(result, result.coalitions.dms, result.coalitions.concepts, 'Stability with coalitions'),
    );
  }
  if (result.statusQuo) {
    const sq = result.statusQuo;
    const byCode = new Map(result.states.map((s) => [s.code, s]));
    const ref = (code: number) => `${byCode.get(code)!.ordinal} (${byCode.get(code)!.pattern})`;
    const name = (id: string) => result.dms.find((d) => d.id === id)?.name ?? id;
    lines.push('', `Status quo: state ${ref(sq.state)} — ${byCode.get(sq.state)!.label}`);
    if (sq.paths.length === 0) lines.push('  No equilibrium is reachable by unilateral improvements.');
    for (const p of sq.paths) {
      const concepts = p.equilibriumUnder.map((c) => CONCEPT_LABELS[c]).join(', ');
      const steps =
        p.steps.length === 0
          ? 'the status quo is itself an equilibrium'
          : p.steps.map((s) => `${name(s.by)} → ${ref(s.to)}`).join(', ');
      lines.push(`  to ${ref(p.to)} [${concepts}] in ${p.steps.length} move(s): ${steps}`);
    }
    if (sq.omitted > 0) lines.push(`  … and ${sq.omitted} more reachable equilibria (use the JSON output)`);
    if (sq.unreachable.length > 0) lines.push(`  Not reachable: ${sq.unreachable.map(ref).join(', ')}`);
  }
  if (result.notes.length > 0) lines.push('', ...result.notes.map((n) => `Note: ${n}`));
  return `${lines.join('\n')}\n`;
}
