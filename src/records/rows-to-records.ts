/**
 * Turns table rows into records, validating every cell. Every problem is a diagnostic naming
 * file:row:column, what was found and what was expected.
 */
import { createHash } from 'node:crypto';
import type { Alias, AliasKind, Diagnostic, Gender, PartialDate, PrisonerRecord, Source, Status } from '../model/index.js';
import { asRecordId } from '../model/index.js';
import { deriveNames, hasHan, normalizeText, toSimplified, foldLatin } from '../names/index.js';
import { lookupEthnicity, lookupProvince, lookupStatus, parseDate, parseSentence } from '../vocabulary/index.js';
import { fieldForHeader, type Field } from './columns.js';
import type { Table } from './read-table.js';

export interface RowRecord {
  row: number;
  record: PrisonerRecord;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/;
const ALIAS_KINDS: AliasKind[] = ['romanised', 'religious', 'pen', 'english', 'transliteration', 'other'];

function parseGender(s: string): Gender | undefined {
  const t = s.trim().toLowerCase();
  if (['m', 'male', 'man', '男', '男性', 'masculine'].includes(t)) return 'M';
  if (['f', 'female', 'woman', '女', '女性', 'feminine'].includes(t)) return 'F';
  if (['x', 'other', '其他'].includes(t)) return 'X';
  return undefined;
}

function parseAliases(s: string): Alias[] {
  return s
    .split(/[;；]/)
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => {
      const m = /^([a-z]+):\s*(.+)$/.exec(a);
      if (m && (ALIAS_KINDS as string[]).includes(m[1])) return { kind: m[1] as AliasKind, name: normalizeText(m[2]) };
      const name = normalizeText(a);
      // An English given name with a surname ("Jimmy Kong") is the usual Hong Kong alias.
      return { kind: hasHan(name) ? 'other' : 'english', name } as Alias;
    });
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

export function rowsToRecords(table: Table, { now = new Date() }: { now?: Date } = {}): { records: RowRecord[]; diagnostics: Diagnostic[] } {
  const file = table.file;
  const diagnostics: Diagnostic[] = [...table.diagnostics];
  const columns = new Map<Field, string>();
  for (const h of table.headers) {
    const f = fieldForHeader(h);
    if (f && !columns.has(f)) columns.set(f, h);
    else if (h && !f) diagnostics.push({ code: 'UNKNOWN_COLUMN', severity: 'warning', place: { file, row: 1, column: h }, message: `column "${h}" is not a dialist field and was ignored`, hint: 'Rename it to one of the documented columns (see `dialist import --help`) to import it.' });
  }
  if (table.rows.length && !columns.has('name_zh') && !columns.has('name_en')) {
    diagnostics.push({ code: 'NO_NAME_COLUMN', severity: 'error', place: { file, row: 1 }, message: 'no name column found', found: table.headers.join(','), expected: 'a name_zh (姓名) or name_en column' });
    return { records: [], diagnostics };
  }
  const seen = new Map<string, number>();
  const records: RowRecord[] = [];
  const thisYear = now.getUTCFullYear();

  for (const { row, cells } of table.rows) {
    const get = (f: Field) => (columns.has(f) ? (cells[columns.get(f)!] ?? '').trim() : '');
    const problem = (column: Field, message: string, found: string, expected: string, severity: 'error' | 'warning' = 'error') =>
      diagnostics.push({ code: `BAD_${column.toUpperCase()}`, severity, place: { file, row, column: columns.get(column) ?? column }, message, found, expected, hint: severity === 'error' ? 'Correct the cell and import again, or pass --skip-invalid to import the other rows.' : undefined });
    const before = diagnostics.filter((d) => d.severity === 'error').length;

    const zh = get('name_zh');
    const en = get('name_en');
    if (!zh && !en) {
      diagnostics.push({ code: 'NO_NAME', severity: 'error', place: { file, row }, message: 'row has no name', expected: 'a name in characters or a romanised name', hint: 'Fill in name_zh or name_en, or delete the row.' });
    }
    if (zh && !hasHan(zh)) problem('name_zh', 'name_zh holds no Chinese characters', zh, 'a name in characters (put romanised names in name_en)', 'warning');

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
    if (sentText && !sentence) problem('sentence', 'sentence not understood', sentText, '"11 years", "有期徒刑十一年", "life", "无期徒刑", "死缓" or "death"');
    const statusText = get('status');
    let status: Status | undefined;
    if (statusText) {
      status = lookupStatus(statusText);
      if (!status) problem('status', 'unknown status', statusText, 'one of detained, serving, released, paroled, medical_parole, deceased, not_found, unknown (or 服刑中, 已释放 ...)');
    }

    if (!id && (zh || en)) id = generatedId({ zh, en, birth: birth?.value });
    if (id) {
      const first = seen.get(id);
      if (first !== undefined) diagnostics.push({ code: 'DUPLICATE_ID', severity: 'error', place: { file, row, column: columns.get('id') ?? 'id' }, message: `ID ${id} already used on row ${first}`, found: id, expected: 'each ID once per file', hint: 'Give the second person another ID, or merge the two rows.' });
      else seen.set(id, row);
    }
    if (diagnostics.filter((d) => d.severity === 'error').length > before) continue;

    const sources: Source[] = get('sources').split(/[;；]/).map((s) => s.trim()).filter(Boolean).map((s) => {
      const official = /^(official|官方)[:：]/i.test(s);
      return { title: s.replace(/^(official|unofficial|官方|非官方)[:：]\s*/i, ''), official };
    });
    const record: PrisonerRecord = {
      id: asRecordId(id),
      names: deriveNames({ zh: zh || undefined, en: en || undefined, aliases: parseAliases(get('aliases')), ethnicity: eth?.en ?? (ethText || undefined) }),
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
      sources,
      notes: get('notes') || undefined,
    };
    records.push({ row, record });
  }
  return { records, diagnostics };
}
