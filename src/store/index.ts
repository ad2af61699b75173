export { openDb, migrate, schemaVersion, describeDbError, APPLICATION_ID, type Db, type OpenOptions } from './db.js';
export {
  getRecord, findRecord, countRecords, iterateRecords, listRecords, recordHistory, makeRecordWriter, deleteRecord, restoreRecord,
  inTransaction, recordImport, stableJson, type UpsertOutcome, type ChangeSource,
} from './records.js';
export {
  createListRow, getList, allLists, addListItems, removeListItems, recordListFile, listFiles, freezeList, listSnapshot,
  unansweredForRecipient, newsOlderThan,
} from './lists.js';
export { documentBySha, documentByContent, insertDocument, insertMatchedEntry, insertEvents, deleteDecisionEvents, recordEvents } from './responses.js';
export { loadReportFacts, loadDossierFacts, recordRedirects } from './report.js';
