import { describe, expect, it } from 'vitest';
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, recordEvents } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';
import { cli } from '../helpers/cli.js';
import { sampleDb as sampleDbAt } from '../helpers/sample-db.js';

const samples = join(__dirname, '../../samples');
const responses = join(samples, 'responses');
const bad = join(__dirname, '../fixtures/ingest-bad');
const AT = '2027-03-02T00:00:00.000Z';

const sampleDb = () => sampleDbAt(AT);

describe('sample responses (golden): samples/responses/* -> test/fixtures/ingest/<file>.expected.json', () => {
  const goldenDir = join(__dirname, '../fixtures/ingest');
  for (const file of readdirSync(responses).sort()) {
    it(file, async () => {
      const db = await sampleDb();
      const [r] = await ingestBatch(db, [join(responses, file)], { at: AT });
      const actual = { outcome: r.outcome, diagnostics: r.diagnostics.map((d) => d.code), entries: r.entries.map((e) => ({ name: e.facts.name, recordId: e.recordId, decision: e.decision, facts: e.facts })) };
      const path = join(goldenDir, `${file}.expected.json`);
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, JSON.stringify(actual, null, 2) + '\n');
      expect(existsSync(path), `${path} missing: run UPDATE_GOLDEN=1 npm test and read the new file`).toBe(true);
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});

/** A DOCX-shaped ZIP whose document.xml inflates to `size` bytes of spaces (a zip bomb when large). */
function zipBomb(size: number): Buffer {
  const name = Buffer.from('word/document.xml');
  const raw = Buffer.alloc(size, 0x20);
  const data = deflateRawSync(raw, { level: 9 });
  const crc = crc32(raw);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(size, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20); central.writeUInt32LE(size, 24); central.writeUInt16LE(name.length, 28);
  const cdOffset = 30 + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('bad input fails alone, with a reason, and the batch goes on', () => {
  it.each([
    ['encrypted.pdf', 'ENCRYPTED', /password/],
    ['truncated.pdf', 'BAD_PDF', /truncated or damaged/],
    ['empty.txt', 'EMPTY', /empty/],
    ['random.pdf', 'NOT_TEXT', /not a document/],
    ['random.bin', 'NOT_TEXT', /not a document/],
  ])('%s -> %s', async (file, code, message) => {
    const db = await sampleDb();
    const [r] = await ingestBatch(db, [join(bad, file)]);
    expect(r.outcome).toBe('failed');
    expect(r.error?.code).toBe(code);
    expect(r.error?.message).toMatch(message);
  });

  it('reads an HTML page named .pdf as HTML', async () => {
    const db = await sampleDb();
    const [r] = await ingestBatch(db, [join(bad, 'mislabelled-html.pdf')]);
    expect(r.outcome).toBe('ingested');
    expect(r.entries.map((e) => [e.recordId, e.facts.status])).toEqual([['DEMO0001', 'serving']]);
  });

  it('refuses a DOCX that would inflate to gigabytes, before inflating it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-bomb-'));
    writeFileSync(join(dir, 'bomb.docx'), zipBomb(60 * 1024 * 1024));
    const db = await sampleDb();
    const before = process.memoryUsage().rss;
    const [r] = await ingestBatch(db, [join(dir, 'bomb.docx')]);
    expect(r.error?.code).toBe('DOCX_TOO_LARGE');
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('a batch with bad files ingests the good ones, reports each bad one, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-batch-'));
    for (const f of ['encrypted.pdf', 'random.pdf', 'random.bin', 'empty.txt']) copyFileSync(join(bad, f), join(dir, f));
    copyFileSync(join(responses, '2026-12-15-mfa-letter-zh.docx'), join(dir, 'good.docx'));
    const db = join(dir, 'b.db');
    await cli('--db', db, 'import', join(samples, 'records.csv'));
    const r = await cli('--db', db, 'ingest', dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('encrypted.pdf: failed ENCRYPTED');
    expect(r.err).toContain('random.pdf: failed NOT_TEXT');
    expect(r.err).toContain('empty.txt: failed EMPTY');
    expect(r.err).toMatch(/random\.bin: skipped/);
    // documents, ingested, duplicate, failed, entries, auto, review, unmatched
    expect(r.out).toMatch(/4\s+1\s+0\s+3\s+5\s+4\s+0\s+1/);
  });
});

