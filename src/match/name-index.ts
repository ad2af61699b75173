/** The candidate index: key -> records sharing it, plus what scoring needs of each record. */
import type { PrisonerRecord, RecordId } from '../model/index.js';
import { readPinyin } from '../names/index.js';
import { recordKeys, recordSystem, type KeyKind, type NameSystem } from './keys.js';

export interface Posting {
  id: RecordId;
  kind: KeyKind;
  via: string;
}

/** What scoring needs of a record, kept small so 50,000 of them fit easily. */
export interface IndexedRecord {
  id: RecordId;
  label: string;
  system: NameSystem;
  zh?: string;
  tones?: number[];
  birthYear?: number;
  province?: string;
  gender?: string;
  ethnicity?: string;
}

export interface NameIndex {
  postings: Map<string, Posting[]>;
  records: Map<RecordId, IndexedRecord>;
}

/** Keys shared by more records than this say nothing about who is meant (e.g. a one-syllable mask). */
export const MAX_POSTINGS = 400;

export function buildNameIndex(records: Iterable<PrisonerRecord>): NameIndex {
  const postings = new Map<string, Posting[]>();
  const indexed = new Map<RecordId, IndexedRecord>();
  for (const r of records) {
    const seen = new Set<string>();
    for (const k of recordKeys(r)) {
      if (seen.has(k.key)) continue;
      seen.add(k.key);
      let list = postings.get(k.key);
      if (!list) postings.set(k.key, (list = []));
      list.push({ id: r.id, kind: k.kind, via: k.via });
    }
    const zh = r.names.zhSimplified?.replace(/·/g, '');
    indexed.set(r.id, {
      id: r.id,
      label: [r.names.zh, r.names.en].filter(Boolean).join(' / '),
      system: recordSystem(r),
      zh,
      tones: zh ? readPinyin(zh).tones : undefined,
      birthYear: r.birth ? Number(r.birth.value.slice(0, 4)) : undefined,
      province: r.province,
      gender: r.gender,
      ethnicity: r.ethnicity,
    });
  }
  return { postings, records: indexed };
}
