/** Describing one item: everything a screen shows, read from the stored tables. */
import type { CandidateView, DecisionSummary, EntryFacts, ItemView, PrisonerRecord, QueueItem, RecordCard, ReviewAction } from '../model/index.js';
import { DialistError } from '../model/index.js';
import {
  type Db, type DecisionRow, decisionsOfItem, getRecord, iterateNameColumns, listsOfRecords, newsOnRecord,
  recordDeletedAt, resolveRedirect, storedDuplicatePair,
} from '../store/index.js';
import { describeRow } from './decide.js';
import { decisionStack, entryQueueItem, openEntryItem, pairQueueItem, parseJson, staleOf } from './queue.js';
import { cleanName, hasHan, toSimplified } from '../names/index.js';
import { describeFacts, heldDateOf, nameForms, planAccept, prefillRecord, readingKey, readingOf } from './rules.js';

/** How many live records share each reading and each spelling in characters: "14 records read Wang Yang". */
export class NameCounts {
  private readonly byReading = new Map<string, number>();
  private readonly byChars = new Map<string, number>();

  /** Rows of [pinyin, romanised name, simplified characters], one per live record. */
  constructor(rows: Iterable<readonly [string | null, string | null, string | null]>) {
    for (const [pinyin, en, zh] of rows) {
      const a = pinyin ? readingKey(pinyin) : '';
      const b = en ? readingKey(en) : '';
      if (a) this.byReading.set(a, (this.byReading.get(a) ?? 0) + 1);
      if (b && b !== a) this.byReading.set(b, (this.byReading.get(b) ?? 0) + 1);
      if (zh) this.byChars.set(zh, (this.byChars.get(zh) ?? 0) + 1);
    }
  }

  static fromDb(db: Db): NameCounts {
    return new NameCounts(iterateNameColumns(db));
  }

  reading(key: string): number {
    return this.byReading.get(key) ?? 0;
  }

  characters(simplified: string): number {
    return this.byChars.get(simplified) ?? 0;
  }

  /** Lines for a name as written or a record's name. */
  linesFor({ reading, simplified }: { reading?: { key: string; display: string }; simplified?: string }): string[] {
    const lines: string[] = [];
    const plural = (n: number) => (n === 1 ? '1 record' : `${n} records`);
    if (reading) lines.push(`${plural(this.reading(reading.key))} read ${reading.display}`);
    if (simplified) lines.push(`${plural(this.characters(simplified))} written ${simplified}`);
    return lines;
  }
}

/** A record's fields as the candidate columns show them. */
export function recordCard(db: Db, id: string, lists = listsOfRecords(db, [id])): RecordCard | undefined {
  const r = getRecord(db, id);
  if (!r) return undefined;
  const card: RecordCard = {
    id: r.id, zh: r.names.zh, zhTraditional: r.names.zhTraditional !== r.names.zh ? r.names.zhTraditional : undefined,
    pinyin: r.names.pinyin, en: r.names.en, aliases: r.names.aliases.map((a) => a.name), birth: r.birth?.value, gender: r.gender,
    province: r.province, ethnicity: r.ethnicity, prison: r.prison, status: r.status, lists: lists.get(id) ?? [],
  };
  const to = resolveRedirect(db, id);
  if (to) card.mergedInto = to;
  if (recordDeletedAt(db, id)) card.deleted = true;
  return card;
}

const recordReading = (r: PrisonerRecord) => readingOf(r.names.pinyin ?? r.names.en ?? r.names.zh ?? '');

function summarise(r: DecisionRow): DecisionSummary {
  return {
    id: r.id, decision: r.decision, action: (r.action ?? undefined) as ReviewAction | undefined, recordId: r.recordId ?? r.otherId ?? undefined,
    by: r.by, at: r.at, note: r.note ?? undefined, undoes: r.undoes ?? undefined, batch: r.batch ?? undefined, summary: describeRow(r),
  };
}

/** The candidates side by side: record fields, evidence, how common the name is, what accepting would write. */
function candidateViews(db: Db, item: QueueItem, counts: NameCounts, stack: readonly DecisionRow[], entryId?: number): CandidateView[] {
  const shown = item.candidates.slice(0, 5);
  const lists = listsOfRecords(db, shown.map((c) => c.id));
  return shown.map((c) => {
    const view: CandidateView = { id: c.id, confidence: c.confidence, evidence: c.evidence, commonness: [] };
    const card = recordCard(db, c.id, lists);
    if (card) view.record = card;
    const record = getRecord(db, card?.mergedInto ?? c.id);
    if (record) view.commonness = counts.linesFor({ reading: recordReading(record), simplified: record.names.zhSimplified });
    const rejection = stack.find((r) => r.decision === 'rejected' && r.recordId === c.id);
    if (rejection) view.rejected = { decision: rejection.id, by: rejection.by, at: rejection.at };
    if (record && item.facts && entryId !== undefined) {
      const news = newsOnRecord(db, record.id, entryId).map((n) => ({ facts: parseJson<EntryFacts>(n.facts, { name: '', status: 'unknown', events: [] }), received: n.received }));
      view.plan = planAccept({ record, facts: item.facts, received: item.document?.received, held: heldDateOf(record, news) });
    }
    return view;
  });
}

/** Everything about one item, as the terminal and the web page show it. */
export function describeItem(db: Db, itemId: string, counts: NameCounts): ItemView {
  const parsed = openEntryItem(db, itemId);
  if ('entryId' in parsed) {
    const row = parsed.row;
    const rows = decisionsOfItem(db, { entryId: parsed.entryId });
    const item = entryQueueItem(row, rows.filter((r) => r.action !== null));
    const stack = decisionStack(rows);
    const reading = readingOf(row.nameWritten);
    const core = cleanName(row.nameWritten).core;
    const simplified = hasHan(core) ? toSimplified(core) : undefined;
    const namesakes = counts.linesFor({ reading, simplified }).join('; ');
    const stale = staleOf(db, stack);
    return {
      ...item,
      ...(stale ? { stale } : {}),
      forms: [...nameForms(row.nameWritten), ...(namesakes ? [{ label: 'namesakes', value: namesakes }] : [])],
      factLines: item.facts ? describeFacts(item.facts) : [],
      candidateViews: candidateViews(db, item, counts, stack, parsed.entryId),
      history: rows.map(summarise),
      prefill: item.facts ? prefillRecord(item.facts) : undefined,
    };
  }
  const pair = storedDuplicatePair(db, parsed.a, parsed.b) ?? { a: parsed.a, b: parsed.b, score: 0, evidence: '[]' };
  if (!getRecord(db, pair.a) || !getRecord(db, pair.b)) throw new DialistError('ITEM_NOT_FOUND', `no records ${pair.a} and ${pair.b}`);
  const rows = decisionsOfItem(db, { pair: parsed.pair });
  const item = pairQueueItem(db, pair, rows);
  return {
    ...item,
    forms: [{ label: 'records', value: item.name }],
    factLines: [],
    candidateViews: candidateViews(db, item, counts, decisionStack(rows)),
    history: rows.map(summarise),
  };
}
