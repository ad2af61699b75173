/** Building the queue: open entries and probable duplicate pairs, filtered and ordered, from the stored tables. */
import type { DecisionValue, EntryFacts, Evidence, MatchCandidate, QueueItem } from '../model/index.js';
import { DialistError, OPEN_STATES } from '../model/index.js';
import {
  type Db, type DecisionRow, type EntryItemRow, type StoredPair, entryItem, entryItemsInState, getRecord, personDecisionRows,
  recordDeletedAt, recordIdsOnList, resolveRedirect, storedDuplicatePairs,
} from '../store/index.js';
import { changedIdentity, entryItemId, pairItemId, pairKey, parseItemId } from './rules.js';

export type QueueOrder = 'document' | 'margin' | 'impact';

export interface QueueFilter {
  order?: QueueOrder;
  /** Entries of documents answering this list, and pairs with a record on it. */
  listId?: number;
  documentId?: number;
  /** Only the items deferred as unsure (otherwise they wait out of the way). */
  unsure?: boolean;
  /** Only decided items whose record changed since the decision. */
  stale?: boolean;
}

/** The decisions in force on one item, oldest first: each undo row takes the decision it undoes off the stack. */
export function decisionStack(rows: readonly DecisionRow[]): DecisionRow[] {
  const stack: DecisionRow[] = [];
  for (const r of rows) {
    if (r.action === 'undo') {
      const i = stack.findIndex((x) => x.id === r.undoes);
      if (i >= 0) stack.splice(i, 1);
    } else stack.push(r);
  }
  return stack;
}

/** Candidate IDs a person rejected for this item, still in force. */
export const rejectedIn = (stack: readonly DecisionRow[]): string[] =>
  stack.filter((r) => r.decision === 'rejected' && r.recordId).map((r) => r.recordId!);

