// Textbook stability for every party and state, without enumerating sanction chains.
//
// Under the textbook semantics the opponents' responses to a focal move are the states reachable
// in the union of the opponents' move graphs (each party's one-move relation is transitive, so
// "no party twice in a row" removes no destination). A move is then sanctioned when the least
// preferred reachable state is no better than the start: GMR needs, per state, the minimum focal
// rank over everything reachable; SMR the minimum over reachable states of the best the focal party
// can reach from there; SEQ the same minimum over the opponents' improvement graph. One Tarjan
// pass per graph yields these minima for all states at once (components finish sinks first, so a
// component's minimum is ready when its predecessors need it). Edges are enumerated on the fly.
import { type Bitset, hasBit, newBitset, popcount32, setBit } from './bitset.js';
import { fixedMask, type GraphModel } from './model.js';
import type { Concept } from './types.js';

const INF = 0x7fffffff;

/**
 * For every feasible state v: the minimum of `values[k]` over the states reachable from v in one or
 * more moves by `movers` (only improving moves when `improving`), or INF. One result array per
 * value array; arrays are indexed by state code.
 */
export function minOverReach(
  model: GraphModel,
  movers: number[],
  improving: boolean,
  values: Int32Array[],
): Int32Array[] {
  const { size, feasible, codes, parties } = model;
  const nv = values.length;
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const comp = new Int32Array(size).fill(-1);
  const acc = values.map(() => new Int32Array(size).fill(INF));
  const star = values.map(() => new Int32Array(codes.length));
  const compMin = values.map(() => new Int32Array(codes.length));
  const stack = new Int32Array(codes.length);
  const fV = new Int32Array(codes.length);
  const fJ = new Int32Array(codes.length);
  const fSub = new Int32Array(codes.length);
  const fFree = new Int32Array(codes.length);
  const masks = movers.map((j) => parties[j].mask);
  const perceived = movers.map((j) => parties[j].perceived);
  const ranks = movers.map((j) => parties[j].rank);
  const nm = movers.length;
  const inner = new Int32Array(nv);
  const succ = new Int32Array(nv);
  let sp = 0;
  let counter = 0;
  let ncomp = 0;

  for (let root = 0; root < codes.length; root++) {
    const r = codes[root];
    if (index[r] >= 0) continue;
    // Frames iterate mover j over its submasks `sub` of the options it may change (`free`).
    let fp = 0;
    const open = (v: number) => {
      index[v] = low[v] = counter++;
      stack[sp++] = v;
      fV[fp] = v;
      fJ[fp] = -1;
      fSub[fp] = 0;
      fFree[fp] = 0;
      fp++;
    };
    open(r);
    while (fp > 0) {
      const f = fp - 1;
      const v = fV[f];
      let j = fJ[f];
      let sub = fSub[f];
      let free = fFree[f];
      let child = -1;
      // Find the next edge v→t, or run out.
      for (;;) {
        if (j < 0 || sub < 0) {
          j++;
          if (j >= nm) break;
          if (!hasBit(perceived[j], v)) {
            sub = -1;
            continue;
          }
          free = masks[j] & ~fixedMask(model, v);
          sub = free;
        }
        const t = (v & ~free) | sub;
        sub = sub === 0 ? -1 : (sub - 1) & free;
        if (t === v || !hasBit(feasible, t) || !hasBit(perceived[j], t)) continue;
        if (improving && ranks[j][t] <= ranks[j][v]) continue;
        if (index[t] < 0) {
          child = t;
          break;
        }
        if (comp[t] < 0) {
          if (index[t] < low[v]) low[v] = index[t];
        } else {
          const c = comp[t];
          for (let q = 0; q < nv; q++) if (star[q][c] < acc[q][v]) acc[q][v] = star[q][c];
        }
      }
      fJ[f] = j;
      fSub[f] = sub;
      fFree[f] = free;
      if (child >= 0) {
        open(child);
        continue;
      }
      // v is finished.
      if (low[v] === index[v]) {
        const c = ncomp++;
        let members = 0;
        inner.fill(INF);
        succ.fill(INF);
        let w: number;
        do {
          w = stack[--sp];
          comp[w] = c;
          members++;
          for (let q = 0; q < nv; q++) {
            if (values[q][w] < inner[q]) inner[q] = values[q][w];
            if (acc[q][w] < succ[q]) succ[q] = acc[q][w];
          }
        } while (w !== v);
        for (let q = 0; q < nv; q++) {
          star[q][c] = Math.min(inner[q], succ[q]);
          compMin[q][c] = members > 1 ? Math.min(inner[q], succ[q]) : succ[q];
        }
      }
      fp--;
      if (fp > 0) {
        const u = fV[fp - 1];
        if (comp[v] < 0) {
          if (low[v] < low[u]) low[u] = low[v];
        } else {
          const c = comp[v];
          for (let q = 0; q < nv; q++) if (star[q][c] < acc[q][u]) acc[q][u] = star[q][c];
        }
      }
    }
  }
  return values.map((_, q) => {
    const out = new Int32Array(size).fill(INF);
    for (let k = 0; k < codes.length; k++) out[codes[k]] = compMin[q][comp[codes[k]]];
    return out;
  });
}

export type StableSets = Record<Concept, Bitset[]>;

/**
 * Per concept, per party, the set of feasible state codes stable for that party under the textbook
 * semantics.
 */
