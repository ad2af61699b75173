import type { Db } from './db.js';
import type { ListSnapshot, PrisonerList, RecordId } from '../model/index.js';
import { asRecordId, DialistError } from '../model/index.js';

interface ListRow { id: number; title: string; recipient: string; date: string; template: string; status: 'draft' | 'issued'; created_at: string; issued_at: string | null }

export function createListRow(db: Db, l: { title: string; recipient: string; date: string; template: string; at: string }): number {
  return Number(db.prepare('INSERT INTO lists (title, recipient, date, template, created_at) VALUES (?,?,?,?,?)').run(l.title, l.recipient, l.date, l.template, l.at).lastInsertRowid);
}

export function getList(db: Db, id: number): PrisonerList | undefined {
  const row = db.prepare('SELECT * FROM lists WHERE id = ?').get(id) as ListRow | undefined;
  if (!row) return undefined;
  const ids = (db.prepare('SELECT record_id FROM list_items WHERE list_id = ? ORDER BY position').all(id) as { record_id: string }[]).map((r) => asRecordId(r.record_id));
  return { id: row.id, title: row.title, recipient: row.recipient, date: row.date, template: row.template, status: row.status, createdAt: row.created_at, issuedAt: row.issued_at ?? undefined, recordIds: ids };
}

export function allLists(db: Db): PrisonerList[] {
  return (db.prepare('SELECT id FROM lists ORDER BY id').all() as { id: number }[]).map((r) => getList(db, r.id)!);
}

function assertDraft(db: Db, id: number): void {
  const l = db.prepare('SELECT status FROM lists WHERE id = ?').get(id) as { status: string } | undefined;
  if (!l) throw new DialistError('LIST_NOT_FOUND', `no list ${id}; see \`dialist list ls\``);
  if (l.status === 'issued') throw new DialistError('LIST_FROZEN', `list ${id} has been handed over and is frozen; create a new list instead`);
}

/** Appends records in order; records already on the list keep their place. Returns how many were added. */
export function addListItems(db: Db, id: number, recordIds: readonly string[]): number {
  return db.transaction(() => addItems(db, id, recordIds))();
}

function addItems(db: Db, id: number, recordIds: readonly string[]): number {
  assertDraft(db, id);
  const max = (db.prepare('SELECT coalesce(max(position), 0) AS m FROM list_items WHERE list_id = ?').get(id) as { m: number }).m;
  const ins = db.prepare('INSERT OR IGNORE INTO list_items (list_id, position, record_id) VALUES (?,?,?)');
  let pos = max;
  let added = 0;
  for (const rid of recordIds) added += ins.run(id, ++pos, rid).changes;
  return added;
}

export function removeListItems(db: Db, id: number, recordIds: readonly string[]): number {
  return db.transaction(() => removeItems(db, id, recordIds))();
}

function removeItems(db: Db, id: number, recordIds: readonly string[]): number {
  assertDraft(db, id);
  const del = db.prepare('DELETE FROM list_items WHERE list_id = ? AND record_id = ?');
  let n = 0;
  for (const rid of recordIds) n += del.run(id, rid).changes;
  // Renumber so that positions stay 1..n in order.
  const rows = db.prepare('SELECT record_id FROM list_items WHERE list_id = ? ORDER BY position').all(id) as { record_id: string }[];
  const upd = db.prepare('UPDATE list_items SET position = ? WHERE list_id = ? AND record_id = ?');
  rows.forEach((r, i) => upd.run(-(i + 1), id, r.record_id));
  db.prepare('UPDATE list_items SET position = -position WHERE list_id = ?').run(id);
  return n;
}

export function recordListFile(db: Db, f: { listId: number; format: string; path: string; sha256: string; at: string; records: string }): void {
  db.transaction(() => {
    db.prepare('DELETE FROM list_files WHERE list_id = ? AND format = ?').run(f.listId, f.format);
    db.prepare('INSERT INTO list_files (list_id, format, path, sha256, rendered_at, records) VALUES (?,?,?,?,?,?)').run(f.listId, f.format, f.path, f.sha256, f.at, f.records);
  })();
}

/** Files rendered for a list, with the records (as JSON) each was printed from. */
export function listFiles(db: Db, listId: number): { format: string; path: string; sha256: string; records: string }[] {
  return db.prepare('SELECT format, path, sha256, records FROM list_files WHERE list_id = ? ORDER BY format').all(listId) as { format: string; path: string; sha256: string; records: string }[];
}

export function freezeList(db: Db, id: number, snapshot: ListSnapshot): void {
  assertDraft(db, id);
  db.prepare("UPDATE lists SET status = 'issued', issued_at = ?, snapshot = ? WHERE id = ?").run(snapshot.issuedAt, JSON.stringify(snapshot), id);
}

export function listSnapshot(db: Db, id: number): ListSnapshot | undefined {
  const row = db.prepare('SELECT snapshot FROM lists WHERE id = ?').get(id) as { snapshot: string | null } | undefined;
  return row?.snapshot ? (JSON.parse(row.snapshot) as ListSnapshot) : undefined;
}

/** Live records on earlier lists to this recipient that no response has yet given news of. */
export function unansweredForRecipient(db: Db, recipient: string): RecordId[] {
  return (db.prepare(`
    SELECT DISTINCT li.record_id FROM list_items li JOIN lists l ON l.id = li.list_id
    JOIN records r ON r.id = li.record_id AND r.deleted_at IS NULL
    WHERE l.recipient = ? AND NOT EXISTS (SELECT 1 FROM events e WHERE e.record_id = li.record_id)
    ORDER BY li.record_id`).all(recipient) as { record_id: string }[]).map((r) => asRecordId(r.record_id));
}

/** Live records whose latest news (an event) is older than the given ISO date, or who have none. */
export function newsOlderThan(db: Db, isoDate: string): RecordId[] {
  return (db.prepare(`
    SELECT r.id FROM records r LEFT JOIN (SELECT record_id, max(date) AS d FROM events GROUP BY record_id) e ON e.record_id = r.id
    WHERE r.deleted_at IS NULL AND (e.d IS NULL OR e.d < ?) ORDER BY r.id`).all(isoDate) as { id: string }[]).map((r) => asRecordId(r.id));
}
