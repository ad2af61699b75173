/**
 * Applying decisions. Every decision is an appended row; everything it writes (events, record changes, a new
 * record, a merge) happens in the same transaction and is listed in the row's `writes`, so that undo appends a
 * retraction and removes exactly that. A decision names the newest row it saw; if the item moved since, it is
 * refused (two reviewers at once).
 */
import type {
  DecisionOutcome, DecisionRequest, DecisionValue, EntryFacts, MatchCandidate, PrisonerRecord, ReviewAction, UndoOutcome,
} from '../model/index.js';
import { DialistError, OPEN_STATES } from '../model/index.js';
import {
  type Db, type DecisionRow, type EntryItemRow, decisionById, decisionsBy, decisionsOfBatch, decisionsOfItem, deferForeignKeys,
  deleteEventsOfDecision, deleteRedirect, getRecord, inWriteTransaction, insertDecisionRow, insertEvents,
  insertRedirect, makeRecordWriter, newsOnRecord, nextBatchNumber, recordDeletedAt, resolveRedirect, setRecordDeleted,
} from '../store/index.js';
import { decisionStack, openEntryItem, parseJson } from './queue.js';
import {
  applyChanges, diffFields, entryItemId, heldDateOf, identityOf, mergeRecords, pairItemId, planAccept,
  prefillRecord, recordFromFields, revertFields,
} from './rules.js';

export interface DecideContext {
  /** Who decides: $DIALIST_REVIEWER or the OS user. */
  by: string;
  at: string;
  /** The id of the item's newest decision row when it was shown (0: none); omitted, no check is made. */
  seen?: number;
  note?: string;
  batch?: number;
}

/** Exactly what a decision wrote, so that undo takes out that and nothing else. */
interface Writes {
  events?: number;
  /** An automatic match this decision took out of force (its events come back on undo). */
  tookOff?: { decision: number; recordId: string };
  record?: { id: string; before: Partial<PrisonerRecord>; after: Partial<PrisonerRecord> };
  created?: string;
  merged?: { kept: string; removed: string };
  /** The accepted record's identity when decided: a later change makes the decision stale. */
  basis?: Record<string, unknown>;
  reverted?: string[];
  left?: string[];
}

interface ItemState {
  item: string;
  entry?: EntryItemRow;
  pair?: { key: string; a: string; b: string };
  rows: DecisionRow[];
  stack: DecisionRow[];
  top?: DecisionRow;
  latest: number;
}

function loadItem(db: Db, item: string): ItemState {
  const parsed = openEntryItem(db, item);
  if ('entryId' in parsed) {
    const entry = parsed.row;
    const rows = decisionsOfItem(db, { entryId: parsed.entryId });
    const stack = decisionStack(rows);
    return { item: entryItemId(parsed.entryId), entry, rows, stack, top: stack.at(-1), latest: rows.at(-1)?.id ?? 0 };
  }
  const rows = decisionsOfItem(db, { pair: parsed.pair });
  const stack = decisionStack(rows);
  return { item: pairItemId(parsed.a, parsed.b), pair: { key: parsed.pair, a: parsed.a, b: parsed.b }, rows, stack, top: stack.at(-1), latest: rows.at(-1)?.id ?? 0 };
}

/** A decision row in words: "alice accepted DEMO0008 at 2027-03-02T10:00:00Z (decision 31)". */
export function describeRow(r: DecisionRow): string {
  const what = ((): string => {
    if (r.action === 'undo') return `undid decision ${r.undoes}`;
    switch (r.decision) {
      case 'auto': return `matched it automatically to ${r.recordId}`;
      case 'review': return 'sent it to review';
      case 'none': return 'found no record for it';
      case 'accepted': return `accepted ${r.recordId}`;
      case 'rejected': return `rejected ${r.recordId}`;
      case 'no_match': return 'decided that no record is this person';
      case 'not_person': return 'decided it is not a person';
      case 'unsure': return 'marked it unsure';
      case 'merged': return `merged ${r.otherId} into ${r.recordId}`;
      case 'distinct': return `decided ${r.recordId} and ${r.otherId} are two people`;
    }
  })();
  return `${r.by} ${what} at ${r.at} (decision ${r.id})`;
}

