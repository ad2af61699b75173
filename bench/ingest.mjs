// Benchmark: ingest N generated response documents (~3 pages each, every kind and format) into a database
// of 3,000 records; prints documents per second and memory along the batch (it should stay flat).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';
import { ingestStream } from '../dist/pipeline/ingest.js';
import { generateRows, toCsv } from './generate.mjs';
import { generateResponse, KINDS, FORMATS } from './generate-responses.mjs';

const n = Number(process.argv[2] ?? 200);
const entries = Number(process.argv[3] ?? 24);
const dir = mkdtempSync(join(tmpdir(), 'dialist-bench-ingest-'));
const rows = generateRows(3000, 77);
writeFileSync(join(dir, 'records.csv'), toCsv(rows));
const db = openDb(join(dir, 'b.db'));
await importRecords(db, join(dir, 'records.csv'));
const records = rows.filter((r) => r[6] === 'Han').map(([id, zh, , , gender, by]) => ({ id, zh, gender, by }));
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
