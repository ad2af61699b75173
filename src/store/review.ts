/**
 * Review queue storage. match_decisions is append-only: a person's decision, and its undo, are further rows;
 * the current decision of an entry (or a duplicate pair) is its row with the highest id.
 */
import { deleteDecisionEvents } from './responses.js';
import type { Db } from './db.js';
import type { DecisionValue } from '../model/index.js';

export interface DecisionRow {
  id: number;
  entryId: number | null;
  recordId: string | null;
  decision: DecisionValue;
  confidence: number;
  evidence: string;
  by: string;
  at: string;
  replaces: number | null;
  action: string | null;
  note: string | null;
  undoes: number | null;
  otherId: string | null;
  pair: string | null;
  batch: number | null;
  writes: string | null;
}

interface RawDecision {
  id: number; entry_id: number | null; record_id: string | null; decision: DecisionValue; confidence: number;
  evidence: string; by: string; at: string; replaces: number | null; action: string | null; note: string | null;
  undoes: number | null; other_id: string | null; pair: string | null; batch: number | null; writes: string | null;
}

const toRow = (r: RawDecision): DecisionRow => ({
  id: r.id, entryId: r.entry_id, recordId: r.record_id, decision: r.decision, confidence: r.confidence,
  evidence: r.evidence, by: r.by, at: r.at, replaces: r.replaces, action: r.action, note: r.note, undoes: r.undoes,
  otherId: r.other_id, pair: r.pair, batch: r.batch, writes: r.writes,
});

/** An entry with its document, its newest decision row and the machine's evidence (its first row). */
export interface EntryItemRow {
  entryId: number;
  seq: number;
  nameWritten: string;
  page: number | null;
  row: number | null;
  paragraph: number | null;
  text: string;
  facts: string;
  documentId: number;
  file: string;
  received: string | null;
  sender: string | null;
  listId: number | null;
  current: DecisionRow;
  machineEvidence: string;
}

// Each entry with its newest decision row and its first (the machine's, with the candidates' evidence).
const ENTRY_ITEM_COLUMNS = `n.id AS n_id, n.seq, n.name_written, n.page, n.row, n.paragraph, n.text, n.facts,
    d.id AS d_id, d.file_name, d.received, d.sender, d.list_id,
    (SELECT f.evidence FROM match_decisions f WHERE f.entry_id = n.id ORDER BY f.id LIMIT 1) AS machine_evidence, m.*`;
// The newest row of every entry at once (one pass over the (entry_id, id) index) ...
const FROM_ALL = `FROM (SELECT max(id) AS id FROM match_decisions WHERE entry_id IS NOT NULL GROUP BY entry_id) cur
    JOIN match_decisions m ON m.id = cur.id JOIN entries n ON n.id = m.entry_id JOIN documents d ON d.id = n.document_id`;
// ... or entry by entry, when a document or one entry narrows them down.
const FROM_EACH = `FROM entries n JOIN documents d ON d.id = n.document_id
    JOIN match_decisions m ON m.id = (SELECT max(x.id) FROM match_decisions x WHERE x.entry_id = n.id)`;

type RawEntryItem = RawDecision & {
  n_id: number; seq: number; name_written: string; page: number | null; row: number | null; paragraph: number | null;
  text: string; facts: string; d_id: number; file_name: string; received: string | null; sender: string | null;
  list_id: number | null; machine_evidence: string;
};

const toEntryItem = (r: RawEntryItem): EntryItemRow => ({
  entryId: r.n_id, seq: r.seq, nameWritten: r.name_written, page: r.page, row: r.row, paragraph: r.paragraph,
  text: r.text, facts: r.facts, documentId: r.d_id, file: r.file_name, received: r.received, sender: r.sender,
  listId: r.list_id, current: toRow(r), machineEvidence: r.machine_evidence,
});