function checkSeen(st: ItemState, seen: number | undefined): void {
  if (seen === undefined || seen === st.latest) return;
  const latest = st.rows.at(-1);
  const what = latest ? describeRow(latest) : 'its decisions were undone';
  throw new DialistError('DECIDED_SINCE', `${st.item} changed since it was shown: ${what}. Nothing was written; look at the item again.`);
}

const OPEN = OPEN_STATES;

function refuseDecided(st: ItemState): never {
  const top = st.top!;
  throw new DialistError('ALREADY_DECIDED', `${st.item} is already decided: ${describeRow(top)}. To change it, undo it first: dialist review undo ${top.id}`);
}

const factsOf = (json: string): EntryFacts => parseJson<EntryFacts>(json, { name: '', status: 'unknown', events: [] });

/** An outcome with the defaults of a decision that wrote no events and changed no field. */
function outcome(st: ItemState, ctx: DecideContext, o: Omit<DecisionOutcome, 'item' | 'events' | 'changes' | 'batch'> & Partial<DecisionOutcome>): DecisionOutcome {
  return { item: st.item, events: 0, changes: [], ...(ctx.batch !== undefined ? { batch: ctx.batch } : {}), ...o };
}

const placeOfEntry = (e: EntryItemRow): string =>
  [e.file, e.page != null && `page ${e.page}`, e.row != null && `row ${e.row}`, e.paragraph != null && `paragraph ${e.paragraph}`].filter(Boolean).join(', ');

function baseRow(st: ItemState, ctx: DecideContext) {
  return {
    entryId: st.entry?.entryId ?? null, pair: st.pair?.key ?? null, otherId: null as string | null, by: ctx.by, at: ctx.at,
    note: ctx.note ?? null, undoes: null as number | null, batch: ctx.batch ?? null, replaces: st.top?.id ?? null,
  };
}

function liveRecord(db: Db, id: string): PrisonerRecord {
  const record = getRecord(db, id);
  if (!record || recordDeletedAt(db, id)) throw new DialistError('RECORD_NOT_FOUND', `no live record ${id}; find one with \`dialist records search NAME\``);
  return record;
}

/** Takes an automatic match out of force when a person decides otherwise (its events leave the timeline). */
function takeOffAuto(db: Db, st: ItemState): Writes['tookOff'] {
  if (st.top?.decision !== 'auto' || !st.top.recordId) return undefined;
  deleteEventsOfDecision(db, st.top.id);
  return { decision: st.top.id, recordId: st.top.recordId };
}

