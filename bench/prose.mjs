// Benchmark: prose responses against a full-size database. A "10-page" document is made of the real published
// texts in test/fixtures/real (news, UN reports, rulings, ministry answers: ~5,000 words and characters a page
// is generous) and ingested against 50,000 records (the real-text records plus synthetic ones), in process and as
// a whole `dialist ingest` command; beside it, the naive way of finding known names (every name of every record
// searched for in the text). Then memory along a batch, and time against length for long documents (linear).
// usage: node --expose-gc bench/prose.mjs [records=50000] [batch=30]
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { openDb, iterateRecords } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';
import { ingestStream } from '../dist/pipeline/ingest.js';
import { readDocument } from '../dist/responses/index.js';
import { generateRows, rng, toCsv } from './generate.mjs';

const nRecords = Number(process.argv[2] ?? 50000);
const batch = Number(process.argv[3] ?? 30);
const root = join(import.meta.dirname, '..');
const real = join(root, 'test/fixtures/real');
const dir = mkdtempSync(join(tmpdir(), 'dialist-bench-prose-'));
const dbPath = join(dir, 'bench.db');
const db = openDb(dbPath);
for (const f of readdirSync(join(real, 'records'))) await importRecords(db, join(real, 'records', f));
writeFileSync(join(dir, 'pad.csv'), toCsv(generateRows(nRecords - 300, 11)));
await importRecords(db, join(dir, 'pad.csv'));
const records = db.prepare('SELECT count(*) AS n FROM records').get().n;

// About ten pages of real texts, in reading order: each case's text as its reader gives it.
const pageChars = 2500;
const parts = [];
let length = 0;
for (const c of readdirSync(join(real, 'dev')).sort()) {
  const input = readdirSync(join(real, 'dev', c)).find((f) => f.startsWith('input.'));
  const read = await readDocument(readFileSync(join(real, 'dev', c, input)), { ocr: false });
  if (!read.ok) continue;
  const text = read.document.blocks.map((b) => b.text).join('\n\n');
  parts.push(text);
  length += text.length;
  if (length >= pageChars * 10) break;
}
const doc = parts.join('\n\n');
const docPath = join(dir, 'ten-pages.txt');
writeFileSync(docPath, doc);

// In process: the stored name index answers (nothing loads every record).
globalThis.gc?.();
let t = performance.now();
const first = await ingestStream(db, [docPath], { received: '2026-11-01' });
const inProcessSeconds = (performance.now() - t) / 1000;
db.close();

// Whole command, as a user runs it (a fresh copy of the document so it is not a duplicate).
writeFileSync(join(dir, 'ten-pages-2.txt'), doc + '\n\n(copy)');
t = performance.now();
execFileSync(process.execPath, [join(root, 'bin', 'dialist.js'), '--db', dbPath, 'ingest', join(dir, 'ten-pages-2.txt'), '--received', '2026-11-01', '--json'], { encoding: 'utf8' });
const commandSeconds = (performance.now() - t) / 1000;

// Naive: look for every name form of every record in the text (a loop over records).
const db2 = openDb(dbPath);
t = performance.now();
let naiveHits = 0;
for (const r of iterateRecords(db2)) {
  for (const n of [r.names.zh, r.names.zhSimplified, r.names.zhTraditional, r.names.en, r.names.pinyin, ...r.names.aliases.map((a) => a.name)]) {
    if (n && n.length >= 2 && doc.includes(n)) naiveHits++;
  }
}
const naiveSeconds = (performance.now() - t) / 1000;

// Memory along a batch of such documents (each a little different, so none is a duplicate).
const paths = [];
for (let i = 0; i < batch; i++) {
  const p = join(dir, `batch-${i}.txt`);
  writeFileSync(p, `${doc}\n\n(${i})`);
  paths.push(p);
}
globalThis.gc?.();
const heap = [];
t = performance.now();
await ingestStream(db2, paths, { received: '2026-11-01', onProgress: (done) => { if (done % Math.max(1, Math.floor(batch / 6)) === 0) { globalThis.gc?.(); heap.push(Math.round(process.memoryUsage().heapUsed / 1048576)); } } });
const batchSeconds = (performance.now() - t) / 1000;

// Long documents: time against length (segmenting is linear: twice the text, about twice the time).
const sizes = [];
const sur = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const giv = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文玉红梅海波鹏飞宇辉晓东雪琳晨阳浩然子轩思雨欣怡佳慧嘉俊博天';
const random = rng(7);
const pick = (s) => s[Math.floor(random() * s.length)];
for (const mb of [1, 2, 4]) {
  const lines = [];
  let bytes = 0;
  while (bytes < mb * 1048576) {
    const line = `据悉，罪犯${pick(sur)}${pick(giv)}${pick(giv)}，男，1970年出生，因煽动颠覆国家政权罪于2015年3月被判处有期徒刑十年，现在四川省川东监狱服刑。其同案犯${pick(sur)}${pick(giv)}${pick(giv)}于2018年减刑六个月。`;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  const p = join(dir, `long-${mb}.txt`);
  writeFileSync(p, lines.join('\n'));
  const d = openDb(join(dir, `long-${mb}.db`));
  await importRecords(d, join(root, 'samples/records.csv'));
  t = performance.now();
  const s = await ingestStream(d, [p]);
  sizes.push({ megabytes: mb, seconds: +((performance.now() - t) / 1000).toFixed(1), entries: s.entries });
  d.close();
}

console.log(JSON.stringify({
  records, pages: +(doc.length / pageChars).toFixed(1), characters: doc.length, entries: first.entries,
  inProcessSeconds: +inProcessSeconds.toFixed(2), commandSeconds: +commandSeconds.toFixed(2),
  naiveSeconds: +naiveSeconds.toFixed(2), naiveHits, batch, batchSeconds: +batchSeconds.toFixed(1), heapAfterGcAlongBatchMB: heap,
  long: sizes, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
db2.close();
rmSync(dir, { recursive: true, force: true });
