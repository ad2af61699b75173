/**
 * The persistent name index: each live record's matching keys (name_keys) and what scoring needs of it
 * (name_records), read through SQLite's indexes so that matching a few names never loads every record.
 * Triggers (schema) mark every record written by any path in name_index_dirty; whoever keys records
 * (src/pipeline/name-index.ts) reads the dirty ones here and writes their keys back.
 */
import type { Db } from './db.js';

export interface NameKeyRow {
  key: string;
  kind: string;
  via: string;
}

/** One record's index entry, as the keying code made it. */
export interface NameIndexEntry {
  recordId: string;
  /** Hash of the fields the keys were computed from: the same hash means the same keys. */
  hash: string;
  info: string;
  keys: readonly NameKeyRow[];
}

/** A posting: a record that has a key, with what scoring needs of it. */
export interface PostingRow {
  record_id: string;
  kind: string;
  via: string;
  info: string;
}

/** A record waiting to be (re-)keyed: its data, whether it is live, and the hash its keys have now. */
export interface DirtyRecord {
  id: string;
  data: string | null;
  deleted: boolean;
  hash: string | null;
}

export function nameIndexMeta(db: Db, name: string): string | undefined {
  return (db.prepare('SELECT value FROM name_index_meta WHERE name = ?').get(name) as { value: string } | undefined)?.value;
}

export function setNameIndexMeta(db: Db, name: string, value: string): void {
  db.prepare('INSERT INTO name_index_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value')
    .run(name, value);
}

export function hasDirtyRecords(db: Db): boolean {
  return db.prepare('SELECT 1 FROM name_index_dirty LIMIT 1').get() !== undefined;
}

/** Dirty records in ID order, at most `limit` after `afterId`: callers page through them to keep memory flat. */
type Page = { afterId?: string; limit?: number };

export function dirtyRecords(db: Db, { afterId = '', limit = 2000 }: Page = {}): DirtyRecord[] {
  type Row = { id: string; data: string | null; deleted_at: string | null; hash: string | null };
  const rows = db.prepare(`
    SELECT d.record_id AS id, r.data AS data, r.deleted_at AS deleted_at, n.hash AS hash
    FROM name_index_dirty d LEFT JOIN records r ON r.id = d.record_id LEFT JOIN name_records n ON n.record_id = d.record_id
    WHERE d.record_id > ? ORDER BY d.record_id LIMIT ?`).all(afterId, limit) as Row[];
  return rows.map((r) => ({ id: r.id, data: r.data, deleted: r.data === null || r.deleted_at !== null, hash: r.hash }));
}

/** Live records in ID order, a page at a time (for a full rebuild). */
export function liveRecordPage(db: Db, { afterId = '', limit = 2000 }: Page = {}): { id: string; data: string }[] {
  return db.prepare('SELECT id, data FROM records WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?')
    .all(afterId, limit) as { id: string; data: string }[];
}

/**
 * Writes index entries and removes the entries of records no longer live; clears their dirty marks.
 * Only the records named are touched. Call inside a transaction.
 */