function acceptEntry(db: Db, st: ItemState, asked: string, ctx: DecideContext, via?: string): DecisionOutcome {
  const entry = st.entry!;
  const recordId = resolveRedirect(db, asked) ?? asked;
  const record = liveRecord(db, recordId);
  const top = st.top;
  const facts = factsOf(entry.facts);
  const machine = parseJson<{ candidates?: MatchCandidate[] }>(st.rows[0]?.evidence, {});
  const candidate = machine.candidates?.find((c) => c.id === recordId);
  const evidence = JSON.stringify({ ...(candidate ? { candidate } : {}), ...(via ? { via } : {}), ...(asked !== recordId ? { asked } : {}) });
  const base = baseRow(st, ctx);
  const redirected = asked !== recordId ? ` (${asked} was merged into ${recordId})` : '';

  // The same record as the match in force: the person confirms it (a stale decision looked at again).
  if (top && (top.decision === 'auto' || top.decision === 'accepted') && top.recordId === recordId) {
    const writes: Writes = { basis: identityOf(record) };
    const id = insertDecisionRow(db, { ...base, recordId, decision: 'accepted', confidence: 1, evidence, action: 'confirm', writes: JSON.stringify(writes) });
    return outcome(st, ctx, { decision: id, action: 'confirm', value: 'accepted', recordId, message: `confirmed ${recordId} for ${entry.nameWritten}${redirected}: nothing else changes` });
  }
  if (top && !OPEN.includes(top.decision) && top.decision !== 'auto') refuseDecided(st);

  const news = newsOnRecord(db, recordId, entry.entryId).map((n) => ({ facts: factsOf(n.facts), received: n.received }));
  const plan = planAccept({ record, facts, received: entry.received, held: heldDateOf(record, news) });
  const after = applyChanges(record, plan.changes);
  const diff = diffFields(record, after);
  const tookOff = takeOffAuto(db, st);
  const writes: Writes = {
    events: plan.events.length, ...(tookOff ? { tookOff } : {}),
    ...(plan.changes.length ? { record: { id: recordId, ...diff } } : {}), basis: identityOf(record),
  };
  const id = insertDecisionRow(db, { ...base, recordId, decision: 'accepted', confidence: 1, evidence, action: 'accept', writes: JSON.stringify(writes) });
  insertEvents(db, record.id, entry.entryId, plan.events, id);
  if (plan.changes.length) makeRecordWriter(db, { origin: 'review', at: ctx.at })(after, `review decision ${id} (accept, by ${ctx.by}): ${placeOfEntry(entry)}`);
  const changed = plan.changes.map((c) => `${c.field} ${c.before ?? '-'} → ${c.after}`).join(', ');
  const wrote = `${plan.events.length} event(s) on the timeline; ${changed || 'record fields unchanged'} (${plan.reason})`;
  return outcome(st, ctx, {
    decision: id, action: 'accept', value: 'accepted', recordId, events: plan.events.length, changes: plan.changes,
    message: `accepted ${recordId} for ${entry.nameWritten}${redirected}: ${wrote}`,
  });
}

/** A readable ID for a record created from entry N: N<entry>, then N<entry>-2 ... if taken. */
function newRecordId(db: Db, entryId: number): string {
  for (let k = 1; ; k++) {
    const id = k === 1 ? `N${entryId}` : `N${entryId}-${k}`;
    if (!getRecord(db, id)) return id;
  }
}

function newRecordFromEntry(db: Db, st: ItemState, fields: DecisionRequest & { action: 'new-record' }, ctx: DecideContext): DecisionOutcome {
  const entry = st.entry!;
  if (st.top && !OPEN.includes(st.top.decision) && st.top.decision !== 'auto') refuseDecided(st);
  const facts = factsOf(entry.facts);
  const edited = { ...prefillRecord(facts), ...(fields.fields ?? {}) };
  const id = edited.id?.trim() || newRecordId(db, entry.entryId);
  if (getRecord(db, id)) throw new DialistError('RECORD_EXISTS', `a record ${id} exists already: choose another ID, or accept ${id} instead`);
  const source = { title: placeOfEntry(entry), official: true, ...(entry.received ? { date: { value: entry.received, precision: 'day' as const } } : {}) };
  const { record, problems } = recordFromFields({ ...edited, id }, { id, source });
  if (!record) throw new DialistError('BAD_RECORD', `the new record is not valid: ${problems.join('; ')}`);
  deferForeignKeys(db);
  const tookOff = takeOffAuto(db, st);
  const writes: Writes = { created: record.id, events: facts.events.length, ...(tookOff ? { tookOff } : {}), basis: identityOf(record) };
  const decision = insertDecisionRow(db, {
    ...baseRow(st, ctx), recordId: record.id, decision: 'accepted', confidence: 1, evidence: JSON.stringify({ created: record.id }),
    action: 'new-record', writes: JSON.stringify(writes),
  });
  makeRecordWriter(db, { origin: 'review', at: ctx.at })(record, `review decision ${decision} (new record, by ${ctx.by}): ${placeOfEntry(entry)}`);
  insertEvents(db, record.id, entry.entryId, facts.events, decision);
  const names = [record.names.zh, record.names.en].filter(Boolean).join(' / ');
  return outcome(st, ctx, {
    decision, action: 'new-record', value: 'accepted', recordId: record.id, created: record.id, events: facts.events.length,
    message: `created ${record.id} (${names}) from ${entry.nameWritten}: ${facts.events.length} event(s) on its timeline`,
  });
}

