import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KTAB_DEFAULTS } from '../../../src/engines/forecast/ktab/params.js';
import type { SmpInput } from '../../../src/engines/forecast/ktab/smp.js';
import {
  assess,
  challenge,
  estUtil,
  interpolateBargain,
  runSmp,
  salienceSums,
  switchesOf,
  type TurnDetail,
  turn,
} from '../../../src/engines/forecast/ktab/smp.js';
import { parseKtabCsv } from '../../../src/formats/ktab.js';

const dir = path.resolve(import.meta.dirname, '../../../../shared/reference-data/forecast/ktab');
const have = fs.existsSync(dir);
if (!have) console.warn(`KTAB reference data not found at ${dir}: skipping the KTAB reference tests`);

function inputOf(file: string): { input: SmpInput; names: string[] } {
  const d = parseKtabCsv(fs.readFileSync(path.join(dir, file), 'utf8'), file);
  const n = d.actors.length;
  const m = d.dimensions.length;
  const pos = new Float64Array(n * m);
  const sal = new Float64Array(n * m);
  d.actors.forEach((a, i) => {
    for (let k = 0; k < m; k++) {
      pos[i * m + k] = a.positions[k] / 100;
      sal[i * m + k] = a.saliences[k] / 100;
    }
  });
  return {
    input: { n, d: m, cap: d.actors.map((a) => a.capability), pos, sal },
    names: d.actors.map((a) => a.name),
  };
}

/** C printf's %.Nf: exact binary value, ties (exactly representable halves) to even. */
function cFixed(x: number, digits: number): string {
  const exact = Math.abs(x).toFixed(Math.min(100, digits + 60));
  const tail = exact.slice(exact.indexOf('.') + 1 + digits);
  if (/^50*$/.test(tail)) {
    const down = (Math.trunc(Math.abs(x) * 10 ** digits) / 10 ** digits).toFixed(digits);
    const last = Number(down[down.length - 1]);
    const r = last % 2 === 0 ? down : (Number(down) + 10 ** -digits).toFixed(digits);
    return x < 0 ? `-${r}` : r;
  }
  return x.toFixed(digits);
}

interface Expected {
  fractional: string[];
  positions: Map<string, string[]>;
  probs: Map<string, string[]>;
}

function parseExpected(file: string): Expected {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/);
  const fractional: string[] = [];
  const positions = new Map<string, string[]>();
  const probs = new Map<string, string[]>();
  let section = '';
  for (const l of lines) {
    const f = /^Fractional change compared to first step: ([\d.]+)/.exec(l);
    if (f) fractional.push(f[1]);
    if (l.startsWith('History of actor positions')) section = 'pos';
    else if (l.startsWith("History of actors' winning")) section = 'prob';
    else if (section === 'pos' && l.includes(':')) {
      const [key, vals] = l.split(':');
      positions.set(key.trim(), vals.trim().split(/\s+/));
    } else if (section === 'prob' && l.includes('prob :')) {
      const [key, vals] = l.split('prob :');
      probs.set(key.replace(/,\s*$/, '').trim(), vals.trim().split(/\s+/));
    }
  }
  return { fractional, positions, probs };
}

describe.skipIf(!have)('KTAB SMP reproduces KTAB reference runs (default parameters)', () => {
  for (const base of ['dummyData_3Dim', 'SOE-Pol-Comp']) {
    it(`${base}: every turn's positions (%5.1f), probabilities (%.4f) and stopping statistic`, () => {
      const csv = parseKtabCsv(fs.readFileSync(path.join(dir, `${base}.csv`), 'utf8'));
      const { input, names } = inputOf(`${base}.csv`);
      const exp = parseExpected(`${base}.expected.txt`);
      const res = runSmp(input);
      expect(res.converged).toBe(true);
      expect(res.fractionalChange.map((x) => x.toFixed(4))).toEqual(exp.fractional);
      expect(res.states.length).toBe(exp.fractional.length + 1);
      names.forEach((name, i) => {
        csv.dimensions.forEach((dim, k) => {
          const got = res.states.map((s) => cFixed(s.pos[i * input.d + k] * 100, 1));
          expect(got, `${name} ${dim}`).toEqual(exp.positions.get(`${name}, ${dim}`));
        });
        const gotP = res.states.map((s) => s.prob[i].toFixed(4));
        expect(gotP, `${name} probabilities`).toEqual(exp.probs.get(name));
      });
    });
  }
});