/** Entries whose current decision is one of `states`, in document and reading order. */
export function entryItemsInState(db: Db, states: readonly DecisionValue[], { documentId, listId }: { documentId?: number; listId?: number } = {}): EntryItemRow[] {
  const where = [`m.decision IN (${states.map(() => '?').join(',')})`];
  const args: unknown[] = [...states];
  if (documentId !== undefined) { where.push('d.id = ?'); args.push(documentId); }
  if (listId !== undefined) { where.push('d.list_id = ?'); args.push(listId); }
  const sql = `SELECT ${ENTRY_ITEM_COLUMNS} ${documentId !== undefined ? FROM_EACH : FROM_ALL} WHERE ${where.join(' AND ')} ORDER BY d.id, n.seq`;
  return (db.prepare(sql).all(...args) as RawEntryItem[]).map(toEntryItem);
}

export function entryItem(db: Db, entryId: number): EntryItemRow | undefined {
  const r = db.prepare(`SELECT ${ENTRY_ITEM_COLUMNS} ${FROM_EACH} WHERE n.id = ?`).get(entryId) as RawEntryItem | undefined;
  return r && toEntryItem(r);
}

export function decisionById(db: Db, id: number): DecisionRow | undefined {
  const r = db.prepare('SELECT * FROM match_decisions WHERE id = ?').get(id) as RawDecision | undefined;
  return r && toRow(r);
}

/** Every decision row of one entry or one duplicate pair, oldest first. */
export function decisionsOfItem(db: Db, key: { entryId: number } | { pair: string }): DecisionRow[] {
  const rows = 'entryId' in key
    ? db.prepare('SELECT * FROM match_decisions WHERE entry_id = ? ORDER BY id').all(key.entryId)
    : db.prepare('SELECT * FROM match_decisions WHERE pair = ? ORDER BY id').all(key.pair);
  return (rows as RawDecision[]).map(toRow);
}

/** People's decision rows (everything but the machine's), oldest first: enough to rebuild each item's stack. */
export function personDecisionRows(db: Db): DecisionRow[] {
  return (db.prepare('SELECT * FROM match_decisions WHERE action IS NOT NULL ORDER BY id').all() as RawDecision[]).map(toRow);
}

/** The newest decisions a person made (undo rows excluded), newest first. */
export function decisionsBy(db: Db, by: string, { beforeId = Number.MAX_SAFE_INTEGER, limit = 50 } = {}): DecisionRow[] {
  return (db.prepare(`SELECT * FROM match_decisions WHERE by = ? AND id < ? AND action IS NOT NULL AND action != 'undo'
    ORDER BY id DESC LIMIT ?`).all(by, beforeId, limit) as RawDecision[]).map(toRow);
}

export function decisionsOfBatch(db: Db, batch: number): DecisionRow[] {
  return (db.prepare("SELECT * FROM match_decisions WHERE batch = ? AND action != 'undo' ORDER BY id").all(batch) as RawDecision[]).map(toRow);
}

export function nextBatchNumber(db: Db): number {
  return (db.prepare('SELECT coalesce(max(batch), 0) + 1 AS b FROM match_decisions').get() as { b: number }).b;
}

export type NewDecisionRow = Omit<DecisionRow, 'id' | 'replaces'> & { replaces?: number | null };

export function insertDecisionRow(db: Db, r: NewDecisionRow): number {
  return Number(db.prepare(`INSERT INTO match_decisions
    (entry_id, record_id, decision, confidence, evidence, by, at, replaces, action, note, undoes, other_id, pair, batch, writes)
    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`).run(
    r.entryId, r.recordId, r.decision, r.confidence, r.evidence, r.by, r.at, r.replaces ?? null, r.action, r.note,
    r.undoes, r.otherId, r.pair, r.batch, r.writes,
  ).lastInsertRowid);
}

