/**
 * Reads a table of records from CSV, XLSX or JSON into rows of named cells, keeping each row's number. The
 * kind of file is decided by its content, not its name (an XLSX named .csv is read as XLSX), and a CSV's
 * delimiter (comma, semicolon or tab) by its header row.
 */
import { readFileSync } from 'node:fs';
import { extname, basename } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Diagnostic } from '../model/index.js';
import { decodeText, type Encoding } from './decode.js';
import { fieldForHeader } from './columns.js';
import { removeFormulaGuard } from './formula-guard.js';
import { jsonRows } from './json-rows.js';

export interface TableRow {
  /** Row number as a spreadsheet shows it: the header is row 1, the first record row 2 (JSON: index + 1). */
  row: number;
  /** Cells by header. A key a JSON record leaves out is absent here too: the file says nothing about it. */
  cells: Record<string, string>;
}

export type Delimiter = ',' | ';' | '\t';

export interface Table {
  file: string;
  format: 'csv' | 'xlsx' | 'json';
  encoding?: Encoding;
  /** The delimiter found in a CSV file. */
  delimiter?: Delimiter;
  headers: string[];
  rows: TableRow[];
  /** Problems reading the file; one with a row makes that row invalid. */
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
function fromMatrix(matrix: string[][], clean: (cell: string) => string = (c) => c): { headers: string[]; rows: TableRow[] } {
  const [head = [], ...body] = matrix;
  const headers = head.map((h) => h.trim());
  const rows: TableRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    rows.push({ row: i + 2, cells: Object.fromEntries(headers.map((h, j) => [h, clean((cells[j] ?? '').trim())])) });
  });
  return { headers, rows };
}

const startsWith = (b: Uint8Array, bytes: number[]) => bytes.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The delimiter whose header row names the most dialist columns (then: gives the most columns). A file of one
 * column, or one whose header names nothing dialist knows, is read with commas.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  const head = text.slice(0, 65536);
  for (const delimiter of [',', ';', '\t'] as const) {
    let header: string[] = [];
    try {
      header = (parseCsv(head, { delimiter, to_line: 1, relax_column_count: true, relax_quotes: true, bom: true }) as string[][])[0] ?? [];
    } catch {
      continue;
    }
    if (header.length < 2) continue;
    const score = 1000 * header.filter((h) => fieldForHeader(h)).length + header.length;
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}

async function readXlsx(file: string, bytes: Uint8Array): Promise<Table> {
  // Loaded only for spreadsheets: exceljs takes a quarter of a second to load.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    return {
      file, format: 'xlsx', headers: [], rows: [],
      diagnostics: [{ code: 'XLSX_UNREADABLE', severity: 'error', place: { file }, message: `the file is a ZIP archive but not a workbook dialist can read (${(e as Error).message})`, hint: 'Open it in a spreadsheet program and save it again as .xlsx or .csv (UTF-8).' }],
    };
  }
  const ws = wb.worksheets[0];
  const matrix: string[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1);
    matrix[n - 1] = Array.from(values, cellText);
  });
  for (let i = 0; i < matrix.length; i++) matrix[i] ??= [];
  return { file, format: 'xlsx', ...fromMatrix(matrix), diagnostics: [] };
}

function readJson(file: string, text: string, encoding: Encoding): Table {
  const fail = (code: string, message: string, extra: Partial<Diagnostic> = {}): Table => ({
    file, format: 'json', encoding, headers: [], rows: [], diagnostics: [{ code, severity: 'error', place: { file }, message, ...extra }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail('JSON_SYNTAX', `not valid JSON: ${(e as Error).message}`, { hint: 'Check the file in a JSON validator; dialist expects an array of objects.' });
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown[] })?.records;
  if (!Array.isArray(list)) return fail('JSON_SHAPE', 'expected an array of record objects (or {"records": [...]})', { found: typeof data });
  return { file, format: 'json', encoding, ...jsonRows(list, file) };
}

/** Share of characters that are not text (replacement characters, C0 controls): high for a binary file. */
function junkShare(text: string): number {
  const chars = [...text.slice(0, 20000)];
  const junk = chars.filter((c) => c === '\uFFFD' || (c < ' ' && !'\n\r\t\f'.includes(c))).length;
  return chars.length ? junk / chars.length : 0;
}

export async function readTable(path: string, bytes: Uint8Array = readFileSync(path)): Promise<Table> {
  const file = basename(path);
  if (startsWith(bytes, ZIP)) return readXlsx(file, bytes);
  if (startsWith(bytes, OLE2)) {
    return {
      file, format: 'xlsx', headers: [], rows: [],
      diagnostics: [{ code: 'XLS_UNSUPPORTED', severity: 'error', place: { file }, message: 'this is an old Excel (.xls) workbook, which dialist does not read', hint: 'Open it in a spreadsheet program and save it as .xlsx or .csv (UTF-8).' }],
    };
  }
  const { text, encoding } = decodeText(bytes);
  if (/^\uFEFF?\s*[[{]/.test(text) || extname(path).toLowerCase() === '.json') return readJson(file, text, encoding);
  if (junkShare(text) > 0.05) {
    return {
      file, format: 'csv', encoding, headers: [], rows: [],
      diagnostics: [{ code: 'NOT_A_TABLE', severity: 'error', place: { file }, message: 'the file is neither CSV, XLSX nor JSON: it holds binary data', hint: 'Export the records from your spreadsheet as .xlsx or .csv (UTF-8) and import that.' }],
    };
  }
  const delimiter = detectDelimiter(text);
  try {
    const matrix = parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    return { file, format: 'csv', encoding, delimiter, ...fromMatrix(matrix, removeFormulaGuard), diagnostics: [] };
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    return {
      file, format: 'csv', encoding, delimiter, headers: [], rows: [],
      diagnostics: [{ code: 'CSV_SYNTAX', severity: 'error', place: { file, row: err.lines }, message: err.message, hint: 'Fix the quoting on that line (a quote inside a cell is written twice: "").' }],
    };
  }
}
