/** A tiny database built by hand through the store functions, for report tests whose figures are worked out on paper. */
import type { Db } from '../../src/store/index.js';
import { addListItems, createListRow, freezeList, insertDocument, insertEvents, insertMatchedEntry, makeRecordWriter, openDb } from '../../src/store/index.js';
import { asRecordId, type EntryFacts, type PrisonerRecord, type ResponseEvent } from '../../src/model/index.js';

export const day = (value: string) => ({ value, precision: (value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day') as 'year' | 'month' | 'day' });

export function addRecords(db: Db, records: (Partial<PrisonerRecord> & { id: string; zh: string })[], at = '2019-01-01T00:00:00.000Z'): void {
  const write = makeRecordWriter(db, { origin: 'import', at });
  for (const { id, zh, ...rest } of records) write({ sources: [], ...rest, id: asRecordId(id), names: { zh, zhSimplified: zh, aliases: [] } } as PrisonerRecord, 'test');
}

/** An issued list: handed over on `date`, marked issued in dialist on `issuedAt` (default the same day). */
export function issueList(db: Db, { recipient, date, ids, issuedAt = date, title = 'Cases' }: { recipient: string; date: string; ids: string[]; issuedAt?: string; title?: string }): number {
  const id = createListRow(db, { title, recipient, date, template: 'bilingual-table', at: `${date}T08:00:00.000Z` });
  addListItems(db, id, ids);
  freezeList(db, id, { issuedAt: `${issuedAt}T09:00:00.000Z`, records: [], files: [] });
  return id;
}

export interface EntrySpec {
  name: string;
  recordId?: string;
  decision?: 'auto' | 'review' | 'none';
  status?: EntryFacts['status'];
  events?: ResponseEvent[];
  termEnds?: string;
}

/** A response document with its entries and the machine's decisions (events written for auto matches). Returns entry IDs. */
export function addResponse(db: Db, { file, received, sender, listId, at, entries }: { file: string; received: string; sender?: string; listId?: number; at?: string; entries: EntrySpec[] }): number[] {
  const stamp = at ?? `${received}T12:00:00.000Z`;
  const docId = insertDocument(db, { sha256: `sha-${file}`, fileName: file, kind: 'text', received, sender, listId, at: stamp, text: entries.map((e) => e.name).join('\n') });
  return entries.map((e, i) => insertMatchedEntry(db, docId, {
    seq: i + 1,
    facts: { name: e.name, status: e.status ?? 'serving', events: e.events ?? [], ...(e.termEnds ? { termEnds: day(e.termEnds) } : {}) },
    source: { row: i + 1, text: e.name },
    recordId: e.recordId ? asRecordId(e.recordId) : null,
    decision: e.decision ?? (e.recordId ? 'auto' : 'none'),
    confidence: e.recordId ? 0.99 : 0,
    reason: 'test', candidates: [],
  }, stamp));
}

/** A person's decision on an entry, as the review queue writes it: accepting puts the entry's events on the record. */
export function decide(db: Db, entryId: number, { decision, recordId, at, by = 'alice' }: { decision: 'accepted' | 'rejected' | 'review'; recordId: string | null; at: string; by?: string }): number {
  const id = Number(db.prepare('INSERT INTO match_decisions (entry_id, record_id, decision, confidence, evidence, by, at) VALUES (?,?,?,?,?,?,?)')
    .run(entryId, recordId, decision, 1, '{}', by, `${at}T10:00:00.000Z`).lastInsertRowid);
  if (decision === 'accepted' && recordId) {
    const facts = JSON.parse((db.prepare('SELECT facts FROM entries WHERE id = ?').get(entryId) as { facts: string }).facts) as EntryFacts;
    insertEvents(db, asRecordId(recordId), entryId, facts.events, id);
  } else {
    // Undoing or rejecting removes exactly the events the entry's earlier decisions wrote.
    db.prepare('DELETE FROM events WHERE entry_id = ?').run(entryId);
  }
  return id;
}

/** Merges `from` into `to`: the merged-away record redirects and is soft-deleted. */
export function mergeRecord(db: Db, from: string, to: string, at = '2019-06-01T00:00:00.000Z'): void {
  db.prepare('INSERT INTO record_redirects (from_id, to_id, at, by) VALUES (?,?,?,?)').run(from, to, at, 'alice');
  db.prepare('UPDATE records SET deleted_at = ? WHERE id = ?').run(at, from);
}

/**
 * The worked example of the report tests (figures on paper in test/unit/report.test.ts):
 * five people, a merged duplicate of P1 (P6) and a deleted record (P7); lists to partners A and B in 2020-2022;
 * answers in 2020-2022, one accepted by a person, one unmatched name, one document from a public source.
 */
export function workedExample(path = ':memory:'): { db: Db; lists: Record<string, number>; entries: Record<string, number> } {
  const db = openDb(path);
  addRecords(db, [
    { id: 'P1', zh: '朱东', detained: day('2015-01-01'), sentence: { kind: 'fixed', months: 120 }, charge: '煽动颠覆国家政权罪', status: 'serving' },
    { id: 'P2', zh: '单伟明', detained: day('2018-06-01'), sentence: { kind: 'fixed', months: 60 }, status: 'serving' },
    { id: 'P3', zh: '曾志华', detained: day('2019-01-15'), sentence: { kind: 'fixed', months: 48 }, charge: '煽动颠覆国家政权罪', status: 'serving' },
    { id: 'P4', zh: '伊力哈木', sentence: { kind: 'life' }, status: 'serving' },
    { id: 'P5', zh: '解晓红', detained: day('2020-03-01'), sentence: { kind: 'fixed', months: 36 }, charge: '寻衅滋事罪', status: 'serving' },
    { id: 'P6', zh: '朱東', sentence: { kind: 'fixed', months: 120 } },
    { id: 'P7', zh: '王军', sentence: { kind: 'fixed', months: 24 } },
  ]);
  mergeRecord(db, 'P6', 'P1');
  db.prepare("UPDATE records SET deleted_at = '2019-06-01T00:00:00.000Z' WHERE id = 'P7'").run();

  const L1 = issueList(db, { recipient: 'Partner A, 1st session', date: '2020-05-10', ids: ['P1', 'P2', 'P3'] });
  const L2 = issueList(db, { recipient: 'Partner B', date: '2020-11-01', ids: ['P6', 'P4'] });
  const L3 = issueList(db, { recipient: 'Partner A, 2nd session', date: '2021-06-01', ids: ['P1', 'P4'] });
  const L4 = issueList(db, { recipient: 'Partner A, 3rd session', date: '2022-03-01', ids: ['P1', 'P3'] });
  createListRow(db, { title: 'draft', recipient: 'Partner A', date: '2020-01-01', template: 'bilingual-table', at: '2020-01-01T00:00:00.000Z' });

  const [E1, E2, E3] = addResponse(db, {
    file: 'd1-mfa.txt', received: '2020-07-09', sender: 'MFA', listId: L1, entries: [
      { name: '朱东', recordId: 'P1', events: [{ type: 'sentence_reduced', date: day('2020-02'), months: 12 }] },
      { name: '单伟明', recordId: 'P2', status: 'paroled', events: [{ type: 'paroled', date: day('2020-06-15') }] },
      { name: '王某', status: 'unknown' },
    ],
  });
  const [E4] = addResponse(db, {
    file: 'd2-embassy.txt', received: '2021-02-01', sender: 'Embassy', listId: L2, entries: [
      { name: 'Ilham', recordId: 'P4', decision: 'review', events: [{ type: 'commuted', date: day('2021-01'), months: 240, to: { kind: 'fixed', months: 240 } }] },
    ],
  });
  decide(db, E4, { decision: 'accepted', recordId: 'P4', at: '2021-02-10' });
  const [E5] = addResponse(db, {
    file: 'd4-rulings.txt', received: '2021-08-01', entries: [
      { name: '解晓红', recordId: 'P5', events: [{ type: 'sentence_reduced', date: day('2021-07-01'), months: 6 }] },
    ],
  });
  const [E6] = addResponse(db, {
    file: 'd3-mfa.txt', received: '2022-01-15', sender: 'MFA', listId: L3, entries: [
      { name: '朱东', recordId: 'P1', status: 'serving' },
    ],
  });
  return { db, lists: { L1, L2, L3, L4 }, entries: { E1, E2, E3, E4, E5, E6 } };
}
