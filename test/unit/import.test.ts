import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, countRecords, getRecord, recordHistory } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { generateRows, toCsv } from '../../bench/generate.mjs';
import { cli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'dialist-test-'));

describe('importing records', () => {
  it('refuses a file with one bad row, naming the row, and imports nothing from it', async () => {
    const db = openDb(':memory:');
    const s = await importRecords(db, join(__dirname, '../../samples/records-bad-row.csv'));
    expect(s.imported).toBe(false);
    expect(countRecords(db)).toBe(0);
    const errors = s.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'BAD_BIRTH_YEAR', place: { file: 'records-bad-row.csv', row: 3, column: 'birth_year' }, found: 'nineteen-eighty' });
  });

  it('imports a sentence that is no prison term (a fine, 罚金, re-education through labour with no term) with a warning, keeping it in the notes; a sentence it cannot read still stops the file', async () => {
    const dir = tmp();
    const head = 'id,name_zh,name_en,aliases,gender,birth_year,ethnicity,province,charge,sentence,prison,status,notes';
    writeFileSync(join(dir, 'fine.csv'), [head, 'F1,王艳芳,Wang Yanfang,,F,,,,,罚金,,released,court 2019'].join('\n'));
    const db = openDb(':memory:');
    const s = await importRecords(db, join(dir, 'fine.csv'));
    expect(s.imported).toBe(true);
    expect(getRecord(db, 'F1')?.sentence).toBeUndefined();
    expect(getRecord(db, 'F1')?.notes).toBe('court 2019; sentence: 罚金');
    expect(s.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'BAD_SENTENCE', place: expect.objectContaining({ row: 2 }) }));
    writeFileSync(join(dir, 'rtl.csv'), [head, 'F3,张三,Zhang San,,M,,,,,re-education through labour,,released,'].join('\n'));
    const r = await importRecords(db, join(dir, 'rtl.csv'));
    expect(r.imported).toBe(true);
    expect(getRecord(db, 'F3')?.notes).toBe('sentence: re-education through labour');
    writeFileSync(join(dir, 'typo.csv'), [head, 'F2,王艳芳,Wang Yanfang,,F,,,,,11 yaers,,,'].join('\n'));
    const t = await importRecords(openDb(':memory:'), join(dir, 'typo.csv'));
    expect(t.imported).toBe(false);
  });

  it('imports the valid rows with --skip-invalid and says which were skipped', async () => {
    const dir = tmp();
    const r = await cli('--db', join(dir, 'x.db'), 'import', join(__dirname, '../../samples/records-bad-row.csv'), '--skip-invalid');
    expect(r.code).toBe(1);
    expect(r.err).toContain('records-bad-row.csv:3:birth_year');
    expect(r.out).toContain('2 created');
  });

  it('reads GB18030 with its characters intact', async () => {
    const db = openDb(':memory:');
    const s = await importRecords(db, join(__dirname, '../../samples/records-gb18030.csv'));
    expect(s.encoding).toBe('gb18030');
    expect(getRecord(db, 'GBK0004')?.names.zh).toBe('阿依古丽·吐尔逊');
    expect(getRecord(db, 'GBK0002')?.sentence).toEqual({ kind: 'fixed', months: 66 });
    expect(getRecord(db, 'GBK0002')?.status).toBe('serving');
  });

  it('re-importing the same file changes nothing and creates nothing twice', async () => {
    const db = openDb(':memory:');
    const file = join(__dirname, '../../samples/records.csv');
    const first = await importRecords(db, file);
    const again = await importRecords(db, file);
    expect(first.created).toBeGreaterThan(70);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: first.created });
    expect(recordHistory(db, 'DEMO0001')).toHaveLength(1);
  });

  it('keeps every change as history with what caused it', async () => {
    const dir = tmp();
    const db = openDb(join(dir, 'h.db'));
    writeFileSync(join(dir, 'a.csv'), 'id,name_zh,name_en,gender,birth_year\nH1,朱东,Zhu Dong,M,1968\n');
    await importRecords(db, join(dir, 'a.csv'));
    writeFileSync(join(dir, 'a.csv'), 'id,name_zh,name_en,gender,birth_year\nH1,朱东,Zhu Dong,M,1969\n');
    const s = await importRecords(db, join(dir, 'a.csv'));
    expect(s.updated).toBe(1);
    const h = recordHistory(db, 'H1');
    expect(h.map((c) => [c.origin, c.ref, c.before?.birth?.value ?? null, c.after.birth?.value])).toEqual([
      ['import', 'a.csv:2', null, '1968'],
      ['import', 'a.csv:2', '1968', '1969'],
    ]);
  });

  it('rows without an ID get a stable generated one, so re-import creates nothing twice', async () => {
    const dir = tmp();
    const db = openDb(join(dir, 'g.db'));
    writeFileSync(join(dir, 'g.csv'), 'name_zh,name_en,birth_year\n王军,Wang Jun,1970\n王军,Wang Jun,1985\n');
    await importRecords(db, join(dir, 'g.csv'));
    const again = await importRecords(db, join(dir, 'g.csv'));
    expect(again.created).toBe(0);
    expect(countRecords(db)).toBe(2);
  });

  it('3,000 records round-trip: show --json gives every field with the derived forms', async () => {
    const dir = tmp();
    const rows = generateRows(3000, 42);
    rows[0] = ['T000001', '朱东', 'Zhu Dong', 'english:Tony Zhu;religious:释东', 'M', 1968, 'Han', 'Beijing'];
    rows[1] = ['T000002', '單偉', '', '', 'F', 1975, '漢族', '廣東'];
    writeFileSync(join(dir, 'big.csv'), toCsv(rows));
    const imp = await cli('--db', join(dir, 'big.db'), '--json', 'import', join(dir, 'big.csv'));
    expect(imp.code).toBe(0);
    expect(imp.lines()[0]).toMatchObject({ rows: 3000, created: 3000 });
    const show = await cli('--db', join(dir, 'big.db'), '--json', 'records', 'show', 'T000001');
    const r = show.lines()[0];
    expect(r).toMatchObject({
      id: 'T000001', gender: 'M', birth: { value: '1968', precision: 'year' }, ethnicity: 'Han', province: 'Beijing',
      names: { zh: '朱东', zhSimplified: '朱东', zhTraditional: '朱東', pinyin: 'Zhū Dōng', en: 'Zhu Dong', aliases: [{ kind: 'english', name: 'Tony Zhu' }, { kind: 'religious', name: '释东' }] },
    });
    expect(r.history).toHaveLength(1);
    const r2 = (await cli('--db', join(dir, 'big.db'), '--json', 'records', 'show', 'T000002')).lines()[0];
    expect(r2.names).toMatchObject({ zh: '單偉', zhSimplified: '单伟', pinyin: 'Shàn Wěi' });
    expect(r2).toMatchObject({ gender: 'F', ethnicity: 'Han', province: 'Guangdong' });
  });
});
