// Benchmark: render a 500-name list to PDF and to DOCX; beside it, LibreOffice turning the DOCX into a PDF
// (the route a user would otherwise take), when LibreOffice is installed. Prints JSON.
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';
import { createList, renderList } from '../dist/pipeline/lists.js';
import { generateRows, toCsv } from './generate.mjs';

const n = Number(process.argv[2] ?? 500);
const dir = mkdtempSync(join(tmpdir(), 'dialist-render-'));
const rows = generateRows(n * 2, 9);
writeFileSync(join(dir, 'r.csv'), toCsv(rows));
const db = openDb(join(dir, 'r.db'));
await importRecords(db, join(dir, 'r.csv'));
const { list } = createList(db, { title: '名单 / List', recipient: 'Benchmark', date: '2026-11-27', selection: { ids: rows.slice(0, n).map((r) => r[0]) } });
// The first PDF in a process also parses the 8 MB font (what one `dialist list render` pays); then warm runs.
const cold = await renderList(db, list.id, { formats: ['pdf'], outDir: join(dir, 'cold') });
const { files } = await renderList(db, list.id, { formats: ['pdf', 'docx'], outDir: dir });
const out = { names: n, pdfColdSeconds: cold.files[0].ms / 1000, pdfSeconds: files[0].ms / 1000, pdfKB: Math.round(files[0].bytes / 1024), docxSeconds: files[1].ms / 1000, docxKB: Math.round(files[1].bytes / 1024) };
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
if (soffice) {
  const t = performance.now();
  const r = spawnSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), files[1].path], { encoding: 'utf8' });
  out.libreofficeSeconds = r.status === 0 && existsSync(join(dir, 'lo')) ? +((performance.now() - t) / 1000).toFixed(1) : null;
}
out.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify(out));
