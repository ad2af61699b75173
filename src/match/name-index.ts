/** The candidate index: key -> records sharing it, plus what scoring needs of each record. */
import type { PrisonerRecord, RecordId } from '../model/index.js';
import { readPinyin } from '../names/index.js';
import { recordKeys, recordSystem, type KeyKind, type NameSystem } from './keys.js';
import { spellRecord, surnameKeys, writtenSyllables, type FallbackIndex } from './fallback.js';
import { foldCantonese } from '../names/index.js';

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
  /** Toneless pinyin of zh, one syllable per character. */
  plain?: string[];
  birthYear?: number;
  province?: string;
  gender?: string;
  ethnicity?: string;
}

export interface NameIndex {
  postings: Map<string, Posting[]>;
  records: Map<RecordId, IndexedRecord>;
  fallback: FallbackIndex;
}

/** Keys shared by more records than this say nothing about who is meant (e.g. a one-syllable mask). */
export const MAX_POSTINGS = 400;

export function buildNameIndex(records: Iterable<PrisonerRecord>): NameIndex {
  const postings = new Map<string, Posting[]>();
  const indexed = new Map<RecordId, IndexedRecord>();
  const fallback: FallbackIndex = { bySurname: new Map(), spelled: new Map(), byWord: new Map(), written: new Map() };
  const add = (m: Map<string, RecordId[]>, k: string, id: RecordId) => {
    const list = m.get(k) ?? [];
    if (list[list.length - 1] !== id) list.push(id);
    m.set(k, list);
  };
  for (const r of records) {
    const spelled = spellRecord(r);
    if (spelled) {
      fallback.spelled.set(r.id, spelled);
      for (const k of new Set(surnameKeys(spelled))) add(fallback.bySurname, k, r.id);
    } else if (r.names.en && recordSystem(r) === 'han') {
      const readings = writtenSyllables(r.names.en);
      if (readings.length) {
        fallback.written.set(r.id, readings);
        for (const words of readings) for (const w of [words[0], words[words.length - 1]]) add(fallback.byWord, foldCantonese(w.join('')), r.id);
      }
    }
    const seen = new Set<string>();
    for (const k of recordKeys(r)) {
      if (seen.has(k.key)) continue;
      seen.add(k.key);
      let list = postings.get(k.key);
      if (!list) postings.set(k.key, (list = []));
      list.push({ id: r.id, kind: k.kind, via: k.via });
    }
    const zh = r.names.zhSimplified?.replace(/·/g, '');
    const reading = zh ? readPinyin(zh) : undefined;
    indexed.set(r.id, {
      id: r.id,
      label: [r.names.zh, r.names.en].filter(Boolean).join(' / '),
      system: recordSystem(r),
      zh,
      tones: reading?.tones,
      plain: reading?.plain,
      birthYear: r.birth ? Number(r.birth.value.slice(0, 4)) : undefined,
      province: r.province,
      gender: r.gender,
      ethnicity: r.ethnicity,
    });
  }
  return { postings, records: indexed, fallback };
}
