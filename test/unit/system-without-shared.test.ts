// A fresh clone has no ../shared next to it (issue 13, item 21): the system tests that need the shared evaluation
// data must say so and be reported as not run, not fail. Checked on a copy of this checkout in a folder with no
// ../shared, running only those tests.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

describe('system tests on a clone without ../shared', () => {
  it('report the tests that need ../shared/eval as not run, with the reason, and pass', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'dialist-clone-')), 'dialist');
    cpSync(root, clone, { recursive: true, filter: (src) => !/^(node_modules|dist|\.git|dialist-demo)(\/|$)/.test(relative(root, src)) });
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
    const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
    const r = spawnSync(process.execPath, [vitest, 'run', '--project', 'system', 'test/system/eval-and-demo.test.ts', 'test/system/stress-match.test.ts', '-t', 'matching'], {
      cwd: clone, encoding: 'utf8', env: { ...process.env, CI: '1', NO_COLOR: '1' },
    });
    const output = r.stdout + r.stderr;
    expect(r.status, output).toBe(0);
    expect(output).toMatch(/NOT RUN: .*no evaluation data at .*shared\/eval/);
    expect(output).toMatch(/skipped/);
  });
});