/** Decisions that write nothing but the row: reject one candidate, none of these, not a person, unsure. */
function markEntry(db: Db, st: ItemState, req: DecisionRequest, ctx: DecideContext): DecisionOutcome {
  const entry = st.entry!;
  const top = st.top;
  if (top && !OPEN.includes(top.decision) && top.decision !== 'auto') refuseDecided(st);
  const value: DecisionValue = { reject: 'rejected', none: 'no_match', 'not-person': 'not_person', unsure: 'unsure' }[req.action as 'reject'] as DecisionValue;
  const recordId = req.action === 'reject' ? resolveRedirect(db, req.recordId) ?? req.recordId : null;
  if (recordId && !getRecord(db, recordId)) throw new DialistError('RECORD_NOT_FOUND', `no record ${recordId}`);
  if (recordId && st.stack.some((r) => r.decision === 'rejected' && r.recordId === recordId)) {
    throw new DialistError('ALREADY_DECIDED', `${recordId} is already rejected for ${st.item}`);
  }
  const tookOff = takeOffAuto(db, st);
  const writes: Writes = tookOff ? { tookOff } : {};
  const id = insertDecisionRow(db, {
    ...baseRow(st, ctx), recordId, decision: value, confidence: value === 'unsure' ? 0 : 1, evidence: '{}', action: req.action, writes: JSON.stringify(writes),
  });
  const words: Record<string, string> = {
    rejected: `rejected ${recordId} for ${entry.nameWritten}: the item stays in the queue with the other candidates`,
    no_match: `no record is ${entry.nameWritten}: the item leaves the queue (its news stays with the document)`,
    not_person: `${entry.nameWritten} is not a person: the item leaves the queue`,
    unsure: `${entry.nameWritten} deferred as unsure: see it again with --unsure`,
  };
  return outcome(st, ctx, { decision: id, action: req.action as ReviewAction, value, ...(recordId ? { recordId } : {}), message: words[value] });
}

function decidePair(db: Db, st: ItemState, req: DecisionRequest, ctx: DecideContext): DecisionOutcome {
  const { a, b, key } = st.pair!;
  if (st.top && st.top.decision !== 'unsure') refuseDecided(st);
  if (req.action === 'unsure') {
    const id = insertDecisionRow(db, { ...baseRow(st, ctx), recordId: a, otherId: b, decision: 'unsure', confidence: 0, evidence: '{}', action: 'unsure', writes: '{}' });
    return outcome(st, ctx, { decision: id, action: 'unsure', value: 'unsure', message: `${a} and ${b} deferred as unsure` });
  }
  if (req.action === 'not-same') {
    const id = insertDecisionRow(db, { ...baseRow(st, ctx), recordId: a, otherId: b, decision: 'distinct', confidence: 1, evidence: '{}', action: 'not-same', writes: '{}' });
    return outcome(st, ctx, { decision: id, action: 'not-same', value: 'distinct', message: `${a} and ${b} are two people: the pair leaves the queue` });
  }
  if (req.action !== 'same') throw new DialistError('BAD_ACTION', `a duplicate pair takes --same [--keep ID], --not-same or --unsure, not --${req.action}`);
  const keep = req.keep ?? a;
  if (keep !== a && keep !== b) throw new DialistError('BAD_ACTION', `--keep must be ${a} or ${b}, not ${keep}`);
  const other = keep === a ? b : a;
  const kept = liveRecord(db, keep);
  const removed = liveRecord(db, other);
  const merged = mergeRecords(kept, removed);
  const diff = diffFields(kept, merged);
  const writes: Writes = { merged: { kept: keep, removed: other }, record: { id: keep, ...diff } };
  const id = insertDecisionRow(db, {
    ...baseRow(st, ctx), recordId: keep, otherId: other, pair: key, decision: 'merged', confidence: 1, evidence: '{}', action: 'same', writes: JSON.stringify(writes),
  });
  const ref = `review decision ${id} (merge ${other} into ${keep}, by ${ctx.by})`;
  if (Object.keys(diff.after).length) makeRecordWriter(db, { origin: 'review', at: ctx.at })(merged, ref);
  setRecordDeleted(db, other, ctx.at, { at: ctx.at, ref });
  insertRedirect(db, { from: other, to: keep, at: ctx.at, by: ctx.by, decisionId: id });
  return outcome(st, ctx, {
    decision: id, action: 'same', value: 'merged', recordId: keep,
    message: `merged ${other} into ${keep}: ${other} now redirects to ${keep}; its names, sources and differing values are kept on ${keep}`,
  });
}

