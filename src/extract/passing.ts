// Positions reported in passing: "Management rejected the union's demand for a 35-hour week" also
// says the union demands a 35-hour week. The rules read the main clause's actor; this reads the
// party a stance noun belongs to — its possessor ("the union's demand", "the Russian demand"), or
// its agent ("the figure put forward by Kharsa", "an offer from the employers") — as holding that
// position on the issue named with the noun (or, when none is, on the main finding's issue).
import { type ClauseFinding, entityMentions } from './analyse.js';
import type { Entity, Gazetteer } from './gazetteer.js';
import type { PhraseMatch } from './phrase-matcher.js';
import type { Token } from './tokenize.js';
import type { Finding, SignalStance } from './types.js';

/** Nouns of stance (by stem) and the stance their holder takes. */
const NOUNS: ReadonlyMap<string, SignalStance> = new Map([
  ['demand', 'demand'],
  ['call', 'demand'],
  ['insistence', 'demand'],
  ['request', 'demand'],
  ['push', 'demand'],
  ['offer', 'offer'],
  ['proposal', 'offer'],
  ['counter-proposal', 'offer'],
  ['counterproposal', 'offer'],
  ['plan', 'offer'],
  ['suggestion', 'offer'],
  ['refusal', 'rejection'],
  ['rejection', 'rejection'],
  ['opposition', 'rejection'],
]);

/** Participles whose agent ("by P") put the thing forward: an offer of it. */
const PUT_FORWARD: ReadonlySet<string> = new Set([
  'forward',
  'floated',
  'proposed',
  'tabled',
  'offered',
  'suggested',
]);

/** Words allowed between a possessor and its noun ("the union's latest offer"). */
const MODIFIERS =
  /^(latest|revised|new|original|initial|final|own|first|second|improved|formal|written|opening)$/;

/** Where a noun's own phrase ends: its issue is not looked for past these ("… but said it wants X"). */
const PHRASE_END = /^(,|;|:|but|and|while|whereas|although|though|saying|calling|which|who|")$/;

/** How far after a noun its issue is looked for ("demand for a withdrawal from the region"). */
const SCOPE = 8;

function stemOf(t: Token | undefined): string {
  return (t?.stem ?? '').replace(/s$/, '');
}

/**
 * Findings for the parties whose positions the sentence reports in passing, leaving out parties
 * that already have a finding in it.
 */
export function positionsInPassing(
  g: Gazetteer,
  tokens: Token[],
  t0: number,
  t1: number,
  found: readonly ClauseFinding[],
): ClauseFinding[] {
  if (!found.length) return [];
  const mentions = entityMentions(g, tokens, t0, t1);
  const issues = mentions.filter((m) => m.value.kind !== 'party');
  const has = new Set(found.map((f) => f.finding.party));
  const out: ClauseFinding[] = [];
  for (const m of mentions) {
    if (m.value.kind !== 'party') continue;
    const party = m.value.id;
    if (has.has(party)) continue;
    const read = possessed(g, tokens, m, t1) ?? agentOf(tokens, m, t0);
    if (!read) continue;
    const [stance, at, before] = read;
    // The issue named with the noun, within its phrase: after it for a possessor ("demand for a
    // withdrawal"), before it for an agent ("the ceasefire plan put forward by").
    let from = at;
    let to = at;
    if (before) while (from > Math.max(t0, at - SCOPE) && !PHRASE_END.test(tokens[from - 1].norm)) from--;
    else while (to < Math.min(t1 - 1, at + SCOPE) && !PHRASE_END.test(tokens[to + 1].norm)) to++;
    const near = before
      ? issues.filter((i) => i.t0 >= from && i.t1 <= at + 1).at(-1)
      : issues.find((i) => i.t0 >= m.t1 && i.t0 <= to);
    const home = found.find((f) => f.t0 <= at && at < f.t1) ?? found[0];
    const issue = near ? (near.value as { issue: string }).issue : home.finding.issue;
    const option = near?.value.kind === 'option' ? near.value.option : undefined;
    const finding: Finding = {
      party,
      partyFrom: 'named',
      issue,
      option,
      relinquished: false,
      stance,
      firmness: 'firm',
      negated: false,
      cues: [tokens[at].norm],
    };
    if (finding.issue === undefined) delete finding.issue;
    if (finding.option === undefined) delete finding.option;
    out.push({ finding, t0: Math.min(m.t0, at), t1: Math.min(t1, Math.max(m.t1, at + SCOPE)) });
    has.add(party);
  }
  return out;
}

/**
 * "the union's (latest) demand", "the Russian demand", "a Qalbari suggestion", "Russia's ceasefire
 * proposal": the stance, the noun's index, and false (its issue comes with or after it).
 */
function possessed(
  g: Gazetteer,
  tokens: Token[],
  m: PhraseMatch<Entity>,
  t1: number,
): [SignalStance, number, boolean] | undefined {
  let k = m.t1;
  const possessive = tokens[k]?.norm === "'s" || tokens[k]?.norm === "'";
  if (possessive) k++;
  else if (!g.demonyms.has(tokens[m.t1 - 1].norm)) return undefined;
  for (let n = 0; n < 2 && k < t1 && MODIFIERS.test(tokens[k].norm); n++) k++;
  // "Russia's ceasefire proposal", "the union's pay offer": up to two words naming what it is about
  for (let n = 0; n < 3 && k + n < t1; n++) {
    const stance = NOUNS.get(stemOf(tokens[k + n]));
    if (stance) return [stance, k + n, false];
    if (!/^[a-z][a-z-]*$/.test(tokens[k + n].norm)) return undefined;
  }
  return undefined;
}

/**
 * "the 30 percent figure put forward by Kharsa", "an offer from the employers": the stance, the
 * index of the word before the agent, and true (its issue comes before it).
 */
function agentOf(
  tokens: Token[],
  m: PhraseMatch<Entity>,
  t0: number,
): [SignalStance, number, boolean] | undefined {
  let k = m.t0 - 1;
  while (k > t0 && /^(the|its|their)$/.test(tokens[k].norm)) k--;
  // (the word before the preposition must be in this sentence too)
  if (k - 1 < t0) return undefined;
  const prep = tokens[k].norm;
  if (prep === 'by' && PUT_FORWARD.has(tokens[k - 1].norm)) return ['offer', k - 1, true];
  if (prep === 'from') {
    const stance = NOUNS.get(stemOf(tokens[k - 1]));
    if (stance) return [stance, k - 1, true];
  }
  return undefined;
}
