import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, getList } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { createList, issueList, layoutForList, renderList } from '../../src/pipeline/lists.js';
import { readPdfText } from '../../src/responses/readers/pdf.js';
import { readDocx } from '../../src/responses/readers/docx.js';
import { generateRows, toCsv } from '../../bench/generate.mjs';
import { cli } from '../helpers/cli.js';
import { sampleDb as sampleDbAt } from '../helpers/sample-db.js';

const samples = join(__dirname, '../../samples');
const tmp = () => mkdtempSync(join(tmpdir(), 'dialist-lists-'));
const AT = '2026-11-27T10:00:00.000Z';

const sampleDb = () => sampleDbAt(AT);

describe('list layout (golden): test/fixtures/lists/<case>/{list.json, expected-layout.json}', () => {
  const root = join(__dirname, '../fixtures/lists');
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const spec = JSON.parse(readFileSync(join(root, name, 'list.json'), 'utf8'));
      const db = await sampleDb();
      const { list } = createList(db, { ...spec, at: AT });
      const { layout } = layoutForList(db, list.id);
      const path = join(root, name, 'expected-layout.json');
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, JSON.stringify(layout, null, 2) + '\n');
      expect(existsSync(path), `${path} missing: run UPDATE_GOLDEN=1 npm test and read the new file`).toBe(true);
      expect(JSON.parse(JSON.stringify(layout))).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    });
  }

  it('renders byte-identical PDFs for the same list (dates in the file are the list date)', async () => {
    const db = await sampleDb();
    const { list } = createList(db, { title: '名单 / List', recipient: 'R', date: '2026-01-02', selection: { filter: 'status=serving' } });
    const a = await renderList(db, list!.id, { formats: ['pdf'], outDir: tmp() });
    const b = await renderList(db, list!.id, { formats: ['pdf'], outDir: tmp() });
    expect(a.files[0].sha256).toBe(b.files[0].sha256);
  });

  it('is the same every time', async () => {
    const db = await sampleDb();
    const { list } = createList(db, { title: 'T', recipient: 'R', date: '2026-01-02', selection: { filter: 'status=serving' } });
    expect(JSON.stringify(layoutForList(db, list.id).layout)).toBe(JSON.stringify(layoutForList(db, list.id).layout));
  });
});

describe('a 300-name list from 3,000 records', () => {
  it('reads back every name in characters and tone-marked pinyin from the PDF and the DOCX', async () => {
    const dir = tmp();
    const rows = generateRows(3000, 3);
    rows[0] = ['S000001', '朱东', '', '', 'M', 1968, 'Han', 'Beijing'];
    writeFileSync(join(dir, 'r.csv'), toCsv(rows));
    const db = openDb(join(dir, 'l.db'));
    await importRecords(db, join(dir, 'r.csv'));
    const ids = rows.filter((_, i) => i % 10 === 0).map((r) => String(r[0]));
    expect(ids).toHaveLength(300);
    const { list } = createList(db, { title: '名单 / List', recipient: 'Test recipient', date: '2026-11-27', selection: { ids } });
    const { files } = await renderList(db, list.id, { formats: ['pdf', 'docx'], outDir: dir });
    const { layout } = layoutForList(db, list.id);
    const pdf = await readPdfText(readFileSync(files[0].path));
    const pdfText = pdf.pages.map((p) => p.text).join('\n').normalize('NFC');
    const docx = (await readDocx(readFileSync(files[1].path))).text.normalize('NFC');
    const names = layout.rows.map((r) => ({ zh: r[2][0], pinyin: r[1][0] }));
    expect(names[0]).toEqual({ zh: '朱东', pinyin: 'Zhū Dōng' });
    for (const n of names) {
      expect(pdfText, n.zh).toContain(n.zh);
      expect(pdfText, n.pinyin).toContain(n.pinyin);
      expect(docx, n.zh).toContain(n.zh);
      expect(docx, n.pinyin).toContain(n.pinyin);
    }
    const pages = pdf.pages.length;
    expect(pages).toBeGreaterThan(5);
    expect(pdf.pages[0].text).toContain(`第 1 页 / 共 ${pages} 页 · Page 1 of ${pages}`);
    expect(pdf.pages[pages - 1].text).toContain(`Page ${pages} of ${pages}`);
    // The header is repeated on every page.
    for (const p of pdf.pages) expect(p.text).toContain('Name (pinyin)');
  });
});

