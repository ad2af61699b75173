/** Reads a table of records from CSV, XLSX or JSON into rows of named cells, keeping each row's number. */
import { readFileSync } from 'node:fs';
import { extname, basename } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Diagnostic } from '../model/index.js';
import { decodeText, type Encoding } from './decode.js';

export interface TableRow {
  /** Row number as a spreadsheet shows it: the header is row 1, the first record row 2 (JSON: index + 1). */
  row: number;
  cells: Record<string, string>;
}

export interface Table {
  file: string;
  format: 'csv' | 'xlsx' | 'json';
  encoding?: Encoding;
  headers: string[];
  rows: TableRow[];
  diagnostics: Diagnostic[];
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return cellText(o.result);
    return JSON.stringify(v);
  }
  return String(v).trim();
};

/** The first row is the header (row 1); records start at row 2, as a spreadsheet numbers them. */
function fromMatrix(matrix: string[][]): { headers: string[]; rows: TableRow[] } {
  const [head = [], ...body] = matrix;
  const headers = head.map((h) => h.trim());
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    rows.push({ row: i + 2, cells: Object.fromEntries(headers.map((h, j) => [h, (cells[j] ?? '').trim()])) });
  });
  return { headers, rows };
}

export async function readTable(path: string, bytes: Uint8Array = readFileSync(path)): Promise<Table> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx') {
    // Loaded only for spreadsheets: exceljs takes a quarter of a second to load.
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const matrix: string[][] = [];
    ws?.eachRow({ includeEmpty: true }, (row, n) => {
      const values = (row.values as unknown[]).slice(1);
      matrix[n - 1] = values.map(cellText);
    });
    for (let i = 0; i < matrix.length; i++) matrix[i] ??= [];
    return { file, format: 'xlsx', ...fromMatrix(matrix), diagnostics: [] };
  }
  const { text, encoding } = decodeText(bytes);
  if (ext === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { file, format: 'json', encoding, headers: [], rows: [], diagnostics: [{ code: 'JSON_SYNTAX', severity: 'error', place: { file }, message: `not valid JSON: ${(e as Error).message}`, hint: 'Check the file in a JSON validator; dialist expects an array of objects.' }] };
    }
    const list = Array.isArray(data) ? data : (data as { records?: unknown[] })?.records;
    if (!Array.isArray(list)) {
      return { file, format: 'json', encoding, headers: [], rows: [], diagnostics: [{ code: 'JSON_SHAPE', severity: 'error', place: { file }, message: 'expected an array of record objects (or {"records": [...]})', found: typeof data }] };
    }
    const headers = [...new Set(list.flatMap((o) => (o && typeof o === 'object' ? Object.keys(o) : [])))];
    const rows = list.map((o, i) => ({
      row: i + 1,
      cells: Object.fromEntries(Object.entries((o ?? {}) as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.map(cellText).join(';') : cellText(v)])),
    }));
    return { file, format: 'json', encoding, headers, rows, diagnostics: [] };
  }
  try {
    const matrix = parseCsv(text, { relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    return { file, format: 'csv', encoding, ...fromMatrix(matrix), diagnostics: [] };
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    return {
      file, format: 'csv', encoding, headers: [], rows: [],
      diagnostics: [{ code: 'CSV_SYNTAX', severity: 'error', place: { file, row: err.lines }, message: err.message, hint: 'Fix the quoting on that line (a quote inside a cell is written twice: "").' }],
    };
  }
}
