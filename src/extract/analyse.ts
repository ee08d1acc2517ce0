// Reads one sentence: splits it into clauses, finds who speaks, the stance taken on each issue
// named, how firmly, and on what condition. Rules, not a trained model: every decision can be
// traced to the cue phrases listed in the finding.
import type { Entity, Gazetteer } from './gazetteer.js';
import type { CueClass } from './lexicon.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { Token } from './tokenize.js';
import type { Finding, Firmness, SignalCondition, SignalStance } from './types.js';

/** A finding with the token range of the clause it came from. */
export interface ClauseFinding {
  finding: Finding;
  t0: number;
  t1: number;
}

interface Cue {
  cls: CueClass;
  t0: number;
  t1: number;
  phrase: string;
}

const STANCE_CUES: ReadonlySet<CueClass> = new Set(['offer', 'demand', 'rejection', 'relinquish', 'acceptance']);
const NOT_ACTOR_BEFORE: ReadonlySet<string> = new Set(['with', 'between', 'against', 'to', 'from', 'on', 'and']);
/** How far back a negation reaches to flip a cue ("will not accept", "not prepared to"). */
const NEGATION_SCOPE = 3;
/** How far back a relinquishing verb reaches to an option ("abandoning its bid for NATO membership"). */
const RELINQUISH_SCOPE = 5;

/** Non-overlapping entity mentions, longest first (a party alias inside an option alias loses). */
function entityMentions(g: Gazetteer, tokens: Token[], t0: number, t1: number): PhraseMatch<Entity>[] {
  const all = g.entities.scan(tokens, t0, t1, true);
  // Longest first; on equal length an option beats its issue (it says more).
  const rank = (e: Entity) => (e.kind === 'option' ? 0 : e.kind === 'issue' ? 1 : 2);
  all.sort((a, b) => b.t1 - b.t0 - (a.t1 - a.t0) || rank(a.value) - rank(b.value) || a.t0 - b.t0);
  const taken = new Uint8Array(t1 - t0);
  const out: PhraseMatch<Entity>[] = [];
  for (const m of all) {
    let free = true;
    for (let i = m.t0; i < m.t1; i++) if (taken[i - t0]) free = false;
    if (!free) continue;
    for (let i = m.t0; i < m.t1; i++) taken[i - t0] = 1;
    out.push(m);
  }
  return out.sort((a, b) => a.t0 - b.t0);
}

function cueMatches(g: Gazetteer, tokens: Token[], t0: number, t1: number): Cue[] {
  return g.cues
    .scan(tokens, t0, t1, true)
    .map((m) => ({ cls: m.value, t0: m.t0, t1: m.t1, phrase: m.phrase }))
    .filter((c) => !(c.phrase === 'once' && tokens[c.t1]?.norm === 'again'));
}

/** Clause boundaries: "While A, B" splits at the comma; "A, but B" / "A; B" split at the word. */
function clauses(tokens: Token[], t0: number, t1: number, cues: Cue[]): [number, number][] {
  const cuts = new Set<number>();
  for (const c of cues) {
    if (c.cls !== 'clause_break') continue;
    if (c.t0 === t0) {
      for (let i = c.t1; i < t1; i++) {
        if (tokens[i].norm === ',') {
          cuts.add(i);
          break;
        }
      }
    } else cuts.add(c.t0);
  }
  const out: [number, number][] = [];
  let s = t0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > s) out.push([s, cut]);
    s = cut;
  }
  if (t1 > s) out.push([s, t1]);
  return out;
}

function inside(m: { t0: number }, r: [number, number] | undefined): boolean {
  return r !== undefined && m.t0 >= r[0] && m.t0 < r[1];
}

function isNegated(cues: Cue[], at: number, from: number): boolean {
  return cues.some((c) => c.cls === 'negation' && c.t0 < at && c.t0 >= Math.max(from, at - NEGATION_SCOPE));
}

/** A number in the clause that is a plausible value of a range issue, snapped to its levels. */
function rangeValue(g: Gazetteer, issue: string, tokens: Token[], t0: number, t1: number): number | undefined {
  const r = g.ranges.get(issue);
  if (!r) return undefined;
  for (let i = t0; i < t1; i++) {
    const raw = tokens[i].norm.replace(/,/g, '');
    if (!/^\d+(\.\d+)?k?$/.test(raw)) continue;
    let v = Number.parseFloat(raw) * (raw.endsWith('k') ? 1000 : 1);
    const next = tokens[i + 1]?.norm;
    if (next === 'million') v *= 1_000_000;
    if (next === 'thousand') v *= 1000;
    if (v < r.min || v > r.max) continue;
    let best = r.levels[0];
    for (const l of r.levels) if (Math.abs(l - v) < Math.abs(best - v)) best = l;
    return best;
  }
  return undefined;
}

interface IssueRef {
  issue: string;
  option?: string;
  relinquished: boolean;
  /** First token of the first mention. */
  at: number;
}

