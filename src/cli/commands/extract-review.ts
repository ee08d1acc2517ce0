// The interactive review of extracted candidates: accept, edit, skip or quit, one at a time.
// Streams are passed in so the loop runs the same on a terminal and in tests.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { renderCandidate } from '../../extract/render.js';
import type { Candidate } from '../../extract/types.js';

export interface ReviewIo {
  input: Readable;
  output: Writable;
}

const HELP = '  a = accept, e = edit then accept, s = skip, q = quit (keeps what was accepted so far)';

/**
 * Walks through the candidates and returns the accepted ones (edited where the user edited them).
 * End of input counts as quit.
 */
export async function reviewCandidates(candidates: Candidate[], io: ReviewIo): Promise<Candidate[]> {
  const rl = createInterface({ input: io.input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (q: string): Promise<string | null> => {
    io.output.write(q);
    const r = await lines.next();
    return r.done ? null : String(r.value).trim();
  };
  const accepted: Candidate[] = [];
  try {
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      io.output.write(`\n${renderCandidate(c, i, candidates.length)}\n`);
      let decided = false;
      while (!decided) {
        const a = await ask('accept, edit, skip or quit? [a/e/s/q] ');
        if (a === null || a.toLowerCase() === 'q') {
          io.output.write(`stopped: ${accepted.length} accepted\n`);
          return accepted;
        }
        const key = a.toLowerCase();
        if (key === 'a') {
          accepted.push(c);
          decided = true;
        } else if (key === 's') {
          decided = true;
        } else if (key === 'e') {
          const edited = await edit(c, ask, io.output);
          if (edited === null) {
            io.output.write(`stopped: ${accepted.length} accepted\n`);
            return accepted;
          }
          accepted.push(edited);
          decided = true;
        } else io.output.write(`${HELP}\n`);
      }
    }
    io.output.write(`done: ${accepted.length} of ${candidates.length} accepted\n`);
    return accepted;
  } finally {
    rl.close();
  }
}

type Ask = (q: string) => Promise<string | null>;

/** Edits title, party, confidence and (as JSON) the changes; Enter keeps a value. */
async function edit(c: Candidate, ask: Ask, out: Writable): Promise<Candidate | null> {
  const event = { ...c.event, changes: c.event.changes };
  const title = await ask(`title [${event.title}]: `);
  if (title === null) return null;
  if (title) event.title = title;
  const party = await ask(`party [${event.party ?? ''}]: `);
  if (party === null) return null;
  if (party && party !== event.party) {
    // The changes speak for the event's party: move them with it.
    const old = event.party;
    event.party = party;
    event.changes = event.changes.map((ch) => {
      if (!('party' in ch) || ch.party !== old) return ch;
      if (ch.op === 'add_constraint') return { ...ch, party, constraint: { ...ch.constraint, party } };
      return { ...ch, party };
    });
  }
  for (;;) {
    const conf = await ask(`confidence 0-1 [${event.confidence}]: `);
    if (conf === null) return null;
    if (!conf) break;
    const v = Number(conf);
    if (Number.isFinite(v) && v >= 0 && v <= 1) {
      event.confidence = v;
      break;
    }
    out.write('  a number between 0 and 1, e.g. 0.7\n');
  }
  for (;;) {
    const ch = await ask('changes as JSON [Enter keeps them]: ');
    if (ch === null) return null;
    if (!ch) break;
    try {
      const parsed = JSON.parse(ch) as unknown;
      if (!Array.isArray(parsed)) throw new Error('expected a JSON list of changes');
      event.changes = parsed as typeof event.changes;
      break;
    } catch (e) {
      out.write(`  not a JSON list of changes (${(e as Error).message}); try again or press Enter\n`);
    }
  }
  return { ...c, event, confidence: event.confidence };
}
