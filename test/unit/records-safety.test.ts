// Issue 13, items 1, 2, 10, 11, 13 (names bounded), 19: nothing lost, nothing wrong written on import.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openDb, getRecord, iterateRecords } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';
import { createList, issueList, renderList, layoutForList } from '../../src/pipeline/lists.js';
import { readDocument } from '../../src/responses/index.js';
import { table, printDiagnostics, printJson } from '../../src/cli/io.js';
import { cli } from '../helpers/cli.js';

const samples = join(__dirname, '../../samples');
const tmp = () => mkdtempSync(join(tmpdir(), 'dialist-safety-'));
const AT = '2026-05-01T00:00:00.000Z';
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** A database file holding samples/records.csv. */
async function sampleDbFile(): Promise<{ dir: string; db: string }> {
  const dir = tmp();
  const db = join(dir, 's.db');
  expect((await cli('--db', db, 'import', join(samples, 'records.csv'))).code).toBe(0);
  return { dir, db };
}

describe('1. a partial re-import keeps what the file does not mention', () => {
  it('a file with id, name_zh and status changes the status and nothing else', async () => {
    const { dir, db } = await sampleDbFile();
    const before = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0];
    writeFileSync(join(dir, 'u.csv'), 'id,name_zh,status\nDEMO0001,朱东,released\n');
    const r = await cli('--db', db, '--json', 'import', join(dir, 'u.csv'));
    expect(r.lines()[0]).toMatchObject({ updated: 1, created: 0 });
    const after = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0];
    expect(after.status).toBe('released');
    for (const k of ['gender', 'birth', 'province', 'ethnicity', 'charge', 'sentence', 'prison', 'sources']) expect(after[k], k).toEqual(before[k]);
    expect(after.names).toEqual(before.names);
  });

  it('an empty cell clears its field only with --clear-empty, which import --help explains', async () => {
    const { dir, db } = await sampleDbFile();
    writeFileSync(join(dir, 'e.csv'), 'id,name_zh,prison,notes\nDEMO0001,朱东,,\n');
    expect((await cli('--db', db, '--json', 'import', join(dir, 'e.csv'))).lines()[0]).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0].prison).toBe('北京市第二监狱');
    expect((await cli('--db', db, '--json', 'import', '--clear-empty', join(dir, 'e.csv'))).lines()[0]).toMatchObject({ updated: 1 });
    const cleared = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0];
    expect(cleared.prison).toBeUndefined();
    expect(cleared.charge).toBe('煽动颠覆国家政权罪');
    expect((await cli('import', '--help')).out).toContain('--clear-empty');
  });

  it('a birth_year column does not throw away a full birth date of the same year', async () => {
    const dir = tmp();
    const db = openDb(':memory:');
    writeFileSync(join(dir, 'a.csv'), 'id,name_zh,birth_date\nB1,王五,1970-03-12\n');
    await importRecords(db, join(dir, 'a.csv'));
    writeFileSync(join(dir, 'b.csv'), 'id,name_zh,birth_year,status\nB1,王五,1970,serving\n');
    await importRecords(db, join(dir, 'b.csv'));
    expect(getRecord(db, 'B1')).toMatchObject({ birth: { value: '1970-03-12', precision: 'day' }, status: 'serving' });
  });

  it('records show --history gives old and new values field by field', async () => {
    const { dir, db } = await sampleDbFile();
    writeFileSync(join(dir, 'u.csv'), 'id,name_zh,status,prison\nDEMO0001,朱东,released,\n');
    await cli('--db', db, 'import', join(dir, 'u.csv'));
    const h = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0].history;
    expect(h).toHaveLength(2);
    expect(h[0]).toMatchObject({ n: 1, action: 'create', origin: 'import', ref: 'records.csv:2' });
    expect(h[1]).toMatchObject({ n: 2, action: 'update', origin: 'import', ref: 'u.csv:2', changes: [{ field: 'status', before: 'serving', after: 'released' }] });
    const text = (await cli('--db', db, 'records', 'show', 'DEMO0001', '--history')).out;
    expect(text).toMatch(/status:\s+serving\s+->\s+released/);
  });

  it('restores a whole record, or one field, from its history; each restore is a new history row', async () => {
    const { dir, db } = await sampleDbFile();
    writeFileSync(join(dir, 'u.csv'), 'id,name_zh,name_en,status,prison\nDEMO0001,朱冬,Zhu Dong,released,某监狱\n');
    await cli('--db', db, 'import', join(dir, 'u.csv'));
    const one = await cli('--db', db, 'records', 'restore', 'DEMO0001', '--to', '1', '--field', 'status');
    expect(one.code, one.err).toBe(0);
    let r = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0];
    expect([r.status, r.prison, r.names.zh]).toEqual(['serving', '某监狱', '朱冬']);
    expect(r.history.at(-1)).toMatchObject({ n: 3, action: 'restore', origin: 'person', changes: [{ field: 'status', before: 'released', after: 'serving' }] });
    expect((await cli('--db', db, 'records', 'restore', 'DEMO0001', '--to', '1')).code).toBe(0);
    r = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0];
    expect([r.status, r.prison, r.names.zh, r.names.zhTraditional, r.names.pinyin]).toEqual(['serving', '北京市第二监狱', '朱东', '朱東', 'Zhū Dōng']);
    expect(r.history).toHaveLength(4);
    const bad = await cli('--db', db, 'records', 'restore', 'DEMO0001', '--to', '9');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('DEMO0001');
  });

  it('records delete is soft: gone from list, search, match, export and new lists; kept on handed-over lists; restore brings it back', async () => {
    const { dir, db } = await sampleDbFile();
    const d = openDb(db);
    const { list } = createList(d, { title: 'T', recipient: 'R', date: '2026-01-02', selection: { ids: ['DEMO0001', 'DEMO0002'] } });
    await renderList(d, list!.id, { formats: ['docx'], outDir: dir });
    issueList(d, list!.id);
    d.close();

    const del = await cli('--db', db, 'records', 'delete', 'DEMO0001');
    expect(del.code, del.err).toBe(0);
    expect((await cli('--db', db, '--json', 'records', 'list', '--limit', '500')).lines().map((r) => r.id)).not.toContain('DEMO0001');
    expect((await cli('--db', db, '--json', 'records', 'search', 'Zhu Dong')).lines().map((r) => r.id)).not.toContain('DEMO0001');
    writeFileSync(join(dir, 'n.csv'), 'name\n朱东\n');
    expect((await cli('--db', db, '--json', 'match', join(dir, 'n.csv'))).lines()[0].id).not.toBe('DEMO0001');
    await cli('--db', db, 'records', 'export', '--out', join(dir, 'x.csv'));
    expect(readFileSync(join(dir, 'x.csv'), 'utf8')).not.toContain('DEMO0001');
    const byId = await cli('--db', db, 'list', 'create', '--title', 'T2', '--recipient', 'R', '--date', '2026-02-02', '--ids', 'DEMO0001');
    expect(byId.code).toBe(1);
    expect(byId.err).toContain('DEMO0001');
    const byFilter = await cli('--db', db, '--json', 'list', 'create', '--title', 'T3', '--recipient', 'R', '--date', '2026-02-02', '--filter', 'status=serving');
    const carried = await cli('--db', db, '--json', 'list', 'create', '--title', 'T4', '--recipient', 'R', '--date', '2026-02-02', '--carry-forward');
    const d2 = openDb(db);
    expect(layoutForList(d2, byFilter.lines()[0].id).list.recordIds).not.toContain('DEMO0001');
    const carriedIds = layoutForList(d2, carried.lines()[0].id).list.recordIds;
    expect(carriedIds).toContain('DEMO0002');
    expect(carriedIds).not.toContain('DEMO0001');
    expect(layoutForList(d2, list!.id).layout.rows.map((row) => row.flat().join(' ')).join('\n')).toContain('朱东');
    d2.close();
    // Re-importing the file that created it does not bring it back silently.
    const again = await cli('--db', db, '--json', 'import', join(samples, 'records.csv'));
    expect(again.lines()[0].diagnostics.map((x: { code: string }) => x.code)).toContain('RECORD_DELETED');
    expect((await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0]).toMatchObject({ deleted: true });

    expect((await cli('--db', db, 'records', 'restore', 'DEMO0001')).code).toBe(0);
    expect((await cli('--db', db, '--json', 'records', 'search', 'Zhu Dong')).lines().map((r) => r.id)).toContain('DEMO0001');
    const h = (await cli('--db', db, '--json', 'records', 'show', 'DEMO0001')).lines()[0].history;
    expect(h.map((x: { action: string }) => x.action)).toEqual(['create', 'delete', 'undelete']);
  });
});

