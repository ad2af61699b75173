// The review queue over a real database: decisions, undo (also after quitting), staleness, merges, refused
// concurrent decisions, batches, and the command line. samples/followup names people who fit several records.
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DialistError } from '../../src/model/index.js';
import { getRecord, makeRecordWriter, openDb, recordHistory, type Db } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';
import { openReview } from '../../src/pipeline/review.js';
import { cli } from '../helpers/cli.js';

const samples = join(__dirname, '../../samples');
const followup = join(samples, 'followup', '2027-03-20-mfa-followup-zh.txt');
const mfaLetter = join(samples, 'responses', '2026-12-15-mfa-letter-zh.docx');
const AT = '2027-03-21T00:00:00.000Z';
let tick = 0;
const now = () => `2027-03-21T10:00:${String(tick++ % 60).padStart(2, '0')}.000Z`;

/** Sample records and the follow-up letter: e1 王军 (DEMO0007 or DEMO0008), e2 张志明, e3 刘晓冬, e4 王洋, and a duplicate pair. */
let template: string;
beforeAll(async () => {
  template = join(mkdtempSync(join(tmpdir(), 'dialist-review-')), 'template.db');
  const db = openDb(template);
  await importRecords(db, join(samples, 'records.csv'), { at: AT });
  await ingestBatch(db, [followup], { received: '2027-03-20', at: AT });
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});
const tempDb = () => join(mkdtempSync(join(tmpdir(), 'dialist-review-')), 'r.db');
/** A copy of the template (building it once keeps these tests fast). */
async function reviewDb(path = tempDb()): Promise<Db> {
  copyFileSync(template, path);
  return openDb(path);
}
const count = (db: Db, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;
const eventsOf = (db: Db, recordId: string) => db.prepare('SELECT type, date, decision_id FROM events WHERE record_id = ? ORDER BY id').all(recordId) as { type: string; date: string | null; decision_id: number }[];
const refused = (fn: () => unknown): DialistError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DialistError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('the queue', () => {
  it('holds entries still waiting and duplicate pairs, in document and reading order', async () => {
    const s = openReview(await reviewDb(), { by: 'alice', now });
    const q = s.queue();
    expect(q.map((i) => [i.item, i.kind, i.name, i.state])).toEqual([
      ['e1', 'entry', '王军', 'review'], ['e2', 'entry', '张志明', 'review'], ['e3', 'entry', '刘晓冬', 'review'], ['e4', 'entry', '王洋', 'review'],
      ['dup:DEMO0038+DEMO0077', 'duplicate', '張志明 / Chang Chih-ming ~ Zhang Zhiming', 'review'],
    ]);
    expect(s.queue({ order: 'margin' })[0].item).toBe('e2');
    expect(s.queue({ documentId: 1 }).map((i) => i.item)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('describes an item: the name in every form, its place, the candidates with evidence, namesakes and what accepting writes', async () => {
    const v = openReview(await reviewDb(), { by: 'alice', now }).describe('e1');
    expect(v.forms).toEqual(expect.arrayContaining([{ label: 'pinyin', value: 'Wáng Jūn' }, { label: 'traditional', value: '王軍' }, { label: 'namesakes', value: '3 records read Wang Jun; 2 records written 王军' }]));
    expect(v.document).toMatchObject({ file: '2027-03-20-mfa-followup-zh.txt', paragraph: 2, received: '2027-03-20' });
    expect(v.text).toContain('2024年5月释放');
    const [a, b] = v.candidateViews;
    expect([a.id, b.id]).toEqual(['DEMO0007', 'DEMO0008']);
    expect(b.record).toMatchObject({ zh: '王军', birth: '1985', province: 'Sichuan', status: 'serving', prison: '四川省川西监狱' });
    expect(b.evidence.some((e) => e.feature === 'same characters' && e.score > 0)).toBe(true);
    expect(b.commonness).toEqual(['3 records read Wang Jun', '2 records written 王军']);
    expect(b.plan?.changes).toEqual([{ field: 'status', before: 'serving', after: 'released' }]);
    expect(a.plan?.changes).toEqual([]);
  });
});

describe('decisions', () => {
  it('accepting puts the events on the record in the same transaction; newer news changes status through the record writer', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    const seen = s.describe('e1').seen;
    const o = s.decide('e1', { action: 'accept', recordId: 'DEMO0008' }, { seen, note: 'released after the full term: the 8-year sentence was reduced' });
    expect(o).toMatchObject({ item: 'e1', value: 'accepted', recordId: 'DEMO0008', events: 1, changes: [{ field: 'status', before: 'serving', after: 'released' }] });
    expect(eventsOf(db, 'DEMO0008')).toEqual([{ type: 'released', date: '2024-05', decision_id: o.decision }]);
    expect(getRecord(db, 'DEMO0008')?.status).toBe('released');
    const last = recordHistory(db, 'DEMO0008').at(-1)!;
    expect(last).toMatchObject({ origin: 'review' });
    expect(last.ref).toContain(`review decision ${o.decision}`);
    expect(last.ref).toContain('2027-03-20-mfa-followup-zh.txt, paragraph 2');
    const row = db.prepare('SELECT decision, action, by, note, replaces FROM match_decisions WHERE id = ?').get(o.decision);
    expect(row).toEqual({ decision: 'accepted', action: 'accept', by: 'alice', note: 'released after the full term: the 8-year sentence was reduced', replaces: seen });
    expect(s.queue().map((i) => i.item)).not.toContain('e1');
    // Nothing overwritten: the machine's row is still there.
    expect(count(db, "SELECT count(*) AS n FROM match_decisions WHERE entry_id = 1 AND decision = 'review'")).toBe(1);
  });

  it('older news becomes an event only: the record keeps the status the newer letter gave', async () => {
    const db = await reviewDb();
    // A letter received later (2027-04-01) already put 王军 DEMO0008 "serving" on the record's timeline.
    await ingestBatch(db, [mfaLetter], { received: '2027-04-01', at: AT });
    const s = openReview(db, { by: 'alice', now });
    const o = s.decide('e1', { action: 'accept', recordId: 'DEMO0008' });
    expect(o.changes).toEqual([]);
    expect(o.message).toMatch(/not newer than what the record holds \(2027-04-01\)/);
    expect(getRecord(db, 'DEMO0008')?.status).toBe('serving');
    expect(eventsOf(db, 'DEMO0008').map((e) => e.type)).toEqual(['sentenced', 'released']);
  });

  it('rejecting one candidate keeps the item with the others; none, not a person and unsure take it out of the queue', async () => {
    const s = openReview(await reviewDb(), { by: 'alice', now });
    s.decide('e1', { action: 'reject', recordId: 'DEMO0007' });
    const e1 = s.queue().find((i) => i.item === 'e1')!;
    expect(e1).toMatchObject({ state: 'rejected', rejected: ['DEMO0007'] });
    expect(s.describe('e1').candidateViews[0].rejected?.by).toBe('alice');
    s.decide('e4', { action: 'none' });
    s.decide('e3', { action: 'unsure' });
    s.decide('e2', { action: 'not-person' });
    expect(s.queue().map((i) => i.item)).toEqual(['e1', 'dup:DEMO0038+DEMO0077']);
    expect(s.queue({ unsure: true }).map((i) => i.item)).toEqual(['e3']);
  });

  it('a new record from the entry: prefilled, edited, with the entry\'s events; undo takes it away again', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    expect(s.describe('e3').prefill).toEqual({ name_zh: '刘晓冬', gender: 'M', ethnicity: 'Han', status: 'paroled' });
    const o = s.decide('e3', { action: 'new-record', fields: { birth_year: '1979', province: '辽宁' } });
    expect(o.created).toBe('N3');
    expect(getRecord(db, 'N3')).toMatchObject({ names: { zh: '刘晓冬', pinyin: 'Liú Xiǎodōng' }, birth: { value: '1979' }, province: 'Liaoning', status: 'paroled' });
    expect(recordHistory(db, 'N3')[0].ref).toContain(`review decision ${o.decision} (new record`);
    expect(eventsOf(db, 'N3')).toEqual([{ type: 'paroled', date: '2023-12', decision_id: o.decision }]);
    expect(s.search('Liu Xiaodong').map((h) => h.id)).toContain('N3');
    const u = s.undo();
    expect(u.undone).toEqual([o.decision]);
    expect(count(db, "SELECT count(*) AS n FROM records WHERE id = 'N3' AND deleted_at IS NOT NULL")).toBe(1);
    expect(eventsOf(db, 'N3')).toEqual([]);
    expect(s.queue().map((i) => i.item)).toContain('e3');
    expect(refused(() => s.decide('e2', { action: 'new-record', fields: { name_zh: '', name_en: '' } })).code).toBe('BAD_RECORD');
  });

  it('searching by any spelling finds the person to pick', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    expect(s.search('Chang Chih-ming').map((h) => h.id)).toContain('DEMO0038');
    expect(s.search('DEMO0067')[0]).toMatchObject({ id: 'DEMO0067', via: 'record ID' });
    const o = s.decide('e3', { action: 'accept', recordId: 'DEMO0067', via: 'search' });
    expect(JSON.parse((db.prepare('SELECT evidence FROM match_decisions WHERE id = ?').get(o.decision) as { evidence: string }).evidence)).toMatchObject({ via: 'search' });
  });
});

describe('undo', () => {
  it('works after quitting: a new process undoes the reviewer\'s newest decision, removing exactly what it wrote', async () => {
    const path = tempDb();
    let db = await reviewDb(path);
    const first = openReview(db, { by: 'alice', now }).decide('e1', { action: 'accept', recordId: 'DEMO0008' });
    const other = openReview(db, { by: 'bob', now }).decide('e4', { action: 'none' });
    db.close();

    db = openDb(path);
    const u = openReview(db, { by: 'alice', now }).undo();
    expect(u.undone).toEqual([first.decision]);
    expect(eventsOf(db, 'DEMO0008')).toEqual([]);
    expect(getRecord(db, 'DEMO0008')?.status).toBe('serving');
    expect(recordHistory(db, 'DEMO0008').at(-1)?.ref).toContain(`undo of review decision ${first.decision}`);
    const rows = db.prepare('SELECT decision, action, undoes, replaces FROM match_decisions WHERE entry_id = 1 ORDER BY id').all();
    expect(rows).toEqual([
      { decision: 'review', action: null, undoes: null, replaces: null },
      { decision: 'accepted', action: 'accept', undoes: null, replaces: 1 },
      { decision: 'review', action: 'undo', undoes: first.decision, replaces: 1 },
    ]);
    // bob's decision is untouched; alice has nothing more to undo.
    expect(count(db, 'SELECT count(*) AS n FROM match_decisions WHERE undoes = ?', other.decision)).toBe(0);
    expect(refused(() => openReview(db, { by: 'alice', now }).undo()).code).toBe('NOTHING_TO_UNDO');
    db.close();
  });

  it('leaves a field that something else changed since, and says so', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    const o = s.decide('e1', { action: 'accept', recordId: 'DEMO0008' });
    const r = getRecord(db, 'DEMO0008')!;
    db.transaction(() => makeRecordWriter(db, { origin: 'person', at: AT })({ ...r, status: 'medical_parole' }, 'edited by hand'))();
    const u = s.undo({ decision: o.decision });
    expect(u.left).toEqual(['DEMO0008.status']);
    expect(getRecord(db, 'DEMO0008')?.status).toBe('medical_parole');
    expect(eventsOf(db, 'DEMO0008')).toEqual([]);
  });

  it('refuses to undo a decision that a later one replaced, and the machine\'s own match', async () => {
    const s = openReview(await reviewDb(), { by: 'alice', now });
    const reject = s.decide('e1', { action: 'reject', recordId: 'DEMO0007' });
    s.decide('e1', { action: 'accept', recordId: 'DEMO0008' });
    expect(refused(() => s.undo({ decision: reject.decision })).code).toBe('NOT_LATEST');
    expect(refused(() => s.undo({ decision: 1 })).code).toBe('NOT_UNDOABLE');
    s.undo();
    s.undo();
    expect(s.queue()[0]).toMatchObject({ item: 'e1', state: 'review', rejected: [] });
  });

  it('a person overriding an automatic match takes its events off; undo puts them back', async () => {
    const db = await reviewDb();
    await ingestBatch(db, [mfaLetter], { received: '2027-04-01', at: AT });
    const auto = db.prepare("SELECT entry_id AS e, id FROM match_decisions WHERE decision = 'auto' AND record_id = 'DEMO0001'").get() as { e: number; id: number };
    const s = openReview(db, { by: 'alice', now });
    expect(eventsOf(db, 'DEMO0001')).toHaveLength(2);
    s.decide(`e${auto.e}`, { action: 'reject', recordId: 'DEMO0001' });
    expect(eventsOf(db, 'DEMO0001')).toEqual([]);
    expect(s.queue().map((i) => i.item)).toContain(`e${auto.e}`);
    s.undo();
    expect(eventsOf(db, 'DEMO0001').map((e) => e.decision_id)).toEqual([auto.id, auto.id]);
  });
});

