// Writes accepted candidates into a scenario YAML document's `events`, keeping the user's
// comments and layout (yaml's Document API edits the parsed tree in place).

import { Document, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { constraintToDocument, changeToDocument as modelChangeToDocument } from '../model/document.js';
import { UserError } from '../model/errors.js';
import type { Change } from '../model/types.js';
import { eventHasFingerprint } from './extract.js';
import type { Candidate } from './types.js';

/** The scenario text cannot take the events (not YAML, or `events` is not a list). */
export class ApplyEventsError extends UserError {
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ApplyEventsError';
  }
}

function changeToDocument(c: Change, candidate: Candidate): Record<string, unknown> {
  if (c.op !== 'add_constraint') return modelChangeToDocument(c);
  // The evidence of an extracted constraint is the report it was read from.
  const evidence = {
    source: candidate.event.source,
    date: candidate.event.date,
    paraphrase: candidate.event.title,
  };
  return {
    op: 'add_constraint',
    party: c.party,
    constraint: constraintToDocument({ ...c.constraint, evidence }),
  };
}

/** The event as it is written into the document (the scenario file format). */
export function eventToDocument(c: Candidate): Record<string, unknown> {
  const e = c.event;
  const out: Record<string, unknown> = { id: e.id, date: e.date };
  if (e.party) out.party = e.party;
  out.title = e.title;
  if (e.summary) out.summary = e.summary;
  if (e.quote) out.quote = e.quote;
  out.source = e.source;
  out.confidence = e.confidence;
  out.changes = e.changes.map((ch) => changeToDocument(ch, c));
  return out;
}

export interface ApplyOptions {
  /** Title of the source when it must be added to `meta.sources` (default: its id). */
  sourceTitle?: string;
  /** File name for error messages. */
  file?: string;
}

/**
 * `yamlText` with the accepted candidates inserted into `events` in date order (after events of
 * the same date). Candidates whose fingerprint is already in an event id are skipped, so applying
 * twice changes nothing. A source not yet in `meta.sources` is added.
 */
export function applyCandidatesToYaml(
  yamlText: string,
  accepted: Candidate[],
  opts: ApplyOptions = {},
): string {
  const file = opts.file ?? 'scenario';
  const doc = parseDocument(yamlText);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos?.[0] ? `line ${e.linePos[0].line}: ` : '';
    throw new ApplyEventsError(`${line}${e.message.split('\n')[0]}; fix the YAML before adding events`, file);
  }
  if (!isMap(doc.contents))
    throw new ApplyEventsError('the document is not a YAML map (expected a scenario)', file);
  const events = doc.get('events', true);
  if (
    events !== undefined &&
    events !== null &&
    !isSeq(events) &&
    (events as { value?: unknown }).value !== null
  )
    throw new ApplyEventsError('`events` must be a list', file);
  const seq = isSeq(events) ? (events as YAMLSeq) : undefined;
  const items = seq?.items ?? [];
  const ids = items.map((it) => (isMap(it) ? String(it.get('id') ?? '') : ''));
  const dates = items.map((it) => (isMap(it) ? String(it.get('date') ?? '') : ''));

  // Events go in date order, after existing events of the same date.
  const fresh = accepted
    .filter((c) => !ids.some((id) => id === c.event.id || eventHasFingerprint(id, c.fingerprint)))
    .filter((c, i, all) => all.findIndex((x) => x.event.id === c.event.id) === i)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : 0));
  if (fresh.length === 0) return yamlText;

  // Edit the text rather than re-print the document, so that everything the user wrote (folded
  // lines, spacing, comments) stays byte for byte; only the new lines are ours.
  const edits: Edit[] = [];
  if (seq && items.length > 0 && !seq.flow) {
    const indent = itemIndent(yamlText, items[0]);
    for (const c of fresh) {
      const next = dates.findIndex((d) => d > c.event.date);
      const at =
        next < 0
          ? afterLine(yamlText, (items[items.length - 1] as Node).range![2])
          : lineStart(yamlText, (items[next] as Node).range![0]);
      edits.push({ at, text: eventBlock(c, indent) });
    }
  } else {
    // No events yet (missing, null or `[]`): write a block list under the key.
    const block = fresh.map((c) => eventBlock(c, '  ')).join('');
    const pair = (doc.contents as YAMLMap).items.find(
      (p) => (isScalar(p.key) ? p.key.value : p.key) === 'events',
    );
    if (pair) {
      const key = pair.key as Node;
      const start = key.range![0];
      const end = afterLine(yamlText, (pair.value as Node | null)?.range?.[2] ?? key.range![2]);
      edits.push({ at: start, to: end, text: `events:\n${block}` });
    } else {
      const sep = yamlText.endsWith('\n') || yamlText === '' ? '' : '\n';
      edits.push({ at: yamlText.length, text: `${sep}events:\n${block}` });
    }
  }
  const sourceEdit = sourcesEdit(
    yamlText,
    doc,
    [...new Set(fresh.map((c) => c.event.source))],
    opts.sourceTitle,
  );
  if (sourceEdit) edits.push(sourceEdit);

  // Apply from the end so that earlier offsets stay valid; equal offsets keep their order.
  let out = yamlText;
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  for (const e of ordered) {
    out = out.slice(0, e.at) + e.text + out.slice(e.to ?? e.at);
  }
  return out;
}

