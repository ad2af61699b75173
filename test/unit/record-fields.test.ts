// The pure pieces behind partial re-import, history and the export round trip.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { PrisonerRecord } from '../../src/model/index.js';
import { asRecordId } from '../../src/model/index.js';
import {
  aliasesToText, detectDelimiter, diffRecords, mergeRecord, neutraliseFormula, parseAliases, parseRecordField, parseSources,
  removeFormulaGuard, sourcesToText,
} from '../../src/records/index.js';
import { deriveNames, normalizeText, removeControlCharacters } from '../../src/names/index.js';
import { MIGRATIONS } from '../../src/store/schema.js';
import { describeSentence, parseSentence } from '../../src/vocabulary/sentence.js';
import { migrate, recordHistory } from '../../src/store/index.js';

const record = (over: Partial<PrisonerRecord> = {}): PrisonerRecord => ({
  id: asRecordId('R1'), names: deriveNames({ zh: '朱东', en: 'Zhu Dong' }), gender: 'M', birth: { value: '1968', precision: 'year' },
  province: 'Beijing', prison: '北京市第二监狱', status: 'serving', sources: [{ title: 'NGO', official: false }], ...over,
});

describe('diffRecords', () => {
  it('lists each changed field with its old and new value, in a fixed order', () => {
    const a = record();
    const b = record({ status: 'released', prison: undefined, names: deriveNames({ zh: '朱冬', en: 'Zhu Dong' }) });
    expect(diffRecords(a, b)).toEqual([
      { field: 'name_zh', before: '朱东', after: '朱冬' },
      { field: 'prison', before: '北京市第二监狱' },
      { field: 'status', before: 'serving', after: 'released' },
      { field: 'name_zh_simplified', before: '朱东', after: '朱冬' },
      { field: 'name_zh_traditional', before: '朱東', after: '朱冬' },
    ]);
    expect(diffRecords(a, { ...a })).toEqual([]);
  });

  it('a creation lists the fields it set; key order does not make a change', () => {
    expect(diffRecords(null, record()).map((c) => c.field)).toEqual(['name_zh', 'name_en', 'gender', 'birth', 'province', 'prison', 'status', 'sources', 'name_zh_simplified', 'name_zh_traditional', 'pinyin']);
    const reordered = { ...record(), birth: { precision: 'year' as const, value: '1968' } };
    expect(diffRecords(record(), reordered)).toEqual([]);
  });

  it('an alias that changes only its kind is a change a person can see', () => {
    const a = record({ names: { ...record().names, aliases: [{ kind: 'english', name: 'Tony' }] } });
    const b = record({ names: { ...record().names, aliases: [{ kind: 'pen', name: 'Tony' }] } });
    expect(diffRecords(a, b)).toEqual([{ field: 'aliases', before: 'Tony', after: 'pen:Tony' }]);
  });
});

describe('mergeRecord', () => {
  const incoming = record({ status: 'released', gender: undefined, prison: undefined, sources: [] });
  it('takes the given fields and keeps the rest', () => {
    const m = mergeRecord(record(), incoming, { given: ['status'], empty: [] });
    expect(m).toEqual({ ...record(), status: 'released' });
  });
  it('clears empty fields only when asked', () => {
    const fields = { given: ['status' as const], empty: ['prison' as const, 'sources' as const] };
    expect(mergeRecord(record(), incoming, fields).prison).toBe('北京市第二监狱');
    const cleared = mergeRecord(record(), incoming, fields, { clearEmpty: true });
    expect([cleared.prison, cleared.sources, cleared.gender]).toEqual([undefined, [], 'M']);
  });
  it('derives the name forms again from the merged names and ethnicity', () => {
    const m = mergeRecord(record(), record({ names: deriveNames({ zh: '單偉' }) }), { given: ['name_zh'], empty: [] });
    expect(m.names).toMatchObject({ zh: '單偉', zhSimplified: '单伟', pinyin: 'Shàn Wěi', en: 'Zhu Dong' });
  });
  it('a birth year keeps a stored full date of that year, and replaces one of another year', () => {
    const full = record({ birth: { value: '1968-03-12', precision: 'day' } });
    expect(mergeRecord(full, record(), { given: ['birth'], empty: [], yearOnly: true }).birth?.value).toBe('1968-03-12');
    expect(mergeRecord(full, record({ birth: { value: '1969', precision: 'year' } }), { given: ['birth'], empty: [], yearOnly: true }).birth?.value).toBe('1969');
  });
});

