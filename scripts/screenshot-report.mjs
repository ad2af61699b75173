// Screenshot of a report page in Debian's chromium, for the README (docs/report.png):
//   node scripts/screenshot-report.mjs dialist-demo/report.html docs/report.png [height]
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';

const [file, out, height = '1720'] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: node scripts/screenshot-report.mjs REPORT.html OUT.png [height]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 860, height: Number(height) }, deviceScaleFactor: 1 });
await page.goto(`file://${resolve(file)}`);
await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 860, height: Number(height) } });
await browser.close();
console.log(out);