/** Applies one decision without opening a transaction (the callers do). */
function applyDecision(db: Db, item: string, req: DecisionRequest, ctx: DecideContext): DecisionOutcome {
  const st = loadItem(db, item);
  checkSeen(st, ctx.seen);
  if (st.pair) return decidePair(db, st, req, ctx);
  switch (req.action) {
    case 'accept': return acceptEntry(db, st, req.recordId, ctx, req.via);
    case 'new-record': return newRecordFromEntry(db, st, req, ctx);
    case 'reject': case 'none': case 'not-person': case 'unsure': return markEntry(db, st, req, ctx);
    default: throw new DialistError('BAD_ACTION', `an entry takes --accept, --reject, --none, --new-record, --not-person or --unsure, not --${req.action}`);
  }
}

/** Decides one item, in one transaction that takes the write lock first (two reviewers cannot both win). */
export function decideItem(db: Db, item: string, req: DecisionRequest, ctx: DecideContext): DecisionOutcome {
  return inWriteTransaction(db, () => applyDecision(db, item, req, ctx));
}

/** Accepts several items' candidates as one batch: all or nothing, and undone as one. */
export function acceptBatch(db: Db, chosen: readonly { item: string; recordId: string; seen?: number }[], ctx: Omit<DecideContext, 'seen' | 'batch'>): DecisionOutcome[] {
  return inWriteTransaction(db, () => {
    const batch = nextBatchNumber(db);
    return chosen.map((c) => applyDecision(db, c.item, { action: 'accept', recordId: c.recordId, via: 'batch' }, { ...ctx, seen: c.seen, batch }));
  });
}

// ---- undo ----------------------------------------------------------------------------------------------------

function itemOfRow(r: DecisionRow): string {
  return r.entryId !== null ? entryItemId(r.entryId) : `dup:${r.pair}`;
}

function isInForce(db: Db, r: DecisionRow): { inForce: boolean; st: ItemState } {
  const st = loadItem(db, itemOfRow(r));
  return { inForce: st.top?.id === r.id, st };
}

/** The decision `undo` without a number takes back: this reviewer's newest decision still in force. */
function lastInForceBy(db: Db, by: string): DecisionRow | undefined {
  let before = Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = decisionsBy(db, by, { beforeId: before });
    if (!rows.length) return undefined;
    for (const r of rows) if (isInForce(db, r).inForce) return r;
    before = rows.at(-1)!.id;
  }
}

