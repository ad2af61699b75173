// Scanned responses: generated Chinese letters and tables rasterised at 300 dpi, skewed and noised
// (poppler's pdftoppm and ImageMagick's convert, installed by .ci/run), ingested through OCR.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('OCR of scanned responses', () => {
  it('has its tools', () => {
    for (const tool of ['pdftoppm', 'convert']) expect(spawnSync(tool, ['-v']).error, `${tool} missing: .ci/run installs poppler-utils and imagemagick`).toBeUndefined();
  });

  it.each([{ language: 'Chinese', kinds: 'letter-zh,table-zh' }, { language: 'English', kinds: 'letter-en,table-en' }])('$language scans: at least 80 in 100 entries with the right record and status, none auto-accepted wrongly', ({ kinds }) => {
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'eval-ocr.mjs'), '6', '777'], { encoding: 'utf8', cwd: root, env: { ...process.env, OCR_KINDS: kinds } });
    console.log(out);
    const r = JSON.parse(out.trim().split('\n').pop()!);
    expect(r.entries).toBe(36);
    expect(r.rightRecordAndStatus).toBeGreaterThanOrEqual(80);
    expect(r.wrongAuto).toBe(0);
  });
});
