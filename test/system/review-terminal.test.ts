// `dialist review` in a real terminal (tmux, 80 columns): the screen, keys that decide and undo, quitting, and
// undo after quitting, with the database checked after each. Needs tmux; fails loudly without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import stringWidth from 'string-width';
import { openDb, type Db } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dialist.js');
const socket = `dialist-review-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'rv');

async function waitFor(test: (s: string) => boolean, what: string, ms = 15_000): Promise<string> {
  const end = Date.now() + ms;
  let last = '';
  while (Date.now() < end) {
    last = screen();
    if (test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${last}`);
}

describe('dialist review in a terminal (tmux)', () => {
  let dbPath: string;
  let db: Db;
  const current = (entry: number) => db.prepare('SELECT decision, record_id, action, by FROM match_decisions WHERE entry_id = ? ORDER BY id DESC LIMIT 1').get(entry);

  beforeAll(async () => {
    expect(spawnSync('tmux', ['-V']).status, 'tmux is missing: apt-get install tmux (.ci/run does)').toBe(0);
    expect(existsSync(join(root, 'dist', 'cli', 'main.js')), 'dist/ missing: run npm run build').toBe(true);
    dbPath = join(mkdtempSync(join(tmpdir(), 'dialist-tty-')), 't.db');
    db = openDb(dbPath);
    await importRecords(db, join(root, 'samples', 'records.csv'));
    await ingestBatch(db, [join(root, 'samples', 'followup', '2027-03-20-mfa-followup-zh.txt')], { received: '2027-03-20' });
    const command = `DIALIST_REVIEWER=tty ${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --db ${JSON.stringify(dbPath)} review`;
    tmux('new-session', '-d', '-s', 'rv', '-x', '80', '-y', '40', command);
    tmux('set-option', '-t', 'rv', 'remain-on-exit', 'on');
  });

  afterAll(() => {
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    db?.close();
  });

  it('shows one item at 80 columns: the name, its forms, the candidates side by side and the keys', async () => {
    const s = await waitFor((x) => x.includes('1-5 accept'), 'the first item');
    expect(s).toContain('1/5 e1 entry');
    expect(s).toContain('pinyin Wáng Jūn');
    expect(s).toContain('3 records read Wang Jun');
    expect(s).toContain('n none of these');
    const lines = s.split('\n');
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    // The candidate columns line up under their headers, Chinese counted as two columns.
    const header = lines.find((l) => l.includes('1 DEMO0007'))!;
    const chars = lines.find((l) => l.startsWith('characters'))!;
    const col = (l: string, s: string) => stringWidth(l.slice(0, l.indexOf(s)));
    expect(col(chars, '汪俊')).toBe(col(header, '3 DEMO0009'));
    expect(col(lines.find((l) => l.startsWith('province'))!, 'Anhui')).toBe(col(header, '3 DEMO0009'));
  });

  it('on a 24-line terminal the item scrolls with ↓ and its first line stays', async () => {
    tmux('resize-window', '-t', 'rv', '-x', '80', '-y', '24');
    await waitFor((x) => x.includes('more lines: ↓ scrolls'), 'the scroll hint');
    for (let i = 0; i < 12; i++) tmux('send-keys', '-t', 'rv', 'Down');
    const s = await waitFor((x) => x.includes('accepting'), 'the last rows of the table');
    expect(s.split('\n')[0]).toContain('1/5 e1 entry');
    expect(s).toContain('lines above: ↑ scrolls');
    tmux('resize-window', '-t', 'rv', '-x', '80', '-y', '40');
    await waitFor((x) => x.includes('confidence') && !x.includes('more lines'), 'the whole item again');
  });

  it('accepts with a number key, then undoes with u', async () => {
    tmux('send-keys', '-t', 'rv', '2');
    await waitFor((x) => x.includes('accepted DEMO0008 for 王军'), 'the accept message');
    expect(current(1)).toEqual({ decision: 'accepted', record_id: 'DEMO0008', action: 'accept', by: 'tty' });
    expect(db.prepare("SELECT count(*) AS n FROM events WHERE record_id = 'DEMO0008'").get()).toEqual({ n: 1 });
    tmux('send-keys', '-t', 'rv', 'u');
    await waitFor((x) => x.includes('undid decision'), 'the undo message');
    expect(current(1)).toMatchObject({ decision: 'review', action: 'undo' });
    expect(db.prepare("SELECT count(*) AS n FROM events WHERE record_id = 'DEMO0008'").get()).toEqual({ n: 0 });
  });

  it('rejects one candidate (the item stays), defers one as unsure, merges a duplicate pair', async () => {
    tmux('send-keys', '-t', 'rv', 'r', '1');
    await waitFor((x) => x.includes('rejected DEMO0007 for 王军'), 'the reject message');
    expect(current(1)).toMatchObject({ decision: 'rejected', record_id: 'DEMO0007' });
    tmux('send-keys', '-t', 'rv', 's', '?');
    await waitFor((x) => x.includes('张志明 deferred as unsure'), 'the unsure message');
    expect(current(2)).toMatchObject({ decision: 'unsure' });
    tmux('send-keys', '-t', 'rv', 'Right', 'Right');
    await waitFor((x) => x.includes('m same person (merge)'), 'the duplicate pair');
    tmux('send-keys', '-t', 'rv', 'm', '1');
    await waitFor((x) => x.includes('merged DEMO0077 into DEMO0038'), 'the merge message');
    expect(db.prepare('SELECT from_id, to_id FROM record_redirects').all()).toEqual([{ from_id: 'DEMO0077', to_id: 'DEMO0038' }]);
  });

  /** Moves to an item with the arrow keys. */
  async function goTo(item: string): Promise<void> {
    for (let i = 0; i < 8; i++) {
      const first = screen().split('\n')[0];
      if (first.includes(` ${item} `)) return;
      tmux('send-keys', '-t', 'rv', /^\d+\/\d+ (\S+)/.exec(first)![1] < item ? 'Right' : 'Left');
      await new Promise((r) => setTimeout(r, 300));
    }
    throw new Error(`could not reach ${item}:\n${screen()}`);
  }

  it('makes a new record from an entry in the prefilled form, and accepts a record found by searching', async () => {
    await goTo('e3');
    tmux('send-keys', '-t', 'rv', 'c');
    await waitFor((x) => x.includes('name_zh    刘晓冬'), 'the prefilled form');
    tmux('send-keys', '-t', 'rv', 'Down', 'Down', 'Down', 'Down');
    tmux('send-keys', '-t', 'rv', '-l', '1979');
    await waitFor((x) => x.includes('> birth_year 1979'), 'the edited birth year');
    tmux('send-keys', '-t', 'rv', 'C-s');
    await waitFor((x) => x.includes('created N3'), 'the new record');
    expect(db.prepare("SELECT json_extract(data, '$.birth.value') AS b FROM records WHERE id = 'N3'").get()).toEqual({ b: '1979' });
    await goTo('e4');
    tmux('send-keys', '-t', 'rv', '/');
    tmux('send-keys', '-t', 'rv', '-l', 'Zhang Zhiming');
    tmux('send-keys', '-t', 'rv', 'Enter');
    await waitFor((x) => x.includes('Accept which?') && x.includes('DEMO0038'), 'the search results');
    tmux('send-keys', '-t', 'rv', '1');
    await waitFor((x) => x.includes('accepted DEMO0038 for 王洋'), 'the accept from the search');
    expect(current(4)).toMatchObject({ decision: 'accepted', record_id: 'DEMO0038' });
  });

  it('quits with q, and the newest decision can still be undone afterwards', async () => {
    tmux('send-keys', '-t', 'rv', 'q');
    await waitFor((x) => /6 decision\(s\) made; 1 item\(s\) still wait/.test(x), 'the summary after quitting');
    const out = execFileSync(process.execPath, [bin, '--db', dbPath, '--json', 'review', 'undo'], { encoding: 'utf8', env: { ...process.env, DIALIST_REVIEWER: 'tty' } });
    expect(JSON.parse(out)).toMatchObject({ items: ['e4'] });
    expect(current(4)).toMatchObject({ decision: 'review', action: 'undo' });
  });
});