function undoOne(db: Db, st: ItemState, d: DecisionRow, ctx: DecideContext): { undoRow: number; reverted: string[]; left: string[] } {
  const writes = parseJson<Writes>(d.writes, {});
  const reverted: string[] = [];
  const left: string[] = [];
  const ref = `undo of review decision ${d.id} (by ${ctx.by})`;
  deleteEventsOfDecision(db, d.id);
  if (writes.tookOff && st.entry) {
    const facts = factsOf(st.entry.facts);
    insertEvents(db, writes.tookOff.recordId as PrisonerRecord['id'], st.entry.entryId, facts.events, writes.tookOff.decision);
  }
  if (writes.record) {
    const current = getRecord(db, writes.record.id);
    if (current) {
      const r = revertFields(current, writes.record.before, writes.record.after);
      if (r.reverted.length) makeRecordWriter(db, { origin: 'review', at: ctx.at })(r.value, ref);
      reverted.push(...r.reverted.map((f) => `${writes.record!.id}.${f}`));
      left.push(...r.left.map((f) => `${writes.record!.id}.${f}`));
    }
  }
  if (writes.merged) {
    deleteRedirect(db, writes.merged.removed, d.id);
    setRecordDeleted(db, writes.merged.removed, null, { at: ctx.at, ref });
  }
  if (writes.created) setRecordDeleted(db, writes.created, ctx.at, { at: ctx.at, ref });
  const below = st.stack.at(-2);
  const undoRow = insertDecisionRow(db, {
    entryId: d.entryId, pair: d.pair, recordId: below?.recordId ?? (d.pair ? d.recordId : null), otherId: below?.otherId ?? d.otherId,
    decision: below?.decision ?? 'review', confidence: below?.confidence ?? 0, evidence: '{}', by: ctx.by, at: ctx.at, note: ctx.note ?? null,
    replaces: below?.id ?? null, action: 'undo', undoes: d.id, batch: d.batch, writes: JSON.stringify({ reverted, left }),
  });
  return { undoRow, reverted, left };
}

/**
 * Takes back a decision (this reviewer's newest still in force when none is named; a whole batch when the
 * decision was part of one). Appends a retraction row per decision; removes exactly what each wrote; record
 * fields changed since by something else are left as they are and reported.
 */
export function undoDecision(db: Db, { decision, ...ctx }: DecideContext & { decision?: number }): UndoOutcome {
  return inWriteTransaction(db, () => {
    const target = decision !== undefined ? decisionById(db, decision) : lastInForceBy(db, ctx.by);
    if (!target) {
      throw new DialistError(decision !== undefined ? 'DECISION_NOT_FOUND' : 'NOTHING_TO_UNDO',
        decision !== undefined ? `no decision ${decision}` : `${ctx.by} has no decision in force to undo`);
    }
    if (target.action === null || target.action === 'undo') {
      const what = target.action === 'undo' ? 'itself an undo' : "the machine's match at ingest";
      throw new DialistError('NOT_UNDOABLE', `decision ${target.id} is ${what}: only a person's decision can be undone`);
    }
    const group = target.batch !== null ? decisionsOfBatch(db, target.batch) : [target];
    const todo: { st: ItemState; d: DecisionRow }[] = [];
    for (const d of group) {
      const { inForce, st } = isInForce(db, d);
      if (d.id === target.id) checkSeen(st, ctx.seen);
      if (inForce) { todo.push({ st, d }); continue; }
      const undone = !st.stack.some((r) => r.id === d.id);
      if (undone && d.id !== target.id) continue; // a member of the batch already undone on its own
      if (undone) throw new DialistError('ALREADY_UNDONE', `decision ${d.id} on ${st.item} has been undone already`);
      throw new DialistError('NOT_LATEST', `decision ${d.id} on ${st.item} is no longer the one in force (${describeRow(st.rows.at(-1)!)}): undo that first`);
    }
    const done = todo.map(({ st, d }) => ({ d, st, ...undoOne(db, st, d, ctx) }));
    const reverted = done.flatMap((x) => x.reverted);
    const left = done.flatMap((x) => x.left);
    const what = done.length === 1 ? `decision ${done[0].d.id} on ${done[0].st.item} (${describeRow(done[0].d)})` : `batch ${target.batch}: ${done.length} decisions`;
    return {
      undone: done.map((x) => x.d.id), undoRows: done.map((x) => x.undoRow), items: done.map((x) => x.st.item), reverted, left,
      message: `undid ${what}${left.length ? `; left as they are, changed since: ${left.join(', ')}` : ''}`,
    };
  });
}
