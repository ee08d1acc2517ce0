// A learnt second look at which issues a sentence states a position on. The cue rules pick one
// issue per clause; in a sentence naming several ("a force outside NATO", "after a ceasefire,
// troops would …", "declared X and that Y") they keep a modifier or drop a second position. This
// logistic model scores every issue the sentence names from how it is named and where it stands
// (the words around it, the cues near it, what the rules made of it), and the findings are then
// moved to, or copied onto, the issues it believes. It is trained on the train split of the
// labelled set only (scripts/train-issue-model.ts) and shipped as data, so this module stays pure.
import { asides, type ClauseFinding, type Cue, cueMatches, entityMentions, STANCE_CUES } from './analyse.js';
import type { Entity, Gazetteer } from './gazetteer.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { PosTagger } from './pos.js';
import type { Token } from './tokenize.js';

export interface IssueModel {
  bias: number;
  /** Weight of each binary feature seen often enough in training. */
  weights: Record<string, number>;
}

/** An issue the sentence names, or one the rules read from a number in its unit. */
export interface IssueCandidate {
  issue: string;
  /** The option named with it, if any (the first). */
  option?: string;
  /** First token of its first mention (the clause start when only a number named it). */
  at: number;
  features: string[];
  /** Features of the whole sentence, one array shared by all its candidates. */
  shared: readonly string[];
}

/** Words skipped to reach the word that governs a mention ("after a ceasefire", "outside the NATO"). */
const SKIP_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'any',
  'every',
  'this',
  'that',
  'such',
  'new',
  'full',
  'future',
  'possible',
  'permanent',
  'formal',
]);

const MODAL_OR_NOT: ReadonlySet<string> = new Set([
  'would',
  'should',
  'must',
  'could',
  'will',
  'can',
  'may',
  'no',
  'not',
  'never',
]);
const JOINERS: ReadonlySet<string> = new Set(['and', 'while', ';', 'but', 'whereas']);

/** Words either side of a mention read as features ("outside NATO", "ceasefire monitoring"). */
const WINDOW = 2;

const COORDINATORS: ReadonlySet<string> = new Set(['and', 'plus', 'also', 'well', 'together', 'both']);

function bucket(n: number, edges: readonly number[]): string {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
}

/**
 * The issues named in sentence [t0, t1) and the features the model reads for each, given what the
 * rules found there. Features are names of binary facts; the model's weights give their sense.
 */
export function issueCandidates(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  found: readonly ClauseFinding[],
  pos?: PosTagger,
): IssueCandidate[] {
  const tags = pos?.(t0, t1);
  // What the rules set aside (", who met the envoys in Geneva,", "Asked whether …,") stays aside.
  const aside = asides(tokens, t0, t1, tags);
  const mentions = entityMentions(g, tokens, t0, t1).filter(
    (m) => m.value.kind !== 'party' && !aside.some(([a, b]) => m.t0 >= a && m.t0 < b),
  );
  const exact = new Set(g.entities.scan(tokens, t0, t1, true).map((m) => `${m.t0}:${m.t1}`));
  const cues = cueMatches(g, tokens, t0, t1);
  const byIssue = new Map<string, PhraseMatch<Entity>[]>();
  for (const m of mentions) {
    const issue = (m.value as { issue: string }).issue;
    byIssue.set(issue, [...(byIssue.get(issue) ?? []), m]);
  }
  for (const { finding: f } of found) {
    if (f.issue && !byIssue.has(f.issue)) byIssue.set(f.issue, []);
    if (f.condition?.issue && !byIssue.has(f.condition.issue)) byIssue.set(f.condition.issue, []);
  }
  const issues = [...byIssue.keys()];
  // The sentence's words say what kind of statement it is ("analysts", "expect", "targets").
  const shared: string[] = [`ncand:${Math.min(4, byIssue.size)}`, `nfind:${Math.min(3, found.length)}`];
  for (let j = t0; j < t1; j++) if (/^[a-z]{3,}$/.test(tokens[j].stem)) shared.push(`s:${tokens[j].stem}`);
  // Features are binary: each is counted once, as in training.
  const sharedOnce = [...new Set(shared)];
  const firstAt = (i: string) => byIssue.get(i)?.[0]?.t0 ?? t1;
  const first = issues.reduce((a, b) => (firstAt(b) < firstAt(a) ? b : a), issues[0]);
  const used = new Set(found.map((f) => f.finding.issue).filter(Boolean));
  const out: IssueCandidate[] = [];
  for (const issue of issues) {
    const ms = byIssue.get(issue) ?? [];
    const fs = found.filter((f) => f.finding.issue === issue);
    const feats: string[] = [`n:${Math.min(3, ms.length)}`];
    if (fs.length) {
      feats.push('used');
      if (fs.every((f) => f.finding.guessed)) feats.push('used:guessed');
      if (fs.some((f) => f.finding.option !== undefined)) feats.push('used:option');
      if (fs.some((f) => f.finding.relinquished)) feats.push('used:relinquished');
      for (const st of new Set(fs.map((f) => f.finding.stance))) feats.push(`used:${st}`);
    } else if ([...used].some((u) => u !== issue)) feats.push('other-used');
    if (found.some((f) => f.finding.condition?.issue === issue)) feats.push(fs.length ? 'cond+used' : 'cond');
    if (!ms.length) feats.push('by-number');
    if (ms.some((m) => exact.has(`${m.t0}:${m.t1}`))) feats.push('exact');
    if (ms.some((m) => m.value.kind === 'option')) feats.push('option');
    if (issue === first) feats.push('first');
    const m = ms[0];
    if (m) feats.push(...contextFeatures(tokens, t0, t1, m, cues, found, issue, tags));
    const opt = ms.find((x) => x.value.kind === 'option')?.value as { option?: string } | undefined;
    out.push({
      issue,
      option: opt?.option,
      at: m?.t0 ?? t0,
      features: [...new Set(feats)],
      shared: sharedOnce,
    });
  }
  return out;
}

