// Textbook stability for every party and state, without enumerating sanction chains.
//
// Under the textbook semantics the opponents' responses to a focal move are the states reachable
// in the union of the opponents' move graphs (each party's one-move relation is transitive, so
// "no party twice in a row" removes no destination). A move is then sanctioned when the least
// preferred reachable state is no better than the start: GMR needs, per state, the minimum focal
// rank over everything reachable; SMR the minimum over reachable states of the best the focal party
// can reach from there; SEQ the same minimum over the opponents' improvement graph. One Tarjan
// pass per graph yields these minima for all states at once (components finish sinks first, so a
// component's minimum is ready when its predecessors need it). Edges are enumerated on the fly,
// and for reachability a multi-option move is skipped when one of its single steps is itself a
// legal move (the rest follows from there). SIM has no such shortcut: for each improvement the
// product of the opponents' simultaneous improvements is searched, stopping at the first sanction.
import { type Bitset, hasBit, newBitset, popcount32, setBit } from './bitset.js';
import { fixedMask, type GraphModel } from './model.js';
import type { Concept } from './types.js';

const INF = 0x7fffffff;

/**
 * For every feasible state v: the minimum of `values[k]` over the states reachable from v in one or
 * more moves by `movers` (only improving moves when `improving`), or INF. One or two value arrays,
 * indexed by state code; one result array per value array.
 */
