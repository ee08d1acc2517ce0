// One negotiation, round by round, under one of three protocols. Agents are the principals; each
// holds its utility, red lines and walk-away value through the pool's tables (`acc`), so an
// agent can never propose or accept a package that breaks its red lines or falls below its
// walk-away value: it only proposes from its own index (acceptable candidates) and every
// acceptance tests `acc` first.
import { seededUniform } from '../forecast/rng.js';
import { EPS } from '../space/index.js';
import { draftOrder, lowerBound, type Pool } from './pool.js';
import { type CompiledStrategy, Kind } from './strategy.js';

export type Protocol = 'sao' | 'mediator' | 'consensus';
export type MediatorObjective = 'nash' | 'maxmin' | 'own';

export interface RunConfig {
  protocol: Protocol;
  rounds: number;
  /** Per principal (pool order). */
  strategies: CompiledStrategy[];
  /** Upward jitter of a proposer's target, uniform in [0, noise): varies offers between seeds. */
  noise: number;
  /** Candidates scanned above the target when choosing an offer. */
  window: number;
  /** Mediator's party index, or -1 for a neutral mediator. */
  mediator: number;
  objective: MediatorObjective;
  /** How far a mediator raises its estimate of an objector's demand toward its best (0–1). */
  step: number;
  /** Share of the principals' total power the signers must exceed (consensus). */
  quorum: number;
  /** Fewest signers of a partial agreement (consensus). */
  minSigners: number;
  /** Principals (pool order) whose signature every partial agreement needs (consensus). */
  mustSign: Int32Array;
}

/** A response code per principal in a round record. */
export const Resp = { Reject: 0, Accept: 1, Proposer: 2, Absent: 3 } as const;

export interface RoundRecord {
  round: number;
  /** Party index of the proposer (or the mediator; -1 for a neutral mediator). */
  proposer: number;
  /** Candidate id, -1 when the proposer had nothing acceptable to offer. */
  candidate: number;
  /** Per principal: a `Resp` code. */
  responses: Uint8Array;
  /** Per principal: the issue it asks to change (mediator protocol), or -1. */
  named: Int32Array;
  /** Per principal: the red line the draft breaks (its constraint index), or -1. */
  redLine: Int32Array;
  /** Per principal: its target (the utility it demands) this round. */
  targets: Float64Array;
}

export interface RunOutcome {
  agreed: boolean;
  /** Round of the agreement (0-based), or the number of rounds played. */
  round: number;
  candidate: number;
  /** Per principal: 1 signed, 2 joined afterwards (consensus), 0 did not sign. */
  signed: Uint8Array;
}

/**
 * Plays one negotiation. The random stream depends on (seed, index) only, so a run gives the
 * same result in any thread. `onRound` receives each round's record (reused: copy what you keep).
 */
