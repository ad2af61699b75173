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
  entryItemsInState, entryItem, decisionById, decisionsOfItem, personDecisionRows, decisionsBy, decisionsOfBatch,
  nextBatchNumber, insertDecisionRow, deleteEventsOfDecision, newsOnRecord, recordDeletedAt, resolveRedirect,
  insertRedirect, deleteRedirect, setRecordDeleted, listsOfRecords, recordIdsOnList, iterateNameColumns, findDocument,
  recordChangeMark, duplicateScanInfo, countLiveRecords, saveDuplicatePairs, storedDuplicatePairs, storedDuplicatePair, inWriteTransaction, deferForeignKeys,
  type DecisionRow, type EntryItemRow, type NewDecisionRow, type StoredPair,
} from './review.js';