/** Issues named in a token range, with the option named for each (nearest the first mention). */
function issueRefs(
  g: Gazetteer,
  tokens: Token[],
  mentions: PhraseMatch<Entity>[],
  cues: Cue[],
  range: [number, number],
  exclude?: [number, number],
): IssueRef[] {
  const byIssue = new Map<string, IssueRef>();
  for (const m of mentions) {
    if (!inside(m, range) || inside(m, exclude)) continue;
    const e = m.value;
    if (e.kind === 'party') continue;
    const relinquished = cues.some(
      (c) => c.cls === 'relinquish' && c.t1 <= m.t0 && c.t0 >= Math.max(range[0], m.t0 - RELINQUISH_SCOPE),
    );
    const ref = byIssue.get(e.issue);
    if (!ref) {
      byIssue.set(e.issue, {
        issue: e.issue,
        option: e.kind === 'option' ? e.option : undefined,
        relinquished: e.kind === 'option' && relinquished,
        at: m.t0,
      });
    } else if (e.kind === 'option' && (ref.option === undefined || (relinquished && !ref.relinquished))) {
      // A relinquished option names what is given up: it says more than a plain mention.
      ref.option = e.option;
      ref.relinquished = relinquished;
    }
  }
  for (const ref of byIssue.values()) {
    if (ref.option === undefined && g.ranges.has(ref.issue)) {
      const v = rangeValue(g, ref.issue, tokens, range[0], range[1]);
      if (v !== undefined) ref.option = String(v);
    }
  }
  return [...byIssue.values()];
}

function firmnessFor(cues: Cue[], at: number, from: number, stance: SignalStance, conditional: boolean): Firmness | null {
  let best: Cue | undefined;
  let bestDist = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    if (c.cls !== 'firm' && c.cls !== 'tentative' && c.cls !== 'hypothetical') continue;
    if (c.t0 < from || c.t0 > at + 2) continue;
    const d = Math.abs(at - c.t0);
    // Equal distance: the longer phrase is the more specific ("could consider" over "could").
    if (d < bestDist || (d === bestDist && best && c.t1 - c.t0 > best.t1 - best.t0)) {
      best = c;
      bestDist = d;
    }
  }
  if (stance === 'progress') return null;
  if (!best) return 'firm';
  // "would not accept" is a refusal, not a hypothesis.
  if (best.cls === 'hypothetical' && cues.some((c) => c.cls === 'negation' && c.t0 === best.t1)) return 'firm';
  if (best.cls === 'hypothetical') return conditional ? 'hypothetical' : 'tentative';
  if (best.cls === 'firm' && isNegated(cues, best.t0, from)) return 'tentative';
  return best.cls;
}

/** The stance a cue stands for, once negation is taken into account. */
function stanceOf(c: Cue, negated: boolean): SignalStance | undefined {
  switch (c.cls) {
    case 'rejection':
      return negated ? 'offer' : 'rejection'; // "does not rule out" opens a door
    case 'offer':
    case 'acceptance':
    case 'relinquish':
      return negated ? 'rejection' : 'offer';
    case 'demand':
      return negated ? undefined : 'demand';
    default:
      return undefined;
  }
}

export interface SentenceContext {
  /** The actor of the previous finding, for pronouns and subjectless clauses. */
  lastParty?: string;
}

