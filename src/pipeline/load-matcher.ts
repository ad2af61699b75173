import { createMatcher, type Matcher, type MatchSettings } from '../match/index.js';
import { type Db, iterateRecords } from '../store/index.js';

/** A matcher over every record in the database. */
export function loadMatcher(db: Db, settings?: Partial<MatchSettings>): Matcher {
  return createMatcher(iterateRecords(db), { settings });
}
