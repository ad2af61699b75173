/**
 * The candidate index: key -> records sharing it, plus what scoring needs of each record. Two kinds behind
 * one interface: in memory (`buildNameIndex`, for tests and the library) and stored in the database
 * (`storedNameIndex` over the rows src/store/name-index.ts reads), which answers a few names without loading
 * every record.
 */
import { createHash } from 'node:crypto';
import type { PrisonerRecord, RecordId } from '../model/index.js';
import { asRecordId } from '../model/index.js';
import { foldHongKong, hasHan, latinWords, readPinyin } from '../names/index.js';
import { KEY_VERSION, recordKeys, recordSystem, westernGivenName, type KeyKind, type NameSystem } from './keys.js';
import { givenNameKeys, pinyinName, spellRecord, surnameKeys, writtenKeys, writtenSyllables, type SpelledRecord } from './fallback.js';

/** A key's kind; `fallback` marks the lookup keys of the syllable-by-syllable fallback (namespaces fs, fg, fw). */
export type PostingKind = KeyKind | 'fallback';

export interface Posting {
  id: RecordId;
  kind: PostingKind;
  via: string;
  record: IndexedRecord;
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
  /** Spellings of each character, for the syllable-by-syllable fallback. */
  spelled?: SpelledRecord;
  /** Readings of a romanised-only name, for queries in characters. */
  written?: string[][][];
  /** The romanised-only name is pinyin written by someone who writes pinyin (see `pinyinName`). */
  writtenPinyin?: boolean;
  /** Western given names the record is known by (Albert, Emily), folded. */
  englishNames?: string[];
}

export interface NameIndex {
  /** Records sharing a key, in record ID order; at most `limit` of them when given. */
  postings(key: string, limit?: number): readonly Posting[];
  readonly size: number;
  /** Which of these keys some record has. */
  knownKeys(keys: readonly string[]): Set<string>;
}

/** Kinds as stored: two letters each instead of the name (a 50,000-record index has 700,000 keys). */
const KIND_CODES: Record<PostingKind, string> = {
  characters: 'ch', romanised: 'ro', alias: 'al', pinyin: 'py', wadeGiles: 'wg', westernOrder: 'wo', tibetan: 'tb',
  cantonese: 'hk', englishName: 'en', skeleton: 'sk', oneCharacter: 'c1', oneSyllable: 's1', swappedParts: 'sp',
  westernShort: 'ws', wadeGilesOrPinyin: 'wp', skeletonOfPinyin: 'ks', fallback: 'fb',
};
const KIND_OF_CODE = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as PostingKind]));
export const encodeKind = (kind: PostingKind): string => KIND_CODES[kind];

/** Keys shared by more records than this say nothing about who is meant (e.g. a one-syllable mask). */
export const MAX_POSTINGS = 400;

export interface IndexEntry {
  keys: { key: string; kind: PostingKind; via: string }[];
  record: IndexedRecord;
}

