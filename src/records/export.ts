/** Writes records as CSV (the import contract, safe to open in a spreadsheet), XLSX or JSON. */
import type { PrisonerRecord } from '../model/index.js';
import { describeSentence } from '../vocabulary/index.js';

export const EXPORT_COLUMNS = [
  'id', 'name_zh', 'name_en', 'aliases', 'gender', 'birth_year', 'ethnicity', 'province',
  'pinyin', 'name_zh_simplified', 'name_zh_traditional', 'birth_date', 'religion', 'detention_date', 'charge',
  'sentence', 'prison', 'status', 'sources', 'notes',
] as const;

export function recordToRow(r: PrisonerRecord): Record<(typeof EXPORT_COLUMNS)[number], string> {
  return {
    id: r.id,
    name_zh: r.names.zh ?? '',
    name_en: r.names.en ?? '',
    aliases: r.names.aliases.map((a) => (a.kind === 'english' || a.kind === 'other' ? a.name : `${a.kind}:${a.name}`)).join(';'),
    gender: r.gender ?? '',
    birth_year: r.birth?.value.slice(0, 4) ?? '',
    ethnicity: r.ethnicity ?? '',
    province: r.province ?? '',
    pinyin: r.names.pinyin ?? '',
    name_zh_simplified: r.names.zhSimplified ?? '',
    name_zh_traditional: r.names.zhTraditional ?? '',
    birth_date: r.birth && r.birth.precision !== 'year' ? r.birth.value : '',
    religion: r.religion ?? '',
    detention_date: r.detained?.value ?? '',
    charge: r.charge ?? '',
    sentence: r.sentence ? describeSentence(r.sentence).en : '',
    prison: r.prison ?? '',
    status: r.status ?? '',
    sources: r.sources.map((s) => (s.official ? `official: ${s.title}` : s.title)).join(';'),
    notes: r.notes ?? '',
  };
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is prefixed with
 * an apostrophe (OWASP's advice on CSV injection).
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function recordsToCsv(records: Iterable<PrisonerRecord>): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const r of records) {
    const row = recordToRow(r);
    lines.push(EXPORT_COLUMNS.map((c) => quote(neutraliseFormula(row[c]))).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function recordsToXlsx(records: Iterable<PrisonerRecord>): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const ws = wb.addWorksheet('records');
  ws.addRow([...EXPORT_COLUMNS]);
  ws.getRow(1).font = { bold: true };
  // Strings are written as strings (never formulas), so no neutralising is needed in XLSX.
  for (const r of records) ws.addRow(EXPORT_COLUMNS.map((c) => recordToRow(r)[c]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function recordsToJson(records: Iterable<PrisonerRecord>): string {
  return JSON.stringify([...records], null, 2) + '\n';
}
