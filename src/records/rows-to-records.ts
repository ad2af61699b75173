/**
 * Turns table rows into records, validating every cell. Every problem is a diagnostic naming
 * file:row:column, what was found and what was expected.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, Gender, PartialDate, PrisonerRecord, Status } from '../model/index.js';
import { asRecordId } from '../model/index.js';
import {
  MAX_NAME_LENGTH, deriveNames, foldLatin, hasControlCharacters, hasHan, nameLength, normalizeText, removeControlCharacters,
  toSimplified,
} from '../names/index.js';
import { lookupEthnicity, lookupProvince, lookupStatus, parseDate, parseSentence } from '../vocabulary/index.js';
import { parseAliases, parseSources } from './cell-lists.js';
import { FIELDS, fieldForHeader, type Field } from './columns.js';
import { recordFieldOf, type RecordField, type RowFields } from './record-fields.js';
import type { Table } from './read-table.js';

export interface RowRecord {
  row: number;
  record: PrisonerRecord;
  /** The fields this row gives and the ones it leaves empty; fields of absent columns are in neither. */
  fields: RowFields;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;

/** Columns the export writes that dialist derives itself: read without a warning and not imported. */
const DERIVED_COLUMNS = new Set(['name_zh_simplified', 'name_zh_traditional']);

function parseGender(s: string): Gender | undefined {
  const t = s.trim().toLowerCase();
  if (['m', 'male', 'man', '男', '男性', 'masculine'].includes(t)) return 'M';
  if (['f', 'female', 'woman', '女', '女性', 'feminine'].includes(t)) return 'F';
  if (['x', 'other', '其他'].includes(t)) return 'X';
  return undefined;
}

