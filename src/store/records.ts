import type { Db } from './db.js';
import type { ChangeAction, ChangeOrigin, PrisonerRecord, RecordChange, RecordId } from '../model/index.js';
import { asRecordId } from '../model/index.js';

interface Row { id: string; data: string }
const parse = (r: Row): PrisonerRecord => JSON.parse(r.data) as PrisonerRecord;

export function getRecord(db: Db, id: string): PrisonerRecord | undefined {
  const row = db.prepare('SELECT id, data FROM records WHERE id = ?').get(id) as Row | undefined;
  return row && parse(row);
}

export function countRecords(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM records WHERE deleted_at IS NULL').get() as { n: number }).n;
}

/** All records in ID order. Iterates lazily so 50,000 records do not need two copies in memory. */
export function* iterateRecords(db: Db): Generator<PrisonerRecord> {
  for (const row of db.prepare('SELECT id, data FROM records WHERE deleted_at IS NULL ORDER BY id').iterate() as Iterable<Row>) yield parse(row);
}

export function listRecords(db: Db, { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}): PrisonerRecord[] {
  return (db.prepare('SELECT id, data FROM records WHERE deleted_at IS NULL ORDER BY id LIMIT ? OFFSET ?').all(limit, offset) as Row[]).map(parse);
}

export function recordHistory(db: Db, id: string): RecordChange[] {
  const rows = db
    .prepare('SELECT record_id, at, origin, ref, before, after, action FROM record_history WHERE record_id = ? ORDER BY seq')
    .all(id) as { record_id: string; at: string; origin: ChangeOrigin; ref: string; before: string | null; after: string; action: ChangeAction | null }[];
  return rows.map((r, i) => ({
    recordId: asRecordId(r.record_id), n: i + 1, action: r.action ?? (r.before ? 'update' : 'create'), at: r.at, origin: r.origin, ref: r.ref,
    before: r.before ? (JSON.parse(r.before) as PrisonerRecord) : null, after: JSON.parse(r.after) as PrisonerRecord,
  }));
}

/** A record whatever its state, with when it was deleted (soft delete), or undefined when there is no such ID. */
export function findRecord(db: Db, id: string): { record: PrisonerRecord; deletedAt?: string } | undefined {
  const row = db.prepare('SELECT id, data, deleted_at FROM records WHERE id = ?').get(id) as (Row & { deleted_at: string | null }) | undefined;
  return row && { record: parse(row), ...(row.deleted_at ? { deletedAt: row.deleted_at } : {}) };
}

/** `deleted`: the record is soft-deleted and was left alone (restore it first). */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged' | 'deleted';

/** Stable JSON: keys sorted, so that "unchanged" means the same data whatever order it was built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export interface ChangeSource {
  origin: ChangeOrigin;
  at: string;
}

/**
 * The statements every change to a record goes through: its row (data, name columns, deleted_at) and a
 * history row. Writers, delete and restore all use these, so that whatever else must follow a record
 * (an index of its names) has one place to hook in.
 */
function recordStatements(db: Db) {
  const insert = db.prepare(
    'INSERT INTO records (id, data, name_zh, name_zh_s, name_en, pinyin, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)',
  );
  const update = db.prepare('UPDATE records SET data=?, name_zh=?, name_zh_s=?, name_en=?, pinyin=?, updated_at=?, deleted_at=? WHERE id=?');
  const history = db.prepare('INSERT INTO record_history (record_id, at, origin, ref, before, after, action) VALUES (?,?,?,?,?,?,?)');
  return {
    insert(record: PrisonerRecord, json: string, at: string): void {
      const n = record.names;
      insert.run(record.id, json, n.zh ?? null, n.zhSimplified ?? null, n.en ?? null, n.pinyin ?? null, at, at);
    },
    update(record: PrisonerRecord, json: string, at: string, deletedAt: string | null): void {
      const n = record.names;
      update.run(json, n.zh ?? null, n.zhSimplified ?? null, n.en ?? null, n.pinyin ?? null, at, deletedAt, record.id);
    },
    history(id: string, c: ChangeSource & { ref: string; action: ChangeAction }, before: string | null, after: string): void {
      history.run(id, c.at, c.origin, c.ref, before, after, c.action);
    },
  };
}

