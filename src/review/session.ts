/**
 * A review session: what the terminal, the web page and `dialist review decide` all call, so the same keys do
 * the same things everywhere. Searching records is given from outside (the matcher is built in pipeline/).
 */
import type {
  DecisionOutcome, DecisionRequest, ItemView, MatchResult, QueueItem, RecordCard, UndoOutcome,
} from '../model/index.js';
import { DialistError } from '../model/index.js';
import { type Db, getRecord } from '../store/index.js';
import { buildQueue, type QueueFilter } from './queue.js';
import { describeItem, NameCounts, recordCard } from './describe.js';
import { acceptBatch, decideItem, undoDecision } from './decide.js';

export interface SearchHit {
  id: string;
  confidence?: number;
  via: string;
  record: RecordCard;
}

export interface BatchChoice {
  item: string;
  name: string;
  recordId: string;
  confidence: number;
  seen: number;
}

export interface ReviewSession {
  readonly reviewer: string;
  queue(filter?: QueueFilter): QueueItem[];
  describe(item: string): ItemView;
  decide(item: string, req: DecisionRequest, opts?: { seen?: number; note?: string }): DecisionOutcome;
  undo(opts?: { decision?: number; seen?: number; note?: string }): UndoOutcome;
  /** What a batch accept would do, to show (with its count) before anything is written. */
  batchChoices(filter: QueueFilter, minConfidence: number): BatchChoice[];
  acceptBatch(choices: readonly BatchChoice[], opts?: { note?: string }): DecisionOutcome[];
  /** Records by any spelling (characters, pinyin, Wade-Giles, Cantonese ...) or by ID. */
  search(text: string, limit?: number): SearchHit[];
}

/**
 * @example
 * const s = createReviewSession(db, { by: 'alice', search: (t) => matcher.matchName(t) });
 * const [first] = s.queue();
 * s.decide(first.item, { action: 'accept', recordId: first.candidates[0].id }, { seen: first.seen });
 * s.undo();
 */
export function createReviewSession(db: Db, { by, now = () => new Date().toISOString(), search, onRecordsChanged }: {
  by: string;
  now?: () => string;
  search: (text: string) => MatchResult;
  /** Called after a decision that may have created, merged or brought back records (e.g. to rebuild a matcher). */
  onRecordsChanged?: () => void;
}): ReviewSession {
  let counts: NameCounts | undefined;
  const nameCounts = () => (counts ??= NameCounts.fromDb(db));
  // Records created, merged or brought back change how common a name is, and what a search finds.
  const recount = <T>(x: T, changed: boolean): T => {
    if (changed) {
      counts = undefined;
      onRecordsChanged?.();
    }
    return x;
  };
  const changesRecords = (o: DecisionOutcome) => Boolean(o.created) || o.action === 'same';
  return {
    reviewer: by,
    queue: (filter = {}) => buildQueue(db, filter),
    describe: (item) => describeItem(db, item, nameCounts()),
    decide: (item, req, opts = {}) => {
      const o = decideItem(db, item, req, { by, at: now(), ...opts });
      return recount(o, changesRecords(o));
    },
    undo: (opts = {}) => recount(undoDecision(db, { by, at: now(), ...opts }), true),
    batchChoices(filter, minConfidence) {
      const out: BatchChoice[] = [];
      for (const q of buildQueue(db, { ...filter, stale: false })) {
        if (q.kind !== 'entry') continue;
        const best = q.candidates.filter((c) => !q.rejected.includes(c.id)).sort((x, y) => y.confidence - x.confidence)[0];
        if (best && best.confidence >= minConfidence) out.push({ item: q.item, name: q.name, recordId: best.id, confidence: best.confidence, seen: q.seen });
      }
      return out;
    },
    acceptBatch: (choices, opts = {}) => {
      if (!choices.length) throw new DialistError('NOTHING_TO_ACCEPT', 'no item in this view has a candidate to accept');
      return acceptBatch(db, choices, { by, at: now(), note: opts.note });
    },
    search(text, limit = 8) {
      const hits: SearchHit[] = [];
      const add = (id: string, via: string, confidence?: number) => {
        const record = hits.length < limit && !hits.some((h) => h.id === id) ? recordCard(db, id) : undefined;
        if (record && !record.deleted) hits.push({ id, via, confidence, record });
      };
      const q = text.trim();
      if (!q) return hits;
      if (getRecord(db, q)) add(q, 'record ID');
      for (const c of search(q).candidates) add(c.id, c.evidence.filter((e) => e.score > 0).map((e) => e.feature).join(', ') || 'name', c.confidence);
      return hits;
    },
  };
}