/** Code points as a person can look them up: "U+202E U+001B". */
const codePoints = (s: string) => [...new Set([...s].filter(hasControlCharacters))].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * Which column holds each field. A header spelled exactly as a field wins over one that is another name for
 * it (the export's derived "pinyin" column does not displace name_en); a second column for the same field is
 * reported and ignored.
 */
function mapColumns(headers: readonly string[], file: string, diagnostics: Diagnostic[]): Map<Field, string> {
  const columns = new Map<Field, string>();
  for (const h of headers) if ((FIELDS as readonly string[]).includes(h.trim().toLowerCase())) columns.set(h.trim().toLowerCase() as Field, h);
  for (const h of headers) {
    const f = fieldForHeader(h);
    if (!h || DERIVED_COLUMNS.has(h.trim().toLowerCase())) continue;
    if (!f) {
      diagnostics.push({ code: 'UNKNOWN_COLUMN', severity: 'warning', place: { file, row: 1, column: h }, message: `column "${h}" is not a dialist field and was ignored`, hint: 'Rename it to one of the documented columns (see `dialist import --help`) to import it.' });
    } else if (!columns.has(f)) columns.set(f, h);
    else if (columns.get(f) !== h && !(f === 'name_en' && h.trim().toLowerCase() === 'pinyin')) {
      diagnostics.push({ code: 'DUPLICATE_COLUMN', severity: 'warning', place: { file, row: 1, column: h }, message: `column "${h}" is another name for ${f}, already read from column "${columns.get(f)}": ignored`, hint: 'Keep one column for each field.' });
    }
  }
  return columns;
}

/** A deterministic ID for a row without one, so that re-importing the same file creates nothing twice. */
export function generatedId(r: { zh?: string; en?: string; birth?: string }): string {
  const key = [r.zh ? toSimplified(r.zh) : '', r.en ? foldLatin(r.en) : '', r.birth ?? ''].join('|');
  const h = createHash('sha256').update(key).digest();
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let id = 'G';
  for (let i = 0; i < 8; i++) id += alphabet[h[i] % alphabet.length];
  return id;
}

/**
 * Punishments that are no prison term, or whose length is not given: a fine, public surveillance (管制), exemption
 * from punishment, re-education through labour with no term written (劳动教养, RTL).
 */
const NO_PRISON_TERM = /^(?:(?:判处|并处|单处)?(?:罚金|罰金|罚款|罰款|没收财产|沒收財產|管制|免予刑事处罚|免予刑事處罰|免除处罚|劳动教养|勞動教養|劳教|勞教)[^\d]*|(?:a\s+)?fine(?:d)?(?:\s+only)?|(?:exempt(?:ed)?\s+from\s+(?:criminal\s+)?punishment)|re-?education[\s-]+through[\s-]+labou?r|RTL)$/i;

export function rowsToRecords(table: Table, { now = new Date() }: { now?: Date } = {}): { records: RowRecord[]; diagnostics: Diagnostic[] } {
  const file = table.file;
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const columns = mapColumns(table.headers, file, diagnostics);
  if (table.rows.length && !columns.has('name_zh') && !columns.has('name_en')) {
    diagnostics.push({ code: 'NO_NAME_COLUMN', severity: 'error', place: { file, row: 1 }, message: 'no name column found', found: table.headers.join(','), expected: 'a name_zh (姓名) or name_en column' });
    return { records: [], diagnostics };
  }
  // Rows the reader already found invalid (a JSON value of the wrong type).
  const unreadable = new Set(table.diagnostics.filter((d) => d.severity === 'error' && d.place.row !== undefined).map((d) => d.place.row));
  const seen = new Map<string, number>();
  const patterns = new Map<string, RowFields>();
  const records: RowRecord[] = [];
  const thisYear = now.getUTCFullYear();

  let errorCount = 0;
  const report = (d: Diagnostic) => {
    diagnostics.push(d);
    if (d.severity === 'error') errorCount++;
  };

  for (const { row, cells } of table.rows) {
    if (unreadable.has(row)) continue;
    // Every cell once: control and direction characters out (with a warning), line ends unified, trimmed.
    const values = new Map<Field, string>();
    for (const [field, header] of columns) {
      const raw = cells[header];
      if (raw === undefined) continue;
      let value = raw;
      if (hasControlCharacters(value)) {
        report({ code: 'CONTROL_CHARACTERS', severity: 'warning', place: { file, row, column: header }, message: 'control or text-direction characters removed (they change how text prints, not what it says)', found: codePoints(value) });
        value = removeControlCharacters(value);
      }
      // Line ends become \n: the same text whatever system wrote it (and XLSX keeps nothing else).
      if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n');
      values.set(field, value.trim());
    }
    const get = (f: Field) => values.get(f) ?? '';
    const problem = (column: Field, message: string, found: string, expected: string, severity: 'error' | 'warning' = 'error', code = `BAD_${column.toUpperCase()}`) =>
      report({ code, severity, place: { file, row, column: columns.get(column) ?? column }, message, found, expected, hint: severity === 'error' ? 'Correct the cell and import again, or pass --skip-invalid to import the other rows.' : undefined });
    const before = errorCount;

    const zh = get('name_zh');
    const en = get('name_en');
    if (!zh && !en) {
      report({ code: 'NO_NAME', severity: 'error', place: { file, row }, message: 'row has no name', expected: 'a name in characters or a romanised name', hint: 'Fill in name_zh or name_en, or delete the row.' });
    }
    if (zh && !hasHan(zh)) problem('name_zh', 'name_zh holds no Chinese characters', zh, 'a name in characters (put romanised names in name_en)', 'warning');
    // Normalising can only shorten a name (spaces collapse, characters compose): most names are measured as they are.
    const tooLong = (s: string) => s.length > MAX_NAME_LENGTH && nameLength(normalizeText(s)) > MAX_NAME_LENGTH;
    const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}... (${nameLength(s)} characters)` : s);
    const longNameExpected = `a name of at most ${MAX_NAME_LENGTH} characters`;
    for (const f of ['name_zh', 'name_en'] as const) if (tooLong(get(f))) problem(f, 'name too long', shorten(get(f)), longNameExpected, 'error', 'NAME_TOO_LONG');
    const aliases = parseAliases(get('aliases'));
    const longAlias = aliases.find((a) => nameLength(a.name) > MAX_NAME_LENGTH);
    if (longAlias) problem('aliases', 'alias too long', shorten(longAlias.name), `${longNameExpected} (separate aliases with ";")`, 'error', 'NAME_TOO_LONG');

    let id = get('id');
    if (id && !ID_PATTERN.test(id)) problem('id', 'invalid record ID', id, 'letters, digits, "-", "_" or "." (at most 40)');

    const genderText = get('gender');
    const gender = genderText ? parseGender(genderText) : undefined;
    if (genderText && !gender) problem('gender', 'unknown gender', genderText, 'M, F, male, female, 男 or 女');

    let birth: PartialDate | undefined;
    const by = get('birth_year');
    if (by) {
      if (/^\d{4}$/.test(by) && Number(by) >= 1880 && Number(by) <= thisYear) birth = { value: by, precision: 'year' };
      else problem('birth_year', 'birth year is not a year', by, `a four-digit year between 1880 and ${thisYear}`);
    }
    const bd = get('birth_date');
    if (bd) {
      const d = parseDate(bd);
      if (!d) problem('birth_date', 'birth date not understood', bd, 'a date such as 1975-03-12, 1975-03, 1975年3月 or 12 March 1975');
      else if (birth && !d.value.startsWith(birth.value)) problem('birth_date', 'birth date disagrees with birth year', bd, `a date in ${birth.value}`);
      else birth = d;
    }

    const ethText = get('ethnicity');
    const eth = ethText ? lookupEthnicity(ethText) : undefined;
    if (ethText && !eth) problem('ethnicity', 'ethnicity not in the vocabulary; kept as written', ethText, 'a known ethnicity (data/vocabulary.json)', 'warning');
    const provText = get('province');
    const prov = provText ? lookupProvince(provText) : undefined;
    if (provText && !prov) problem('province', 'province not in the vocabulary; kept as written', provText, 'a province or region of China, in Chinese or English', 'warning');

    const detText = get('detention_date');
    const detained = detText ? parseDate(detText) : undefined;
    if (detText && !detained) problem('detention_date', 'detention date not understood', detText, 'a date such as 2015-03-12, 2015-03 or 2015年3月');
    const sentText = get('sentence');
    const sentence = sentText ? parseSentence(sentText) : undefined;
    // A punishment that is no prison term (a fine, 管制, exempted from punishment) is kept in the notes, not refused.
    const noTerm = Boolean(sentText && !sentence && NO_PRISON_TERM.test(sentText));
    if (noTerm) problem('sentence', 'no prison term; kept in the notes', sentText, 'a prison term such as "11 years" or "有期徒刑十一年"', 'warning');
    else if (sentText && !sentence) problem('sentence', 'sentence not understood', sentText, '"11 years", "有期徒刑十一年", "life", "无期徒刑", "死缓" or "death"');
    const statusText = get('status');
    let status: Status | undefined;
    if (statusText) {
      status = lookupStatus(statusText);
      if (!status) problem('status', 'unknown status', statusText, 'one of detained, serving, released, paroled, medical_parole, deceased, not_found, unknown (or 服刑中, 已释放 ...)');
    }

    if (!id && (zh || en)) id = generatedId({ zh, en, birth: birth?.value });
    if (id) {
      const first = seen.get(id);
      if (first !== undefined) report({ code: 'DUPLICATE_ID', severity: 'error', place: { file, row, column: columns.get('id') ?? 'id' }, message: `ID ${id} already used on row ${first}`, found: id, expected: 'each ID once per file', hint: 'Give the second person another ID, or merge the two rows.' });
      else seen.set(id, row);
    }
    if (errorCount > before) continue;

    const record: PrisonerRecord = {
      id: asRecordId(id),
      names: deriveNames({ zh: zh || undefined, en: en || undefined, aliases, ethnicity: eth?.en ?? (ethText || undefined) }),
      gender,
      birth,
      ethnicity: eth?.en ?? (ethText || undefined),
      province: prov?.en ?? (provText || undefined),
      religion: get('religion') || undefined,
      detained,
      charge: get('charge') || undefined,
      sentence,
      prison: get('prison') || undefined,
      status,
      sources: parseSources(get('sources')),
      notes: [get('notes'), noTerm ? `sentence: ${sentText}` : ''].filter(Boolean).join('; ') || undefined,
    };
    records.push({ row, record, fields: rowFields(values, patterns) });
  }
  return { records, diagnostics };
}

/**
 * The fields a row gives (a value) and leaves empty (its column is there, its cell is not). Rows of one file
 * mostly share one pattern, so each pattern is one object: 50,000 rows do not need 50,000 copies.
 */
function rowFields(values: ReadonlyMap<Field, string>, patterns: Map<string, RowFields>): RowFields {
  let key = '';
  for (const [column, value] of values) key += value ? `${column}+` : `${column}-`;
  let fields = patterns.get(key);
  if (!fields) patterns.set(key, (fields = fieldsOf(values)));
  return fields;
}

function fieldsOf(values: ReadonlyMap<Field, string>): RowFields {
  const given = new Set<RecordField>();
  const present = new Set<RecordField>();
  for (const [column, value] of values) {
    const field = recordFieldOf(column);
    if (!field) continue;
    present.add(field);
    if (value) given.add(field);
  }
  const fields: RowFields = { given: [...given], empty: [...present].filter((f) => !given.has(f)) };
  if (given.has('birth') && !values.get('birth_date')) fields.yearOnly = true;
  return fields;
}
