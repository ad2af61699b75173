import { userInfo } from 'node:os';
import type { MatchSettings } from '../match/index.js';
import type { Matcher } from '../match/index.js';
import { createReviewSession, type ReviewSession } from '../review/index.js';
import { type Db, countLiveRecords, duplicateScanInfo, recordChangeMark, saveDuplicatePairs } from '../store/index.js';
import { DUPLICATE_CHECK_LIMIT, findDuplicates } from './find-duplicates.js';
import { loadMatcher } from './load-matcher.js';

/** Who decides: $DIALIST_REVIEWER, else the user logged in. */
export function currentReviewer(): string {
  const fromEnv = process.env.DIALIST_REVIEWER?.trim();
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface DuplicateLook {
  /** Looked just now. */
  scanned: boolean;
  /** Records changed since the pairs were last looked for, and there were too many to look through unasked. */
  outdated: boolean;
  lookedAt?: string;
  pairs?: number;
  ms: number;
}

/**
 * Looks for probable duplicate records again when records changed since the last look (imports, edits; not
 * review's own status changes), and stores the pairs for the queue. Above `limit` live records this takes
 * minutes, so it runs only when asked (`force`); the queue then says the pairs are outdated.
 */
export function refreshDuplicates(db: Db, { at = new Date().toISOString(), force = false, limit = DUPLICATE_CHECK_LIMIT }: { at?: string; force?: boolean; limit?: number } = {}): DuplicateLook {
  const t = performance.now();
  const mark = recordChangeMark(db);
  const last = duplicateScanInfo(db);
  if (last?.mark === mark && !force) return { scanned: false, outdated: false, lookedAt: last.at, ms: performance.now() - t };
  if (!force && countLiveRecords(db) > limit) return { scanned: false, outdated: true, lookedAt: last?.at, ms: performance.now() - t };
  const pairs = findDuplicates(db).map((p) => ({ a: p.a, b: p.b, score: p.score, evidence: JSON.stringify(p.evidence) }));
  saveDuplicatePairs(db, pairs, { mark, at });
  return { scanned: true, outdated: false, lookedAt: at, pairs: pairs.length, ms: performance.now() - t };
}

/**
 * The review queue over a database: duplicate pairs brought up to date (or said to be outdated), searching with
 * the matcher (built once, when first needed, and again after records were created or merged).
 */
export function openReview(db: Db, { settings, by = currentReviewer(), now, findDuplicates: force = false }: {
  settings?: Partial<MatchSettings>; by?: string; now?: () => string; findDuplicates?: boolean;
} = {}): ReviewSession & { duplicates: DuplicateLook } {
  const duplicates = refreshDuplicates(db, { force });
  let matcher: Matcher | undefined;
  const session = createReviewSession(db, {
    by, now,
    search: (text) => (matcher ??= loadMatcher(db, settings)).matchName(text),
    onRecordsChanged: () => { matcher = undefined; },
  });
  return { ...session, duplicates };
}
