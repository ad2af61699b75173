export { readTable, detectDelimiter, type Table, type TableRow, type Delimiter } from './read-table.js';
export { decodeText, type Decoded, type Encoding } from './decode.js';
export { rowsToRecords, generatedId, type RowRecord } from './rows-to-records.js';
export { FIELDS, fieldForHeader } from './columns.js';
export { recordsToCsv, recordsToXlsx, recordsToJson, recordToRow, EXPORT_COLUMNS } from './export.js';
export { neutraliseFormula, removeFormulaGuard } from './formula-guard.js';
export { parseAliases, aliasesToText, parseSources, sourcesToText } from './cell-lists.js';
export {
  RECORD_FIELDS, DERIVED_FIELDS, recordFieldOf, parseRecordField, fieldValue, copyField, rederiveNames, mergeRecord,
  type RecordField, type DerivedField, type RowFields,
} from './record-fields.js';
export { diffRecords, describeField, type FieldChange } from './diff-records.js';