function contextFeatures(
  tokens: Token[],
  t0: number,
  t1: number,
  m: PhraseMatch<Entity>,
  cues: Cue[],
  found: readonly ClauseFinding[],
  issue: string,
  tags: readonly string[] | undefined,
): string[] {
  const out: string[] = [];
  let k = m.t0 - 1;
  while (k >= t0 && SKIP_BEFORE.has(tokens[k].norm)) k--;
  out.push(k >= t0 ? `prev:${tokens[k].stem}` : 'prev:^');
  if (tags && k >= t0) out.push(`prevtag:${tags[k - t0]}`);
  // A one-word name used as a verb names no issue ("teachers would pay more", "strike a deal").
  if (tags && m.t1 === m.t0 + 1) out.push(`tag:${tags[m.t0 - t0]}`);
  for (let j = Math.max(t0, m.t0 - WINDOW); j < Math.min(t1, m.t1 + WINDOW); j++)
    if (j < m.t0 || j >= m.t1) out.push(`w:${tokens[j].stem}`);
  for (let j = Math.max(t0, m.t0 - 4); j < Math.min(t1, m.t1 + 2); j++)
    if (j < m.t0 || j >= m.t1)
      if (MODAL_OR_NOT.has(tokens[j].norm)) {
        out.push(j < m.t0 ? 'modal-before' : 'modal-after');
        break;
      }
  // "… declared X and that Y": a conjunction between the start of another finding's clause and
  // this mention marks a second position.
  const firstUsed = found
    .filter((f) => f.finding.issue !== undefined && f.finding.issue !== issue)
    .map((f) => f.t0)
    .sort((a, b) => a - b)[0];
  if (firstUsed !== undefined && firstUsed < m.t0) {
    let joined = false;
    let that = false;
    for (let j = Math.max(firstUsed, t0); j < m.t0; j++) {
      if (JOINERS.has(tokens[j].norm)) joined = true;
      if (joined && tokens[j].norm === 'that') that = true;
    }
    if (joined) out.push(that ? 'joined-that' : 'joined');
  }
  const next = m.t1 < t1 ? tokens[m.t1] : undefined;
  out.push(next ? `next:${next.stem}` : 'next:$');
  // A noun right after the name makes it a modifier ("NATO framework", "ceasefire monitoring").
  if (tags && m.t1 < t1 && /^(NOUN|PROPN)$/.test(tags[m.t1 - t0])) out.push('next-noun');
  for (let j = Math.max(t0, m.t0 - 3); j < m.t0; j++)
    if (COORDINATORS.has(tokens[j].norm)) {
      out.push('coordinated');
      break;
    }
  let before = Number.POSITIVE_INFINITY;
  let after = Number.POSITIVE_INFINITY;
  let condBefore = false;
  for (const c of cues) {
    if (STANCE_CUES.has(c.cls) || c.cls === 'progress') {
      if (c.t1 <= m.t0) before = Math.min(before, m.t0 - c.t1);
      else if (c.t0 >= m.t1) after = Math.min(after, c.t0 - m.t1);
    }
    if (c.cls === 'condition' && c.t1 <= m.t0 && c.t0 >= m.t0 - 8) condBefore = true;
  }
  out.push(`cue-before:${bucket(before, [2, 6, 12])}`, `cue-after:${bucket(after, [2, 6])}`);
  if (condBefore) out.push('cond-before');
  const home = found.find((f) => f.t0 <= m.t0 && m.t0 < f.t1);
  if (!home) out.push('outside-clauses');
  else if (home.finding.issue !== undefined && home.finding.issue !== issue) out.push('clause-of-other');
  out.push(`place:${Math.min(2, Math.floor((3 * (m.t0 - t0)) / Math.max(1, t1 - t0)))}`);
  return out;
}

