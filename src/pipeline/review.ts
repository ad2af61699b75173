import { userInfo } from 'node:os';
import type { MatchSettings } from '../match/index.js';
import type { Matcher } from '../match/index.js';
import { createReviewSession, type ReviewSession } from '../review/index.js';
import { type Db, duplicateScanMark, recordChangeMark, saveDuplicatePairs } from '../store/index.js';
import { findDuplicates } from './find-duplicates.js';
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

/**
 * Looks for probable duplicate records again when records changed since the last look (imports, edits; not
 * review's own status changes), and stores the pairs for the queue. Returns whether it looked, and how long it took.
 */
export function refreshDuplicates(db: Db, { at = new Date().toISOString() }: { at?: string } = {}): { scanned: boolean; pairs?: number; ms: number } {
  const t = performance.now();
  const mark = recordChangeMark(db);
  if (duplicateScanMark(db) === mark) return { scanned: false, ms: performance.now() - t };
  const pairs = findDuplicates(db).map((p) => ({ a: p.a, b: p.b, score: p.score, evidence: JSON.stringify(p.evidence) }));
  saveDuplicatePairs(db, pairs, { mark, at });
  return { scanned: true, pairs: pairs.length, ms: performance.now() - t };
}

/** The review queue over a database: duplicate pairs brought up to date, searching with the matcher (built once, when first needed). */
export function openReview(db: Db, { settings, by = currentReviewer(), now }: { settings?: Partial<MatchSettings>; by?: string; now?: () => string } = {}): ReviewSession {
  refreshDuplicates(db);
  let matcher: Matcher | undefined;
  return createReviewSession(db, {
    by, now,
    search: (text) => (matcher ??= loadMatcher(db, settings)).matchName(text),
    onRecordsChanged: () => { matcher = undefined; },
  });
}
