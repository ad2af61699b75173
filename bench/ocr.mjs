// Benchmark: OCR seconds per page, and memory along a 10-page scan (the sample scan's page repeated ten
// times in an image-only PDF): one page image at a time means memory does not grow with the page count.
// Needs nothing outside npm.
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { readDocument, stopOcr } from '../dist/responses/index.js';

const pages = Number(process.argv[2] ?? 10);
const scan = await PDFDocument.load(readFileSync(new URL('../samples/responses/2027-03-15-scan-letter-zh.pdf', import.meta.url)));
const doc = await PDFDocument.create();
for (let i = 0; i < pages; i++) doc.addPage((await doc.copyPages(scan, [0]))[0]);
const bytes = await doc.save();

const rssAtPage = [];
const t0 = performance.now();
let firstPageAt;
const r = await readDocument(bytes, {
  onOcrPage: (page) => {
    globalThis.gc?.();
    firstPageAt ??= performance.now();
    rssAtPage.push(Math.round(process.memoryUsage().rss / 1048576));
  },
});
const total = (performance.now() - t0) / 1000;
await stopOcr();
if (!r.ok) throw new Error(r.error.message);
const lines = r.document.blocks.length;
console.log(JSON.stringify({
  pages, seconds: +total.toFixed(1), secondsPerPage: +(total / pages).toFixed(1), linesRecognised: lines,
  rssAtEachPageMB: rssAtPage, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
