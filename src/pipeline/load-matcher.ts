import { createIndexedMatcher, storedNameIndex, type Matcher, type MatchSettings } from '../match/index.js';
import { type Db, hasDirtyRecords, makeNameIndexReader } from '../store/index.js';
import { nameIndexStale, refreshNameIndex } from './name-index.js';

/**
 * A matcher over every live record in the database, through the stored name index: it reads only the keys
 * a name has, so one name is answered at once however many records there are. Records changed by any path
 * (import, edits, soft delete, merges) are re-keyed before the next name is matched.
 */
export function loadMatcher(db: Db, settings?: Partial<MatchSettings>): Matcher {
  refreshNameIndex(db);
  const index = storedNameIndex(makeNameIndexReader(db));
  const beforeMatch = () => {
    // Two small reads when nothing changed.
    if (!hasDirtyRecords(db) && !nameIndexStale(db)) return;
    refreshNameIndex(db);
    index.forget();
  };
  return createIndexedMatcher(index, { settings, beforeMatch });
}