export function fastStability(model: GraphModel, concepts: readonly Concept[]): Partial<StableSets> {
  const { size, codes, parties, feasible } = model;
  const want = new Set(concepts);
  const out: Partial<StableSets> = {};
  for (const c of concepts) out[c] = parties.map(() => newBitset(size));
  const needMeta = want.has('gmr') || want.has('smr');
  const needSeq = want.has('seq') || want.has('seqsim');
  const moveRoom = (p: { mask: number }) => 2 ** popcount32(p.mask);
  const uiBuf = new Int32Array(Math.max(...parties.map(moveRoom)));
  const deltaBuf = new Int32Array(parties.reduce((a, p) => a + moveRoom(p), 0) + parties.length);
  const deltaStart = new Int32Array(parties.length + 1);
  const pick = new Int32Array(parties.length);

  parties.forEach((focal, i) => {
    const rank = focal.rank;
    const opponents = parties.map((_, k) => k).filter((k) => k !== i);
    let mGmr: Int32Array | null = null;
    let mSmr: Int32Array | null = null;
    let mSeq: Int32Array | null = null;
    if (needMeta) {
      // best[s]: the best rank the focal party can secure at s (stay, or move once).
      const best = new Int32Array(size);
      for (let k = 0; k < codes.length; k++) {
        const s = codes[k];
        let b = rank[s];
        if (hasBit(focal.perceived, s)) {
          const free = focal.mask & ~fixedMask(model, s);
          for (let sub = free; ; sub = (sub - 1) & free) {
            const t = (s & ~free) | sub;
            if (t !== s && hasBit(feasible, t) && hasBit(focal.perceived, t) && rank[t] > b) b = rank[t];
            if (sub === 0) break;
          }
        }
        best[s] = b;
      }
      [mGmr, mSmr] = minOverReach(model, opponents, false, [rank, best]);
    }
    if (needSeq) [mSeq] = minOverReach(model, opponents, true, [rank]);

    for (let k = 0; k < codes.length; k++) {
      const s0 = codes[k];
      const r0 = rank[s0];
      // The focal party's improvements from s0.
      let nui = 0;
      if (hasBit(focal.perceived, s0)) {
        const free = focal.mask & ~fixedMask(model, s0);
        for (let sub = free; ; sub = (sub - 1) & free) {
          const t = (s0 & ~free) | sub;
          if (t !== s0 && hasBit(feasible, t) && hasBit(focal.perceived, t) && rank[t] > r0) uiBuf[nui++] = t;
          if (sub === 0) break;
        }
      }
      if (nui === 0) {
        for (const c of concepts) setBit(out[c]![i], s0);
        continue;
      }
      if (mGmr && mSmr) {
        let gmr = true;
        let smr = true;
        for (let u = 0; u < nui && (gmr || smr); u++) {
          const s1 = uiBuf[u];
          if (mGmr[s1] > r0) gmr = false;
          if (mSmr[s1] > r0) smr = false;
        }
        if (gmr && want.has('gmr')) setBit(out.gmr![i], s0);
        if (smr && want.has('smr')) setBit(out.smr![i], s0);
      }
      let simReady = false;
      const simSanctioned = (s1: number): boolean => {
        if (!simReady) {
          // Each opponent stays (delta 0) or takes one of its improvements from s0.
          let p = 0;
          for (let q = 0; q < opponents.length; q++) {
            const opp = parties[opponents[q]];
            deltaStart[q] = p;
            deltaBuf[p++] = 0;
            if (!hasBit(opp.perceived, s0)) continue;
            const free = opp.mask & ~fixedMask(model, s0);
            const ro = opp.rank[s0];
            for (let sub = free; ; sub = (sub - 1) & free) {
              const t = (s0 & ~free) | sub;
              if (t !== s0 && hasBit(feasible, t) && hasBit(opp.perceived, t) && opp.rank[t] > ro)
                deltaBuf[p++] = t ^ s0;
              if (sub === 0) break;
            }
          }
          deltaStart[opponents.length] = p;
          simReady = true;
        }
        // Odometer over the product of the opponents' choices.
        const no = opponents.length;
        for (let q = 0; q < no; q++) pick[q] = deltaStart[q];
        for (;;) {
          let c = s1;
          for (let q = 0; q < no; q++) c ^= deltaBuf[pick[q]];
          if (hasBit(feasible, c) && rank[c] <= r0) return true;
          let q = no - 1;
          while (q >= 0) {
            pick[q]++;
            if (pick[q] < deltaStart[q + 1]) break;
            pick[q] = deltaStart[q];
            q--;
          }
          if (q < 0) return false;
        }
      };
      if (mSeq && want.has('seq')) {
        let ok = true;
        for (let u = 0; u < nui && ok; u++) if (mSeq[uiBuf[u]] > r0) ok = false;
        if (ok) setBit(out.seq![i], s0);
      }
      if (want.has('sim')) {
        let ok = true;
        for (let u = 0; u < nui && ok; u++) if (!simSanctioned(uiBuf[u])) ok = false;
        if (ok) setBit(out.sim![i], s0);
      }
      if (want.has('seqsim') && mSeq) {
        let ok = true;
        for (let u = 0; u < nui && ok; u++) if (mSeq[uiBuf[u]] > r0 && !simSanctioned(uiBuf[u])) ok = false;
        if (ok) setBit(out.seqsim![i], s0);
      }
    }
  });
  return out;
}

/** States stable for every party. */
export function equilibria(model: GraphModel, sets: Bitset[]): Bitset {
  const out = newBitset(model.size);
  out.set(model.feasible);
  for (const s of sets) for (let w = 0; w < out.length; w++) out[w] &= s[w];
  return out;
}
