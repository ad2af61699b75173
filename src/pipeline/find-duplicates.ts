import type { Diagnostic, MatchCandidate, PrisonerRecord, RecordId } from '../model/index.js';
import { createMatcher, type Matcher } from '../match/index.js';
import { type Db, iterateRecords } from '../store/index.js';
import { loadMatcher } from './load-matcher.js';

export interface ProbableDuplicate {
  a: RecordId;
  b: RecordId;
  aName: string;
  bName: string;
  /** Summed evidence of the strongest way the two agree (name plus context). */
  score: number;
  evidence: MatchCandidate['evidence'];
}

const label = (r: PrisonerRecord) => [r.names.zh, r.names.en].filter(Boolean).join(' / ');
const sum = (c: MatchCandidate) => Math.round(1000 * c.evidence.reduce((s, e) => s + e.score, 0)) / 1000;

/**
 * Other records that are probably the same person as `r`: each of its names is matched with its own
 * context, and a record counts when it agrees on the name about as strongly as `r` agrees with itself.
 */
export function duplicatesOf(matcher: Matcher, r: PrisonerRecord): { id: RecordId; score: number; evidence: MatchCandidate['evidence'] }[] {
  const found = new Map<RecordId, { id: RecordId; score: number; evidence: MatchCandidate['evidence'] }>();
  for (const name of [r.names.zh, r.names.en].filter(Boolean) as string[]) {
    const res = matcher.matchName(name, { birthYear: r.birth ? Number(r.birth.value.slice(0, 4)) : undefined, province: r.province, gender: r.gender });
    const self = res.candidates.find((c) => c.id === r.id);
    const selfScore = self ? sum(self) : 1;
    for (const c of res.candidates) {
      if (c.id === r.id) continue;
      const score = sum(c);
      if (score < 0.85 || score < selfScore - 0.15) continue;
      if ((found.get(c.id)?.score ?? -1) < score) found.set(c.id, { id: c.id, score, evidence: c.evidence });
    }
  }
  return [...found.values()];
}

/** Every pair of records that are probably the same person under another spelling, each pair once. */
export function findDuplicates(db: Db): ProbableDuplicate[] {
  const records: PrisonerRecord[] = [...iterateRecords(db)];
  const matcher = createMatcher(records);
  const byId = new Map(records.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: ProbableDuplicate[] = [];
  for (const r of records) {
    for (const d of duplicatesOf(matcher, r)) {
      const key = [r.id, d.id].sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ a: r.id, b: d.id, aName: label(r), bName: label(byId.get(d.id)!), score: d.score, evidence: d.evidence });
    }
  }
  return out.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}

/** Above this many new records, an import leaves the duplicate check to `dialist records duplicates`. */
export const DUPLICATE_CHECK_LIMIT = 5000;

/** Warnings for records just imported that probably duplicate another record. */
export function duplicateWarnings(db: Db, imported: { row: number; record: PrisonerRecord }[], file: string): Diagnostic[] {
  if (!imported.length) return [];
  if (imported.length > DUPLICATE_CHECK_LIMIT) {
    return [{ code: 'DUPLICATES_NOT_CHECKED', severity: 'info', place: { file }, message: `${imported.length} records imported: too many to check for duplicates during import`, hint: 'Run `dialist records duplicates` to list probable duplicates.' }];
  }
  // The stored index answers for the few records imported without loading every record.
  const matcher = loadMatcher(db);
  const out: Diagnostic[] = [];
  for (const { row, record } of imported) {
    for (const d of duplicatesOf(matcher, record)) {
      out.push({
        code: 'PROBABLE_DUPLICATE', severity: 'warning', place: { file, row },
        message: `${record.id} (${label(record)}) is probably the same person as ${d.id}`,
        found: d.evidence.map((e) => `${e.feature}: ${e.detail}`).join('; '),
        hint: `Compare with \`dialist records show ${d.id}\`; if they are one person, keep one ID and delete the other row.`,
      });
    }
  }
  return out;
}