describe('two reviewers at once', () => {
  it('refuses a decision on an item someone else decided since it was shown, and writes nothing', async () => {
    const path = tempDb();
    const dbA = await reviewDb(path);
    const dbB = openDb(path);
    const alice = openReview(dbA, { by: 'alice', now });
    const bob = openReview(dbB, { by: 'bob', now });
    const seenByAlice = alice.describe('e1').seen;
    const seenByBob = bob.describe('e1').seen;
    alice.decide('e1', { action: 'accept', recordId: 'DEMO0007' }, { seen: seenByAlice });
    const e = refused(() => bob.decide('e1', { action: 'accept', recordId: 'DEMO0008' }, { seen: seenByBob }));
    expect(e.code).toBe('DECIDED_SINCE');
    expect(e.message).toMatch(/e1 changed since it was shown: alice accepted DEMO0007 at .* \(decision \d+\)\. Nothing was written/);
    expect(count(dbA, 'SELECT count(*) AS n FROM match_decisions WHERE entry_id = 1')).toBe(2);
    expect(eventsOf(dbA, 'DEMO0008')).toEqual([]);
    // Even without a "seen", a decided item is not silently redecided.
    expect(refused(() => bob.decide('e1', { action: 'none' })).code).toBe('ALREADY_DECIDED');
    dbA.close();
    dbB.close();
  });
});