export const parseJson = <T>(s: string | null | undefined, fallback: T): T => {
  if (!s) return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

/** How much news accepting would bring: dated events count most, then a status that says something, a place. */
function impactOf(facts: EntryFacts | undefined): number {
  if (!facts) return 0;
  const dated = facts.events.filter((e) => e.date).length;
  return 2 * dated + (facts.events.length - dated) + (['unknown', 'not_found'].includes(facts.status) ? 0 : 1) + (facts.prison ? 1 : 0);
}

/** Confidence of the best candidate minus the second (rejected ones left out); 0 without candidates. */
function marginOf(candidates: readonly { id: string; confidence: number }[], rejected: readonly string[]): number {
  const live = candidates.filter((c) => !rejected.includes(c.id)).map((c) => c.confidence).sort((a, b) => b - a);
  if (!live.length) return 0;
  return Math.round(1000 * (live[0] - (live[1] ?? 0))) / 1000;
}

function groupRows(rows: readonly DecisionRow[]): { byEntry: Map<number, DecisionRow[]>; byPair: Map<string, DecisionRow[]> } {
  const byEntry = new Map<number, DecisionRow[]>();
  const byPair = new Map<string, DecisionRow[]>();
  for (const r of rows) {
    if (r.entryId !== null) (byEntry.get(r.entryId) ?? byEntry.set(r.entryId, []).get(r.entryId)!).push(r);
    else if (r.pair) (byPair.get(r.pair) ?? byPair.set(r.pair, []).get(r.pair)!).push(r);
  }
  return { byEntry, byPair };
}

/** One entry as a queue item, from its stored row and the people's rows on it. */
export function entryQueueItem(row: EntryItemRow, personRows: readonly DecisionRow[]): QueueItem {
  const machine = parseJson<{ reason?: string; candidates?: MatchCandidate[] }>(row.machineEvidence, {});
  const candidates = (machine.candidates ?? []).map((c) => ({ id: c.id as string, confidence: c.confidence, evidence: c.evidence }));
  const stack = decisionStack(personRows);
  const rejected = rejectedIn(stack);
  const facts = parseJson<EntryFacts | undefined>(row.facts, undefined);
  return {
    item: entryItemId(row.entryId), kind: 'entry', name: row.nameWritten,
    document: {
      id: row.documentId, file: row.file, page: row.page ?? undefined, row: row.row ?? undefined, paragraph: row.paragraph ?? undefined,
      received: row.received ?? undefined, sender: row.sender ?? undefined, listId: row.listId ?? undefined,
    },
    state: row.current.decision, seen: row.current.id, candidates, rejected, reason: machine.reason, text: row.text, facts,
    margin: marginOf(candidates, rejected), impact: impactOf(facts),
  };
}

const label = (db: Db, id: string): string => {
  const r = getRecord(db, id);
  return r ? [r.names.zh, r.names.en].filter(Boolean).join(' / ') || id : id;
};

/** One duplicate pair as a queue item. */
export function pairQueueItem(db: Db, p: StoredPair, rows: readonly DecisionRow[]): QueueItem {
  const stack = decisionStack(rows);
  const top = stack.at(-1);
  const evidence = parseJson<Evidence[]>(p.evidence, []);
  return {
    item: pairItemId(p.a, p.b), kind: 'duplicate', name: p.labels ? `${p.labels[0]} ~ ${p.labels[1]}` : `${label(db, p.a)} ~ ${label(db, p.b)}`,
    state: (top?.decision ?? 'review') as DecisionValue, seen: rows.at(-1)?.id ?? 0,
    // The pair's score is summed evidence, not a calibrated probability: shown as confidence, at most 1.
    candidates: [p.a, p.b].map((id) => ({ id, confidence: Math.min(1, p.score), evidence })),
    rejected: [], reason: 'probably the same person entered twice', text: evidence.map((e) => `${e.feature}: ${e.detail}`).join('; '),
    margin: 0, impact: 0,
  };
}

const byDocument = (x: QueueItem, y: QueueItem): number => {
  if (x.kind !== y.kind) return x.kind === 'entry' ? -1 : 1;
  if (x.kind === 'duplicate') return x.item < y.item ? -1 : x.item > y.item ? 1 : 0;
  return x.document!.id - y.document!.id || Number(x.item.slice(1)) - Number(y.item.slice(1));
};

/** Sorts in place: document and reading order; or the clearest choices first; or the most news first. */
export function orderQueue(items: QueueItem[], order: QueueOrder = 'document'): QueueItem[] {
  if (order === 'margin') return items.sort((x, y) => y.margin - x.margin || byDocument(x, y));
  if (order === 'impact') return items.sort((x, y) => y.impact - x.impact || byDocument(x, y));
  return items.sort(byDocument);
}

/**
 * Whether an item's decision in force has gone stale: its record changed since (identity fields, merged away,
 * deleted). A decision is never silently redone; a person looks again.
 */
export function staleOf(db: Db, stack: readonly DecisionRow[]): QueueItem['stale'] {
  const top = stack.at(-1);
  if (!top || top.decision !== 'accepted' || !top.recordId || top.entryId === null) return undefined;
  const basis = parseJson<{ basis?: Record<string, unknown> }>(top.writes, {}).basis;
  const changed: string[] = [];
  const mergedInto = resolveRedirect(db, top.recordId);
  const record = getRecord(db, top.recordId);
  if (mergedInto) changed.push(`merged into ${mergedInto}`);
  else if (recordDeletedAt(db, top.recordId)) changed.push('deleted');
  if (record && basis) changed.push(...changedIdentity(basis, record));
  return changed.length ? { decision: top.id, recordId: top.recordId, changed } : undefined;
}

function staleItems(db: Db, filter: QueueFilter, byEntry: Map<number, DecisionRow[]>): QueueItem[] {
  const out: QueueItem[] = [];
  for (const row of entryItemsInState(db, ['accepted'], filter)) {
    const rows = byEntry.get(row.entryId) ?? [];
    const stale = staleOf(db, decisionStack(rows));
    if (stale) out.push({ ...entryQueueItem(row, rows), stale });
  }
  return out;
}

/**
 * The queue: entries still waiting (review, none, a candidate rejected; unsure ones only with `unsure`) and
 * probable duplicate pairs nobody has decided, with the filters applied and in the order asked for.
 */
export function buildQueue(db: Db, filter: QueueFilter = {}): QueueItem[] {
  const { byEntry, byPair } = groupRows(personDecisionRows(db));
  if (filter.stale) return orderQueue(staleItems(db, filter, byEntry), filter.order);
  const states: readonly DecisionValue[] = filter.unsure ? ['unsure'] : OPEN_STATES.filter((x) => x !== 'unsure');
  const items = entryItemsInState(db, states, filter).map((row) => entryQueueItem(row, byEntry.get(row.entryId) ?? []));
  if (filter.documentId === undefined) {
    const onList = filter.listId !== undefined ? recordIdsOnList(db, filter.listId) : undefined;
    for (const p of storedDuplicatePairs(db)) {
      if (onList && !onList.has(p.a) && !onList.has(p.b)) continue;
      const rows = byPair.get(pairKey(p.a, p.b)) ?? [];
      const state = decisionStack(rows).at(-1)?.decision ?? 'review';
      if (filter.unsure ? state !== 'unsure' : state !== 'review') continue;
      items.push(pairQueueItem(db, p, rows));
    }
  }
  return orderQueue(items, filter.order);
}


/** The entry an item names, or a typed error saying what items look like and where to find them. */
export function openEntryItem(db: Db, item: string): { entryId: number; row: EntryItemRow } | { pair: string; a: string; b: string } {
  const parsed = parseItemId(item);
  if (!parsed) throw new DialistError('BAD_ITEM', `"${item}" is not a review item: entries are e<number> (e12), duplicate pairs dup:<ID>+<ID>`);
  if (!('entryId' in parsed)) return parsed;
  const row = entryItem(db, parsed.entryId);
  if (!row) throw new DialistError('ITEM_NOT_FOUND', `no entry ${parsed.entryId}; \`dialist review --json\` lists the open items`);
  return { entryId: parsed.entryId, row };
}