// Values a spreadsheet, a CSV parser or a careless exporter gets wrong. Written as JSON so that every value is
// exactly as stored (a CSV file written by a person has its formula guards removed on import).
const NASTY = [
  {
    id: 'N1', name_zh: '朱东', name_en: '=Zhu Dong', gender: 'M', birth_year: '1968', birth_date: '1968-03-12',
    aliases: 'english:=Tony;religious:释明山；pen:山人;-dash;@at;english:张三;other:Tony O;other:pen:笔名',
    ethnicity: 'Han', province: '北京', religion: '@home', detention_date: '2015-03', charge: '+86 charge, with comma',
    sentence: '11 years 6 months', prison: '-5 floor', status: 'serving',
    sources: 'official: =gov;@twitter;unofficial: official: x', notes: 'He said "hi",\nthen left; ok\r\nand\tthen',
  },
  {
    id: 'N2', name_zh: '單偉明', name_en: "'=quoted", gender: 'F', birth_year: 1972, ethnicity: 'Uyghur', province: '新疆',
    religion: "'@x", detention_date: '2016', charge: '煽动颠覆国家政权罪', sentence: '无期徒刑', prison: '新疆, 第一监狱',
    status: 'released', sources: ['a', 'b'], notes: "'abc",
  },
  { id: 'N3', name_en: 'Chan Tai-man', aliases: ['pen:Ah Man'], sentence: '死缓', notes: '-' },
];

