// Benchmark: ingest N generated response documents (~3 pages each, every kind and format) into a database
// of 3,000 records; prints documents per second and memory along the batch (it should stay flat).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestStream } from '../dist/pipeline/ingest.js';
import { generateResponse, responseWorld, KINDS, FORMATS } from './generate-responses.mjs';

const n = Number(process.argv[2] ?? 200);
const entries = Number(process.argv[3] ?? 24);
const { dir, db, records } = await responseWorld('dialist-bench-ingest-');
const paths = [];
let bytes = 0;
for (let i = 0; i < n; i++) {
  const doc = await generateResponse(records, { seed: 90000 + i, entries, kind: KINDS[i % 4], format: FORMATS[Math.floor(i / 4) % 4] });
  const p = join(dir, doc.name);
  writeFileSync(p, doc.bytes);
  paths.push(p);
  bytes += doc.bytes.byteLength;
}
globalThis.gc?.();
const rss = [];
const t0 = performance.now();
// Heap still in use after a full collection, at eight points along the batch: flat means nothing accumulates.
const summary = await ingestStream(db, paths, { onProgress: (done) => { if (done % Math.max(1, Math.floor(n / 8)) === 0) { globalThis.gc?.(); rss.push(Math.round(process.memoryUsage().heapUsed / 1048576)); } } });
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({
  documents: n, entries: summary.entries, megabytes: +(bytes / 1048576).toFixed(1), seconds: +seconds.toFixed(1),
  documentsPerSecond: +(n / seconds).toFixed(1), failed: summary.failed, heapAfterGcAlongBatchMB: rss,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
