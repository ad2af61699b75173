import type { Diagnostic, MatchContext, MatchResult } from '../model/index.js';
import { readTable } from '../records/index.js';
import type { Db } from '../store/index.js';
import type { MatchSettings } from '../match/index.js';
import { loadMatcher } from './load-matcher.js';

export interface MatchedRow extends MatchResult {
  row: number;
  input: Record<string, string>;
}

/** Matches every row of a CSV/XLSX/JSON file with a `name` column, in input order. */
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
  table.rows.forEach(({ row, cells }, i) => {
    const by = cells.birth_year ? Number(cells.birth_year) : undefined;
    if (cells.birth_year && !Number.isInteger(by)) {
      diagnostics.push({ code: 'BAD_BIRTH_YEAR', severity: 'warning', place: { file: table.file, row, column: 'birth_year' }, message: 'birth year ignored', found: cells.birth_year, expected: 'a four-digit year' });
    }
    const context: MatchContext = {
      birthYear: Number.isInteger(by) ? by : undefined,
      gender: cells.gender || undefined,
      province: cells.province || undefined,
      ethnicity: cells.ethnicity || undefined,
    };
    rows.push({ row: i + 1, input: cells, ...matcher.matchName(cells[nameColumn] ?? '', context) });
    onProgress?.(i + 1, table.rows.length);
  });
  return { rows, diagnostics };
}
