// System tests: the built CLI as a user runs it (a separate process), and the matcher's figures on the
// labelled development set in ../shared/eval, which must meet the targets of the matching issue.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { evalDir, hasSharedEval, sayIfSharedEvalMissing } from './shared-eval.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dialist.js');
sayIfSharedEvalMissing('the matching targets on ../shared/eval');

describe('built CLI', () => {
  it('has been built by npm install', () => {
    expect(existsSync(join(root, 'dist', 'cli', 'main.js')), 'dist/ missing: run npm install (prepare builds it)').toBe(true);
  });

  it('runs the demo on the bundled samples', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-sys-'));
    const out = execFileSync(process.execPath, [bin, 'demo', '--out', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toContain('records-bad-row.csv:3:birth_year');
    expect(out).toMatch(/Wang Jun\s+review/);
    // It ends with the report, and writes it as one page.
    expect(out).toContain('6. Report as of 2027-03-31');
    expect(out).toContain('What biases this comparison');
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
  });
});

describe.skipIf(!hasSharedEval)('matching on ../shared/eval', () => {
  it('meets the targets', () => {
    expect(existsSync(join(evalDir, 'names', 'registry.csv')), `no development set at ${evalDir}`).toBe(true);
    const out = execFileSync(process.execPath, [join(root, 'scripts', 'eval-match.mjs'), evalDir], { encoding: 'utf8', cwd: root });
    const figures = JSON.parse(out.split('\n')[0]);
    console.log(out);
    expect(figures.top1).toBeGreaterThanOrEqual(97);
    expect(figures.recall5).toBeGreaterThanOrEqual(99.5);
    expect(figures.autoPrecision).toBeGreaterThanOrEqual(99.5);
    expect(figures.autoCoverage).toBeGreaterThanOrEqual(85);
    expect(figures.falseAutoOnUnknown).toBeLessThanOrEqual(0.5);
  });
});
