import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Diagnostic } from '../model/index.js';
import { hasErrors } from '../model/index.js';
import { mergeRecord, readTable, rowsToRecords, type Delimiter, type Encoding } from '../records/index.js';
import { type Db, getRecord, makeRecordWriter, inTransaction, recordImport } from '../store/index.js';
import { duplicateWarnings } from './find-duplicates.js';
import { refreshNameIndex } from './name-index.js';

export interface ImportSummary {
  file: string;
  format: 'csv' | 'xlsx' | 'json';
  encoding?: Encoding;
  /** The delimiter found in a CSV file. */
  delimiter?: Delimiter;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Rows not imported because they are invalid. */
  skipped: number;
  /** Rows naming a record that was deleted: left alone (`dialist records restore ID` brings a record back). */
  deleted: number;
  /** False when errors stopped the import: nothing was written. */
  imported: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Reads, validates and writes one file of records in a single transaction. Any invalid row stops the
 * whole file unless `skipInvalid`; re-importing the same file changes nothing. A row updates only the
 * fields whose columns the file has; an empty cell clears its field only with `clearEmpty`.
 */
export async function importRecords(db: Db, path: string, { skipInvalid = false, clearEmpty = false, at = new Date().toISOString() }: { skipInvalid?: boolean; clearEmpty?: boolean; at?: string } = {}): Promise<ImportSummary> {
  const bytes = readFileSync(path);
  const table = await readTable(path, bytes);
  const { records, diagnostics } = rowsToRecords(table);
  const summary: ImportSummary = {
    file: table.file, format: table.format, encoding: table.encoding, delimiter: table.delimiter, rows: table.rows.length,
    created: 0, updated: 0, unchanged: 0, skipped: table.rows.length - records.length, deleted: 0, imported: false, diagnostics,
  };
  if (hasErrors(diagnostics) && (!skipInvalid || records.length === 0)) return summary;
  const file = basename(path);
  const changed: typeof records = [];
  inTransaction(db, () => {
    const write = makeRecordWriter(db, { origin: 'import', at });
    for (const r of records) {
      const outcome = write(r.record, `${file}:${r.row}`, { merge: (existing) => mergeRecord(existing, r.record, r.fields, { clearEmpty }) });
      summary[outcome]++;
      if (outcome === 'deleted') diagnostics.push(deletedWarning(file, r.row, r.record.id));
      // Duplicates are looked for with the record as stored (a partial row was merged into it).
      if (outcome === 'created') changed.push(r);
      if (outcome === 'updated') changed.push({ ...r, record: getRecord(db, r.record.id)! });
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

const deletedWarning = (file: string, row: number, id: string): Diagnostic => ({
  code: 'RECORD_DELETED', severity: 'warning', place: { file, row },
  message: `record ${id} was deleted: this row was not imported`, found: id,
  hint: `Bring it back with \`dialist records restore ${id}\`, then import again; or remove the row from the file.`,
});
