// Rasterises rendered lists with poppler's pdftoppm (Debian poppler-utils, installed by .ci/run) and fails
// on any font error: a corrupt font subset still extracts text, so only rasterising catches it.
import { describe, expect, it } from 'vitest';
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dialist.js');

describe('rendered PDF lists rasterise cleanly', () => {
  it('pdftoppm is installed', () => {
    const r = spawnSync('pdftoppm', ['-v']);
    expect(r.error, 'pdftoppm missing: apt-get install poppler-utils (.ci/run does this)').toBeUndefined();
  });

  for (const template of ['bilingual-table', 'compact', 'cover-letter']) {
    it(`${template}: every page rasterises with no font errors`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'dialist-raster-'));
      const db = join(dir, 'r.db');
      const run = (...args: string[]) => execFileSync(process.execPath, [bin, '--db', db, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      run('import', join(root, 'samples', 'records.csv'));
      run('import', join(root, 'samples', 'records-gb18030.csv'));
      run('list', 'create', '--title', '关注个案 / Cases', '--recipient', 'Test', '--date', '2026-11-27', '--template', template, '--filter', 'gender=M');
      run('list', 'create', '--title', '全部 / All', '--recipient', 'Test', '--date', '2026-11-27', '--template', template, '--ids', 'DEMO0047,GBK0004,DEMO0005,DEMO0006');
      for (const n of ['1', '2']) {
        const pdf = JSON.parse(run('--json', 'list', 'render', n, '--format', 'pdf', '--out', dir)).files[0].path as string;
        const r = spawnSync('pdftoppm', ['-r', '40', '-png', pdf, join(dir, `page-${n}`)], { encoding: 'utf8' });
        expect(r.status).toBe(0);
        expect(r.stderr, `poppler complained about ${pdf}`).toBe('');
        const pngs = readdirSync(dir).filter((f) => f.startsWith(`page-${n}`) && f.endsWith('.png'));
        expect(pngs.length).toBeGreaterThan(0);
        for (const p of pngs) expect(statSync(join(dir, p)).size).toBeGreaterThan(2000);
      }
    });
  }
});