async function exportAs(db: string, format: string, out: string): Promise<void> {
  const r = await cli('--db', db, 'records', 'export', '--format', format, '--out', out);
  expect(r.code, r.err).toBe(0);
}

describe('2. export -> import changes nothing', () => {
  for (const format of ['csv', 'xlsx', 'json']) {
    it(`${format}: nasty values survive export and re-import, into the same database and a new one`, async () => {
      const dir = tmp();
      const db = join(dir, 'a.db');
      writeFileSync(join(dir, 'nasty.json'), JSON.stringify(NASTY));
      const first = await cli('--db', db, '--json', 'import', join(dir, 'nasty.json'));
      expect(first.lines()[0], first.err).toMatchObject({ created: 3 });
      const records = [...iterateRecords(openDb(db))];
      expect(records[0].names.en).toBe('=Zhu Dong');
      expect(records[1].names.en).toBe("'=quoted");
      expect(records[1].notes).toBe("'abc");
      expect(records[0].notes).toBe('He said "hi",\nthen left; ok\nand\tthen');
      expect(records[0].names.aliases).toHaveLength(8);

      const out = join(dir, `out.${format}`);
      await exportAs(db, format, out);
      const same = await cli('--db', db, '--json', 'import', out);
      expect(same.code, same.err).toBe(0);
      const summary = same.lines()[0];
      expect(summary).toMatchObject({ imported: true, created: 0, updated: 0, unchanged: 3 });
      expect(summary.diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);

      const db2 = join(dir, 'b.db');
      expect((await cli('--db', db2, '--json', 'import', out)).lines()[0]).toMatchObject({ created: 3 });
      expect([...iterateRecords(openDb(db2))]).toEqual(records);
      const out2 = join(dir, `again.${format}`);
      await exportAs(db2, format, out2);
      if (format !== 'xlsx') expect(readFileSync(out2)).toEqual(readFileSync(out));
    });
  }
});

describe('10. JSON records with the wrong types are refused, not coerced', () => {
  it('reports BAD_TYPE naming the row and the field', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.json'), JSON.stringify([
      { id: 'J1', name_zh: ['钱', '进'] },
      { id: 'J2', name_zh: 42 },
      { id: 'J3', name_zh: '王五', birth_year: 1970, aliases: ['Wang Wu', 'religious:释五'] },
      'not a record',
      { id: 'J5', name_zh: '赵六', gender: { value: 'M' } },
    ]));
    const db = openDb(':memory:');
    const s = await importRecords(db, join(dir, 'r.json'));
    expect(s.imported).toBe(false);
    const bad = s.diagnostics.filter((d) => d.code === 'BAD_TYPE').map((d) => `${d.place.row}:${d.place.column ?? ''}`);
    expect(bad).toEqual(['1:name_zh', '2:name_zh', '4:', '5:gender']);
    const skip = await importRecords(db, join(dir, 'r.json'), { skipInvalid: true });
    expect(skip).toMatchObject({ imported: true, created: 1, skipped: 4 });
    expect(getRecord(db, 'J3')).toMatchObject({ birth: { value: '1970' }, names: { aliases: [{ kind: 'english', name: 'Wang Wu' }, { kind: 'religious', name: '释五' }] } });
  });
});