export function negotiate(
  pool: Pool,
  cfg: RunConfig,
  seed: number,
  index: number,
  onRound?: (r: RoundRecord) => void,
): RunOutcome {
  const rand = seededUniform(seed, index);
  const { principals, util, acc, own, reservation } = pool;
  const P = pool.parties;
  const d = principals.length;
  const R = cfg.rounds;
  const target = new Float64Array(d);
  const stated = new Float64Array(d);
  const snapshot = new Float64Array(d);
  // Latest offer (or draft) of each principal; the aspiration strategy's floor reads them.
  const lastOffer = new Int32Array(d).fill(-1);
  let lastDraft = -1;
  for (let q = 0; q < d; q++) {
    target[q] = own[q].max;
    stated[q] = own[q].max;
    snapshot[q] = own[q].max;
  }
  const rec: RoundRecord = {
    round: 0,
    proposer: -1,
    candidate: -1,
    responses: new Uint8Array(d),
    named: new Int32Array(d).fill(-1),
    redLine: new Int32Array(d).fill(-1),
    targets: target,
  };
  const signed = new Uint8Array(d);
  const start = Math.floor(rand() * d);

  const updateTargets = (r: number): void => {
    const t = R > 1 ? r / (R - 1) : 1;
    for (let q = 0; q < d; q++) {
      const s = cfg.strategies[q];
      const lo = reservation[principals[q]];
      const hi = own[q].max;
      let v = target[q];
      if (s.kind === Kind.Time) v = lo + (hi - lo) * (1 - t ** (1 / s.param));
      else if (s.kind === Kind.Hardliner) v = hi;
      else if (r > 0 && s.kind === Kind.TitForTat) {
        let conc = 0;
        let k = 0;
        for (let o = 0; o < d; o++) {
          if (o === q) continue;
          conc += Math.max(0, snapshot[o] - stated[o]);
          k++;
        }
        if (k > 0) v -= (s.param * conc) / k;
      } else if (r > 0 && s.kind === Kind.Aspiration) {
        const floor = Math.max(lo, offeredFloor(q));
        if (v > floor) v -= s.param * (v - floor);
      }
      target[q] = Math.min(hi, Math.max(lo, v));
    }
    for (let q = 0; q < d; q++) snapshot[q] = stated[q];
  };

  // Proposer q's offer: among the candidates just above its (jittered) target, the one the
  // others are most likely to accept as estimated from their latest demands; the nearest ZOPA
  // candidate above the target is always considered too.
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  let ties = 0;
  const consider = (q: number, x: number): void => {
    let sc = 0;
    let sum = 0;
    const base = x * P;
    for (let o = 0; o < d; o++) {
      if (o === q) continue;
      const p = principals[o];
      const u = util[base + p];
      sum += u;
      if (acc[base + p] === 0) sc -= 1000;
      else if (u < stated[o]) sc += u - stated[o];
    }
    sc += 1e-3 * sum;
    if (sc > bestScore + 1e-12) {
      best = x;
      bestScore = sc;
      ties = 1;
    } else if (sc >= bestScore - 1e-12 && x !== best) {
      // Uniform choice among equal scores (reservoir sampling).
      ties++;
      if (rand() * ties < 1) best = x;
    }
  };
  const choose = (q: number): number => {
    const ix = own[q];
    const n = ix.order.length;
    if (n === 0) return -1;
    const jitter = cfg.noise > 0 ? cfg.noise * rand() : 0;
    const tgt = Math.min(ix.max, target[q] + jitter);
    let lo = lowerBound(ix.u, tgt - EPS);
    if (lo >= n) lo = n - 1;
    const hi = Math.min(n, lo + cfg.window);
    best = -1;
    bestScore = Number.NEGATIVE_INFINITY;
    ties = 0;
    for (let j = lo; j < hi; j++) consider(q, ix.order[j]);
    const zn = ix.zopaOrder.length;
    if (zn > 0) {
      let z = lowerBound(ix.zopaU, tgt - EPS);
      if (z >= zn) z = lowerBound(ix.zopaU, target[q] - EPS);
      if (z < zn) consider(q, ix.zopaOrder[z]);
    }
    return best;
  };

  // What the table currently offers q: the mediator's draft, or the worst of the opponents'
  // latest offers (a deal needs the toughest one), counting an unacceptable offer as nothing.
  function offeredFloor(q: number): number {
    const p = principals[q];
    const worth = (x: number) => (x < 0 || acc[x * P + p] === 0 ? Number.NEGATIVE_INFINITY : util[x * P + p]);
    if (cfg.protocol === 'mediator') return worth(lastDraft);
    let floor = Number.POSITIVE_INFINITY;
    for (let o = 0; o < d; o++) if (o !== q) floor = Math.min(floor, worth(lastOffer[o]));
    return floor === Number.POSITIVE_INFINITY ? Number.NEGATIVE_INFINITY : floor;
  }

  const accepts = (q: number, x: number): boolean => {
    const p = principals[q];
    if (acc[x * P + p] === 0) return false;
    return util[x * P + p] >= target[q] - EPS;
  };

  const totalPower = (() => {
    let s = 0;
    for (let q = 0; q < d; q++) s += pool.space.power[principals[q]];
    return s;
  })();
  const powerOf = (q: number) => (totalPower > 0 ? pool.space.power[principals[q]] : 1);
  const powerTotal = totalPower > 0 ? totalPower : d;

  if (cfg.protocol === 'mediator') return mediate();

  for (let r = 0; r < R; r++) {
    updateTargets(r);
    const q = (start + r) % d;
    const x = choose(q);
    rec.round = r;
    rec.proposer = principals[q];
    rec.candidate = x;
    for (let o = 0; o < d; o++) rec.responses[o] = Resp.Absent;
    if (x < 0) {
      onRound?.(rec);
      continue;
    }
    stated[q] = util[x * P + principals[q]];
    lastOffer[q] = x;
    let all = true;
    let power = powerOf(q);
    let signers = 1;
    for (let o = 0; o < d; o++) {
      if (o === q) {
        rec.responses[o] = Resp.Proposer;
        continue;
      }
      const yes = accepts(o, x);
      rec.responses[o] = yes ? Resp.Accept : Resp.Reject;
      if (yes) {
        power += powerOf(o);
        signers++;
      } else all = false;
    }
    onRound?.(rec);
    if (all) {
      signed.fill(1);
      return { agreed: true, round: r, candidate: x, signed };
    }
    let required = true;
    for (const o of cfg.mustSign) if (rec.responses[o] === Resp.Reject) required = false;
    if (
      cfg.protocol === 'consensus' &&
      required &&
      signers >= Math.min(cfg.minSigners, d) &&
      power > cfg.quorum * powerTotal + 1e-12
    ) {
      // The others may join a deal that is acceptable to them (it goes ahead without them).
      for (let o = 0; o < d; o++) {
        const resp = rec.responses[o];
        if (resp === Resp.Accept || resp === Resp.Proposer) signed[o] = 1;
        else if (acc[x * P + principals[o]] === 1) signed[o] = 2;
      }
      return { agreed: true, round: r, candidate: x, signed };
    }
  }
  return { agreed: false, round: R, candidate: -1, signed };

  // Single negotiating text: the mediator drafts, each principal accepts or names the issue it
  // most wants changed (the issue of a red line the draft breaks, else its largest loss), and
  // the mediator revises, raising its estimate of what each objector needs.
  function mediate(): RunOutcome {
    const m = pool.issues;
    const est = new Float64Array(d);
    for (let q = 0; q < d; q++) est[q] = reservation[principals[q]];
    const namedIssue = new Int32Array(d).fill(-1);
    const namedRed = new Int32Array(d).fill(-1);
    let draft = -1;
    const med = cfg.mediator;
    const { packages, n, broken, holds } = pool;
    const wutils = pool.space.wutils;
    const C = pool.space.constraints.length;
    const order = draftOrder(pool, cfg.objective, med);
    for (let r = 0; r < R; r++) {
      updateTargets(r);
      // Each party states its demand to the mediator (what tit-for-tat mirrors here).
      for (let q = 0; q < d; q++) stated[q] = target[q];
      const prev = draft;
      draft = -1;
      let named = 0;
      if (prev >= 0) for (let q = 0; q < d; q++) if (namedIssue[q] >= 0) named++;
      let bBroken = 0;
      let bEstOk = 0;
      let bNamed = 0;
      let bSlack = 0;
      // Lexicographic: fewest broken red lines / walk-away values, then meeting the estimated
      // demands, then the named issues, then (when the demands cannot all be met) the least
      // shortfall, then the objective — the static order already ranks the first and the last.
      for (let k = 0; k < n; k++) {
        const x = order[k];
        if (draft >= 0 && broken[x] > bBroken) break;
        const base = x * P;
        let slack = Number.POSITIVE_INFINITY;
        let improved = 0;
        for (let q = 0; q < d; q++) {
          const p = principals[q];
          const sl = util[base + p] - est[q];
          if (sl < slack) slack = sl;
          if (named > 0 && namedIssue[q] >= 0) {
            if (namedRed[q] >= 0) {
              if (holds[x * C + namedRed[q]] === 1) improved++;
            } else {
              const i = namedIssue[q];
              const w = wutils[p][i];
              if (w[packages[x * m + i]] > w[packages[prev * m + i]] + EPS) improved++;
            }
          }
        }
        const estOk = slack >= -EPS ? 1 : 0;
        let better = draft < 0;
        if (!better) {
          if (estOk !== bEstOk) better = estOk > bEstOk;
          else if (improved !== bNamed) better = improved > bNamed;
          else if (!estOk && slack > bSlack + EPS) better = true;
        }
        if (better) {
          draft = x;
          bBroken = broken[x];
          bEstOk = estOk;
          bNamed = improved;
          bSlack = slack;
          // Nothing later in the tier can beat a draft meeting every demand and every request.
          if (estOk === 1 && improved === named) break;
        }
      }
      rec.round = r;
      rec.proposer = med;
      rec.candidate = draft;
      rec.named.fill(-1);
      rec.redLine.fill(-1);
      lastDraft = draft;
      if (draft < 0) {
        rec.responses.fill(Resp.Absent);
        onRound?.(rec);
        continue;
      }
      let all = true;
      for (let q = 0; q < d; q++) {
        const yes = accepts(q, draft);
        rec.responses[q] = yes ? Resp.Accept : Resp.Reject;
        namedIssue[q] = -1;
        namedRed[q] = -1;
        if (yes) continue;
        all = false;
        const p = principals[q];
        const u = util[draft * P + p];
        est[q] = Math.max(est[q], u + cfg.step * Math.max(0, own[q].max - u));
        const ask = nameIssue(q, draft);
        namedIssue[q] = ask.issue;
        namedRed[q] = ask.redLine;
        rec.named[q] = ask.issue;
        rec.redLine[q] = ask.redLine;
      }
      onRound?.(rec);
      if (all) {
        signed.fill(1);
        return { agreed: true, round: r, candidate: draft, signed };
      }
    }
    return { agreed: false, round: R, candidate: -1, signed };
  }

  function nameIssue(q: number, x: number): { issue: number; redLine: number } {
    const { space, packages } = pool;
    const m = pool.issues;
    const p = principals[q];
    const w = space.wutils[p];
    const loss = (i: number) => pool.bestOnIssue[p][i] - w[i][packages[x * m + i]];
    if (pool.ok[x * P + p] === 0) {
      for (const c of space.constraints) {
        if (!c.hard || c.party !== p) continue;
        let code = 0;
        let mul = 1;
        for (const i of c.scope) {
          code += packages[x * m + i] * mul;
          mul *= space.radices[i];
        }
        if (c.holds[code] === 1) continue;
        let issue = c.scope[0];
        for (const i of c.scope) if (loss(i) > loss(issue)) issue = i;
        return { issue, redLine: c.index };
      }
    }
    let issue = 0;
    for (let i = 1; i < m; i++) if (loss(i) > loss(issue)) issue = i;
    return { issue, redLine: -1 };
  }
}
