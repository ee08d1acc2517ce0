import fs from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { reviewCandidates } from '../../../src/cli/commands/extract-review.js';
import { extractCandidates } from '../../../src/extract/extract.js';
import { ukraineScenario } from '../../extract/fixtures/scenario.js';

const text = fs.readFileSync(
  path.resolve(import.meta.dirname, '../../extract/fixtures/talks-paraphrase.txt'),
  'utf8',
);
const candidates = extractCandidates(text, ukraineScenario, { date: '2025-12-15', source: 'seed' });

async function review(lines: string[]) {
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d) => {
    shown += String(d);
  });
  const accepted = await reviewCandidates(candidates, {
    input: Readable.from([`${lines.join('\n')}\n`]),
    output,
  });
  return { accepted, shown };
}

describe('reviewCandidates', () => {
  it('accepts, skips, re-asks on an unknown key, and stops on quit', () => {
    return review(['a', 's', 'x', 'a', 'q']).then(({ accepted, shown }) => {
      expect(accepted.map((c) => c.fingerprint)).toEqual([
        candidates[0].fingerprint,
        candidates[2].fingerprint,
      ]);
      expect(shown).toContain('a = accept, e = edit');
      expect(shown).toContain('stopped: 2 accepted');
      expect(shown).toContain(`[1/${candidates.length}]`);
    });
  });

  it('edits title, confidence and changes, keeping the id', async () => {
    const { accepted } = await review(['e', 'My title', '', '2', '0.4', '[oops', '[]', 'q']);
    expect(accepted).toHaveLength(1);
    expect(accepted[0].event).toMatchObject({
      id: candidates[0].event.id,
      title: 'My title',
      confidence: 0.4,
      changes: [],
    });
    expect(accepted[0].confidence).toBe(0.4);
  });

  it('moves the changes with an edited party', async () => {
    const i = candidates.findIndex((c) => c.event.changes.length > 0);
    const { accepted } = await review([...Array(i).fill('s'), 'e', '', 'EUR', '', '', 'q']);
    expect(accepted[0].event.party).toBe('EUR');
    for (const ch of accepted[0].event.changes) expect('party' in ch && ch.party).toBe('EUR');
  });

  it('treats the end of input as quit and accepts all when told so line by line', async () => {
    const { accepted, shown } = await review(candidates.map(() => 'a'));
    expect(accepted).toHaveLength(candidates.length);
    expect(shown).toContain(`done: ${candidates.length} of ${candidates.length} accepted`);
    const none = await review([]);
    expect(none.accepted).toEqual([]);
  });
});
