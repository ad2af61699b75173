export { openDb, migrate, schemaVersion, type Db } from './db.js';
export {
  getRecord, countRecords, iterateRecords, listRecords, recordHistory, makeRecordWriter, inTransaction, recordImport,
  stableJson, type UpsertOutcome,
} from './records.js';
export {
  createListRow, getList, allLists, addListItems, removeListItems, recordListFile, listFiles, freezeList, listSnapshot,
  unansweredForRecipient, newsOlderThan,
} from './lists.js';
export { documentBySha, insertDocument, insertMatchedEntry, insertEvents, recordEvents } from './responses.js';
export {
  nameIndexMeta, setNameIndexMeta, hasDirtyRecords, dirtyRecords, liveRecordPage, makeNameIndexWriter, clearNameIndex,
  makeNameIndexReader, searchRecordText, type NameIndexReader, type NameIndexEntry, type NameKeyRow, type DirtyRecord,
} from './name-index.js';