describe('staleness', () => {
  it('a decision whose record changed afterwards is listed with --stale, never silently redone; keeping it clears that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-stale-'));
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    const o = s.decide('e1', { action: 'accept', recordId: 'DEMO0007' });
    expect(s.queue({ stale: true })).toEqual([]);
    // The NGO corrects DEMO0007's birth year and re-imports its file.
    const csv = readFileSync(join(samples, 'records.csv'), 'utf8').replace('DEMO0007,王军,Wang Jun,,M,1970', 'DEMO0007,王军,Wang Jun,,M,1972');
    writeFileSync(join(dir, 'records.csv'), csv);
    await importRecords(db, join(dir, 'records.csv'), { at: AT });
    const stale = s.queue({ stale: true });
    expect(stale.map((i) => [i.item, i.stale])).toEqual([['e1', { decision: o.decision, recordId: 'DEMO0007', changed: ['birth'] }]]);
    expect(s.describe('e1').stale?.changed).toEqual(['birth']);
    expect(eventsOf(db, 'DEMO0007')).toHaveLength(1);
    const keep = s.decide('e1', { action: 'accept', recordId: 'DEMO0007' }, { seen: stale[0].seen });
    expect(keep).toMatchObject({ action: 'confirm', events: 0 });
    expect(s.queue({ stale: true })).toEqual([]);
    expect(eventsOf(db, 'DEMO0007')).toHaveLength(1);
  });

  it('re-ingesting the document never overwrites a person\'s decision', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    s.decide('e1', { action: 'accept', recordId: 'DEMO0007' });
    const [again] = await ingestBatch(db, [followup], { received: '2027-03-20', at: AT });
    expect(again.outcome).toBe('duplicate');
    expect(s.queue().map((i) => i.item)).not.toContain('e1');
    expect(count(db, 'SELECT count(*) AS n FROM entries')).toBe(4);
  });
});

