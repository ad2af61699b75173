/**
 * A record's fields as a person edits them: what an import column sets, what a history entry shows changed,
 * what can be restored on its own. Names in every derived form are rebuilt from the fields, never set.
 */
import type { PrisonerRecord } from '../model/index.js';
import { deriveNames } from '../names/index.js';
import { fieldForHeader, type Field } from './columns.js';

export const RECORD_FIELDS = [
  'name_zh', 'name_en', 'aliases', 'gender', 'birth', 'ethnicity', 'province', 'religion', 'detention_date', 'charge',
  'sentence', 'prison', 'status', 'sources', 'notes',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** Forms dialist derives from the names: shown in a record's history, never imported or restored alone. */
export const DERIVED_FIELDS = ['name_zh_simplified', 'name_zh_traditional', 'pinyin'] as const;
export type DerivedField = (typeof DERIVED_FIELDS)[number];

/** The record field an import column sets (birth_year and birth_date both set the birth date). */
export function recordFieldOf(column: Field): RecordField | undefined {
  if (column === 'id') return undefined;
  if (column === 'birth_year' || column === 'birth_date') return 'birth';
  return column;
}

/** A field named by a person: a record field (birth, detention_date) or an import column (birth_year, 姓名). */
export function parseRecordField(name: string): RecordField | undefined {
  const t = name.trim().toLowerCase();
  if ((RECORD_FIELDS as readonly string[]).includes(t)) return t as RecordField;
  const column = fieldForHeader(name);
  return column && recordFieldOf(column);
}

/** A field's value as stored (undefined when empty), for comparing and copying. */
export function fieldValue(r: PrisonerRecord, field: RecordField | DerivedField): unknown {
  switch (field) {
    case 'name_zh': return r.names.zh;
    case 'name_en': return r.names.en;
    case 'aliases': return r.names.aliases.length ? r.names.aliases : undefined;
    case 'name_zh_simplified': return r.names.zhSimplified;
    case 'name_zh_traditional': return r.names.zhTraditional;
    case 'pinyin': return r.names.pinyin;
    case 'birth': return r.birth;
    case 'detention_date': return r.detained;
    case 'sources': return r.sources.length ? r.sources : undefined;
    default: return r[field];
  }
}

/** Derives the name forms again from the names as written and the ethnicity (which decides surname readings). */
export function rederiveNames(r: PrisonerRecord): PrisonerRecord {
  return { ...r, names: deriveNames({ zh: r.names.zh, en: r.names.en, aliases: r.names.aliases, ethnicity: r.ethnicity }) };
}

/** `r` with `field` taken from `from` (cleared when `from` has none). Call `rederiveNames` after the last copy. */
export function copyField(r: PrisonerRecord, field: RecordField, from: PrisonerRecord | undefined): PrisonerRecord {
  const out: PrisonerRecord = { ...r, names: { ...r.names } };
  setField(out, field, from);
  return out;
}

/** Sets `field` of `out` (a copy the caller owns) from `from`. */
function setField(out: PrisonerRecord, field: RecordField, from: PrisonerRecord | undefined): void {
  switch (field) {
    case 'name_zh': out.names.zh = from?.names.zh; break;
    case 'name_en': out.names.en = from?.names.en; break;
    case 'aliases': out.names.aliases = from?.names.aliases ?? []; break;
    case 'birth': out.birth = from?.birth; break;
    case 'detention_date': out.detained = from?.detained; break;
    case 'sources': out.sources = from?.sources ?? []; break;
    default: (out as unknown as Record<string, unknown>)[field] = from?.[field];
  }
}

/** Which fields a row of an import file speaks about. */
export interface RowFields {
  /** Fields whose column is in the file with a value in this row. */
  given: RecordField[];
  /** Fields whose column is in the file but whose cell is empty in this row. */
  empty: RecordField[];
  /** True when the birth date came from a birth_year column alone (no full date in the row). */
  yearOnly?: boolean;
}

/**
 * What a row of an import file makes of an existing record: the fields the row gives replace the stored ones;
 * a field whose column is absent stays as it is; an empty cell clears its field only with `clearEmpty`. A
 * birth year that agrees with a stored full birth date keeps the full date.
 */
export function mergeRecord(existing: PrisonerRecord, incoming: PrisonerRecord, fields: RowFields, { clearEmpty = false }: { clearEmpty?: boolean } = {}): PrisonerRecord {
  const out: PrisonerRecord = { ...existing, names: { ...existing.names } };
  for (const field of fields.given) {
    const keepFullDate = field === 'birth' && fields.yearOnly && incoming.birth && existing.birth?.value.startsWith(incoming.birth.value);
    if (!keepFullDate) setField(out, field, incoming);
  }
  if (clearEmpty) for (const field of fields.empty) setField(out, field, undefined);
  // Deriving names is most of an import's work: reuse a side's derived forms when its names and ethnicity
  // are the merged ones (the incoming row's first: it was derived now).
  const inputs = nameInputs(out);
  if (inputs === nameInputs(incoming)) return { ...out, id: existing.id, names: incoming.names };
  if (inputs === nameInputs(existing)) return { ...out, id: existing.id, names: existing.names };
  return rederiveNames({ ...out, id: existing.id });
}

/** What the derived name forms depend on. */
const nameInputs = (r: PrisonerRecord) => JSON.stringify([r.names.zh, r.names.en, r.names.aliases.map((a) => `${a.kind}:${a.name}`), r.ethnicity]);