export function makeNameIndexWriter(db: Db) {
  const oldKeys = db.prepare('SELECT keys FROM name_records WHERE record_id = ?');
  const deleteKey = db.prepare('DELETE FROM name_keys WHERE key = ? AND record_id = ?');
  const deleteRecord = db.prepare('DELETE FROM name_records WHERE record_id = ?');
  const insertKey = db.prepare('INSERT OR IGNORE INTO name_keys (key, record_id, kind, via) VALUES (?, ?, ?, ?)');
  const insertRecord = db.prepare('INSERT INTO name_records (record_id, hash, info, keys) VALUES (?, ?, ?, ?)');
  const clean = db.prepare('DELETE FROM name_index_dirty WHERE record_id = ?');
  const remove = (id: string): void => {
    const row = oldKeys.get(id) as { keys: string } | undefined;
    if (!row) return;
    for (const k of JSON.parse(row.keys) as string[]) deleteKey.run(k, id);
    deleteRecord.run(id);
  };
  // Many rows per statement: the per-call cost of better-sqlite3 is most of the cost of a small insert.
  const BATCH = 200;
  const values = new Array(BATCH).fill('(?, ?, ?, ?)').join(', ');
  const insertKeys = db.prepare(`INSERT OR IGNORE INTO name_keys (key, record_id, kind, via) VALUES ${values}`);
  const insertRows = (rows: string[][]) => {
    let i = 0;
    for (; i + BATCH <= rows.length; i += BATCH) insertKeys.run(rows.slice(i, i + BATCH).flat());
    for (; i < rows.length; i++) insertKey.run(rows[i]);
  };
  return {
    /** Replaces the entries of these records (their old keys are removed first unless `fresh`). */
    write(entries: readonly NameIndexEntry[], { fresh = false }: { fresh?: boolean } = {}): void {
      if (!fresh) for (const e of entries) remove(e.recordId);
      const rows: string[][] = [];
      for (const e of entries) for (const k of e.keys) rows.push([k.key, e.recordId, k.kind, k.via]);
      // In key order: consecutive inserts land on the same pages of the index.
      rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      insertRows(rows);
      for (const e of entries) {
        // A record's keys are unique (the keying code sees to it), so each was written.
        insertRecord.run(e.recordId, e.hash, e.info, JSON.stringify(e.keys.map((k) => k.key)));
        clean.run(e.recordId);
      }
    },
    remove(id: string): void {
      remove(id);
      clean.run(id);
    },
    /** The record's keys are still right (its name fields did not change): only the dirty mark goes. */
    keep(id: string): void {
      clean.run(id);
    },
  };
}

/** Empties the index (before a full rebuild). */
export function clearNameIndex(db: Db): void {
  db.exec('DELETE FROM name_keys; DELETE FROM name_records; DELETE FROM name_index_dirty;');
}

/** Read access for the matcher: postings of a key with the record's scoring info, in record ID order. */
export function makeNameIndexReader(db: Db) {
  const postings = db.prepare(`
    SELECT k.record_id, k.kind, k.via, n.info FROM name_keys k JOIN name_records n ON n.record_id = k.record_id
    WHERE k.key = ? ORDER BY k.record_id LIMIT ?`);
  const info = db.prepare('SELECT info FROM name_records WHERE record_id = ?');
  const count = db.prepare('SELECT count(*) AS n FROM name_records');
  const known = db.prepare('SELECT value AS key FROM json_each(?) WHERE EXISTS (SELECT 1 FROM name_keys WHERE key = value)').pluck();
  return {
    postings: (key: string, limit = -1): PostingRow[] => postings.all(key, limit) as PostingRow[],
    info: (id: string): string | undefined => (info.get(id) as { info: string } | undefined)?.info,
    count: (): number => (count.get() as { n: number }).n,
    /** Which of these keys some indexed record has; one statement per chunk, one index seek per key. */
    knownKeys(keys: readonly string[]): Set<string> {
      const out = new Set<string>();
      for (let i = 0; i < keys.length; i += 20000) {
        for (const k of known.all(JSON.stringify(keys.slice(i, i + 20000))) as string[]) out.add(k);
      }
      return out;
    },
  };
}

export type NameIndexReader = ReturnType<typeof makeNameIndexReader>;

/**
 * Live records whose name (characters, simplified, romanised, pinyin) contains the text, in ID order: part
 * of a name ("晓波", "Hsiao"; Latin letters in any case). One pass over the name columns, no record parsed.
 */
export function searchRecordText(db: Db, text: string, { limit = 10 }: { limit?: number } = {}): string[] {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.prepare(`SELECT id FROM records WHERE deleted_at IS NULL
    AND (name_zh LIKE @like ESCAPE '\\' OR name_zh_s LIKE @like ESCAPE '\\'
      OR name_en LIKE @like ESCAPE '\\' OR pinyin LIKE @like ESCAPE '\\')
    ORDER BY id LIMIT @limit`).pluck().all({ like, limit }) as string[];
}
