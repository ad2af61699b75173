/** Writes records as CSV (the import contract, safe to open in a spreadsheet), XLSX or JSON. */
import type { PrisonerRecord } from '../model/index.js';
import { describeSentence } from '../vocabulary/index.js';
import { aliasesToText, sourcesToText } from './cell-lists.js';
import { neutraliseFormula } from './formula-guard.js';

/** The columns of CSV and XLSX exports; pinyin and the simplified and traditional forms are derived (ignored on import). */
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
    aliases: aliasesToText(r.names.aliases),
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
    sources: sourcesToText(r.sources),
    notes: r.notes ?? '',
  };
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
  for (const r of records) {
    const row = recordToRow(r);
    ws.addRow(EXPORT_COLUMNS.map((c) => row[c]));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function recordsToJson(records: Iterable<PrisonerRecord>): string {
  return JSON.stringify([...records], null, 2) + '\n';
}
