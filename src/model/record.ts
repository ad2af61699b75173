/** Domain types for a prisoner record. Pure data: nothing here touches a database or a file. */

declare const recordIdBrand: unique symbol;
/** A record's stable identifier, e.g. `R00042X`. Kept as given on import; generated otherwise. */
export type RecordId = string & { readonly [recordIdBrand]: true };
export const asRecordId = (s: string): RecordId => s as RecordId;

export type Gender = 'M' | 'F' | 'X';

/** A date known to a stated precision: responses often give only a year or a month. */
export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  value: string;
  precision: 'year' | 'month' | 'day';
}

/** True for a real calendar day written YYYY-MM-DD: 2026-02-30 and 2026-13-45 are not. */
export function isCalendarDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return Boolean(m) && new Date(Date.UTC(Number(m![1]), Number(m![2]) - 1, Number(m![3]))).toISOString().slice(0, 10) === iso;
}

export type SentenceKind = 'fixed' | 'life' | 'death_suspended' | 'death';
export interface Sentence {
  kind: SentenceKind;
  /** Length of a fixed term in months; absent for life and death sentences. */
  months?: number;
}

export const STATUSES = [
  'detained', 'serving', 'released', 'paroled', 'medical_parole', 'deceased', 'not_found', 'unknown',
] as const;
export type Status = (typeof STATUSES)[number];

export type AliasKind = 'romanised' | 'religious' | 'pen' | 'english' | 'transliteration' | 'other';
export interface Alias {
  name: string;
  kind: AliasKind;
}

export interface Source {
  title: string;
  official: boolean;
  date?: PartialDate;
  url?: string;
}

/** The name in every script dialist derives, beside the name as written. */
export interface RecordNames {
  /** Characters exactly as the user wrote them (NFC), or absent. */
  zh?: string;
  zhSimplified?: string;
  zhTraditional?: string;
  /** Tone-marked pinyin derived from the characters, capitalised and joined: "Zhū Dōng". */
  pinyin?: string;
  /** The romanised name as the user wrote it (pinyin, Wade-Giles, Cantonese, Uyghur or Tibetan Latin). */
  en?: string;
  aliases: Alias[];
}

export interface PrisonerRecord {
  id: RecordId;
  names: RecordNames;
  gender?: Gender;
  birth?: PartialDate;
  ethnicity?: string;
  province?: string;
  religion?: string;
  detained?: PartialDate;
  charge?: string;
  sentence?: Sentence;
  prison?: string;
  status?: Status;
  sources: Source[];
  notes?: string;
}

/** What a user supplies for a record; names.* derived forms are filled in by deriveNames. */
export type RecordInput = Omit<PrisonerRecord, 'id' | 'names'> & {
  id?: string;
  names: Pick<RecordNames, 'zh' | 'en' | 'aliases'>;
};

export type ChangeOrigin = 'import' | 'response' | 'person' | 'review';
/**
 * What a history row did: created or updated the record's data, deleted it (soft: the row stays, hidden from
 * every live query), brought a deleted record back (`undelete`), or set it back to an earlier version (`restore`).
 */
export type ChangeAction = 'create' | 'update' | 'delete' | 'undelete' | 'restore';
export interface RecordChange {
  recordId: RecordId;
  /** The change's number in this record's history, 1 for the first: what `records restore --to N` names. */
  n: number;
  action: ChangeAction;
  at: string;
  origin: ChangeOrigin;
  /** What caused it: a file name with row, a response document, a user name. */
  ref: string;
  before: PrisonerRecord | null;
  after: PrisonerRecord;
}