/** Replace text[at, to) (insert when `to` is absent) with `text`. */
interface Edit {
  at: number;
  to?: number;
  text: string;
}

/** The new event as YAML lines at the list's indentation; expressions in flow style, as people write them. */
function eventBlock(c: Candidate, indent: string): string {
  const node = new Document([eventToDocument(c)]);
  const list = node.contents as YAMLSeq;
  for (const item of list.items) {
    const changes = isMap(item) ? item.get('changes', true) : undefined;
    for (const ch of isSeq(changes) ? changes.items : []) {
      const k = isMap(ch) ? ch.get('constraint', true) : undefined;
      if (!isMap(k)) continue;
      for (const key of ['if', 'then', 'forbid', 'require', 'evidence']) {
        const n = k.get(key, true);
        if (isMap(n)) n.flow = true;
      }
    }
  }
  return node
    .toString({ lineWidth: 0 })
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => `${indent}${l}\n`)
    .join('');
}

/** Adds missing source ids after the last entry of `meta.sources` (or creates the list). */
function sourcesEdit(
  text: string,
  doc: ReturnType<typeof parseDocument>,
  ids: string[],
  title: string | undefined,
): Edit | undefined {
  const meta = doc.get('meta', true);
  if (!isMap(meta)) return undefined;
  if (meta.flow) {
    // A one-line `meta: {…}`: rewrite that map, still on one line, with the sources added.
    const js = meta.toJSON() as { sources?: { id: string }[] };
    const known = new Set((js.sources ?? []).map((x) => x.id));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length === 0) return undefined;
    js.sources = [...(js.sources ?? []), ...missing.map((id) => ({ id, title: title ?? id }))];
    const flow = new Document(js);
    flow.contents = flow.createNode(js, { flow: true });
    return {
      at: (meta as Node).range![0],
      to: (meta as Node).range![1],
      text: flow.toString({ lineWidth: 0 }).trimEnd(),
    };
  }
  const list = meta.get('sources', true);
  const seq = isSeq(list) && !list.flow ? list : undefined;
  const known = new Set((seq?.items ?? []).map((it) => (isMap(it) ? String(it.get('id') ?? '') : '')));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return undefined;
  const entries = missing.map((id) => ({ id, title: title ?? id }));
  if (seq && seq.items.length > 0) {
    const indent = itemIndent(text, seq.items[0]);
    const block = new Document(entries)
      .toString({ lineWidth: 0 })
      .split('\n')
      .filter((l) => l)
      .map((l) => `${indent}${l}\n`)
      .join('');
    return { at: afterLine(text, (seq.items[seq.items.length - 1] as Node).range![2]), text: block };
  }
  // No block list of sources: add one as the last entry of `meta`.
  const metaItems = meta.items;
  const last = metaItems[metaItems.length - 1];
  const keyIndent = last ? itemIndentOfKey(text, last.key as Node) : '  ';
  const block = new Document(entries)
    .toString({ lineWidth: 0 })
    .split('\n')
    .filter((l) => l)
    .map((l) => `${keyIndent}  ${l}\n`)
    .join('');
  if (isSeq(list)) return undefined; // a flow list of sources: leave it to the user
  return { at: afterLine(text, (meta as Node).range![2]), text: `${keyIndent}sources:\n${block}` };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding `offset - 1` (the end of a node's last line). */
function afterLine(text: string, offset: number): number {
  const probe = Math.max(0, offset - 1);
  const nl = text.indexOf('\n', probe);
  return nl < 0 ? text.length : nl + 1;
}

/** Indentation of a block list's dash, e.g. "  " for "  - id: x". */
function itemIndent(text: string, item: unknown): string {
  const start = lineStart(text, (item as Node).range![0]);
  const line = text.slice(start, (item as Node).range![0]);
  const dash = line.indexOf('-');
  return ' '.repeat(dash < 0 ? 0 : dash);
}

function itemIndentOfKey(text: string, key: Node): string {
  const start = lineStart(text, key.range![0]);
  return ' '.repeat(key.range![0] - start);
}
