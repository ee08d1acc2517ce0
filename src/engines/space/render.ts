// Plain-text rendering of an agreement-space analysis for a terminal (no colour codes).
import type { PackageValue, PartyUtility, SpaceAnalysis } from './analyze.js';
import { SOLUTION_SHORT } from './solutions.js';

/** Columns whose index is in `right` are right-aligned (numbers); the rest left-aligned. */
function table(head: string[], rows: string[][], right: (c: number) => boolean = (c) => c > 0): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((x, c) => (right(c) ? x.padStart(widths[c]) : x.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : String(x));

function pkgLines(pkg: PackageValue[], indent = '    '): string[] {
  const w = Math.max(...pkg.map((p) => p.issueName.length));
  return pkg.map((p) => `${indent}${p.issueName.padEnd(w)}  ${p.label}`);
}

function utilLine(us: PartyUtility[]): string {
  return us.map((u) => `${u.name} ${f3(u.utility)} (${u.gain >= 0 ? '+' : ''}${f3(u.gain)})`).join(', ');
}

function countText(c: { count: string | null; exact: boolean; lower: string; upper: string }): string {
  return c.exact ? String(c.count) : `between ${c.lower} and ${c.upper} (bound)`;
}

export function renderSpace(r: SpaceAnalysis): string {
  const out: string[] = [];
  out.push(`Agreement space: ${r.scenario.title}`);
  out.push('');
  out.push(
    table(
      ['party', 'role', 'power', 'walk-away'],
      r.parties.map((p) => [
        p.name,
        p.principal ? `${p.role} (signs)` : p.role,
        f3(p.power),
        f3(p.noAgreement),
      ]),
      (c) => c >= 2,
    ),
  );
  out.push('');
  out.push(`Verdict: ${r.verdict === 'deal' ? 'DEAL POSSIBLE' : 'NO DEAL'}`);
  const facts: [string, string][] = [
    ['packages in the outcome space', r.outcomes],
    ["meeting every principal's hard constraints", r.feasible],
    ['acceptable to every principal (the ZOPA)', countText(r.zopa)],
    [
      'Pareto frontier of those meeting the constraints',
      `${r.frontier.vectors} utility vectors, ${r.frontier.packages} packages`,
    ],
    [
      'Pareto frontier of the ZOPA',
      `${r.zopaFrontier.vectors} utility vectors, ${r.zopaFrontier.packages} packages`,
    ],
  ];
  const w = Math.max(...facts.map(([k]) => k.length));
  for (const [k, v] of facts) out.push(`  ${k.padEnd(w)}  ${v}`);
  if (r.solutions.length > 0) {
    out.push('');
    out.push('Bargaining solutions over the ZOPA (utility of each party; see docs/agreement-space.md)');
    const names = r.solutions[0].utilities.map((u) => u.name);
    out.push(
      table(
        ['solution', ...names, 'ties'],
        r.solutions.map((s) => [
          SOLUTION_SHORT[s.name],
          ...s.utilities.map((u) => f3(u.utility)),
          s.tiedVectors > 1 || s.tiedPackages > 1 ? `${s.tiedVectors} vec / ${s.tiedPackages} pkg` : '-',
        ]),
      ),
    );
    const seen = new Set<string>();
    for (const s of r.solutions) {
      const key = JSON.stringify(s.package);
      if (seen.has(key)) continue;
      seen.add(key);
      const same = r.solutions
        .filter((t) => JSON.stringify(t.package) === key)
        .map((t) => SOLUTION_SHORT[t.name]);
      out.push('');
      out.push(`  Package of ${same.join(', ')}:`);
      out.push(...pkgLines(s.package));
      for (const b of s.breaks) out.push(`    (breaks ${b.partyName}'s '${b.text}', which does not veto)`);
    }
  }
  if (r.conflicts) {
    out.push('');
    out.push(
      `Why there is no deal${r.conflicts.complete ? '' : ' (search stopped early: lists may be incomplete)'}:`,
    );
    r.conflicts.sets.forEach((s, k) => {
      out.push(`  ${k + 1}. ${s.sentence}.`);
    });
    out.push('');
    out.push('Smallest concessions that would open a deal:');
    r.conflicts.concessions.forEach((c, k) => {
      out.push(`  ${k + 1}. ${c.sentence}`);
      if (c.best) {
        out.push(`     best such package: ${utilLine(c.best.utilities)}`);
        out.push(...pkgLines(c.best.package, '       '));
      }
    });
  }
  if (r.nearest.length > 0) {
    out.push('');
    out.push('Nearest packages (fewest broken constraints, then best Nash product):');
    r.nearest.forEach((n, k) => {
      out.push(`  ${k + 1}. breaks ${n.violates.map((v) => `${v.partyName}: ${v.text}`).join('; ')}`);
      out.push(`     ${utilLine(n.utilities)}`);
      out.push(...pkgLines(n.package, '       '));
    });
  }
  if (r.notes.length > 0) {
    out.push('');
    for (const n of r.notes) out.push(`Note: ${n}`);
  }
  return `${out.join('\n')}\n`;
}