export function issueProbability(
  model: IssueModel,
  features: readonly string[],
  shared: readonly string[] = [],
): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  for (const f of shared) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Fits an L2-regularised logistic regression by gradient descent; rare features are dropped. */
export function trainIssueModel(
  samples: readonly { features: readonly string[]; label: boolean }[],
  { minCount = 3, l2 = 5, epochs = 600, rate = 0.5 } = {},
): IssueModel {
  const counts = new Map<string, number>();
  for (const s of samples) for (const f of new Set(s.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts].filter(([, n]) => n >= minCount).map(([f]) => f);
  names.sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = samples.map((s) =>
    Int32Array.from(new Set(s.features.filter((f) => index.has(f))), (f) => index.get(f) as number),
  );
  const y = Float64Array.from(samples, (s) => (s.label ? 1 : 0));
  const w = new Float64Array(names.length);
  const grad = new Float64Array(names.length);
  let b = 0;
  const n = samples.length;
  for (let e = 0; e < epochs; e++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      let z = b;
      for (const j of rows[i]) z += w[j];
      const d = 1 / (1 + Math.exp(-z)) - y[i];
      gb += d;
      for (const j of rows[i]) grad[j] += d;
    }
    for (let j = 0; j < w.length; j++) w[j] -= (rate * (grad[j] + l2 * w[j])) / n;
    b -= (rate * gb) / n;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number> = {};
  for (let j = 0; j < names.length; j++) if (round(w[j]) !== 0) weights[names[j]] = round(w[j]);
  return { bias: round(b), weights };
}

/** Below this probability an issue is not one the sentence takes a position on. */
export const ISSUE_MIN_P = 0.5;

/**
 * The findings with their issues as the model sees them: a finding on an issue the model doubts
 * moves to a believed issue no finding has, or else names no issue (and goes, when its party has a
 * finding that names one); a believed issue left without a finding gets a copy of the finding
 * whose clause names it (or the nearest one).
 */
export function rerankIssues(
  found: readonly ClauseFinding[],
  candidates: readonly IssueCandidate[],
  model: IssueModel,
  threshold = ISSUE_MIN_P,
): ClauseFinding[] {
  if (!found.length || !candidates.length) return [...found];
  const p = new Map(candidates.map((c) => [c.issue, issueProbability(model, c.features, c.shared)]));
  const believed = candidates.filter((c) => (p.get(c.issue) ?? 0) >= threshold);
  const out = found.map((f) => ({ ...f, finding: { ...f.finding } }));
  const free = () => believed.filter((c) => !out.some((f) => f.finding.issue === c.issue));
  const dropped = new Set<ClauseFinding>();
  // A doubted issue is replaced once: every finding on it moves to the same believed issue.
  const replaced = new Map<string, IssueCandidate | undefined>();
  for (const f of out) {
    const issue = f.finding.issue;
    if (issue === undefined || (p.get(issue) ?? 1) >= threshold) continue;
    if (!replaced.has(issue))
      replaced.set(issue, free().sort((a, b) => Math.abs(a.at - f.t0) - Math.abs(b.at - f.t0))[0]);
    const to = replaced.get(issue);
    if (to) moveTo(f, to);
    else {
      // No better issue: the finding stays (its party and stance may be right) but names none.
      dropped.add(f);
      delete f.finding.issue;
      delete f.finding.option;
      f.finding.relinquished = false;
    }
  }
  for (const c of free()) {
    const home =
      out.find((f) => f.t0 <= c.at && c.at < f.t1) ??
      [...out].sort((a, b) => Math.abs(a.t0 - c.at) - Math.abs(b.t0 - c.at))[0];
    const copy = { ...home, finding: { ...home.finding } };
    moveTo(copy, c);
    out.push(copy);
  }
  // A finding left without an issue says nothing more when its party has a finding that names one.
  return out.filter(
    (f) =>
      !dropped.has(f) ||
      !out.some((o) => o !== f && o.finding.party === f.finding.party && o.finding.issue !== undefined),
  );
}

function moveTo(f: ClauseFinding, c: IssueCandidate): void {
  f.finding.issue = c.issue;
  f.finding.relinquished = false;
  if (c.option !== undefined) f.finding.option = c.option;
  else delete f.finding.option;
}