describe('ingesting', () => {
  it.each([['big5', 'big5'], ['utf-16le', 'utf16le']])('reads a %s text response', async (label, encoding) => {
    const iconv = (await import('iconv-lite')).default;
    const dir = mkdtempSync(join(tmpdir(), 'dialist-enc-'));
    const text = '1. 張曉展，女，1983年出生，已刑滿釋放。\r\n2. 黃琪，男，現在四川省巴中監獄服刑。\r\n';
    const bytes = encoding === 'big5' ? iconv.encode(text, 'big5') : Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    writeFileSync(join(dir, `${label}.txt`), bytes);
    const db = await sampleDb();
    const [r] = await ingestBatch(db, [join(dir, `${label}.txt`)]);
    expect(r.entries.map((e) => [e.recordId, e.facts.status])).toEqual([['DEMO0076', 'released'], ['DEMO0022', 'serving']]);
  });

  it('reads a table in traditional characters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-trad-'));
    writeFileSync(join(dir, 't.html'), '<table><tr><td>姓名</td><td>性別</td><td>罪名</td><td>刑期</td><td>現狀</td></tr><tr><td>張曉展</td><td>女</td><td>尋釁滋事罪</td><td>有期徒刑四年</td><td>已刑滿釋放</td></tr></table>');
    const db = await sampleDb();
    const [r] = await ingestBatch(db, [join(dir, 't.html')]);
    expect(r.entries.map((e) => [e.recordId, e.facts.status, e.facts.charge?.zh, e.facts.sentence?.months])).toEqual([['DEMO0076', 'released', '寻衅滋事罪', 48]]);
  });

  it('OCR leaves no files in the working directory', () => {
    // The sample scans above went through OCR with this working directory.
    expect(readdirSync(process.cwd()).filter((f) => /traineddata|\.tessdata|^eng|^chi_/.test(f))).toEqual([]);
  });

  it('re-ingesting the same file is a duplicate and changes nothing', async () => {
    const db = await sampleDb();
    const file = join(responses, '2026-12-15-mfa-letter-zh.docx');
    const [first] = await ingestBatch(db, [file]);
    const count = () => (db.prepare('SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM entries) + (SELECT count(*) FROM events) + (SELECT count(*) FROM match_decisions) AS n').get() as { n: number }).n;
    const before = count();
    const [again] = await ingestBatch(db, [file]);
    expect(first.outcome).toBe('ingested');
    expect(again.outcome).toBe('duplicate');
    expect(count()).toBe(before);
  });

  it('puts facts on a record only through an auto match', async () => {
    const db = await sampleDb();
    await ingestBatch(db, [join(responses, '2026-12-15-mfa-letter-zh.docx')]);
    expect(recordEvents(db, 'DEMO0001').map((e) => [e.type, e.date, e.months])).toEqual([['sentenced', '2015-03-12', null], ['sentence_reduced', '2019-06', 12]]);
    // 王军 with no context would be two people: it reaches review, and no record gets its news.
    const dir = mkdtempSync(join(tmpdir(), 'dialist-amb-'));
    writeFileSync(join(dir, 'a.txt'), '1. 王军，2020年刑满释放。\n');
    const before = [recordEvents(db, 'DEMO0007').length, recordEvents(db, 'DEMO0008').length];
    const [r] = await ingestBatch(db, [join(dir, 'a.txt')]);
    expect(r.entries[0].decision).toBe('review');
    expect(r.entries[0].facts.events).toEqual([{ type: 'released', date: { value: '2020', precision: 'year' } }]);
    expect([recordEvents(db, 'DEMO0007').length, recordEvents(db, 'DEMO0008').length]).toEqual(before);
  });

  it('prefers the people on the list the response answers, without auto-accepting a namesake', async () => {
    const db = await sampleDb();
    db.prepare("INSERT INTO lists (title, recipient, date, created_at) VALUES ('t','r','2026-01-01','x')").run();
    db.prepare("INSERT INTO list_items VALUES (1, 1, 'DEMO0008')").run();
    const dir = mkdtempSync(join(tmpdir(), 'dialist-list-'));
    writeFileSync(join(dir, 'a.txt'), '1. 王军，现在服刑。\n');
    const [r] = await ingestBatch(db, [join(dir, 'a.txt')], { listId: 1 });
    expect(r.entries[0].candidates[0].id).toBe('DEMO0008');
    expect(r.entries[0].decision).toBe('review');
  });

  it('--json prints one line per document in the documented shape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-json-'));
    const db = join(dir, 'j.db');
    await cli('--db', db, 'import', join(samples, 'records.csv'));
    const r = await cli('--db', db, '--json', 'ingest', join(responses, '2027-01-08-embassy-letter-en.pdf'), join(bad, 'empty.txt'));
    const [ok, failed] = r.lines();
    expect(ok).toMatchObject({ file: '2027-01-08-embassy-letter-en.pdf', outcome: 'ingested' });
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.entries[0]).toMatchObject({ name: 'Liu Xianwen (刘贤文)', recordId: 'DEMO0015', decision: 'auto', status: 'released', sentence: { kind: 'fixed', months: 120 }, source: { page: 1 } });
    expect(failed).toMatchObject({ file: 'empty.txt', outcome: 'failed', error: { code: 'EMPTY' }, entries: [] });
  });
});
