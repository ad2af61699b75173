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
export {
  entryItemsInState, entryItem, decisionById, decisionsOfItem, personDecisionRows, decisionsBy, decisionsOfBatch,
  nextBatchNumber, insertDecisionRow, deleteEventsOfDecision, newsOnRecord, recordDeletedAt, resolveRedirect,
  insertRedirect, deleteRedirect, setRecordDeleted, listsOfRecords, recordIdsOnList, iterateNameColumns, findDocument,
  recordChangeMark, duplicateScanInfo, countLiveRecords, saveDuplicatePairs, storedDuplicatePairs, storedDuplicatePair, inWriteTransaction, deferForeignKeys,
  type DecisionRow, type EntryItemRow, type NewDecisionRow, type StoredPair,
} from './review.js';
export {
  nameIndexMeta, setNameIndexMeta, hasDirtyRecords, dirtyRecords, liveRecordPage, makeNameIndexWriter, clearNameIndex,
  makeNameIndexReader, searchRecordText, type NameIndexReader, type NameIndexEntry, type NameKeyRow, type DirtyRecord,
} from './name-index.js';
