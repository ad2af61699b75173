export { openDb, migrate, schemaVersion, type Db } from './db.js';
export {
  getRecord, countRecords, iterateRecords, listRecords, recordHistory, makeRecordWriter, inTransaction, recordImport,
  stableJson, type UpsertOutcome,
} from './records.js';
export {
  createListRow, getList, allLists, addListItems, removeListItems, recordListFile, listFiles, freezeList, listSnapshot,
  unansweredForRecipient, newsOlderThan,
} from './lists.js';
export { documentBySha, documentByContent, insertDocument, insertMatchedEntry, insertEvents, deleteDecisionEvents, recordEvents } from './responses.js';