describe('11. control characters and direction overrides', () => {
  it('are removed from names and text at import, with a warning naming row and column', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.csv'), 'id,name_zh,name_en,aliases,notes\nC1,\u202e明李,Li\u001b[2J Ming\u0000,\u2066Ah\u2069 Ming;x\u009b31m,note\u200f\n');
    const db = openDb(':memory:');
    const s = await importRecords(db, join(dir, 'c.csv'));
    expect(s.imported).toBe(true);
    const r = getRecord(db, 'C1')!;
    expect(r.names.zh).toBe('明李');
    expect(r.names.en).toBe('Li[2J Ming');
    expect(r.names.aliases.map((a) => a.name)).toEqual(['Ah Ming', 'x31m']);
    expect(r.notes).toBe('note');
    expect(JSON.stringify(r)).not.toMatch(CONTROLS);
    const warned = s.diagnostics.filter((d) => d.code === 'CONTROL_CHARACTERS').map((d) => `${d.place.row}:${d.place.column}`);
    expect(warned).toEqual(['2:name_zh', '2:name_en', '2:aliases', '2:notes']);
  });

  it('are removed from response documents as they are read', async () => {
    const letter = '\u202e朱东\u202c，男，1968年出生，现在北京市第二监狱服刑，身体状况良好。\n\u001b]0;pwned\u0007李明，女，1970年出生，已于2020年刑满释放。\n';
    const read = await readDocument(Buffer.from(letter));
    expect(read.ok).toBe(true);
    if (read.ok) for (const b of read.document.blocks) expect(b.text).not.toMatch(CONTROLS);
    const { db } = await sampleDbFile();
    const dir = tmp();
    writeFileSync(join(dir, 'reply.txt'), '经查：\n一、\u202e朱东\u202c，男，1968年出生，现在北京市第二监狱服刑。\n');
    const [out] = await ingestBatch(openDb(db), [join(dir, 'reply.txt')], { at: AT });
    expect(out.entries[0].facts.name).toBe('朱东');
    expect(out.entries[0].recordId).toBe('DEMO0001');
  });

  it('are escaped on terminal output: tables, diagnostics and JSON', () => {
    const t = table([['ID', 'Name'], ['X1', 'a\u001b[2Jb\u202e\u009b']]);
    expect(t).not.toMatch(CONTROLS);
    expect(t).toContain('\\x1b');
    let err = '';
    let out = '';
    const io = { out: (s: string) => void (out += s), err: (s: string) => void (err += s), tty: false };
    printDiagnostics(io, [{ code: 'X', severity: 'warning', place: { file: 'f\u001b[31m.csv' }, message: 'm\u009b\u202e', found: '\u0007' }]);
    printJson(io, { name: 'a\u009bb\u202ec\u001b' });
    expect(err.trimEnd()).not.toMatch(CONTROLS);
    expect(out.trimEnd()).not.toMatch(CONTROLS);
    expect(JSON.parse(out).name).toBe('a\u009bb\u202ec\u001b');
  });

  it('records show prints a stored escape sequence escaped', async () => {
    const dir = tmp();
    const dbFile = join(dir, 'x.db');
    const db = openDb(dbFile);
    db.prepare("INSERT INTO records (id, data, created_at, updated_at) VALUES ('E1', ?, 'x', 'x')").run(JSON.stringify({ id: 'E1', names: { zh: '王\u001b[2J五', aliases: [] }, sources: [], notes: 'n\u202e' }));
    db.close();
    const r = await cli('--db', dbFile, 'records', 'show', 'E1');
    expect(r.out).not.toMatch(CONTROLS);
    const l = await cli('--db', dbFile, 'records', 'list');
    expect(l.out).not.toMatch(CONTROLS);
  });

  it('a list warns about characters the embedded font cannot print, naming the record and the character', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 't.csv'), 'id,name_zh,name_en,prison\nT1,扎西,Tashi བཀྲ་ཤིས,Drapchi\nT2,王五,Wang Wu,北京\n');
    const db = openDb(':memory:');
    await importRecords(db, join(dir, 't.csv'));
    const { list } = createList(db, { title: 'T', recipient: 'R', date: '2026-01-02', template: 'bilingual-table', selection: { ids: ['T1', 'T2'] } });
    const { diagnostics } = await renderList(db, list!.id, { formats: ['docx'], outDir: dir });
    const missing = diagnostics.filter((d) => d.code === 'UNPRINTABLE_CHARACTER');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0].message).toContain('T1');
    expect(missing[0].found).toMatch(/U\+0F[0-9A-F]{2}/);
    expect(missing.some((d) => d.message.includes('T2'))).toBe(false);
  });
});

