// Benchmark: the full report (figures, text, HTML page with charts, workbook) over N generated records with
// a generated history of dialogues (lists handed over, answers, public rulings), beside the naive way of
// counting the per-year figures: queries per record. Prints JSON.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';
import { addSampleHistory } from '../dist/pipeline/sample-history.js';
import { buildReport } from '../dist/pipeline/report.js';
import { renderReportHtml, renderReportText, renderReportXlsx } from '../dist/report/index.js';
import { generateRows, rng } from './generate.mjs';

const n = Number(process.argv[2] ?? 50000);
const lists = Number(process.argv[3] ?? 500);
const responses = Number(process.argv[4] ?? 300);
const asOf = '2026-11-30';

// Records with what the report matches on: detention date, charge, sentence (as an NGO's database holds them).
const CHARGES = ['煽动颠覆国家政权罪', '颠覆国家政权罪', '煽动分裂国家罪', '分裂国家罪', '寻衅滋事罪', '非法经营罪', '组织、利用会道门、邪教组织、利用迷信破坏法律实施罪', '聚众扰乱社会秩序罪'];
const r = rng(11);
const head = 'id,name_zh,name_en,aliases,gender,birth_year,ethnicity,province,detention_date,charge,sentence';
const rows = generateRows(n, 7).map((row) => {
  const detained = r() < 0.7 ? `${2000 + Math.floor(r() * 20)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}` : '';
  const sentence = r() < 0.08 ? 'life' : r() < 0.9 ? `${3 + Math.floor(r() * 15)} years` : '';
  return [...row, detained, r() < 0.85 ? CHARGES[Math.floor(r() * CHARGES.length)] : '', sentence].join(',');
});
const dir = mkdtempSync(join(tmpdir(), 'dialist-bench-report-'));
writeFileSync(join(dir, 'records.csv'), `${head}\n${rows.join('\n')}\n`);
const db = openDb(join(dir, 'bench.db'));
await importRecords(db, join(dir, 'records.csv'), { at: '2000-01-01T00:00:00.000Z' });
const history = addSampleHistory(db, {
  seed: 5, lists, responses: Math.round(responses * 0.93), publicDocuments: Math.round(responses * 0.07),
  fromYear: 2001, until: '2026-10-31', listSize: [20, 60], caseload: 3000,
});
const counts = db.prepare(`SELECT (SELECT count(*) FROM list_items) AS listItems, (SELECT count(*) FROM entries) AS entries,
  (SELECT count(*) FROM events) AS events`).get();

const time = async (fn) => {
  const t = performance.now();
  const value = await fn();
  return [value, (performance.now() - t) / 1000];
};
globalThis.gc?.();
const [report, computeSeconds] = await time(() => buildReport(db, { asOf }));
const [text, textSeconds] = await time(() => renderReportText(report));
const [html, htmlSeconds] = await time(() => renderReportHtml(report));
const [xlsx, xlsxSeconds] = await time(() => renderReportXlsx(report));
const fullSeconds = computeSeconds + textSeconds + htmlSeconds + xlsxSeconds;

// Naive: the per-year lists, names listed, names with news and events, asking the database about each
// record in turn (3 queries a record), as a first attempt without aggregate queries would. Timed on the
// first `naiveSample` records (it takes minutes for all) and scaled to all of them.
const naiveSample = Math.min(n, Number(process.argv[5] ?? 2000));
const [naive, naiveSampleSeconds] = await time(() => {
  const ids = db.prepare('SELECT id FROM records WHERE deleted_at IS NULL ORDER BY id LIMIT ?').pluck().all(naiveSample);
  const listsOf = db.prepare(`SELECT l.date FROM list_items li JOIN lists l ON l.id = li.list_id WHERE li.record_id = ? AND l.status = 'issued' AND l.date <= ?`);
  const newsOf = db.prepare(`SELECT d.received FROM match_decisions m JOIN entries n ON n.id = m.entry_id JOIN documents d ON d.id = n.document_id
    WHERE m.record_id = ? AND m.decision IN ('auto','accepted') AND m.id = (SELECT max(id) FROM match_decisions WHERE entry_id = m.entry_id) AND d.received <= ?`);
  const eventsOf = db.prepare(`SELECT type, date FROM events WHERE record_id = ? AND (date IS NULL OR date <= ?)`);
  const years = new Map();
  const bump = (y, k) => { const row = years.get(y) ?? { namesListed: 0, namesWithNews: 0, clemencyEvents: 0 }; row[k]++; years.set(y, row); };
  for (const id of ids) {
    for (const y of new Set(listsOf.all(id, asOf).map((x) => x.date.slice(0, 4)))) bump(y, 'namesListed');
    for (const y of new Set(newsOf.all(id, asOf).map((x) => x.received.slice(0, 4)))) bump(y, 'namesWithNews');
    for (const e of eventsOf.all(id, asOf)) if (['sentence_reduced', 'commuted', 'paroled', 'medical_parole'].includes(e.type) && e.date) bump(e.date.slice(0, 4), 'clemencyEvents');
  }
  return { queries: ids.length * 3, years: years.size };
});
db.close();

console.log(JSON.stringify({
  records: n, lists: history.lists, responses: history.responses, ...counts,
  computeSeconds: +computeSeconds.toFixed(2), textSeconds: +textSeconds.toFixed(2), htmlSeconds: +htmlSeconds.toFixed(2), xlsxSeconds: +xlsxSeconds.toFixed(2),
  fullSeconds: +fullSeconds.toFixed(2), htmlKB: Math.round(html.length / 1024), xlsxKB: Math.round(xlsx.length / 1024), textLines: text.split('\n').length,
  years: report.years.length, namesListed: report.total.namesListed, verdict: report.impact.verdict, riskRatio: report.impact.riskRatio, matchedOn: report.impact.matched?.on ?? null,
  naiveSample, naiveQueries: naive.queries, naiveSampleSeconds: +naiveSampleSeconds.toFixed(2), naiveSecondsForAll: +((naiveSampleSeconds * n) / naiveSample).toFixed(1),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
