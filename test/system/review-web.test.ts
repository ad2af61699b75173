// The review page end to end in Debian's chromium (playwright-core, no browser download): accept, undo, a new
// record, search, and a refused decision on an item decided elsewhere, with the database checked after each.
// Needs chromium (`apt-get install chromium fonts-noto-cjk`); fails loudly without it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, execFileSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openDb, type Db } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';
import { createList } from '../../src/pipeline/lists.js';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dialist.js');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('dialist review --web in chromium', () => {
  let dbPath: string;
  let db: Db;
  let server: ChildProcessWithoutNullStreams;
  let browser: Browser;
  let page: Page;
  let url: string;

  const current = (entry: number) => db.prepare('SELECT id, decision, record_id, action, by, evidence FROM match_decisions WHERE entry_id = ? ORDER BY id DESC LIMIT 1').get(entry) as { id: number; decision: string; record_id: string | null; action: string | null; by: string; evidence: string };
  const events = (recordId: string) => (db.prepare('SELECT type FROM events WHERE record_id = ?').all(recordId) as { type: string }[]).map((e) => e.type);
  const status = (text: string | RegExp) => page.waitForFunction((t) => {
    const s = document.getElementById('status')?.textContent ?? '';
    return typeof t === 'string' ? s.includes(t) : new RegExp(t).test(s);
  }, typeof text === 'string' ? text : text.source);
  const showing = (item: string) => page.waitForFunction((i) => (document.getElementById('state')?.textContent ?? '').startsWith(i + ' '), item);

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk (.ci/run does)`).toBe(true);
    expect(existsSync(join(root, 'dist', 'cli', 'main.js')), 'dist/ missing: run npm run build').toBe(true);
    dbPath = join(mkdtempSync(join(tmpdir(), 'dialist-web-e2e-')), 'w.db');
    db = openDb(dbPath);
    await importRecords(db, join(root, 'samples', 'records.csv'));
    // As in the demo: the letter answers a list of the people serving sentences (DEMO0008 is on it, DEMO0007 is not).
    const { list } = createList(db, { title: '关注个案名单 / List of individual cases', recipient: 'EU-China Human Rights Dialogue', date: '2026-11-27', selection: { filter: 'status=serving' } });
    await ingestBatch(db, [join(root, 'samples', 'followup', '2027-03-20-mfa-followup-zh.txt')], { received: '2027-03-20', listId: list!.id });
    server = spawn(process.execPath, [bin, '--db', dbPath, 'review', '--web'], { env: { ...process.env, DIALIST_REVIEWER: 'e2e' } });
    url = await new Promise<string>((res, rej) => {
      let out = '';
      server.stdout.on('data', (d) => { out += d; if (out.includes('\n')) res(out.split('\n')[0]); });
      server.on('exit', (code) => rej(new Error(`server exited ${code}`)));
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
    await page.goto(url);
    await showing('e1');
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGINT');
    db?.close();
  });

  it('prints its URL first, on 127.0.0.1 with a token', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+$/);
  });

  it('accepts a candidate with its key: the decision, the events and the newer status are in the database', async () => {
    const table = await page.textContent('#candidates');
    expect(table).toContain('四川省川西监狱');
    expect(table).toContain('3 records read Wang Jun');
    await page.keyboard.press('1');
    await status('accepted DEMO0008');
    expect(current(1)).toMatchObject({ decision: 'accepted', record_id: 'DEMO0008', action: 'accept', by: 'e2e' });
    expect(events('DEMO0008')).toEqual(['released']);
    expect((db.prepare("SELECT json_extract(data, '$.status') AS s FROM records WHERE id = 'DEMO0008'").get() as { s: string }).s).toBe('released');
    await showing('e2');
  });

  it('undoes it with u: a retraction row, the events and the status gone back', async () => {
    await page.keyboard.press('u');
    await status('undid decision');
    expect(current(1)).toMatchObject({ decision: 'review', action: 'undo', by: 'e2e' });
    expect(events('DEMO0008')).toEqual([]);
    expect((db.prepare("SELECT json_extract(data, '$.status') AS s FROM records WHERE id = 'DEMO0008'").get() as { s: string }).s).toBe('serving');
    await showing('e1');
  });

  it('makes a new record from an entry, prefilled and edited in the form', async () => {
    await page.click('nav li[data-item="e3"]');
    await showing('e3');
    await page.keyboard.press('c');
    await page.waitForSelector('#newrecord[open]');
    expect(await page.inputValue('#f-name_zh')).toBe('刘晓冬');
    await page.fill('#f-birth_year', '1979');
    await page.click('#newrecord-save');
    await status('created N3');
    const rec = db.prepare("SELECT json_extract(data, '$.birth.value') AS birth, json_extract(data, '$.names.zh') AS zh FROM records WHERE id = 'N3' AND deleted_at IS NULL").get();
    expect(rec).toEqual({ birth: '1979', zh: '刘晓冬' });
    expect(current(3)).toMatchObject({ decision: 'accepted', record_id: 'N3', action: 'new-record' });
    expect(events('N3')).toEqual(['paroled']);
  });

  it('searches the records by another spelling and accepts the person found', async () => {
    await page.click('nav li[data-item="e2"]');
    await showing('e2');
    await page.keyboard.press('/');
    await page.waitForSelector('#search[open]');
    await page.fill('#search-q', 'Zhang Zhiming');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results button[data-hit="DEMO0077"]');
    await page.click('#search-results button[data-hit="DEMO0077"]');
    await status('accepted DEMO0077');
    expect(current(2)).toMatchObject({ decision: 'accepted', record_id: 'DEMO0077' });
    expect(JSON.parse(current(2).evidence)).toMatchObject({ via: 'search' });
  });

  it('refuses a decision on an item someone decided in a terminal since the page showed it', async () => {
    await page.click('nav li[data-item="e4"]');
    await showing('e4');
    execFileSync(process.execPath, [bin, '--db', dbPath, 'review', 'decide', 'e4', '--not-person'], { env: { ...process.env, DIALIST_REVIEWER: 'terminal-user' } });
    await page.keyboard.press('n');
    await status(/Refused: e4 changed since it was shown: terminal-user decided it is not a person/);
    expect(current(4)).toMatchObject({ decision: 'not_person', by: 'terminal-user' });
    if (process.env.UPDATE_SCREENSHOT) {
      // The README's picture: the demo's first two-people-one-name item.
      await page.keyboard.press('u');
      await status('undid decision');
      await page.click('nav li[data-item="e1"]');
      await showing('e1');
      mkdirSync(join(root, 'docs'), { recursive: true });
      await page.setViewportSize({ width: 1280, height: 1240 });
      await page.screenshot({ path: join(root, 'docs', 'review-web.png') });
    }
  });
});
