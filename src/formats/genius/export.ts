// Scenario → GENIUS XML (a domain file and one profile per party). Every issue is written as a
// discrete issue (range levels become items), with each party's per-value utilities as
// evaluations and its normalised weights. What GENIUS cannot hold is listed in `warnings`.
import { compileSpace, stanceUtilities } from '../../engines/space/compile.js';
import type { Issue, Scenario } from '../../model/types.js';
import { num } from './common.js';

export interface GeniusExport {
  domain: string;
  profiles: { name: string; xml: string }[];
  warnings: string[];
}

function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function labels(issue: Issue): string[] {
  return issue.kind === 'options' ? issue.options.map((o) => o.label) : issue.levels.map(String);
}

function issueOpen(issue: Issue, k: number): string {
  return `<issue index="${k + 1}" name="${esc(issue.name)}" vtype="discrete" type="discrete" etype="discrete">`;
}

export function exportGenius(s: Scenario): GeniusExport {
  const warnings: string[] = [];
  const space = compileSpace(s);
  const objective = `<objective index="0" description="" name="${esc(s.meta.title)}" type="objective" etype="objective">`;
  const domain = [
    '<negotiation_template>',
    `<utility_space number_of_issues="${s.issues.length}">`,
    objective,
    ...s.issues.flatMap((issue, k) => [
      issueOpen(issue, k),
      ...labels(issue).map((l, j) => `<item index="${j + 1}" value="${esc(l)}"></item>`),
      '</issue>',
    ]),
    '</objective>',
    '</utility_space>',
    '</negotiation_template>',
    '',
  ].join('\n');
  const profiles = s.parties.map((p, pi) => {
    const lines = [`<utility_space number_of_issues="${s.issues.length}">`, objective];
    const utils = s.issues.map((issue) => stanceUtilities(issue, p.stances[issue.id]).utils);
    const tops = utils.map((u) => Math.max(0, ...u));
    // GENIUS divides each discrete issue by its best evaluation; folding that maximum into the
    // weight keeps every utility up to one common factor F (orderings and the Pareto frontier unchanged).
    const raw = space.weights[pi].map((w, k) => w * tops[k]);
    const factor = raw.reduce((a, b) => a + b, 0);
    if (Math.abs(factor - 1) > 1e-9) {
      warnings.push(
        `${p.name}: GENIUS rescales each issue and the weights, so this party's utilities (and walk-away value) are divided by ${num(factor)}; orderings, the Pareto frontier and the scale-free solutions (Nash, Kalai–Smorodinsky) are unchanged`,
      );
    }
    s.issues.forEach((issue, k) => {
      lines.push(issueOpen(issue, k));
      labels(issue).forEach((l, j) => {
        lines.push(`<item index="${j + 1}" value="${esc(l)}" evaluation="${num(utils[k][j])}"></item>`);
      });
      lines.push('</issue>');
    });
    s.issues.forEach((_, k) => {
      const w = factor > 0 ? raw[k] / factor : 1 / s.issues.length;
      lines.push(`<weight index="${k + 1}" value="${num(w)}"></weight>`);
    });
    lines.push('</objective>');
    lines.push(
      `<reservation value="${num(factor > 0 ? space.reservation[pi] / factor : space.reservation[pi])}"></reservation>`,
    );
    lines.push('<discount_factor value="1.0"></discount_factor>');
    lines.push('</utility_space>', '');
    if (p.constraints.length > 0) {
      warnings.push(
        `${p.name}: ${p.constraints.length} constraint(s) have no GENIUS equivalent and were left out`,
      );
    }
    return { name: `${p.id}.xml`, xml: lines.join('\n') };
  });
  return { domain, profiles, warnings };
}
