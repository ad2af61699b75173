import type { MatchCandidate, PrisonerRecord, RecordId } from '../model/index.js';
import { createMatcher } from '../match/index.js';
import { type Db, iterateRecords } from '../store/index.js';

export interface ProbableDuplicate {
  a: RecordId;
  b: RecordId;
  aName: string;
  bName: string;
  confidence: number;
  evidence: MatchCandidate['evidence'];
}

/**
 * Records that are probably the same person under another spelling: each record's names are matched
 * against all the others with its own context; pairs that score as plausible are reported once.
 */
export function findDuplicates(db: Db, { minConfidence = 0.5 }: { minConfidence?: number } = {}): ProbableDuplicate[] {
  const records: PrisonerRecord[] = [...iterateRecords(db)];
  const matcher = createMatcher(records);
  const seen = new Set<string>();
  const out: ProbableDuplicate[] = [];
  const label = (r: PrisonerRecord) => [r.names.zh, r.names.en].filter(Boolean).join(' / ');
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const r of records) {
    for (const name of [r.names.zh, r.names.en].filter(Boolean) as string[]) {
      const res = matcher.matchName(name, { birthYear: r.birth ? Number(r.birth.value.slice(0, 4)) : undefined, province: r.province, gender: r.gender });
      const others = res.candidates.filter((c) => c.id !== r.id);
      const self = res.candidates.find((c) => c.id === r.id);
      for (const c of others) {
        const selfScore = self?.evidence.reduce((s, e) => s + e.score, 0) ?? 1;
        const score = c.evidence.reduce((s, e) => s + e.score, 0);
        // A probable duplicate agrees on the name as strongly as the record agrees with itself.
        if (score < 0.85 || score < selfScore - 0.15) continue;
        const key = [r.id, c.id].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const other = byId.get(c.id)!;
        out.push({ a: r.id, b: c.id, aName: label(r), bName: label(other), confidence: Math.max(minConfidence, Math.min(1, score)), evidence: c.evidence });
      }
    }
  }
  return out.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
}