/** Takes a decision's events off the records (undo; or a person overriding an automatic match). */
export function deleteEventsOfDecision(db: Db, decisionId: number): number {
  // Copies of the same news from other answers take the place of what is removed (see deleteDecisionEvents).
  return deleteDecisionEvents(db, decisionId);
}

/**
 * What a record's timeline holds besides one entry: the facts and received date of every other entry whose
 * current decision puts it on this record (auto or a person's accept).
 */
export function newsOnRecord(db: Db, recordId: string, exceptEntryId: number): { facts: string; received: string | null }[] {
  return db.prepare(`SELECT n.facts, d.received FROM match_decisions m
      JOIN entries n ON n.id = m.entry_id JOIN documents d ON d.id = n.document_id
    WHERE m.record_id = ? AND m.decision IN ('auto','accepted') AND m.entry_id != ?
      AND m.id = (SELECT max(id) FROM match_decisions x WHERE x.entry_id = m.entry_id)`).all(recordId, exceptEntryId) as { facts: string; received: string | null }[];
}

export function recordDeletedAt(db: Db, id: string): string | null | undefined {
  const r = db.prepare('SELECT deleted_at FROM records WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
  return r ? r.deleted_at : undefined;
}

/** The record a merged-away ID points to, following chains (A -> B -> C gives C). */
export function resolveRedirect(db: Db, id: string): string | undefined {
  const stmt = db.prepare('SELECT to_id FROM record_redirects WHERE from_id = ?');
  let to: string | undefined;
  let at = id;
  for (let hops = 0; hops < 20; hops++) {
    const r = stmt.get(at) as { to_id: string } | undefined;
    if (!r) break;
    to = at = r.to_id;
  }
  return to;
}

export function insertRedirect(db: Db, r: { from: string; to: string; at: string; by: string; decisionId: number }): void {
  db.prepare('INSERT INTO record_redirects (from_id, to_id, at, by, decision_id) VALUES (?,?,?,?,?)').run(r.from, r.to, r.at, r.by, r.decisionId);
}

export function deleteRedirect(db: Db, from: string, decisionId: number): number {
  return db.prepare('DELETE FROM record_redirects WHERE from_id = ? AND decision_id = ?').run(from, decisionId).changes;
}

/**
 * Soft-deletes (or, with null, brings back) a record, keeping a history row that says why. The record's data
 * and its earlier history stay.
 */
export function setRecordDeleted(db: Db, id: string, deletedAt: string | null, { at, ref }: { at: string; ref: string }): void {
  const row = db.prepare('SELECT data FROM records WHERE id = ?').get(id) as { data: string } | undefined;
  if (!row) return;
  db.prepare('UPDATE records SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
  db.prepare("INSERT INTO record_history (record_id, at, origin, ref, before, after) VALUES (?,?,'review',?,?,?)").run(id, at, ref, row.data, row.data);
}

/** The lists each record is on, oldest list first. */
export function listsOfRecords(db: Db, ids: readonly string[]): Map<string, { id: number; title: string; date: string }[]> {
  const out = new Map<string, { id: number; title: string; date: string }[]>();
  const stmt = db.prepare('SELECT l.id, l.title, l.date FROM list_items i JOIN lists l ON l.id = i.list_id WHERE i.record_id = ? ORDER BY l.id');
  for (const id of ids) out.set(id, stmt.all(id) as { id: number; title: string; date: string }[]);
  return out;
}

/** Records on a list (for --list on duplicate pairs). */
export function recordIdsOnList(db: Db, listId: number): Set<string> {
  return new Set((db.prepare('SELECT record_id FROM list_items WHERE list_id = ?').all(listId) as { record_id: string }[]).map((r) => r.record_id));
}

/** The indexed name columns of every live record: enough to count how many records share a reading. */
export function* iterateNameColumns(db: Db): Generator<[pinyin: string | null, nameEn: string | null, nameZhSimplified: string | null]> {
  yield* db.prepare('SELECT pinyin, name_en, name_zh_s FROM records WHERE deleted_at IS NULL').raw().iterate() as Iterable<[string | null, string | null, string | null]>;
}

/** A document by its number or its file name. */
export function findDocument(db: Db, ref: string): { id: number; file: string } | undefined {
  const row = /^\d+$/.test(ref)
    ? db.prepare('SELECT id, file_name AS file FROM documents WHERE id = ?').get(Number(ref))
    : db.prepare('SELECT id, file_name AS file FROM documents WHERE file_name = ? ORDER BY id DESC LIMIT 1').get(ref);
  return row as { id: number; file: string } | undefined;
}

/**
 * The newest record change that can make or unmake a duplicate pair: anything but review decisions,
 * except records that review created. Probable duplicates are looked for again when it moves.
 */
export function recordChangeMark(db: Db): number {
  const r = db.prepare("SELECT seq FROM record_history WHERE origin != 'review' OR before IS NULL ORDER BY seq DESC LIMIT 1").get() as { seq: number } | undefined;
  return r?.seq ?? 0;
}

export interface StoredPair {
  a: string;
  b: string;
  score: number;
  evidence: string;
  /** The two records' names (characters / romanised), read with the pair. */
  labels?: [string, string];
}

export function saveDuplicatePairs(db: Db, pairs: readonly StoredPair[], { mark, at }: { mark: number; at: string }): void {
  db.transaction(() => {
    db.prepare('DELETE FROM duplicate_pairs').run();
    const ins = db.prepare('INSERT OR REPLACE INTO duplicate_pairs (a, b, score, evidence) VALUES (?,?,?,?)');
    for (const p of pairs) ins.run(p.a, p.b, p.score, p.evidence);
    db.prepare('INSERT OR REPLACE INTO duplicate_scan (id, history_seq, at) VALUES (1, ?, ?)').run(mark, at);
  })();
}

/** Stored probable duplicate pairs whose two records are both live, with their names: one query for the queue. */
export function storedDuplicatePairs(db: Db): StoredPair[] {
  const rows = db.prepare(`SELECT p.a, p.b, p.score, p.evidence, ra.name_zh AS a_zh, ra.name_en AS a_en, rb.name_zh AS b_zh, rb.name_en AS b_en
    FROM duplicate_pairs p JOIN records ra ON ra.id = p.a JOIN records rb ON rb.id = p.b
    WHERE ra.deleted_at IS NULL AND rb.deleted_at IS NULL ORDER BY p.a, p.b`).all() as (StoredPair & Record<'a_zh' | 'a_en' | 'b_zh' | 'b_en', string | null>)[];
  const label = (id: string, zh: string | null, en: string | null) => [zh, en].filter(Boolean).join(' / ') || id;
  return rows.map((r) => ({ a: r.a, b: r.b, score: r.score, evidence: r.evidence, labels: [label(r.a, r.a_zh, r.a_en), label(r.b, r.b_zh, r.b_en)] }));
}

export function storedDuplicatePair(db: Db, a: string, b: string): StoredPair | undefined {
  return db.prepare('SELECT a, b, score, evidence FROM duplicate_pairs WHERE a = ? AND b = ?').get(a, b) as StoredPair | undefined;
}

/** How many live records there are (to decide whether looking for duplicates can run unasked). */
export function countLiveRecords(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM records WHERE deleted_at IS NULL').get() as { n: number }).n;
}

export function duplicateScanInfo(db: Db): { mark: number; at: string } | undefined {
  const r = db.prepare('SELECT history_seq AS mark, at FROM duplicate_scan WHERE id = 1').get() as { mark: number; at: string } | undefined;
  return r;
}

/** Runs `fn` in a transaction that takes the write lock first, so that check-then-write is one step. */
export function inWriteTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** Lets a transaction write rows that reference each other before both exist (checked at commit). */
export function deferForeignKeys(db: Db): void {
  db.pragma('defer_foreign_keys = ON');
}