describe('duplicate pairs', () => {
  it('same person: one ID stays, the other redirects to it, nothing lost; undo restores both', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    const before38 = getRecord(db, 'DEMO0038');
    const o = s.decide('dup:DEMO0038+DEMO0077', { action: 'same', keep: 'DEMO0038' }, { seen: 0 });
    expect(o.value).toBe('merged');
    expect(db.prepare('SELECT from_id, to_id, by, decision_id FROM record_redirects').all()).toEqual([{ from_id: 'DEMO0077', to_id: 'DEMO0038', by: 'alice', decision_id: o.decision }]);
    expect(count(db, "SELECT count(*) AS n FROM records WHERE id = 'DEMO0077' AND deleted_at IS NOT NULL")).toBe(1);
    const kept = getRecord(db, 'DEMO0038')!;
    expect(kept.names.aliases.map((a) => a.name)).toContain('Zhang Zhiming');
    expect(kept.sources).toEqual([{ title: 'NGO dossier 2021', official: false }]);
    expect(s.queue().map((i) => i.item)).not.toContain('dup:DEMO0038+DEMO0077');
    // Accepting the merged-away ID lands on the record kept.
    expect(s.decide('e2', { action: 'accept', recordId: 'DEMO0077' })).toMatchObject({ recordId: 'DEMO0038' });
    expect(s.describe('e2').candidateViews.find((c) => c.id === 'DEMO0077')?.record?.mergedInto).toBe('DEMO0038');
    s.undo();
    s.undo({ decision: o.decision });
    expect(getRecord(db, 'DEMO0038')).toEqual(before38);
    expect(count(db, "SELECT count(*) AS n FROM records WHERE id = 'DEMO0077' AND deleted_at IS NULL")).toBe(1);
    expect(count(db, 'SELECT count(*) AS n FROM record_redirects')).toBe(0);
    expect(s.queue().map((i) => i.item)).toContain('dup:DEMO0038+DEMO0077');
  });

  it('not the same person: the pair leaves the queue and is not asked again', async () => {
    const s = openReview(await reviewDb(), { by: 'alice', now });
    s.decide('dup:DEMO0038+DEMO0077', { action: 'not-same' });
    expect(s.queue().filter((i) => i.kind === 'duplicate')).toEqual([]);
  });
});

