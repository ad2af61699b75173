/**
 * dialist as a library: the same pipeline the `dialist` command runs.
 *
 * @example
 * import { openDb, importRecords, loadMatcher } from 'dialist';
 * const db = openDb('dialist.db');
 * await importRecords(db, 'records.csv');
 * const matcher = loadMatcher(db); // through the stored name index; createMatcher(records) builds one in memory
 * matcher.matchName('Liu Hsiao-po', { birthYear: 1955 }); // { id, decision: 'auto' | 'review' | 'none', candidates: [...] }
 */
export * from './model/index.js';
export { deriveNames, normalizeText, removeControlCharacters, MAX_NAME_LENGTH, toSimplified, toTraditional, formatPinyin, readPinyin, cleanName } from './names/index.js';
export { createMatcher, queryKeys, recordKeys, MATCH_DEFAULTS, resolveMatchSettings, type Matcher, type MatchSettings } from './match/index.js';
export { openDb, getRecord, findRecord, deleteRecord, iterateRecords, listRecords, recordHistory, recordEvents, getList, allLists, type Db } from './store/index.js';
export { readTable, rowsToRecords, recordsToCsv, recordsToXlsx, recordsToJson, diffRecords, type FieldChange } from './records/index.js';
export { layoutList, loadTemplate, renderPdf, renderDocx, type ListLayout, type ListTemplate } from './lists/index.js';
export { readDocument, segmentDocument, extractFacts } from './responses/index.js';
export { loadConfig, type Config } from './config/config.js';
export { importRecords, type ImportSummary } from './pipeline/import-records.js';
export { matchFile } from './pipeline/match-file.js';
export { loadMatcher } from './pipeline/load-matcher.js';
export { rebuildNameIndex } from './pipeline/name-index.js';
export { findDuplicates } from './pipeline/find-duplicates.js';
export { historyOf, restoreRecordVersion, type HistoryEntry } from './pipeline/record-history.js';
export { createList, renderList, issueList, layoutForList, selectRecords } from './pipeline/lists.js';
export { ingestStream, ingestBatch, ingestDocument, type IngestOutcome, type BatchSummary } from './pipeline/ingest.js';
export { buildReport, buildDossier } from './pipeline/report.js';
export {
  computeReport, renderReportText, renderReportHtml, renderReportXlsx, renderDossierText, type Report, type Dossier, type ReportOptions,
} from './report/index.js';
export { openReview, currentReviewer, refreshDuplicates } from './pipeline/review.js';
export { createReviewSession, buildQueue, describeItem, decideItem, undoDecision, type ReviewSession, type QueueFilter } from './review/index.js';
export { startReviewServer, type ReviewServer } from './review/web/index.js';