describe('cells written by the export read back the same', () => {
  it('the formula guard is reversible for every value', () => {
    for (const v of ['=1+1', "'=1+1", "''=x", '+86', '-5', '@a', "'", "'abc", 'abc', '', '\tx', "'\tx"]) {
      expect(removeFormulaGuard(neutraliseFormula(v)), JSON.stringify(v)).toBe(v);
    }
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(removeFormulaGuard("'abc")).toBe("'abc");
  });

  it('aliases keep their kinds, sources their official mark', () => {
    const aliases = parseAliases('english:张三;other:Tony O;religious:释明山；pen:山人;Jimmy Kong;王小;other:pen:笔名');
    expect(parseAliases(aliasesToText(aliases))).toEqual(aliases);
    expect(aliasesToText(aliases)).toBe('english:张三;other:Tony O;religious:释明山;pen:山人;Jimmy Kong;王小;other:pen:笔名');
    const sources = parseSources('official: MFA;NGO;unofficial: official: x;非官方：博客');
    expect(sources).toEqual([{ title: 'MFA', official: true }, { title: 'NGO', official: false }, { title: 'official: x', official: false }, { title: '博客', official: false }]);
    expect(parseSources(sourcesToText(sources))).toEqual(sources);
  });

  it('field names are read as a person writes them', () => {
    expect(['status', 'birth_year', '出生日期', 'detained', '姓名', 'nonsense'].map(parseRecordField)).toEqual(['status', 'birth', 'birth', 'detention_date', 'name_zh', undefined]);
  });
});

describe('detectDelimiter', () => {
  it('picks the delimiter whose header names dialist columns', () => {
    expect(detectDelimiter('id;name_zh;notes\nA;b,c;d\n')).toBe(';');
    expect(detectDelimiter('id\tname_zh\nA\tb\n')).toBe('\t');
    expect(detectDelimiter('id,name_zh,notes\nA,"b;c;d",e\n')).toBe(',');
    expect(detectDelimiter('姓名;性别;出生年份\n朱东;男;1968\n')).toBe(';');
    expect(detectDelimiter('name\nZhu Dong\n')).toBe(',');
  });
});

describe('removeControlCharacters', () => {
  it('removes controls and direction characters, keeps lines and tabs, and is what normalizeText uses', () => {
    expect(removeControlCharacters('a\u0000b\u001b[1mc\u009bd\u202ee\u2066f\u2069\u200fg\th\ni\r\nj\u000bk')).toBe('ab[1mcdefg\th\ni\r\nj k');
    expect(normalizeText('\u202e李\u202c明\u0007')).toBe('李明');
  });
});

describe('migration 4', () => {
  it('names what each earlier history row did', () => {
    const db = new Database(':memory:');
    for (const sql of MIGRATIONS.slice(0, 3)) db.exec(sql);
    db.pragma('user_version = 3');
    const data = JSON.stringify(record());
    db.prepare("INSERT INTO records (id, data, created_at, updated_at) VALUES ('R1', ?, 'x', 'x')").run(data);
    db.prepare("INSERT INTO record_history (record_id, at, origin, ref, before, after) VALUES ('R1', 'a', 'import', 'f:2', NULL, ?), ('R1', 'b', 'import', 'f:2', ?, ?)").run(data, data, data);
    migrate(db);
    expect(recordHistory(db, 'R1').map((h) => [h.n, h.action])).toEqual([[1, 'create'], [2, 'update']]);
  });
});

describe('parseSentence', () => {
  it('reads a term written after words, as an NGO database keeps an administrative term ("reeducation through labour 3 years", 劳动教养三年)', () => {
    expect(parseSentence('reeducation through labour 3 years')).toEqual({ kind: 'fixed', months: 36 });
    expect(parseSentence('RTL 1 year 6 months')).toEqual({ kind: 'fixed', months: 18 });
    expect(parseSentence('劳动教养三年')).toEqual({ kind: 'fixed', months: 36 });
    expect(parseSentence('11 years')).toEqual({ kind: 'fixed', months: 132 });
    expect(parseSentence('有期徒刑十一年六个月')).toEqual({ kind: 'fixed', months: 138 });
    expect(parseSentence('2019年判处有期徒刑三年')).toEqual({ kind: 'fixed', months: 36 });
    expect(parseSentence('unknown')).toBeUndefined();
  });

  it('reads half months as Hong Kong courts give them (十三个半月, 13.5个月), and never the digit after a decimal point alone', () => {
    expect(parseSentence('十三个半月')).toEqual({ kind: 'fixed', months: 13.5 });
    expect(parseSentence('13.5个月')).toEqual({ kind: 'fixed', months: 13.5 });
    expect(parseSentence('13.5 months')).toEqual({ kind: 'fixed', months: 13.5 });
    expect(parseSentence('2.5个月')).toEqual({ kind: 'fixed', months: 2.5 });
    expect(describeSentence({ kind: 'fixed', months: 13.5 })).toEqual({ zh: expect.stringContaining('一年一个半月'), en: expect.stringContaining('1 year and 1.5 months') });
  });
});

describe('provinces written in English with their kind', () => {
  it.each([
    ['Tibet Autonomous Region', 'Tibet'], ['Sichuan Province', 'Sichuan'], ['Xinjiang Uyghur Autonomous Region', 'Xinjiang'],
    ['Guangxi Zhuang Autonomous Region', 'Guangxi'], ['Hong Kong SAR', 'Hong Kong'], ['Beijing Municipality', 'Beijing'], ['四川省', 'Sichuan'],
  ])('%s is %s', async (written, en) => {
    const { lookupProvince } = await import('../../src/vocabulary/index.js');
    expect(lookupProvince(written)?.en).toBe(en);
  });
  it('still knows no made-up province', async () => {
    const { lookupProvince } = await import('../../src/vocabulary/index.js');
    expect(lookupProvince('Atlantis Autonomous Region')).toBeUndefined();
  });
});
