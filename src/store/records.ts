import type { Db } from './db.js';
import type { ChangeOrigin, PrisonerRecord, RecordChange, RecordId } from '../model/index.js';
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
    .prepare('SELECT record_id, at, origin, ref, before, after FROM record_history WHERE record_id = ? ORDER BY seq')
    .all(id) as { record_id: string; at: string; origin: ChangeOrigin; ref: string; before: string | null; after: string }[];
  return rows.map((r) => ({
    recordId: asRecordId(r.record_id), at: r.at, origin: r.origin, ref: r.ref,
    before: r.before ? (JSON.parse(r.before) as PrisonerRecord) : null, after: JSON.parse(r.after) as PrisonerRecord,
  }));
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** Stable JSON: keys sorted, so that "unchanged" means the same data whatever order it was built in. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * Writes records, keeping a history row for every creation or change. Call inside a transaction
 * (see `inTransaction`): an import is all or nothing.
 */
export function makeRecordWriter(db: Db, { origin, at }: { origin: ChangeOrigin; at: string }) {
  const select = db.prepare('SELECT id, data FROM records WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO records (id, data, name_zh, name_zh_s, name_en, pinyin, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)',
  );
  const update = db.prepare('UPDATE records SET data=?, name_zh=?, name_zh_s=?, name_en=?, pinyin=?, updated_at=? WHERE id=?');
  const history = db.prepare('INSERT INTO record_history (record_id, at, origin, ref, before, after) VALUES (?,?,?,?,?,?)');
  return (record: PrisonerRecord, ref: string): UpsertOutcome => {
    const json = stableJson(record);
    const existing = select.get(record.id) as Row | undefined;
    const n = record.names;
    if (!existing) {
      insert.run(record.id, json, n.zh ?? null, n.zhSimplified ?? null, n.en ?? null, n.pinyin ?? null, at, at);
      history.run(record.id, at, origin, ref, null, json);
      return 'created';
    }
    if (existing.data === json) return 'unchanged';
    update.run(json, n.zh ?? null, n.zhSimplified ?? null, n.en ?? null, n.pinyin ?? null, at, record.id);
    history.run(record.id, at, origin, ref, existing.data, json);
    return 'updated';
  };
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
