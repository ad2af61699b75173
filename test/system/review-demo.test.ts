// The README's "demo's items" commands, run as a user runs them after `npx dialist demo`: each succeeds, and
// afterwards nothing waits for review. Keeps that README block true when ingestion or matching changes.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dialist.js');

describe('README: clearing the demo\'s review items', () => {
  it('the demo leaves items, and the README\'s commands clear them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialist-demo-review-'));
    const env = { ...process.env, DIALIST_DB: join(dir, 'demo.db'), DIALIST_REVIEWER: 'readme' };
    const run = (args: string[]) => execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    const demo = run(['demo', '--out', dir]);
    expect(demo).toMatch(/6 items wait for review \(5 entries, 1 probable duplicate pair\(s\)\)/);
    expect(demo).toContain(`dialist --db ${join(dir, 'demo.db')} review`);

    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /\*\*The demo's items\*\*[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1];
    const commands = block.split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l.startsWith('dialist review'));
    expect(commands.length).toBeGreaterThanOrEqual(7);
    const words = (line: string) => (line.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"|"$/g, '')).slice(1);
    const undo = commands.pop()!;
    for (const c of commands) run(words(c));
    expect(run(['--json', 'review'])).toBe('');
    expect(undo).toBe('dialist review undo');
    run(words(undo));
    expect(run(['--json', 'review']).trim().split('\n')).toHaveLength(1);
  });
});
