/**
 * Keeps the stored name index in step with the records: re-keys the records marked dirty (every write to
 * `records`, by any path, marks its row through a trigger), and rebuilds everything when the keys' version
 * changes. Matching weights and thresholds are applied when names are scored, not stored, so changing them
 * needs no rebuild.
 */
import type { PrisonerRecord } from '../model/index.js';
import { KEY_VERSION, encodeIndexedRecord, encodeKind, indexEntry, indexHash } from '../match/index.js';
import {
  type Db, clearNameIndex, dirtyRecords, hasDirtyRecords, inTransaction, liveRecordPage, makeNameIndexWriter, nameIndexMeta,
  setNameIndexMeta,
} from '../store/index.js';

export interface IndexRefresh {
  /** True when the whole index was rebuilt (first use, or new key version). */
  rebuilt: boolean;
  /** Records whose keys were (re)written. */
  keyed: number;
  /** Records whose keys were removed (deleted or merged away). */
  removed: number;
}

const PAGE = 2000;

const entryOf = (r: PrisonerRecord, hash: string) => {
  const { keys, record } = indexEntry(r);
  const rows = keys.map((k) => ({ key: k.key, kind: encodeKind(k.kind), via: k.via }));
  return { recordId: r.id, hash, info: encodeIndexedRecord(record), keys: rows };
};

/** True when the index must be rebuilt before it can answer (never built, or built by other keys). */
export function nameIndexStale(db: Db): boolean {
  return nameIndexMeta(db, 'key_version') !== String(KEY_VERSION);
}

/** Rebuilds the whole index from the live records, in one transaction. */
export function rebuildNameIndex(db: Db, { onProgress }: { onProgress?: (done: number) => void } = {}): IndexRefresh {
  let keyed = 0;
  inTransaction(db, () => {
    clearNameIndex(db);
    const writer = makeNameIndexWriter(db);
    for (let page = liveRecordPage(db, { limit: PAGE }); page.length; page = liveRecordPage(db, { afterId: page.at(-1)!.id, limit: PAGE })) {
      writer.write(page.map((row) => {
        const r = JSON.parse(row.data) as PrisonerRecord;
        return entryOf(r, indexHash(r));
      }), { fresh: true });
      keyed += page.length;
      onProgress?.(keyed);
    }
    setNameIndexMeta(db, 'key_version', String(KEY_VERSION));
  });
  return { rebuilt: true, keyed, removed: 0 };
}

/**
 * Brings the index up to date: a rebuild if its key version is not this dialist's, else only the records
 * changed since (their name fields compared by hash: a status change re-keys nothing). Cheap when nothing changed.
 */
export function refreshNameIndex(db: Db): IndexRefresh {
  if (nameIndexStale(db)) return rebuildNameIndex(db);
  const out: IndexRefresh = { rebuilt: false, keyed: 0, removed: 0 };
  if (!hasDirtyRecords(db)) return out;
  inTransaction(db, () => {
    const writer = makeNameIndexWriter(db);
    for (let page = dirtyRecords(db, { limit: PAGE }); page.length; page = dirtyRecords(db, { afterId: page.at(-1)!.id, limit: PAGE })) {
      const changed: ReturnType<typeof entryOf>[] = [];
      for (const d of page) {
        if (d.deleted || d.data === null) {
          writer.remove(d.id);
          out.removed++;
          continue;
        }
        const r = JSON.parse(d.data) as PrisonerRecord;
        const hash = indexHash(r);
        if (hash === d.hash) writer.keep(d.id);
        else changed.push(entryOf(r, hash));
      }
      writer.write(changed);
      out.keyed += changed.length;
    }
  });
  return out;
}
