// Lists print everything they are given (issue 13, item 20): every part of a title, long titles wrapped inside
// the page, long names broken at "·" and between syllables (never silently cut), and a handed-over DOCX that
// re-renders to the same bytes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { createList, issueList, layoutForList, renderList } from '../../src/pipeline/lists.js';
import { listSnapshot } from '../../src/store/index.js';
import { wrapText } from '../../src/lists/render/pdf.js';
import { readPdfText } from '../../src/responses/readers/pdf.js';

const samples = join(__dirname, '../../samples');
const tmp = () => mkdtempSync(join(tmpdir(), 'dialist-listsafe-'));
// One unit a character, CJK or not: widths below are in characters.
const measure = (s: string) => [...s].length;
const fits = (lines: string[], width: number) => lines.every((l) => measure(l) <= width);

async function sampleDb() {
  const dir = tmp();
  const db = openDb(join(dir, 'l.db'));
  await importRecords(db, join(samples, 'records.csv'));
  return { db, dir };
}

describe('titles', () => {
  it('a title with two " / " keeps its third part', async () => {
    const { db } = await sampleDb();
    const { list } = createList(db, { title: '关注个案 / Individual cases / Cas individuels', recipient: 'R', date: '2026-11-27', selection: { ids: ['DEMO0001'] } });
    const heading = layoutForList(db, list!.id).layout.heading.join('\n');
    for (const part of ['关注个案', 'Individual cases', 'Cas individuels']) expect(heading).toContain(part);
  });

  it('a long title wraps inside the page instead of running off its edges', async () => {
    const { db, dir } = await sampleDb();
    const en = 'Individual cases of human rights defenders, lawyers, journalists, religious believers and members of ethnic minorities raised with the delegation';
    const { list } = createList(db, { title: `关于人权捍卫者、律师、记者、宗教信仰者和少数民族成员的个案的名单 / ${en}`, recipient: 'R', date: '2026-11-27', template: 'compact', selection: { ids: ['DEMO0001'] } });
    const { files } = await renderList(db, list!.id, { formats: ['pdf'], outDir: dir });
    const lines = (await readPdfText(readFileSync(files[0].path))).pages[0].text.split('\n');
    // Every word printed, and over more than one line.
    const text = lines.join(' ');
    for (const word of en.split(' ')) expect(text).toContain(word);
    const first = lines.findIndex((l) => l.includes('Individual'));
    expect(lines[first]).not.toContain('delegation');
  });
});

describe('breaking long names and text into lines (PDF)', () => {
  it('breaks a Uyghur name in characters at "·", not inside a part', () => {
    expect(wrapText('努尔买买提·阿不都热依木', 11, measure)).toEqual(['努尔买买提·', '阿不都热依木']);
    expect(wrapText('艾尔肯·努尔买买提·阿不都热依木', 12, measure)).toEqual(['艾尔肯·努尔买买提·', '阿不都热依木']);
  });

  it('breaks a part wider than the line between characters (syllables), losing nothing', () => {
    const lines = wrapText('努尔买买提·阿不都热依木', 4, measure);
    expect(fits(lines, 4)).toBe(true);
    expect(lines.join('')).toBe('努尔买买提·阿不都热依木');
    expect(lines).toContain('提·');
  });

  it('breaks romanised names at "·", "-" and spaces, and a long word between syllables with a hyphen', () => {
    expect(wrapText('Nurmemet·Abdurehim Tursun', 12, measure)).toEqual(['Nurmemet·', 'Abdurehim', 'Tursun']);
    const lines = wrapText('Ābùdōurèyīmù', 7, measure);
    expect(fits(lines, 7)).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Ābùdōurèyīmù');
    expect(lines[0]).toBe('Ābùdōu-');
  });

  it('still breaks Chinese prose between any two characters, and keeps every character', () => {
    expect(wrapText('中华人民共和国外交部', 4, measure)).toEqual(['中华人民', '共和国外', '交部']);
    const para = '我们关切地注意到，努尔买买提·阿不都热依木先生仍被关押。';
    const lines = wrapText(para, 9, measure);
    expect(fits(lines, 9)).toBe(true);
    expect(lines.join('')).toBe(para);
  });
});

describe('re-rendering', () => {
  afterEach(() => vi.useRealTimers());

  it('gives a byte-identical DOCX whenever it is rendered: its times are the list date', async () => {
    const { db, dir } = await sampleDb();
    const { list } = createList(db, { title: '名单 / List', recipient: 'R', date: '2026-01-02', selection: { ids: ['DEMO0001', 'DEMO0002'] } });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T05:06:07Z'));
    const a = await renderList(db, list!.id, { formats: ['docx'], outDir: join(dir, 'a') });
    issueList(db, list!.id);
    vi.setSystemTime(new Date('2027-08-09T10:11:13Z'));
    const b = await renderList(db, list!.id, { formats: ['docx'], outDir: join(dir, 'a') });
    expect(b.files[0].sha256).toBe(a.files[0].sha256);
    expect(listSnapshot(db, list!.id)!.files.find((f) => f.format === 'docx')!.sha256).toBe(b.files[0].sha256);
  });
});