describe('batch accept', () => {
  it('shows what it would do first, writes all as one batch, and is undone as one', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    const choices = s.batchChoices({}, 0.2);
    expect(choices.map((c) => [c.item, c.recordId])).toEqual([['e1', 'DEMO0007'], ['e2', 'DEMO0038']]);
    const out = s.acceptBatch(choices);
    expect(new Set(out.map((o) => o.batch)).size).toBe(1);
    expect(s.queue().map((i) => i.item)).toEqual(['e3', 'e4', 'dup:DEMO0038+DEMO0077']);
    const u = s.undo();
    expect(u.undone).toEqual(out.map((o) => o.decision));
    expect(s.queue().map((i) => i.item)).toEqual(['e1', 'e2', 'e3', 'e4', 'dup:DEMO0038+DEMO0077']);
  });

  it('writes nothing when one of its items was decided since it was shown', async () => {
    const db = await reviewDb();
    const s = openReview(db, { by: 'alice', now });
    const choices = s.batchChoices({}, 0.2);
    openReview(db, { by: 'bob', now }).decide('e2', { action: 'none' });
    expect(refused(() => s.acceptBatch(choices)).code).toBe('DECIDED_SINCE');
    expect(count(db, "SELECT count(*) AS n FROM match_decisions WHERE by = 'alice'")).toBe(0);
  });
});

describe('dialist review (command line)', () => {
  it('--json prints the open items in the documented shape; decide and undo do what the keys do', async () => {
    const path = tempDb();
    (await reviewDb(path)).close();
    const q = await cli('--db', path, '--json', 'review');
    expect(q.code).toBe(0);
    const [first] = q.lines();
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['item', 'kind', 'name', 'document', 'text', 'facts', 'candidates']));
    expect(first).toMatchObject({ item: 'e1', kind: 'entry', name: '王军', document: { file: '2027-03-20-mfa-followup-zh.txt', paragraph: 2 } });
    expect(Object.keys(first.candidates[0]).sort()).toEqual(['confidence', 'evidence', 'id']);
    expect(q.lines().at(-1)).toMatchObject({ kind: 'duplicate', document: null });

    process.env.DIALIST_REVIEWER = 'carol';
    try {
      const d = await cli('--db', path, '--json', 'review', 'decide', 'e1', '--accept', 'DEMO0008', '--seen', String(first.seen), '--note', 'term reduced');
      expect(d.code, d.err).toBe(0);
      expect(d.lines()[0]).toMatchObject({ item: 'e1', value: 'accepted', recordId: 'DEMO0008' });
      const again = await cli('--db', path, 'review', 'decide', 'e1', '--accept', 'DEMO0007', '--seen', String(first.seen));
      expect(again.code).toBe(1);
      expect(again.err).toContain('DECIDED_SINCE');
      const u = await cli('--db', path, '--json', 'review', 'undo');
      expect(u.lines()[0]).toMatchObject({ undone: [d.lines()[0].decision], items: ['e1'] });
      const db = openDb(path);
      expect(db.prepare('SELECT by, note FROM match_decisions WHERE id = ?').get(d.lines()[0].decision)).toEqual({ by: 'carol', note: 'term reduced' });
      db.close();
    } finally {
      delete process.env.DIALIST_REVIEWER;
    }
    expect((await cli('--db', path, 'review', 'decide', 'e1', '--none', '--unsure')).code).toBe(2);
    expect((await cli('--db', path, 'review', '--order', 'alphabet')).code).toBe(2);
    expect((await cli('--db', path, 'review', 'decide', 'e99', '--none')).code).toBe(1);

    const dry = await cli('--db', path, 'review', 'accept-all', '--min-confidence', '0.2');
    expect(dry.out).toContain('2 item(s) would be accepted as one batch. Nothing written');
    const show = await cli('--db', path, 'review', 'show', 'e1');
    expect(show.out).toContain('DEMO0008');
    expect(show.out).toContain('paragraph 2');
    const plain = await cli('--db', path, 'review');
    expect(plain.out).toContain('5 item(s) wait for review');
  });
});