/** Everything the index holds for one record: its keys (each once) and its scoring information. */
export function indexEntry(r: PrisonerRecord): IndexEntry {
  const keys: IndexEntry['keys'] = [];
  const seen = new Set<string>();
  const add = (key: string, kind: PostingKind, via: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push({ key, kind, via });
  };
  for (const k of recordKeys(r)) add(k.key, k.kind, k.via);
  const system = recordSystem(r);
  const spelled = spellRecord(r);
  let written: string[][][] | undefined;
  if (spelled) {
    for (const k of surnameKeys(spelled, { usual: true })) add(`fs:${k}`, 'fallback', '');
    for (const k of givenNameKeys(spelled)) add(`fg:${k}`, 'fallback', '');
  } else if (r.names.en && system === 'han') {
    written = writtenSyllables(r.names.en);
    if (written.length) for (const k of writtenKeys(written)) add(`fw:${k}`, 'fallback', '');
    else written = undefined;
  }
  const englishNames = [r.names.en, ...r.names.aliases.filter((a) => !hasHan(a.name)).map((a) => a.name)]
    .map((n) => latinWords(n ?? ''))
    .filter((w) => w.length >= 2 && westernGivenName(w))
    .map((w) => foldHongKong(w[0].join('')));
  const zh = r.names.zhSimplified?.replace(/·/g, '');
  const reading = zh ? readPinyin(zh) : undefined;
  const record: IndexedRecord = {
    id: r.id,
    label: [r.names.zh, r.names.en].filter(Boolean).join(' / '),
    system, zh, tones: reading?.tones, plain: reading?.plain,
    birthYear: r.birth ? Number(r.birth.value.slice(0, 4)) : undefined,
    province: r.province, gender: r.gender, ethnicity: r.ethnicity,
    spelled, written,
    writtenPinyin: written && r.names.en ? pinyinName(latinWords(r.names.en)) : undefined,
    englishNames: englishNames.length ? [...new Set(englishNames)] : undefined,
  };
  return { keys, record };
}

/** Hash of what a record's index entry is computed from: the same hash means the same entry. */
export function indexHash(r: PrisonerRecord): string {
  const { names, ethnicity, birth, province, gender } = r;
  const fields = [KEY_VERSION, names, ethnicity ?? null, birth?.value ?? null, province ?? null, gender ?? null];
  return createHash('sha1').update(JSON.stringify(fields)).digest('base64url');
}

/** The scoring information as stored (JSON without the ID, which the row carries). */
export function encodeIndexedRecord(r: IndexedRecord): string {
  const { id: _id, ...rest } = r;
  return JSON.stringify(rest);
}

function decodeIndexedRecord(id: string, info: string): IndexedRecord {
  return { ...(JSON.parse(info) as Omit<IndexedRecord, 'id'>), id: asRecordId(id) };
}

/** An index in memory over the records given. */
export function buildNameIndex(records: Iterable<PrisonerRecord>): NameIndex {
  const postings = new Map<string, Posting[]>();
  let size = 0;
  for (const r of records) {
    const { keys, record } = indexEntry(r);
    size++;
    for (const k of keys) {
      let list = postings.get(k.key);
      if (!list) postings.set(k.key, (list = []));
      list.push({ id: r.id, kind: k.kind, via: k.via, record });
    }
  }
  for (const list of postings.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    size,
    postings: (key, limit) => {
      const list = postings.get(key) ?? [];
      return limit === undefined ? list : list.slice(0, limit);
    },
    knownKeys: (keys) => new Set(keys.filter((k) => postings.has(k))),
  };
}

/** What the stored index reads from the database (src/store/name-index.ts provides it). */
export interface StoredIndexSource {
  postings(key: string, limit?: number): { record_id: string; kind: string; via: string; info: string }[];
  count(): number;
  knownKeys(keys: readonly string[]): Set<string>;
}

/** An index read from the database, key by key, as names are matched. */
export function storedNameIndex(source: StoredIndexSource): NameIndex & { forget(): void } {
  // Parsed records are kept while the process runs (a batch meets the same people again), within bounds.
  let parsed = new Map<string, IndexedRecord>();
  const record = (id: string, info: string): IndexedRecord => {
    let r = parsed.get(id);
    if (!r) {
      if (parsed.size > 20000) parsed = new Map();
      parsed.set(id, (r = decodeIndexedRecord(id, info)));
    }
    return r;
  };
  let size: number | undefined;
  return {
    get size() { return (size ??= source.count()); },
    postings: (key, limit) => source.postings(key, limit).map((p) => ({
      id: asRecordId(p.record_id), kind: KIND_OF_CODE.get(p.kind) ?? 'fallback', via: p.via, record: record(p.record_id, p.info),
    })),
    knownKeys: (keys) => source.knownKeys(keys),
    /** Records changed: drop what was parsed. */
    forget() {
      parsed = new Map();
      size = undefined;
    },
  };
}
