/** A record's history as a person reads it (field by field), and going back to an earlier version. */
import type { ChangeAction, ChangeOrigin, PrisonerRecord } from '../model/index.js';
import { DialistError } from '../model/index.js';
import { copyField, diffRecords, rederiveNames, type FieldChange, type RecordField } from '../records/index.js';
import { type Db, findRecord, recordHistory, restoreRecord } from '../store/index.js';

export interface HistoryEntry {
  /** The change's number in the record's history: what `records restore --to N` takes. */
  n: number;
  at: string;
  origin: ChangeOrigin;
  ref: string;
  action: ChangeAction;
  /** Old and new value of every field the change touched (a creation lists the fields it set). */
  changes: FieldChange[];
}

export function historyOf(db: Db, id: string): HistoryEntry[] {
  return recordHistory(db, id).map((h) => ({ n: h.n, at: h.at, origin: h.origin, ref: h.ref, action: h.action, changes: diffRecords(h.before, h.after) }));
}

export interface RestoreOptions {
  /** The version to go back to: the record as it was after change `to` of its history. */
  to?: number;
  /** Only this field (with `to`); the name forms are derived again when a name is restored. */
  field?: RecordField;
  /** Why, kept in the history row. */
  reason?: string;
  at?: string;
}

export interface RestoreResult {
  outcome: 'restored' | 'undeleted' | 'unchanged';
  record: PrisonerRecord;
  /** What the restore changed (empty when unchanged or only undeleted). */
  changes: FieldChange[];
}

/**
 * Brings a deleted record back, or sets a record (or one field of it) back to an earlier version. Either is
 * one more history row, so it can itself be undone.
 */
export function restoreRecordVersion(db: Db, id: string, { to, field, reason, at = new Date().toISOString() }: RestoreOptions = {}): RestoreResult {
  const found = findRecord(db, id);
  if (!found) throw new DialistError('NOT_FOUND', `no record with ID ${id}. Find IDs with \`dialist records search NAME\``);
  let record: PrisonerRecord | undefined;
  if (to !== undefined) {
    const history = recordHistory(db, id);
    const version = history[to - 1];
    if (!version) throw new DialistError('NO_SUCH_VERSION', `record ${id} has ${history.length} change(s) in its history: --to takes 1 to ${history.length}; see \`dialist records show ${id} --history\``);
    record = field ? rederiveNames(copyField(found.record, field, version.after)) : version.after;
  }
  const ref = reason ?? `records restore${to !== undefined ? ` --to ${to}` : ''}${field ? ` --field ${field}` : ''}`;
  const outcome = restoreRecord(db, id, { origin: 'person', at, ref, record });
  if (outcome === 'not_found') throw new DialistError('NOT_FOUND', `no record with ID ${id}`);
  const now = findRecord(db, id)!.record;
  return { outcome, record: now, changes: outcome === 'restored' ? diffRecords(found.record, now) : [] };
}
