import type { Db } from './db.js';
import type { MatchedEntry, RecordId, ResponseEvent } from '../model/index.js';

export function documentBySha(db: Db, sha256: string): { id: number; file_name: string } | undefined {
  return db.prepare('SELECT id, file_name FROM documents WHERE sha256 = ?').get(sha256) as { id: number; file_name: string } | undefined;
}

export function insertDocument(db: Db, d: { sha256: string; contentSha?: string; fileName: string; kind: string; received?: string; sender?: string; listId?: number; at: string; text: string }): number {
  return Number(db.prepare('INSERT INTO documents (sha256, content_sha, file_name, kind, received, sender, list_id, ingested_at, text) VALUES (?,?,?,?,?,?,?,?,?)')
    .run(d.sha256, d.contentSha ?? null, d.fileName, d.kind, d.received ?? null, d.sender ?? null, d.listId ?? null, d.at, d.text).lastInsertRowid);
}

/** An earlier document with the same text (the same letter as DOCX and as PDF, or scanned again). */
export function documentByContent(db: Db, contentSha: string): { id: number; file_name: string } | undefined {
  return db.prepare('SELECT id, file_name FROM documents WHERE content_sha = ? ORDER BY id LIMIT 1').get(contentSha) as { id: number; file_name: string } | undefined;
}

/** Stores an entry, the machine's match decision (a row, never an overwrite) and, for auto matches, its events. */
export function insertMatchedEntry(db: Db, documentId: number, e: MatchedEntry, at: string): number {
  const entryId = Number(db.prepare('INSERT INTO entries (document_id, seq, name_written, page, row, paragraph, text, facts, ocr_confidence, why) VALUES (?,?,?,?,?,?,?,?,?,?)')
    .run(documentId, e.seq, e.facts.name, e.source.page ?? null, e.source.row ?? null, e.source.paragraph ?? null, e.source.text, JSON.stringify(e.facts), e.source.ocr?.confidence ?? null, e.source.why ? JSON.stringify(e.source.why) : null).lastInsertRowid);
  const decisionId = Number(db.prepare('INSERT INTO match_decisions (entry_id, record_id, decision, confidence, evidence, by, at) VALUES (?,?,?,?,?,?,?)')
    .run(entryId, e.recordId, e.decision, e.confidence, JSON.stringify({ reason: e.reason, candidates: e.candidates }), 'dialist', at).lastInsertRowid);
  if (e.decision === 'auto' && e.recordId) insertEvents(db, e.recordId, entryId, e.facts.events, decisionId);
  return entryId;
}

/**
 * Events in force on a record, each tied to the decision that wrote it (undoing that decision removes them).
 * An event identical to one already in force (the same record, type, date, months and content, as when one
 * answer arrives twice) is kept once: the copy points at the first with `dup_of` and is not counted.
 */
export function insertEvents(db: Db, recordId: RecordId, entryId: number, events: readonly ResponseEvent[], decisionId: number): void {
  const ins = db.prepare('INSERT INTO events (record_id, entry_id, type, date, precision, months, data, decision_id, dup_of) VALUES (?,?,?,?,?,?,?,?,?)');
  const same = db.prepare(`SELECT id FROM events WHERE record_id = ? AND type = ? AND date IS ? AND months IS ? AND data IS ? AND dup_of IS NULL ORDER BY id LIMIT 1`);
  for (const ev of events) {
    const data = ev.to ? JSON.stringify({ to: ev.to }) : null;
    const first = same.get(recordId, ev.type, ev.date?.value ?? null, ev.months ?? null, data) as { id: number } | undefined;
    ins.run(recordId, entryId, ev.type, ev.date?.value ?? null, ev.date?.precision ?? null, ev.months ?? null, data, decisionId, first?.id ?? null);
  }
}

/**
 * Removes the events one decision wrote (its undo). Where a removed event had copies from other answers, the
 * oldest copy takes its place, so news that another document also gave stays on the record.
 */
export function deleteDecisionEvents(db: Db, decisionId: number): number {
  const rows = db.prepare('SELECT id FROM events WHERE decision_id = ? AND dup_of IS NULL').all(decisionId) as { id: number }[];
  for (const { id } of rows) {
    const heir = db.prepare('SELECT id FROM events WHERE dup_of = ? AND decision_id IS NOT ? ORDER BY id LIMIT 1').get(id, decisionId) as { id: number } | undefined;
    if (heir) {
      db.prepare('UPDATE events SET dup_of = NULL WHERE id = ?').run(heir.id);
      db.prepare('UPDATE events SET dup_of = ? WHERE dup_of = ? AND id != ?').run(heir.id, id, heir.id);
    }
  }
  return db.prepare('DELETE FROM events WHERE decision_id = ?').run(decisionId).changes;
}

/** A record's news from responses, in date order, with the document each came from. */
export function recordEvents(db: Db, recordId: string): { type: string; date: string | null; months: number | null; entry_id: number; file: string }[] {
  return db.prepare(`SELECT e.type, e.date, e.months, e.entry_id, d.file_name AS file FROM events e
    JOIN entries n ON n.id = e.entry_id JOIN documents d ON d.id = n.document_id
    WHERE e.record_id = ? AND e.dup_of IS NULL ORDER BY e.date, e.id`).all(recordId) as { type: string; date: string | null; months: number | null; entry_id: number; file: string }[];
}
