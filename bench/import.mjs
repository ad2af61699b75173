// Benchmark: import N generated records with dialist (one transaction per file, the name index written with
// them), beside the naive way (one INSERT per autocommit transaction) on the same rows. Prints JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDb } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';
import { generateRows, toCsv } from './generate.mjs';

const n = Number(process.argv[2] ?? 50000);
const naiveN = Number(process.argv[3] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'dialist-bench-'));
const csv = join(dir, 'records.csv');
const rows = generateRows(n, 7);
writeFileSync(csv, toCsv(rows));

const db = openDb(join(dir, 'bench.db'));
let t = performance.now();
const cpu = process.cpuUsage();
const s = await importRecords(db, csv);
const importMs = performance.now() - t;
const importCpu = process.cpuUsage(cpu);
t = performance.now();
const again = await importRecords(db, csv);
const reimportMs = performance.now() - t;
db.close();

// Naive: same table, one autocommit INSERT per row, no derived names.
const naive = new Database(join(dir, 'naive.db'));
naive.pragma('journal_mode = WAL');
naive.exec('CREATE TABLE records (id TEXT PRIMARY KEY, data TEXT)');
const ins = naive.prepare('INSERT INTO records VALUES (?, ?)');
t = performance.now();
for (const r of rows.slice(0, naiveN)) ins.run(r[0], JSON.stringify(r));
const naiveMs = performance.now() - t;
naive.close();

console.log(JSON.stringify({
  records: n, created: s.created, importSeconds: +(importMs / 1000).toFixed(2), importCpuSeconds: +((importCpu.user + importCpu.system) / 1e6).toFixed(2), recordsPerSecond: Math.round(n / (importMs / 1000)),
  reimportSeconds: +(reimportMs / 1000).toFixed(2), reimportUnchanged: again.unchanged,
  naiveRecords: naiveN, naiveSeconds: +(naiveMs / 1000).toFixed(2), naiveRecordsPerSecond: Math.round(naiveN / (naiveMs / 1000)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
