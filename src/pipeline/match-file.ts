import type { Diagnostic, MatchContext, MatchResult } from '../model/index.js';
import { readTable } from '../records/index.js';
import type { Db } from '../store/index.js';
import type { MatchSettings } from '../match/index.js';
import { loadMatcher } from './load-matcher.js';

export interface MatchedRow extends MatchResult {
  row: number;
  input: Record<string, string>;
}

/**
 * Matches every row of a CSV/XLSX/JSON file with a `name` column, in input order: one result per data row,
 * `row` numbering data rows from 1 as the file has them (a blank row gives a `none` result in its place, so
 * results line up with the input however they are pasted back).
 */
export async function matchFile(db: Db, path: string, { onProgress, settings }: { onProgress?: (done: number, total: number) => void; settings?: Partial<MatchSettings> } = {}): Promise<{ rows: MatchedRow[]; diagnostics: Diagnostic[] }> {
  const table = await readTable(path);
  const diagnostics = [...table.diagnostics];
  const nameColumn = table.headers.find((h) => ['name', '姓名', 'name_zh', 'name_en'].includes(h.trim().toLowerCase()));
  if (!nameColumn) {
    diagnostics.push({ code: 'NO_NAME_COLUMN', severity: 'error', place: { file: table.file, row: 1 }, message: 'no name column', found: table.headers.join(','), expected: 'a column called name (or 姓名)' });
    return { rows: [], diagnostics };
  }
  const matcher = loadMatcher(db, settings);
  const rows: MatchedRow[] = [];
  // The table numbers rows as a spreadsheet does (header = row 1); JSON from 1. Data rows count from 1.
  const dataRow = (row: number) => (table.format === 'json' ? row : row - 1);
  const empty = Object.fromEntries(table.headers.map((h) => [h, '']));
  const blank = (row: number): MatchedRow => ({ row, input: empty, id: null, confidence: 0, decision: 'none', reason: 'blank row', candidates: [] });
  table.rows.forEach(({ row: tableRow, cells }, i) => {
    const row = dataRow(tableRow);
    for (let gap = (rows[rows.length - 1]?.row ?? 0) + 1; gap < row; gap++) rows.push(blank(gap));
    const by = cells.birth_year ? Number(cells.birth_year) : undefined;
    if (cells.birth_year && !Number.isInteger(by)) {
      diagnostics.push({ code: 'BAD_BIRTH_YEAR', severity: 'warning', place: { file: table.file, row: tableRow, column: 'birth_year' }, message: 'birth year ignored', found: cells.birth_year, expected: 'a four-digit year' });
    }
    const context: MatchContext = {
      birthYear: Number.isInteger(by) ? by : undefined,
      gender: cells.gender || undefined,
      province: cells.province || undefined,
      ethnicity: cells.ethnicity || undefined,
    };
    rows.push({ row, input: cells, ...matcher.matchName(cells[nameColumn] ?? '', context) });
    onProgress?.(i + 1, table.rows.length);
  });
  return { rows, diagnostics };
}
