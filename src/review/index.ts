export { createReviewSession, type ReviewSession, type SearchHit, type BatchChoice } from './session.js';
export { buildQueue, decisionStack, orderQueue, type QueueFilter, type QueueOrder } from './queue.js';
export { describeItem, NameCounts } from './describe.js';
export { decideItem, undoDecision, acceptBatch, describeRow } from './decide.js';
export {
  planAccept, isLater, periodOf, newsDateOf, heldDateOf, revertFields, diffFields, identityOf, changedIdentity, mergeRecords,
  prefillRecord, recordFromFields, readingKey, readingOf, nameForms, describeFacts, parseItemId, entryItemId, pairItemId,
  NEW_RECORD_FIELDS,
} from './rules.js';
export { renderItem, renderCandidates, keyLines, fit, wrap, runTerminalReview } from './terminal.js';