export function minOverReach(
  model: GraphModel,
  movers: number[],
  improving: boolean,
  values: Int32Array[],
): Int32Array[] {
  const { size, codes, parties, fwdMask, backMask } = model;
  const two = values.length > 1;
  const val0 = values[0];
  const val1 = two ? values[1] : values[0];
  const count = codes.length;
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const comp = new Int32Array(size).fill(-1);
  const acc0 = new Int32Array(size).fill(INF);
  const acc1 = two ? new Int32Array(size).fill(INF) : acc0;
  const star0 = new Int32Array(count);
  const star1 = two ? new Int32Array(count) : star0;
  const min0 = new Int32Array(count);
  const min1 = two ? new Int32Array(count) : min0;
  const stack = new Int32Array(count);
  const fV = new Int32Array(count);
  const fJ = new Int32Array(count);
  const fA = new Int32Array(count);
  const fB = new Int32Array(count);
  const fRest = new Int32Array(count);
  const nm = movers.length;
  const masks = new Int32Array(nm);
  for (let q = 0; q < nm; q++) masks[q] = parties[movers[q]].mask;
  // A mover's perceived set is a subset of the feasible states, so it is the only test a target needs.
  const perceived = movers.map((j) => parties[j].perceived);
  const ranks = movers.map((j) => parties[j].rank);
  let sp = 0;
  let counter = 0;
  let ncomp = 0;

  for (let root = 0; root < count; root++) {
    const r = codes[root];
    if (index[r] >= 0) continue;
    let fp = 0;
    index[r] = low[r] = counter++;
    stack[sp++] = r;
    fV[0] = r;
    fJ[0] = -1;
    fA[0] = -1;
    fB[0] = 0;
    fRest[0] = 0;
    fp = 1;
    while (fp > 0) {
      const f = fp - 1;
      const v = fV[f];
      let j = fJ[f];
      let dA = fA[f];
      let dB = fB[f];
      let rest = fRest[f];
      let child = -1;
      let per = j >= 0 ? perceived[j] : perceived[0];
      let rk = j >= 0 ? ranks[j] : ranks[0];
      // Each frame walks mover j's moves from v as option sets D to flip: first the subsets
      // of `rest` (cursor dA), then the single options in dB. Without the improvement filter a
      // multi-option move whose first step alone is a legal move adds nothing to reachability
      // (the mover can make it in two steps), so `rest` leaves those options out.
      for (;;) {
        if (dA < 0 && dB === 0) {
          j++;
          if (j >= nm) break;
          per = perceived[j];
          rk = ranks[j];
          if ((per[v >>> 5] & (1 << (v & 31))) === 0) continue;
          const free = masks[j] & ~((fwdMask & v) | (backMask & ~v));
          if (improving) {
            rest = free;
          } else {
            let ok = 0;
            for (let bits = free; bits !== 0; bits &= bits - 1) {
              const u = v ^ (bits & -bits);
              if ((per[u >>> 5] & (1 << (u & 31))) !== 0) ok |= bits & -bits;
            }
            rest = free & ~ok;
            dB = ok;
          }
          dA = rest === 0 ? -1 : rest;
        }
        let t: number;
        if (dA > 0) {
          t = v ^ dA;
          dA = (dA - 1) & rest;
          if (dA === 0) dA = -1;
        } else if (dB !== 0) {
          const bit = dB & -dB;
          dB ^= bit;
          t = v ^ bit;
        } else {
          dA = -1;
          continue;
        }
        if ((per[t >>> 5] & (1 << (t & 31))) === 0) continue;
        if (improving && rk[t] <= rk[v]) continue;
        const it = index[t];
        if (it < 0) {
          child = t;
          break;
        }
        const c = comp[t];
        if (c < 0) {
          if (it < low[v]) low[v] = it;
        } else {
          if (star0[c] < acc0[v]) acc0[v] = star0[c];
          if (two && star1[c] < acc1[v]) acc1[v] = star1[c];
        }
      }
      fJ[f] = j;
      fA[f] = dA;
      fB[f] = dB;
      fRest[f] = rest;
      if (child >= 0) {
        index[child] = low[child] = counter++;
        stack[sp++] = child;
        fV[fp] = child;
        fJ[fp] = -1;
        fA[fp] = -1;
        fB[fp] = 0;
        fRest[fp] = 0;
        fp++;
        continue;
      }
      // v is finished; if it roots a component, pop the component.
      if (low[v] === index[v]) {
        const c = ncomp++;
        let members = 0;
        let in0 = INF;
        let in1 = INF;
        let su0 = INF;
        let su1 = INF;
        let w: number;
        do {
          w = stack[--sp];
          comp[w] = c;
          members++;
          if (val0[w] < in0) in0 = val0[w];
          if (acc0[w] < su0) su0 = acc0[w];
          if (two) {
            if (val1[w] < in1) in1 = val1[w];
            if (acc1[w] < su1) su1 = acc1[w];
          }
        } while (w !== v);
        star0[c] = Math.min(in0, su0);
        min0[c] = members > 1 ? star0[c] : su0;
        if (two) {
          star1[c] = Math.min(in1, su1);
          min1[c] = members > 1 ? star1[c] : su1;
        }
      }
      fp--;
      if (fp > 0) {
        const u = fV[fp - 1];
        const c = comp[v];
        if (c < 0) {
          if (low[v] < low[u]) low[u] = low[v];
        } else {
          if (star0[c] < acc0[u]) acc0[u] = star0[c];
          if (two && star1[c] < acc1[u]) acc1[u] = star1[c];
        }
      }
    }
  }
  const outs = two ? [min0, min1] : [min0];
  return outs.map((m) => {
    const out = new Int32Array(size).fill(INF);
    for (let k = 0; k < count; k++) out[codes[k]] = m[comp[codes[k]]];
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
  const dLo = new Int32Array(parties.length);
  const dHi = new Int32Array(parties.length);
  const pick = new Int32Array(parties.length);
  const partial = new Int32Array(parties.length + 1);
  const simMemo = new Uint8Array(uiBuf.length);
  const rankOrInf = new Int32Array(want.has('sim') || want.has('seqsim') ? size : 0);

  parties.forEach((focal, i) => {
    const rank = focal.rank;
    // The focal rank with infeasible states out of reach, so SIM's inner loop is one load.
    if (want.has('sim') || want.has('seqsim')) {
      rankOrInf.fill(INF);
      for (let k = 0; k < codes.length; k++) rankOrInf[codes[k]] = rank[codes[k]];
    }
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
      let movers = 0;
      const simSanctioned = (s1: number): boolean => {
        if (!simReady) {
          // Each opponent stays (delta 0) or takes one of its improvements from s0; opponents with
          // no improvement only stay and drop out of the product.
          let p = 0;
          movers = 0;
          for (let q = 0; q < opponents.length; q++) {
            const opp = parties[opponents[q]];
            if (!hasBit(opp.perceived, s0)) continue;
            const start = p;
            deltaBuf[p++] = 0;
            const free = opp.mask & ~fixedMask(model, s0);
            const ro = opp.rank[s0];
            for (let sub = free; ; sub = (sub - 1) & free) {
              const t = (s0 & ~free) | sub;
              if (t !== s0 && hasBit(opp.perceived, t) && opp.rank[t] > ro) deltaBuf[p++] = t ^ s0;
              if (sub === 0) break;
            }
            if (p - start === 1) {
              p = start;
              continue;
            }
            dLo[movers] = start;
            dHi[movers] = p;
            movers++;
          }
          // The innermost loop is the cheap one: give it the opponent with the most choices.
          let big = 0;
          for (let q = 1; q < movers; q++) if (dHi[q] - dLo[q] > dHi[big] - dLo[big]) big = q;
          if (movers > 0) {
            const [lo, hi] = [dLo[big], dHi[big]];
            dLo[big] = dLo[movers - 1];
            dHi[big] = dHi[movers - 1];
            dLo[movers - 1] = lo;
            dHi[movers - 1] = hi;
          }
          simReady = true;
        }
        if (movers === 0) return false;
        // Odometer over the product of the choices; partial[q] is the XOR of the choices of the
        // opponents before q, so the innermost loop costs one XOR per combination.
        const last = movers - 1;
        partial[0] = s1;
        for (let q = 0; q < movers; q++) {
          pick[q] = dLo[q];
          partial[q + 1] = partial[q] ^ deltaBuf[pick[q]];
        }
        for (;;) {
          const base = partial[last];
          const end = dHi[last];
          for (let p = dLo[last]; p < end; p++) {
            if (rankOrInf[base ^ deltaBuf[p]] <= r0) return true;
          }
          let q = last - 1;
          while (q >= 0) {
            pick[q]++;
            if (pick[q] < dHi[q]) break;
            pick[q] = dLo[q];
            q--;
          }
          if (q < 0) return false;
          for (let k = q; k < last; k++) partial[k + 1] = partial[k] ^ deltaBuf[pick[k]];
        }
      };
      // SIM and SEQ&SIM ask about the same improvements: remember each answer (1 yes, 2 no).
      simMemo.fill(0, 0, nui);
      const simAt = (u: number): boolean => {
        if (simMemo[u] === 0) simMemo[u] = simSanctioned(uiBuf[u]) ? 1 : 2;
        return simMemo[u] === 1;
      };
      if (mSeq && want.has('seq')) {
        let ok = true;
        for (let u = 0; u < nui && ok; u++) if (mSeq[uiBuf[u]] > r0) ok = false;
        if (ok) setBit(out.seq![i], s0);
      }
      if (want.has('sim')) {
        let ok = true;
        for (let u = 0; u < nui && ok; u++) if (!simAt(u)) ok = false;
        if (ok) setBit(out.sim![i], s0);
      }
      if (want.has('seqsim') && mSeq) {
        let ok = true;
        for (let u = 0; u < nui && ok; u++) if (mSeq[uiBuf[u]] > r0 && !simAt(u)) ok = false;
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
