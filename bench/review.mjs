// Benchmark: the review queue with Q open items over N records. Opening the queue (read from the stored
// decisions and evidence) beside the naive way (matching every waiting entry again); each action (describe, accept,
// reject, new record, undo, reading the queue again) beside a naive describe that counts namesakes by scanning
// every record. Also the one-time look for duplicate pairs after an import, and searching the stored name index. Prints JSON.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, makeRecordWriter, inTransaction, insertDocument, insertMatchedEntry, iterateRecords } from '../dist/store/index.js';
import { createMatcher } from '../dist/match/index.js';
import { deriveNames } from '../dist/names/index.js';
import { openReview, refreshDuplicates } from '../dist/pipeline/review.js';
import { refreshNameIndex } from '../dist/pipeline/name-index.js';
import { NameCounts, readingKey } from '../dist/review/index.js';
import { generateRows, rng } from './generate.mjs';

const n = Number(process.argv[2] ?? 50000);
const q = Number(process.argv[3] ?? 1000);
const actions = Number(process.argv[4] ?? 40);
const AT = '2027-03-21T00:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'dialist-bench-review-'));
const db = openDb(join(dir, 'review.db'));

// Records, then one response document with Q entries naming people whose names others share (so they wait).
const rows = generateRows(n, 13);
const records = rows.map(([id, zh, en, , gender, by, ethnicity, province]) => ({
  id, names: deriveNames({ zh, en, aliases: [], ethnicity }), gender, birth: { value: String(by), precision: 'year' }, ethnicity, province, sources: [], status: 'serving',
}));
inTransaction(db, () => { const write = makeRecordWriter(db, { origin: 'import', at: AT }); for (const r of records) write(r, 'bench'); });
// As `dialist import` does: the name index is written with the records, so a search reads it.
refreshNameIndex(db);
const matcher = createMatcher(records);
const r = rng(3);
const docId = insertDocument(db, { sha256: 'bench', fileName: 'bench-response.txt', kind: 'text', received: '2027-03-20', at: AT, text: '' });
let seq = 0;
inTransaction(db, () => {
  while (seq < q) {
    const rec = records[Math.floor(r() * records.length)];
    const name = rec.names.zh ?? rec.names.en;
    const m = matcher.matchName(name);
    if (m.decision === 'auto' || m.candidates.length < 2) continue;
    seq++;
    const facts = { name, status: 'released', events: [{ type: 'released', date: { value: `202${seq % 5}-0${1 + (seq % 9)}`, precision: 'month' } }], prison: { zh: '某监狱' } };
    insertMatchedEntry(db, docId, { seq, facts, source: { paragraph: seq, text: `${name}，已释放。` }, recordId: m.id, decision: m.decision, confidence: m.confidence, reason: m.reason, candidates: m.candidates }, AT);
  }
});

const ms = (t) => +(performance.now() - t).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return +s[Math.floor(s.length / 2)].toFixed(2); };

// The look for probable duplicates runs once after records change (here: after the import), then is stored.
let t = performance.now();
const scan = refreshDuplicates(db, { force: true });
const scanSeconds = +(ms(t) / 1000).toFixed(1);

// Opening the queue: the session, the whole queue, the first item described (namesake counts included).
const opens = [];
let session;
let queue;
for (let i = 0; i < 3; i++) {
  t = performance.now();
  session = openReview(db, { by: 'bench' });
  queue = session.queue();
  session.describe(queue[0].item);
  opens.push(ms(t));
}

// Naive open: no stored evidence, so every waiting entry is matched again against a matcher built over all records.
t = performance.now();
const naiveMatcher = createMatcher(iterateRecords(db));
for (const item of queue.filter((x) => x.kind === 'entry')) naiveMatcher.matchName(item.name);
const naiveOpenMs = ms(t);

// Actions on live items: describe, accept (events + a newer status through the record writer), reload the queue,
// undo; reject; a new record; unsure.
const times = { describe: [], accept: [], refresh: [], reload: [], undo: [], reject: [], newRecord: [], unsure: [], naiveDescribe: [] };
const entries = queue.filter((x) => x.kind === 'entry');
for (let i = 0; i < actions; i++) {
  const item = entries[i].item;
  t = performance.now(); const v = session.describe(item); times.describe.push(ms(t));
  t = performance.now(); session.decide(item, { action: 'accept', recordId: v.candidates[0].id }, { seen: v.seen }); times.accept.push(ms(t));
  // What a screen does next: read the decided item again and show the next one (the whole queue only on g or undo).
  t = performance.now(); session.describe(item); session.describe(entries[i + 1].item); times.refresh.push(ms(t));
  t = performance.now(); session.queue(); times.reload.push(ms(t));
  t = performance.now(); session.undo(); times.undo.push(ms(t));
  t = performance.now(); session.decide(item, { action: 'reject', recordId: v.candidates[0].id }); times.reject.push(ms(t));
  session.undo();
  t = performance.now(); session.decide(item, { action: 'new-record' }); times.newRecord.push(ms(t));
  session.undo();
  t = performance.now(); session.decide(item, { action: 'unsure' }); times.unsure.push(ms(t));
  session.undo();
  // Naive describe: how common the name is, counted by scanning every record for this one item.
  t = performance.now(); session.describe(item); new NameCounts(db.prepare('SELECT pinyin, name_en, name_zh_s FROM records WHERE deleted_at IS NULL').raw().iterate()).reading(readingKey(v.name)); times.naiveDescribe.push(ms(t));
}

t = performance.now();
session.search(entries[0].name);
const firstSearchMs = ms(t);
const searches = [];
for (let i = 1; i < 21; i++) { t = performance.now(); session.search(entries[i].name); searches.push(ms(t)); }

console.log(JSON.stringify({
  records: n, items: queue.length, entryItems: entries.length, duplicatePairs: scan.pairs ?? 0, duplicateScanSeconds: scanSeconds,
  openMs: opens, naiveOpenMs, actions,
  describeMs: median(times.describe), acceptMs: median(times.accept), refreshMs: median(times.refresh), reloadMs: median(times.reload), undoMs: median(times.undo),
  rejectMs: median(times.reject), newRecordMs: median(times.newRecord), unsureMs: median(times.unsure), naiveDescribeMs: median(times.naiveDescribe),
  slowestActionMs: Math.max(...times.accept.map((x, i) => x + times.refresh[i]), ...times.undo, ...times.reject, ...times.newRecord, ...times.unsure, ...times.describe),
  firstSearchMs, searchMs: median(searches), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