/**
 * Writes records, keeping a history row for every creation or change. Call inside a transaction
 * (see `inTransaction`): an import is all or nothing. With `merge`, an existing record is combined with
 * what is written (a file that names only some fields keeps the others). A deleted record is left alone.
 */
export function makeRecordWriter(db: Db, source: ChangeSource) {
  const select = db.prepare('SELECT id, data, deleted_at FROM records WHERE id = ?');
  const put = recordStatements(db);
  return (record: PrisonerRecord, ref: string, { merge }: { merge?: (existing: PrisonerRecord) => PrisonerRecord } = {}): UpsertOutcome => {
    const existing = select.get(record.id) as (Row & { deleted_at: string | null }) | undefined;
    if (!existing) {
      const json = stableJson(record);
      put.insert(record, json, source.at);
      put.history(record.id, { ...source, ref, action: 'create' }, null, json);
      return 'created';
    }
    if (existing.deleted_at) return 'deleted';
    // What is written equal to what is stored is unchanged whatever a merge would keep: checked first, cheaply.
    const written = stableJson(record);
    if (existing.data === written) return 'unchanged';
    const next = merge ? merge(parse(existing)) : record;
    const json = merge ? stableJson(next) : written;
    if (existing.data === json) return 'unchanged';
    put.update(next, json, source.at, null);
    put.history(record.id, { ...source, ref, action: 'update' }, existing.data, json);
    return 'updated';
  };
}

/**
 * Soft-deletes a record: it keeps its row, its history and its place on handed-over lists, and leaves every
 * live query (lists, search, matching, export, new lists). The history row's before and after are the same.
 */
export function deleteRecord(db: Db, id: string, change: ChangeSource & { ref: string }): 'deleted' | 'already_deleted' | 'not_found' {
  return inTransaction(db, () => {
    const found = findRecord(db, id);
    if (!found) return 'not_found';
    if (found.deletedAt) return 'already_deleted';
    const json = stableJson(found.record);
    const put = recordStatements(db);
    put.update(found.record, json, change.at, change.at);
    put.history(id, { ...change, action: 'delete' }, json, json);
    return 'deleted';
  });
}

/**
 * Brings a deleted record back (`undeleted`) and/or sets its data to `record` (`restored`, e.g. an earlier
 * version from its history): one history row either way. `unchanged` when it is live and already so.
 */
export function restoreRecord(db: Db, id: string, change: ChangeSource & { ref: string; record?: PrisonerRecord }): 'restored' | 'undeleted' | 'unchanged' | 'not_found' {
  return inTransaction(db, () => {
    const found = findRecord(db, id);
    if (!found) return 'not_found';
    const before = stableJson(found.record);
    const next = change.record ? { ...change.record, id: found.record.id } : found.record;
    const after = stableJson(next);
    if (after === before && !found.deletedAt) return 'unchanged';
    const action: ChangeAction = after === before ? 'undelete' : 'restore';
    const put = recordStatements(db);
    put.update(next, after, change.at, null);
    put.history(id, { origin: change.origin, at: change.at, ref: change.ref, action }, before, after);
    return action === 'undelete' ? 'undeleted' : 'restored';
  });
}

/**
 * Runs `fn` in one write transaction. IMMEDIATE: the write lock is taken at the start, so a second writer (another
 * `dialist ingest` on the same database) waits for it (busy timeout) instead of failing half-way with SQLITE_BUSY.
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

export function recordImport(db: Db, row: { file: string; sha256: string; at: string; created: number; updated: number; unchanged: number }): void {
  db.prepare('INSERT INTO imports (file, sha256, at, created, updated, unchanged) VALUES (?,?,?,?,?,?)').run(
    row.file, row.sha256, row.at, row.created, row.updated, row.unchanged,
  );
}

export type { RecordId };
