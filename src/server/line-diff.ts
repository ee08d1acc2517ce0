// A line diff of two texts (longest common subsequence after trimming the common ends), for the
// version history view. Very large changed middles fall back to "all removed, all added".

export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
  /** Line number in the old text (for ' ' and '-') or in the new one (for '+'). */
  line: number;
}

const MAX_CELLS = 4_000_000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = [];
  for (let i = 0; i < start; i++) out.push({ op: ' ', text: a[i], line: i + 1 });
  const n = endA - start;
  const m = endB - start;
  if (n * m > MAX_CELLS) {
    for (let i = start; i < endA; i++) out.push({ op: '-', text: a[i], line: i + 1 });
    for (let j = start; j < endB; j++) out.push({ op: '+', text: b[j], line: j + 1 });
  } else {
    // lcs[i*(m+1)+j] = LCS length of a[start+i..endA) and b[start+j..endB)
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] =
          a[start + i] === b[start + j]
            ? lcs[(i + 1) * w + j + 1] + 1
            : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        out.push({ op: ' ', text: a[start + i], line: start + i + 1 });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1])) {
        out.push({ op: '-', text: a[start + i], line: start + i + 1 });
        i++;
      } else {
        out.push({ op: '+', text: b[start + j], line: start + j + 1 });
        j++;
      }
    }
  }
  for (let i = endA; i < a.length; i++) out.push({ op: ' ', text: a[i], line: i + 1 });
  return out;
}

/** Only the changed lines with `context` unchanged lines around each change. */
export function diffHunks(lines: DiffLine[], context = 3): (DiffLine | { op: '…'; skipped: number })[] {
  const keep = new Uint8Array(lines.length);
  lines.forEach((l, k) => {
    if (l.op === ' ') return;
    for (let d = Math.max(0, k - context); d <= Math.min(lines.length - 1, k + context); d++) keep[d] = 1;
  });
  const out: (DiffLine | { op: '…'; skipped: number })[] = [];
  let skipped = 0;
  lines.forEach((l, k) => {
    if (keep[k]) {
      if (skipped) out.push({ op: '…', skipped });
      skipped = 0;
      out.push(l);
    } else skipped++;
  });
  if (skipped) out.push({ op: '…', skipped });
  return out;
}