describe('DOCX page setup', () => {
  it.each([['bilingual-table', 'landscape'], ['compact', 'portrait']])('%s is %s A4', async (template, orientation) => {
    const dir = tmp();
    const db = await sampleDb();
    const { list } = createList(db, { title: 'T', recipient: 'R', date: '2026-11-27', template, selection: { ids: ['DEMO0001'] } });
    const { files } = await renderList(db, list!.id, { formats: ['docx'], outDir: dir });
    // jszip is a dependency of docx itself.
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(readFileSync(files[0].path))).file('word/document.xml')!.async('string');
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)![1];
    const w = Number(/w:w="(\d+)"/.exec(size)![1]);
    const h = Number(/w:h="(\d+)"/.exec(size)![1]);
    expect(orientation === 'landscape' ? w > h : w < h).toBe(true);
    expect([w, h].sort((a, b) => a - b)).toEqual([11906, 16838]);
    expect(size.includes('w:orient="landscape"')).toBe(orientation === 'landscape');
  });
});

describe('handing a list over', () => {
  it('freezes what was printed: later record edits do not change it', async () => {
    const dir = tmp();
    const db = openDb(join(dir, 'f.db'));
    await importRecords(db, join(samples, 'records.csv'));
    const { list } = createList(db, { title: 'T', recipient: 'R', date: '2026-11-27', selection: { ids: ['DEMO0001', 'DEMO0002'] } });
    expect(() => issueList(db, list.id)).toThrow(/not been rendered/);
    await renderList(db, list.id, { formats: ['pdf', 'docx'], outDir: dir });
    const before = JSON.stringify(layoutForList(db, list.id).layout);
    issueList(db, list.id);
    // Change DEMO0001's sentence and status in the records.
    const csv = readFileSync(join(samples, 'records.csv'), 'utf8').replace('DEMO0001,朱东,Zhu Dong,,M,1968,Han,北京,,,煽动颠覆国家政权罪,11 years,北京市第二监狱,serving', 'DEMO0001,朱东,Zhu Dong,,M,1968,Han,北京,,,煽动颠覆国家政权罪,9 years,北京市第二监狱,released');
    writeFileSync(join(dir, 'changed.csv'), csv);
    expect((await importRecords(db, join(dir, 'changed.csv'))).updated).toBe(1);
    expect(JSON.stringify(layoutForList(db, list.id).layout)).toBe(before);
    const again = await renderList(db, list.id, { formats: ['pdf'], outDir: join(dir, 'again') });
    const text = (await readPdfText(readFileSync(again.files[0].path))).pages.map((p) => p.text).join('\n');
    expect(text).toContain('有期徒刑十一年');
    expect(text).not.toContain('有期徒刑九年');
    expect(getList(db, list.id)!.status).toBe('issued');
    const add = await cli('--db', join(dir, 'f.db'), 'list', 'add', String(list.id), '--ids', 'DEMO0003');
    expect(add.code).toBe(1);
    expect(add.err).toContain('frozen');
  });

  it('refuses to freeze a list whose records changed since it was rendered', async () => {
    const dir = tmp();
    const db = openDb(join(dir, 'g.db'));
    await importRecords(db, join(samples, 'records.csv'));
    const { list } = createList(db, { title: 'T', recipient: 'R', date: '2026-11-27', selection: { ids: ['DEMO0001'] } });
    await renderList(db, list.id, { formats: ['pdf'], outDir: dir });
    writeFileSync(join(dir, 'c.csv'), 'id,name_zh,name_en,gender,birth_year\nDEMO0001,朱东,Zhu Dong,M,1967\n');
    await importRecords(db, join(dir, 'c.csv'));
    expect(() => issueList(db, list.id)).toThrow(/render it again/);
  });
});

describe('list commands', () => {
  it('create --json prints the new id; selection by filter and carry-forward', async () => {
    const dir = tmp();
    const db = join(dir, 'c.db');
    await cli('--db', db, 'import', join(samples, 'records.csv'));
    const a = await cli('--db', db, '--json', 'list', 'create', '--title', 'A', '--recipient', 'UK FCDO', '--date', '2026-01-01', '--filter', 'ethnicity=Tibetan');
    expect(a.code).toBe(0);
    expect(a.lines()[0]).toMatchObject({ id: 1, records: 9 });
    const b = await cli('--db', db, '--json', 'list', 'create', '--title', 'B', '--recipient', 'UK FCDO', '--date', '2026-06-01', '--carry-forward');
    expect(b.lines()[0]).toMatchObject({ id: 2, records: 9 });
    const bad = await cli('--db', db, 'list', 'create', '--title', 'C', '--recipient', 'X', '--ids', 'NOPE1');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('NOPE1');
    const r = await cli('--db', db, '--json', 'list', 'render', '1', '--format', 'pdf', '--out', dir);
    expect(r.code).toBe(0);
    expect(existsSync(r.lines()[0].files[0].path)).toBe(true);
  });
});
