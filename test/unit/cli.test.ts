import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../helpers/cli.js';

const samples = join(__dirname, '../../samples');
const fresh = () => join(mkdtempSync(join(tmpdir(), 'dialist-cli-')), 'test.db');

describe('dialist command line', () => {
  it('--help teaches and exits 0', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Exit codes');
    expect(r.out).toContain('dialist demo');
    const imp = await cli('import', '--help');
    expect(imp.code).toBe(0);
    expect(imp.out).toMatch(/姓名/);
  });

  it('a usage error exits 2', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('records', 'show')).code).toBe(2);
  });

  it('bad input exits 1 with a message naming the file', async () => {
    const r = await cli('--db', fresh(), 'import', 'no-such-file.csv');
    expect(r.code).toBe(1);
    expect(r.err).toContain('no-such-file.csv');
    const db = fresh();
    await cli('--db', db, 'init');
    const s = await cli('--db', db, 'records', 'show', 'NOPE');
    expect(s.code).toBe(1);
    expect(s.err).toContain('NOPE');
  });

  it('--json prints only JSON on stdout, for every command used here', async () => {
    const db = fresh();
    for (const argv of [['init'], ['import', join(samples, 'records.csv')], ['records', 'list', '--limit', '3'], ['records', 'show', 'DEMO0001'], ['records', 'search', 'Zhu Dong'], ['records', 'duplicates'], ['match', join(samples, 'names-to-match.csv')], ['match', '--explain']]) {
      const r = await cli('--db', db, '--json', ...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(() => r.lines(), argv.join(' ')).not.toThrow();
      expect(r.lines().length, argv.join(' ')).toBeGreaterThan(0);
    }
  });

  it('reports a probable duplicate on import, once', async () => {
    const db = fresh();
    const first = await cli('--db', db, '--json', 'import', join(samples, 'records.csv'));
    const dups = first.lines()[0].diagnostics.filter((d: { code: string }) => d.code === 'PROBABLE_DUPLICATE');
    expect(dups.map((d: { message: string }) => d.message)).toEqual([
      'DEMO0038 (張志明 / Chang Chih-ming) is probably the same person as DEMO0077',
      'DEMO0077 (Zhang Zhiming) is probably the same person as DEMO0038',
    ]);
    const again = await cli('--db', db, '--json', 'import', join(samples, 'records.csv'));
    expect(again.lines()[0].diagnostics).toEqual([]);
  });

  it('match --json writes one line per row in input order, in the documented shape', async () => {
    const db = fresh();
    await cli('--db', db, 'import', join(samples, 'records.csv'));
    const r = await cli('--db', db, '--json', 'match', join(samples, 'names-to-match.csv'));
    const lines = r.lines();
    const input = readFileSync(join(samples, 'names-to-match.csv'), 'utf8').trim().split('\n').slice(1);
    expect(lines).toHaveLength(input.length);
    lines.forEach((l, i) => {
      expect(l.row).toBe(i + 1);
      expect(l.input.name).toBe(input[i].split(',')[0]);
      expect(['auto', 'review', 'none']).toContain(l.decision);
      expect(l.confidence).toBeGreaterThanOrEqual(0);
      expect(l.confidence).toBeLessThanOrEqual(1);
      for (const c of l.candidates) for (const e of c.evidence) expect(Object.keys(e).sort()).toEqual(['detail', 'feature', 'score']);
    });
  });

  it('takes matching settings from a config file, and refuses a bad one naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-cfg-'));
    const db = join(dir, 'c.db');
    await cli('--db', db, 'import', join(samples, 'records.csv'));
    writeFileSync(join(dir, 'names.csv'), 'name\nZhu Dong\n');
    expect((await cli('--db', db, '--json', 'match', join(dir, 'names.csv'))).lines()[0].decision).toBe('auto');
    writeFileSync(join(dir, 'strict.json'), JSON.stringify({ match: { autoMinimum: 0.995 } }));
    expect((await cli('--db', db, '--json', '--config', join(dir, 'strict.json'), 'match', join(dir, 'names.csv'))).lines()[0].decision).toBe('review');
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ match: { autoMinimun: 0.9 } }));
    const bad = await cli('--db', db, '--config', join(dir, 'bad.json'), 'match', join(dir, 'names.csv'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bad.json');
    expect(bad.err).toContain('unknown match setting "autoMinimun"');
  });

  it('exports CSV that a spreadsheet cannot run, and XLSX and JSON that re-import unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-exp-'));
    const db = join(dir, 'a.db');
    writeFileSync(join(dir, 'evil.csv'), 'id,name_zh,name_en,notes\nE1,王五,"=HYPERLINK(""http://x"")",+cmd|calc\n');
    await cli('--db', db, 'import', join(dir, 'evil.csv'));
    expect((await cli('--db', db, 'records', 'export', '--format', 'csv', '--out', join(dir, 'out.csv'))).code).toBe(0);
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'+cmd|calc`);
    await cli('--db', db, 'import', join(samples, 'records.csv'));
    for (const format of ['xlsx', 'json']) {
      const out = join(dir, `out.${format}`);
      expect((await cli('--db', db, 'records', 'export', '--format', format, '--out', out)).code).toBe(0);
      const back = await cli('--db', db, '--json', 'import', out);
      expect(back.lines()[0], format).toMatchObject({ created: 0, updated: 0 });
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out.xlsx'));
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('id');
  });
});
