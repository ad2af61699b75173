// Benchmark: OCR seconds per page on the bundled scans (a 300-dpi image-only PDF and a fax JPEG), with
// the model loading counted once; needs nothing outside npm.
import { readFileSync } from 'node:fs';
import { readDocument, stopOcr } from '../dist/responses/index.js';

const files = ['2027-03-15-scan-letter-zh.pdf', '2027-03-16-fax-zh.jpg'].map((f) => new URL(`../samples/responses/${f}`, import.meta.url));
let pages = 0;
const t0 = performance.now();
let firstPage;
for (const f of files) {
  const r = await readDocument(readFileSync(f), { onOcrPage: () => { pages++; firstPage ??= performance.now() - t0; } });
  if (!r.ok) throw new Error(r.error.message);
}
const total = (performance.now() - t0) / 1000;
await stopOcr();
console.log(JSON.stringify({ pages, seconds: +total.toFixed(1), secondsPerPage: +(total / pages).toFixed(1), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
