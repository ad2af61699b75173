// The report's HTML page in Debian's chromium (playwright-core with the system browser; .ci/run installs
// chromium and fonts-noto-cjk): every chart drawn, Chinese shown in a Chinese font, no request leaving the
// page, and printed to PDF (rasterised by poppler without complaint).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(__dirname, '../..');
const bin = join(root, 'bin', 'dialist.js');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let dir: string;
let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install chromium fonts-noto-cjk (.ci/run does this)`);
  dir = mkdtempSync(join(tmpdir(), 'dialist-report-page-'));
  const db = join(dir, 'r.db');
  // The demo's records with the demo's made-up history of dialogues (built code, as a user gets it).
  const { openDb } = await import(join(root, 'dist/store/index.js'));
  const { importRecords } = await import(join(root, 'dist/pipeline/import-records.js'));
  const { addSampleHistory } = await import(join(root, 'dist/pipeline/sample-history.js'));
  const handle = openDb(db);
  await importRecords(handle, join(root, 'samples', 'records.csv'), { at: '2019-01-01T00:00:00.000Z' });
  addSampleHistory(handle, { seed: 7, lists: 16, responses: 10, publicDocuments: 4, fromYear: 2019, until: '2026-10-31', listSize: [8, 20], caseload: 45 });
  handle.close();
  const out = execFileSync(process.execPath, [bin, '--db', db, '--json', 'report', '--as-of', '2027-03-31', '--format', 'html', '--out', dir], { encoding: 'utf8' });
  const html = readFileSync(JSON.parse(out).out);
  server = createServer((req, res) => {
    if (req.url === '/report.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/report.html`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  // Every request the page makes is recorded; anything but the page itself is refused.
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url() === url ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the report page in chromium', () => {
  it('makes no request but for the page itself', () => {
    expect(requests).toEqual([url]);
  });

  it('draws every chart', async () => {
    const charts = await page.$$eval('figure.chart svg', (svgs) => svgs.map((svg) => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, shapes: svg.querySelectorAll('path').length, texts: svg.querySelectorAll('text').length };
    }));
    expect(charts).toHaveLength(5);
    for (const c of charts) {
      expect(c.width).toBeGreaterThan(600);
      expect(c.height).toBeGreaterThan(100);
      expect(c.shapes).toBeGreaterThan(8);
      expect(c.texts).toBeGreaterThan(3);
    }
    expect(await page.locator('text=尚无数据').count()).toBe(0);
  });

  it('shows Chinese in a Chinese font, in the page and in the charts', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1 });
    const fontsOf = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((f: { familyName: string }) => f.familyName).join(', ');
    };
    const cjk = /CJK|Han|Hei|Ming|Song/;
    expect(await fontsOf('h1 span[lang="zh"]')).toMatch(cjk);
    expect(await fontsOf('h2 span[lang="zh"]')).toMatch(cjk);
    // A legend of the first chart, "递交名单 lists handed over", marked so that the DOM can find it.
    const marked = await page.$$eval('figure.chart svg text', (ts) => {
      const t = ts.find((x) => /递交名单/.test(x.textContent ?? ''));
      t?.setAttribute('data-probe', 'legend');
      return Boolean(t);
    });
    expect(marked).toBe(true);
    const { root: again } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: again.nodeId, selector: '[data-probe="legend"]' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.map((f: { familyName: string }) => f.familyName).join(', ')).toMatch(cjk);
  });

  it('takes a screenshot and prints to PDF that poppler reads cleanly', async () => {
    const png = join(dir, 'report.png');
    await page.screenshot({ path: png, fullPage: true });
    expect(readFileSync(png).length).toBeGreaterThan(100_000);
    const pdf = join(dir, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const r = spawnSync('pdftoppm', ['-r', '40', '-png', pdf, join(dir, 'page')], { encoding: 'utf8' });
    expect(r.error, 'pdftoppm missing: apt-get install poppler-utils').toBeUndefined();
    expect(r.stderr).toBe('');
    expect(readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f)).length).toBeGreaterThanOrEqual(4);
    console.log(`report page screenshot: ${png}; printed: ${pdf}`);
  });
});
