// Scores extracted findings against labels: per field, the values found in a sentence are compared
// as sets with the labelled ones (micro-averaged over sentences), so a spurious finding in a
// neutral sentence costs precision and a missed one costs recall.

import type { Finding } from '../../src/extract/types.js';
import type { Split } from './labels.js';

export interface LabelledFinding {
  party: string;
  issue?: string;
  option?: string | number;
  stance: Finding['stance'];
  firmness?: Finding['firmness'];
  condition?: string;
}

export interface LabelledSentence {
  scenario: string;
  /** An explicit split; without it the position rule (`splitOf`) decides. */
  split?: Split;
  text: string;
  expect: LabelledFinding[];
}

export const FIELDS = [
  'party',
  'issue',
  'option',
  'stance',
  'firmness',
  'condition',
  'condition_option',
  'event',
] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** What a finding says for one field, or undefined when it says nothing. */
export function fieldValue(field: Field, f: LabelledFinding): string | undefined {
  switch (field) {
    case 'party':
      return f.party;
    case 'issue':
      return f.issue;
    case 'option':
      return f.issue && f.option !== undefined ? `${f.issue}=${f.option}` : undefined;
    case 'stance':
      return f.stance;
    case 'firmness':
      return f.firmness ?? undefined;
    case 'condition':
      return f.condition?.split(':')[0];
    case 'condition_option':
      return f.condition?.includes(':') ? f.condition : undefined;
    case 'event':
      return `${f.party}|${f.issue ?? '-'}|${f.option ?? '-'}|${f.stance}`;
  }
}

/** A finding in label form (options given up are written with a leading "!"). */
export function toLabel(f: Finding): LabelledFinding {
  const c = f.condition;
  return {
    party: f.party,
    issue: f.issue,
    option: f.option === undefined ? undefined : `${f.relinquished ? '!' : ''}${f.option}`,
    stance: f.stance,
    firmness: f.firmness,
    condition: c?.issue
      ? c.option !== undefined
        ? `${c.issue}:${c.relinquished ? '!' : ''}${c.option}`
        : c.issue
      : undefined,
  };
}

function set(field: Field, fs: LabelledFinding[]): Set<string> {
  const out = new Set<string>();
  for (const f of fs) {
    const v = fieldValue(field, f);
    if (v !== undefined) out.add(String(v));
  }
  return out;
}

/** Per-field scores over pairs of (labelled, predicted) findings per sentence. */
export function scoreAll(
  pairs: { gold: LabelledFinding[]; pred: LabelledFinding[] }[],
): Record<Field, FieldScore> {
  const out = {} as Record<Field, FieldScore>;
  for (const field of FIELDS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, pred } of pairs) {
      const g = set(field, gold);
      const p = set(field, pred);
      for (const v of p)
        if (g.has(v)) tp++;
        else fp++;
      for (const v of g) if (!p.has(v)) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    out[field] = { tp, fp, fn, precision, recall, f1 };
  }
  return out;
}

/** Sentence i (0-based, file order) without an explicit split is held out when i % 3 == 2. */
export function splitOf(index: number): 'train' | 'heldout' {
  return index % 3 === 2 ? 'heldout' : 'train';
}

export function renderScores(title: string, n: number, scores: Record<Field, FieldScore>): string {
  const rows = [`${title} (${n} sentences)`, 'field             precision  recall     F1    tp   fp   fn'];
  for (const f of FIELDS) {
    const s = scores[f];
    rows.push(
      `${f.padEnd(16)}  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3).padStart(5)}  ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`,
    );
  }
  return rows.join('\n');
}
