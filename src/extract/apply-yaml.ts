// Writes accepted candidates into a scenario YAML document's `events`, keeping the user's
// comments and layout (yaml's Document API edits the parsed tree in place).

import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
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
  let events = doc.get('events', true);
  if (events === undefined || events === null || (events as { value?: unknown }).value === null) {
    doc.set('events', doc.createNode([]));
    events = doc.get('events', true);
  }
  if (!isSeq(events)) throw new ApplyEventsError('`events` must be a list', file);
  const seq = events as YAMLSeq;
  // `events: []` is a flow list: events are maps of several lines, so write it as a block list.
  seq.flow = false;
  const ids = seq.items.map((it) => (isMap(it) ? String(it.get('id') ?? '') : ''));
  const sources = new Set<string>();
  for (const c of accepted) {
    if (ids.some((id) => id === c.event.id || eventHasFingerprint(id, c.fingerprint))) continue;
    const node = doc.createNode(eventToDocument(c)) as YAMLMap;
    for (const ch of (node.get('changes', true) as unknown as YAMLSeq).items) {
      const k = isMap(ch) ? ch.get('constraint', true) : undefined;
      if (!isMap(k)) continue;
      for (const key of ['if', 'then', 'forbid', 'require', 'evidence']) {
        const n = k.get(key, true);
        if (isMap(n)) n.flow = true;
      }
    }
    let at = seq.items.length;
    for (let i = 0; i < seq.items.length; i++) {
      const it = seq.items[i];
      const d = isMap(it) ? String(it.get('date') ?? '') : '';
      if (d > c.event.date) {
        at = i;
        break;
      }
    }
    seq.items.splice(at, 0, node);
    ids.splice(at, 0, c.event.id);
    sources.add(c.event.source);
  }
  if (sources.size > 0) addSources(doc, [...sources], opts.sourceTitle);
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 });
}

function addSources(doc: ReturnType<typeof parseDocument>, ids: string[], title: string | undefined): void {
  let meta = doc.get('meta', true);
  if (!isMap(meta)) {
    doc.set('meta', doc.createNode({}));
    meta = doc.get('meta', true);
  }
  const m = meta as YAMLMap;
  let list = m.get('sources', true);
  if (!isSeq(list)) {
    m.set('sources', doc.createNode([]));
    list = m.get('sources', true);
  }
  const seq = list as unknown as YAMLSeq;
  const known = new Set(seq.items.map((it) => (isMap(it) ? String(it.get('id') ?? '') : '')));
  for (const id of ids) {
    if (!known.has(id)) seq.items.push(doc.createNode({ id, title: title ?? id }));
  }
}
