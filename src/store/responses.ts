import type { Db } from './db.js';
import type { MatchedEntry, RecordId, ResponseEvent } from '../model/index.js';

export function documentBySha(db: Db, sha256: string): { id: number; file_name: string } | undefined {
  return db.prepare('SELECT id, file_name FROM documents WHERE sha256 = ?').get(sha256) as { id: number; file_name: string } | undefined;
}

export function insertDocument(db: Db, d: { sha256: string; fileName: string; kind: string; received?: string; sender?: string; listId?: number; at: string; text: string }): number {
  return Number(db.prepare('INSERT INTO documents (sha256, file_name, kind, received, sender, list_id, ingested_at, text) VALUES (?,?,?,?,?,?,?,?)')
    .run(d.sha256, d.fileName, d.kind, d.received ?? null, d.sender ?? null, d.listId ?? null, d.at, d.text).lastInsertRowid);
}

/** Stores an entry, the machine's match decision (a row, never an overwrite) and, for auto matches, its events. */
export function insertMatchedEntry(db: Db, documentId: number, e: MatchedEntry, at: string): number {
  const entryId = Number(db.prepare('INSERT INTO entries (document_id, seq, name_written, page, row, paragraph, text, facts, ocr_confidence) VALUES (?,?,?,?,?,?,?,?,?)')
    .run(documentId, e.seq, e.facts.name, e.source.page ?? null, e.source.row ?? null, e.source.paragraph ?? null, e.source.text, JSON.stringify(e.facts), e.source.ocr?.confidence ?? null).lastInsertRowid);
  const decisionId = Number(db.prepare('INSERT INTO match_decisions (entry_id, record_id, decision, confidence, evidence, by, at) VALUES (?,?,?,?,?,?,?)')
    .run(entryId, e.recordId, e.decision, e.confidence, JSON.stringify({ reason: e.reason, candidates: e.candidates }), 'dialist', at).lastInsertRowid);
  if (e.decision === 'auto' && e.recordId) insertEvents(db, e.recordId, entryId, e.facts.events, decisionId);
  return entryId;
}

/** Events in force on a record, each tied to the decision that wrote it (undoing that decision removes them). */
export function insertEvents(db: Db, recordId: RecordId, entryId: number, events: readonly ResponseEvent[], decisionId: number): void {
  const ins = db.prepare('INSERT INTO events (record_id, entry_id, type, date, precision, months, data, decision_id) VALUES (?,?,?,?,?,?,?,?)');
  for (const ev of events) ins.run(recordId, entryId, ev.type, ev.date?.value ?? null, ev.date?.precision ?? null, ev.months ?? null, ev.to ? JSON.stringify({ to: ev.to }) : null, decisionId);
}

/** A record's news from responses, in date order, with the document each came from. */
export function recordEvents(db: Db, recordId: string): { type: string; date: string | null; months: number | null; entry_id: number; file: string }[] {
  return db.prepare(`SELECT e.type, e.date, e.months, e.entry_id, d.file_name AS file FROM events e
    JOIN entries n ON n.id = e.entry_id JOIN documents d ON d.id = n.document_id
    WHERE e.record_id = ? ORDER BY e.date, e.id`).all(recordId) as { type: string; date: string | null; months: number | null; entry_id: number; file: string }[];
}