/** Findings of one sentence (token range [t0, t1)). Updates `ctx.lastParty`. */
export function analyseSentence(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  ctx: SentenceContext,
): ClauseFinding[] {
  const mentions = entityMentions(g, tokens, t0, t1);
  // A cue inside a name is part of the name ("United States" is not "state").
  const named = new Uint8Array(t1 - t0);
  for (const m of mentions) for (let i = m.t0; i < m.t1; i++) named[i - t0] = 1;
  const cues = cueMatches(g, tokens, t0, t1).filter((c) => !named[c.t0 - t0]);
  const out: ClauseFinding[] = [];
  let sentenceSpeaker: string | undefined;
  for (const [c0, c1] of clauses(tokens, t0, t1, cues)) {
    const cc = cues.filter((c) => c.t0 >= c0 && c.t0 < c1);
    // The condition clause: from its cue to the end of the clause, or, when the clause opens with
    // it ("Only if X, Y"), up to the first comma.
    const condCue = cc.find((c) => c.cls === 'condition');
    let condRange: [number, number] | undefined;
    if (condCue) {
      let end = c1;
      if (condCue.t0 <= c0 + 1) {
        for (let i = condCue.t1; i < c1; i++) {
          if (tokens[i].norm === ',') {
            end = i;
            break;
          }
        }
      }
      condRange = [condCue.t0, end];
    }
    const main = cc.filter((c) => !inside(c, condRange));
    const stanceCues = main.filter((c) => STANCE_CUES.has(c.cls));
    const progressCue = main.find((c) => c.cls === 'progress');
    if (stanceCues.length === 0 && !progressCue) continue;

    // Who: the speaker of reported speech, and the actor of the clause.
    // Parties named as the object of "with", "between", "against" are not the actor.
    const parties = mentions.filter(
      (m) =>
        m.value.kind === 'party' &&
        inside(m, [c0, c1]) &&
        !inside(m, condRange) &&
        !NOT_ACTOR_BEFORE.has(tokens[m.t0 - 1]?.norm ?? ''),
    );
    const firstStance = stanceCues[0] ?? progressCue!;
    const reporting = main.filter((c) => c.cls === 'reporting' && c.t0 <= firstStance.t0);
    const lastReport = reporting[reporting.length - 1];
    let speaker: string | undefined;
    let actor: string | undefined;
    let partyFrom: Finding['partyFrom'] = 'named';
    if (lastReport) {
      const before = parties.filter((m) => m.t1 <= lastReport.t0);
      const pronoun = main.some((c) => c.cls === 'pronoun' && c.t1 <= lastReport.t0);
      speaker = before.length
        ? (before[before.length - 1].value as { id: string }).id
        : pronoun || lastReport.t0 <= c0 + 1
          ? (sentenceSpeaker ?? ctx.lastParty)
          : undefined;
      const embedded = parties.find((m) => m.t0 >= lastReport.t1 && m.t0 < firstStance.t0);
      if (embedded) actor = (embedded.value as { id: string }).id;
      else if (speaker) {
        actor = speaker;
        partyFrom = before.length ? 'speaker' : 'carried';
      }
    }
    if (!actor) {
      const before = parties.filter((m) => m.t1 <= firstStance.t0);
      const byAfter = parties.find((m) => m.t0 > firstStance.t0 && tokens[m.t0 - 1]?.norm === 'by');
      if (before.length) actor = (before[0].value as { id: string }).id;
      else if (byAfter) actor = (byAfter.value as { id: string }).id;
      else if (sentenceSpeaker ?? ctx.lastParty) {
        actor = sentenceSpeaker ?? ctx.lastParty;
        partyFrom = 'carried';
      }
    }
    if (!actor) continue;
    if (speaker) sentenceSpeaker = speaker;

    // On what, and on what condition.
    const refs = issueRefs(g, tokens, mentions, cc, [c0, c1], condRange);
    let condition: SignalCondition | undefined;
    if (condCue && condRange) {
      const cref = issueRefs(g, tokens, mentions, cc, condRange)[0];
      const ct0 = Math.min(condCue.t1, condRange[1] - 1);
      condition = {
        cue: condCue.phrase,
        issue: cref?.issue,
        option: cref?.option,
        relinquished: cref?.relinquished ?? false,
        text: tokens
          .slice(ct0, condRange[1])
          .map((t) => t.norm)
          .join(' '),
      };
      if (!condition.issue) condition = undefined;
    }
    const explicitParty = partyFrom !== 'carried';
    const targets: (IssueRef | undefined)[] = refs.length ? refs : explicitParty ? [undefined] : [];
    for (const ref of targets) {
      // The cue governing this issue: the nearest stance cue before its mention, else after it.
      const at = ref?.at ?? firstStance.t0;
      let cue: Cue | undefined;
      for (const c of stanceCues) if (c.t0 <= at) cue = c;
      cue ??= stanceCues[0];
      let stance: SignalStance | undefined;
      let negated = false;
      if (cue) {
        negated = isNegated(main, cue.t0, c0);
        stance = stanceOf(cue, negated);
      }
      if (!stance && progressCue) stance = 'progress';
      if (!stance) continue;
      if (stance === 'offer' && condition) stance = 'conditional_offer';
      const anchor = cue ?? progressCue!;
      const firmness = firmnessFor(main, anchor.t0, c0, stance, condition !== undefined);
      const used = [
        ...reporting.slice(-1),
        anchor,
        ...main.filter((c) => c.cls === 'negation' && c.t0 < anchor.t0 && c.t0 >= anchor.t0 - NEGATION_SCOPE),
        ...(condCue && condition ? [condCue] : []),
      ];
      const finding: Finding = {
        party: actor,
        partyFrom,
        speaker: speaker && speaker !== actor ? speaker : undefined,
        issue: ref?.issue,
        option: ref?.option,
        relinquished: ref?.relinquished ?? false,
        stance,
        firmness,
        negated,
        condition,
        cues: [...new Set(used.sort((a, b) => a.t0 - b.t0).map((c) => c.phrase))],
      };
      if (finding.speaker === undefined) delete finding.speaker;
      if (finding.option === undefined) delete finding.option;
      if (finding.issue === undefined) delete finding.issue;
      if (finding.condition === undefined) delete finding.condition;
      out.push({ finding, t0: c0, t1: c1 });
    }
    ctx.lastParty = actor;
  }
  return out;
}
