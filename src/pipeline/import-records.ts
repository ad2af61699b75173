import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { hasErrors } from '../model/index.js';
import { readTable, rowsToRecords, type Encoding } from '../records/index.js';
import { type Db, makeRecordWriter, inTransaction, recordImport } from '../store/index.js';
import { duplicateWarnings } from './find-duplicates.js';
import { refreshNameIndex } from './name-index.js';

export interface ImportSummary {
  file: string;
  encoding?: Encoding;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  /** False when errors stopped the import: nothing was written. */
  imported: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Reads, validates and writes one file of records in a single transaction. Any invalid row stops the
 * whole file unless `skipInvalid`; re-importing the same file changes nothing.
 */
export async function importRecords(db: Db, path: string, { skipInvalid = false, at = new Date().toISOString() }: { skipInvalid?: boolean; at?: string } = {}): Promise<ImportSummary> {
  const bytes = readFileSync(path);
  const table = await readTable(path, bytes);
  const { records, diagnostics } = rowsToRecords(table);
  const summary: ImportSummary = {
    file: table.file, encoding: table.encoding, rows: table.rows.length, created: 0, updated: 0, unchanged: 0,
    skipped: table.rows.length - records.length, imported: false, diagnostics,
  };
  if (hasErrors(diagnostics) && (!skipInvalid || records.length === 0)) return summary;
  const file = basename(path);
  const changed: typeof records = [];
  inTransaction(db, () => {
    const write = makeRecordWriter(db, { origin: 'import', at });
    for (const r of records) {
      const outcome = write(r.record, `${file}:${r.row}`);
      summary[outcome]++;
      if (outcome !== 'unchanged') changed.push(r);
    }
    recordImport(db, { file, sha256: createHash('sha256').update(bytes).digest('hex'), at, created: summary.created, updated: summary.updated, unchanged: summary.unchanged });
    // The records' keys are written with them: the import and its index entries stand or fall together.
    refreshNameIndex(db);
  });
  summary.imported = true;
  // Only what this import created or changed is checked: re-importing a file reports nothing new.
  summary.diagnostics.push(...duplicateWarnings(db, changed, file));
  return summary;
}