/** Reads the numeric rows that follow a title line in the turn-0 detail log. */
function matrixAfter(lines: string[], title: string, rows: number, from = 0): { m: number[][]; at: number } {
  const at = lines.findIndex((l, i) => i >= from && l.trim() === title);
  if (at < 0) throw new Error(`"${title}" not found`);
  const m = lines.slice(at + 1, at + 1 + rows).map((l) => l.trim().split(/\s+/).map(Number));
  return { m, at };
}

// The detail log is read while the suite is collected, so the suite exists only with the data.
(have ? describe : describe.skip)('KTAB SMP turn 0 of dummyData_3Dim matches KTAB detail log', () => {
  if (!have) return;
  const { input } = inputOf('dummyData_3Dim.csv');
  const n = input.n;
  const lines = have
    ? fs.readFileSync(path.join(dir, 'dummyData_3Dim.turn0-detail.txt'), 'utf8').split(/\r?\n/)
    : [];
  const end = lines.findIndex((l) => l.startsWith('postn 0 , 0'));
  const turn0 = lines.slice(0, end);
  const sw = switchesOf(KTAB_DEFAULTS);
  const pos = Float64Array.from(input.pos);
  const a = assess(input, pos, sw);
  const salSum = salienceSums(input);

  it('risk-neutral values, inferred risk attitudes, objective and per-actor risk-aware utilities', () => {
    const raw = matrixAfter(turn0, 'Raw actor-pos value matrix (risk neutral)', n).m;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) expect((1 - a.dist[i * n + j]).toFixed(3)).toBe(raw[i][j].toFixed(3));
    const risk = matrixAfter(turn0, 'Inferred risk attitudes:', n).m.map((r) => r[0]);
    for (let i = 0; i < n; i++) expect(a.risk[i].toFixed(3)).toBe(risk[i].toFixed(3));
    const obj = matrixAfter(turn0, 'Risk-aware actor-pos utility matrix (objective):', n).m;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) expect(estUtil(a, i, i, j).toFixed(4)).toBe(obj[i][j].toFixed(4));
    for (let h = 0; h < n; h++) {
      const est = matrixAfter(turn0, `Estimate by ${h} of risk-aware utility matrix:`, n).m;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          expect(estUtil(a, h, i, j).toFixed(4), `h=${h} (${i},${j})`).toBe(est[i][j].toFixed(4));
    }
  });

  it('best targets, every printed estimate of challenge probability and gain, and the bargains', () => {
    const detail: TurnDetail = {
      target: new Int32Array(n),
      targetProb: new Float64Array(n),
      targetGain: new Float64Array(n),
      queues: [],
      chosen: new Int32Array(n),
      queueProbs: [],
    };
    turn(input, salSum, pos, a, sw, undefined, detail);
    let targets = 0;
    let estimates = 0;
    for (const l of turn0) {
      const t = /In turn 0 actor (\d+) has most advantageous target (\d+) worth ([-+\d.]+)/.exec(l);
      if (t) {
        const i = Number(t[1]);
        expect(detail.target[i]).toBe(Number(t[2]));
        expect(detail.targetGain[i].toFixed(3)).toBe(Number(t[3]).toFixed(3));
        targets++;
      }
      const e =
        /Est by\s+(\d+) of prob ([\d.]+) that \[\s*(\d+)>\s*(\d+)\], with expected gain to\s+(\d+) of ([-+\d.]+)/.exec(
          l,
        );
      if (e) {
        const [h, p, i, j, k, g] = [Number(e[1]), e[2], Number(e[3]), Number(e[4]), Number(e[5]), e[6]];
        const c = challenge(input, salSum, a, sw, h, k, i, j);
        expect(c.p.toFixed(4), l).toBe(p);
        expect((c.du >= 0 ? '+' : '') + c.du.toFixed(4), l).toBe(g);
        estimates++;
      }
    }
    expect(targets).toBe(n);
    expect(estimates).toBe(4 * n);
    // bargains from the initiator's and the receiver's perspective
    const bI = new Float64Array(3);
    const bJ = new Float64Array(3);
    let bargains = 0;
    turn0.forEach((l, x) => {
      const b = /Bargain \[\d+, (\d+):(\d+)\] from (\d+)'s perspective/.exec(l);
      if (!b) return;
      const [i, j, h] = [Number(b[1]), Number(b[2]), Number(b[3])];
      // KTAB interpolates the receiver's bargain with its estimate of i's gain (see smp.ts)
      const p = h === i ? detail.targetProb[i] : challenge(input, salSum, a, sw, j, i, i, j).du;
      interpolateBargain(input, 1, i, j, pos, p, 1 - p, bI, bJ);
      const row = (s: string): string[] => s.split('adopt:')[1].trim().split(/\s+/);
      expect(Array.from(bI, (v) => (v * 100).toFixed(3))).toEqual(row(turn0[x + 1]));
      expect(Array.from(bJ, (v) => (v * 100).toFixed(3))).toEqual(row(turn0[x + 2]));
      bargains++;
    });
    expect(bargains).toBe(2 * n);
  });

  it("each actor's bargain probabilities (scalar PCE) and the bargain it adopts", () => {
    const detail: TurnDetail = {
      target: new Int32Array(n),
      targetProb: new Float64Array(n),
      targetGain: new Float64Array(n),
      queues: [],
      chosen: new Int32Array(n),
      queueProbs: [],
    };
    turn(input, salSum, pos, a, sw, undefined, detail);
    // "Bargains involving actor k: [id, i:j]..." gives KTAB's queue order (thread timing)
    const queues = new Map<number, { id: number; i: number; j: number }[]>();
    for (const l of turn0) {
      const q = /^Bargains involving actor\s+(\d+): (.*)$/.exec(l.trim());
      if (q)
        queues.set(
          Number(q[1]),
          [...q[2].matchAll(/\[(\d+), (\d+):(\d+)\]/g)].map((x) => ({
            id: Number(x[1]),
            i: Number(x[2]),
            j: Number(x[3]),
          })),
        );
    }
    let from = 0;
    for (let k = 0; k < n; k++) {
      const start = turn0.findIndex(
        (l, x) => x >= from && l.startsWith(`Doing scalarPCE for the`) && l.includes(`of actor ${k} `),
      );
      const nb = Number(/for the (\d+) bargains/.exec(turn0[start])![1]);
      const probs = matrixAfter(turn0, 'Probability Opt_i', nb, start).m.map((r) => r[0]);
      const chosenLine = turn0.find((l, x) => x > start && l.startsWith('Chosen bargain'))!;
      const chosenId = Number(/\): (\d+)/.exec(chosenLine)![1]);
      from = start + 1;
      const ktabQ = queues.get(k)!;
      const ours = detail.queues[k];
      expect(ours.length).toBe(ktabQ.length);
      ktabQ.forEach((b, x) => {
        const m = ours.findIndex((o) => o.init === b.i && o.rcvr === b.j);
        expect(m, `actor ${k} bargain ${b.i}:${b.j}`).toBeGreaterThanOrEqual(0);
        expect(detail.queueProbs[k][m].toFixed(4)).toBe(probs[x].toFixed(4));
        if (b.id === chosenId) expect(detail.chosen[k]).toBe(m);
      });
    }
  });
});