describe('13. names are bounded in length', () => {
  it('import refuses a name over 100 characters, naming the row and column', async () => {
    const dir = tmp();
    const long = '王'.repeat(300);
    writeFileSync(join(dir, 'l.csv'), `id,name_zh,name_en,aliases\nL1,${long},,\nL2,${'李'.repeat(100)},,\nL3,王五,,${'a'.repeat(101)}\n`);
    const db = openDb(':memory:');
    const s = await importRecords(db, join(dir, 'l.csv'), { skipInvalid: true });
    const too = s.diagnostics.filter((d) => d.code === 'NAME_TOO_LONG').map((d) => `${d.place.row}:${d.place.column}:${d.severity}`);
    expect(too).toEqual(['2:name_zh:error', '4:aliases:error']);
    expect(s.created).toBe(1);
    expect(getRecord(db, 'L2')).toBeDefined();
  });

  it('ingest does not match a name over 100 characters and says why', async () => {
    const { db } = await sampleDbFile();
    const dir = tmp();
    const long = '朱东'.repeat(200);
    writeFileSync(join(dir, 'reply.html'), `<html><body><table><tr><th>姓名</th><th>现状</th></tr><tr><td>${long}</td><td>服刑中</td></tr><tr><td>朱东</td><td>服刑中</td></tr></table></body></html>`);
    const [out] = await ingestBatch(openDb(db), [join(dir, 'reply.html')], { at: AT });
    expect(out.outcome).toBe('ingested');
    const codes = out.diagnostics.map((d) => d.code);
    expect(codes).toContain('NAME_TOO_LONG');
    const longEntry = out.entries.find((e) => e.facts.name.length > 100)!;
    expect(longEntry).toMatchObject({ decision: 'none', recordId: null });
  });
});

describe('19. the file kind and the delimiter are read from the content', () => {
  it('reads semicolon- and tab-separated files', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'semi.csv'), 'id;name_zh;name_en;aliases;province\nS1;朱东;Zhu Dong;"Tony; Z";"北京"\nS2;王五;"Wang, Wu";;湖南\n');
    writeFileSync(join(dir, 'tab.csv'), 'id\tname_zh\tname_en\nT1\t李明\tLi Ming\n');
    const db = openDb(':memory:');
    const semi = await importRecords(db, join(dir, 'semi.csv'));
    expect(semi, JSON.stringify(semi.diagnostics)).toMatchObject({ imported: true, created: 2 });
    expect(getRecord(db, 'S2')?.names.en).toBe('Wang, Wu');
    expect(getRecord(db, 'S1')?.names.aliases.map((a) => a.name)).toEqual(['Tony', 'Z']);
    expect(await importRecords(db, join(dir, 'tab.csv'))).toMatchObject({ imported: true, created: 1 });
  });

  it('reads an XLSX named .csv as XLSX, and a CSV or JSON named .xlsx by what it holds', async () => {
    const dir = tmp();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('r');
    ws.addRow(['id', 'name_zh']);
    ws.addRow(['X1', '朱东']);
    writeFileSync(join(dir, 'really-xlsx.csv'), Buffer.from(await wb.xlsx.writeBuffer()));
    writeFileSync(join(dir, 'really-csv.xlsx'), 'id,name_zh\nX2,王五\n');
    writeFileSync(join(dir, 'really-json.csv'), JSON.stringify([{ id: 'X3', name_zh: '李明' }]));
    writeFileSync(join(dir, 'junk.xlsx'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    const db = openDb(':memory:');
    for (const [file, id] of [['really-xlsx.csv', 'X1'], ['really-csv.xlsx', 'X2'], ['really-json.csv', 'X3']]) {
      const s = await importRecords(db, join(dir, file));
      expect(s, `${file}: ${JSON.stringify(s.diagnostics)}`).toMatchObject({ imported: true, created: 1 });
      expect(getRecord(db, id), file).toBeDefined();
    }
    const junk = await importRecords(db, join(dir, 'junk.xlsx'));
    expect(junk.imported).toBe(false);
    expect(junk.diagnostics.map((d) => d.code)).toEqual(['XLSX_UNREADABLE']);
  });
});
