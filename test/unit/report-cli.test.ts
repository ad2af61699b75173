import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../helpers/cli.js';
import { workedExample } from '../helpers/report-db.js';

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dialist-report-'));
  db = join(dir, 'w.db');
  workedExample(db).db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dialist report', () => {
  it('--json prints one object in the documented shape', async () => {
    const r = await cli('--db', db, 'report', '--as-of', '2021-12-31', '--json');
    expect(r.code).toBe(0);
    const [o] = r.lines();
    expect(r.lines()).toHaveLength(1);
    expect(Object.keys(o)).toEqual(expect.arrayContaining(['asOf', 'years', 'total', 'recipients', 'responsiveness', 'impact', 'overdue']));
    expect(o.asOf).toBe('2021-12-31');
    expect(Object.keys(o.years[0])).toEqual(['year', 'lists', 'namesListed', 'newNames', 'responses', 'namesWithNews', 'clemencyActs', 'namesWithClemency']);
    expect(o.recipients[0]).toMatchObject({ recipient: 'Partner A', lists: 2, namesListed: 4, responses: 1, listsAnswered: 1, medianDaysToAnswer: 60, namesNeverAnswered: 2 });
    expect(Object.keys(o.recipients[0].answerRate)).toEqual(['value', 'low', 'high']);
    expect(o.overdue.lists).toEqual([{ id: 3, recipient: 'Partner A, 2nd session', title: 'Cases', date: '2021-06-01', days: 213 }]);
    expect(o.overdue.people).toEqual([]);
  });

  it('prints tables in the terminal', async () => {
    const r = await cli('--db', db, 'report', '--as-of', '2021-12-31', '--min-listed', '1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2020\s+2\s+4\s+4\s+1\s+2\s+2\s+2/);
    expect(r.out).toMatch(/Partner A\s+2\s+4\s+1\s+1\s+50% \(9%–91%\)\s+60\s+2/);
    expect(r.out).toContain('Too few to conclude.');
    expect(r.out).toMatch(/P3\s+曾志华\s+1\s+2020-05-10/);
  });

  it('--format html writes one self-contained page with five charts', async () => {
    const r = await cli('--db', db, 'report', '--as-of', '2021-12-31', '--format', 'html', '--out', join(dir, 'out'));
    expect(r.code).toBe(0);
    const path = r.out.trim();
    expect(path).toBe(join(dir, 'out', 'dialist-report-2021-12-31.html'));
    const html = readFileSync(path, 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html).toContain('列入名单的影响');
    expect(html).not.toMatch(/<script|<img|<iframe|@import|url\(\s*['"]?(https?:|\/\/)/i);
    // The one link is the empty icon that stops browsers asking the server for /favicon.ico.
    expect(html.match(/<link[^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    expect(html).not.toMatch(/(src|href)=["']?(https?:|\/\/)/i);
  });

  it('--format xlsx writes one sheet per table', async () => {
    const r = await cli('--db', db, 'report', '--as-of', '2021-12-31', '--format', 'xlsx', '--out', join(dir, 'out'), '--json');
    expect(r.code).toBe(0);
    const { out } = r.lines()[0];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '按年份 Years', '对话方 Partners', '答复方 Senders', '答复速度 Responsiveness', 'KM 曲线 KM curve', '影响 Impact', '逾期名单 Overdue lists', '逾期人员 Overdue people', '说明 Notes',
    ]);
    expect(wb.getWorksheet('按年份 Years')!.getRow(2).values).toEqual([undefined, 2020, 2, 4, 4, 1, 2, 2, 2]);
    expect(wb.getWorksheet('对话方 Partners')!.getRow(2).getCell(7).value).toBeCloseTo(0.0945, 4);
    const impact = wb.getWorksheet('影响 Impact')!;
    expect([impact.getCell(3, 1).value, impact.getCell(3, 2).value, impact.getCell(3, 4).value, impact.getCell(3, 4).numFmt]).toEqual(['列入名单 Listed', 4, 0.5, '0.0%']);
  });

  it('person ID prints the dossier', async () => {
    const r = await cli('--db', db, 'report', 'person', 'P6', '--as-of', '2024-06-30');
    expect(r.code).toBe(0);
    expect(r.out).toContain('P6 was merged into P1');
    expect(r.out).toContain('projected end of term: 2024-01-01 (after 12 months of reductions)');
    expect(r.out).toContain('! Release due but not confirmed');
    const j = await cli('--db', db, '--json', 'report', 'person', 'P1', '--as-of', '2021-12-31');
    expect(j.lines()[0]).toMatchObject({ id: 'P1', timesListed: 3, releaseDue: null });
  });

  it('refuses bad options with a usage error and an unknown person as bad input', async () => {
    expect((await cli('--db', db, 'report', '--as-of', '2021-02-30')).code).toBe(2);
    expect((await cli('--db', db, 'report', '--from', '2022', '--to', '2021')).code).toBe(2);
    expect((await cli('--db', db, 'report', '--format', 'pdf')).code).toBe(2);
    const unknown = await cli('--db', db, 'report', 'person', 'NOPE', '--as-of', '2021-12-31');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no record with ID NOPE');
    expect(existsSync(join(dir, 'dialist-report-2021-02-30.html'))).toBe(false);
  });

  it('--help teaches how it counts', async () => {
    const r = await cli('report', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('a list counts in the year printed on it');
  });
});
