export { readTable, type Table, type TableRow } from './read-table.js';
export { decodeText, type Decoded, type Encoding } from './decode.js';
export { rowsToRecords, generatedId, type RowRecord } from './rows-to-records.js';
export { FIELDS, fieldForHeader } from './columns.js';
export { recordsToCsv, recordsToXlsx, recordsToJson, neutraliseFormula, recordToRow, EXPORT_COLUMNS } from './export.js';
