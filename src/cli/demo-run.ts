import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { samplesPath } from '../config/paths.js';
import { openDb, getRecord, countRecords } from '../store/index.js';
import { importRecords } from '../pipeline/import-records.js';
import { matchFile } from '../pipeline/match-file.js';
import { findDuplicates } from '../pipeline/find-duplicates.js';
import { createList, renderList, issueList } from '../pipeline/lists.js';
import { ingestStream } from '../pipeline/ingest.js';
import { expandPaths } from '../pipeline/expand-paths.js';
import { openReview } from '../pipeline/review.js';
import { allLists } from '../store/index.js';
import { addSampleHistory } from '../pipeline/sample-history.js';
import { buildReport } from '../pipeline/report.js';
import { renderReportHtml, renderReportText } from '../report/index.js';
import { EXIT, printJson, table } from './io.js';
import type { CommandContext } from './context.js';

/**
 * The demo's steps, loaded only when `dialist demo` runs (it needs every stage: PDF, DOCX, OCR, reports).
 * Walks the pipeline on the bundled samples, step by step, saying what each step shows.
 */
export async function runDemo(ctx: CommandContext, o: { out: string }, program: Command): Promise<number> {
  mkdirSync(o.out, { recursive: true });
  const dbFile = program.opts().db ?? join(o.out, 'demo.db');
  const db = openDb(dbFile, { create: true });
  const say = (s: string) => { if (!ctx.json) ctx.io.out(s); };
  const steps: Record<string, unknown> = { db: dbFile };
  try {
    say(`dialist demo: database ${dbFile}\n\n1. Records: importing ${samplesPath('records.csv')}\n`);
    const imp = await importRecords(db, samplesPath('records.csv'));
    steps.import = { created: imp.created, updated: imp.updated, unchanged: imp.unchanged, errors: imp.diagnostics.filter((d) => d.severity === 'error').length };
    say(`   ${imp.rows} rows: ${imp.created} created, ${imp.updated} updated, ${imp.unchanged} unchanged (run again: nothing changes)\n`);
    const gbk = await importRecords(db, samplesPath('records-gb18030.csv'));
    say(`   ${gbk.file} (${gbk.encoding}): ${gbk.created} created, ${gbk.unchanged} unchanged\n`);
    const bad = await importRecords(db, samplesPath('records-bad-row.csv'));
    say(`   ${bad.file}: refused, nothing imported:\n`);
    bad.diagnostics.filter((d) => d.severity === 'error').forEach((d) => say(`     ${d.place.file}:${d.place.row}:${d.place.column}: ${d.message} (found "${d.found}")\n`));
    const one = getRecord(db, 'DEMO0007');
    if (one) say(`   a record: ${one.id} ${one.names.zh} -> simplified ${one.names.zhSimplified}, traditional ${one.names.zhTraditional}, pinyin ${one.names.pinyin}\n`);
    say(`   ${countRecords(db)} records in the database\n\n`);

    say(`2. Matching names as responses write them (${samplesPath('names-to-match.csv')})\n`);
    const { rows } = await matchFile(db, samplesPath('names-to-match.csv'));
    steps.match = rows.map((r) => ({ name: r.input.name, decision: r.decision, id: r.id }));
    say(table([['   name', 'decision', 'record', 'conf', 'evidence'], ...rows.map((r) => ['   ' + r.input.name, r.decision, r.id ? `${r.id} ${getRecord(db, r.id)?.names.zh ?? getRecord(db, r.id)?.names.en ?? ''}` : '-', r.confidence.toFixed(2), r.candidates[0]?.evidence.map((e) => e.feature).join(', ') ?? ''])]));
    say('   Two records equally plausible always go to review, never auto.\n\n');

    const dups = findDuplicates(db);
    steps.duplicates = dups.length;
    say(`3. Probable duplicates (the same person entered twice under other spellings): ${dups.length}\n`);
    dups.slice(0, 5).forEach((d) => say(`   ${d.a} ${d.aName}  ~  ${d.b} ${d.bName}  (${d.evidence.map((e) => e.feature).join(', ')})\n`));

    // 4. A list for a dialogue, rendered and handed over. Re-running the demo reuses it.
    const title = '关注个案名单 / List of individual cases';
    const recipient = 'EU-China Human Rights Dialogue, 38th session';
    let list = allLists(db).find((l) => l.title === title && l.recipient === recipient);
    // A filter selection has no errors to report, so a list is always created here.
    list ??= createList(db, { title, recipient, date: '2026-11-27', template: 'cover-letter', selection: { filter: 'status=serving' } }).list!;
    say(`\n4. List ${list.id} for ${recipient}: ${list.recordIds.length} people serving sentences\n`);
    if (list.status === 'draft') {
      const { files } = await renderList(db, list.id, { formats: ['pdf', 'docx'], outDir: join(o.out, 'lists') });
      files.forEach((f) => say(`   ${f.path}  (${Math.round(f.bytes / 1024)} KB, ${f.ms} ms)\n`));
      issueList(db, list.id);
      say('   marked as handed over: the records as printed are frozen\n');
    } else say('   already handed over in an earlier run: unchanged\n');
    steps.list = { id: list.id, people: list.recordIds.length };

    // 5. The answers: every kind of response document in samples/responses.
    const { files } = expandPaths([samplesPath('responses')]);
    say(`\n5. Ingesting ${files.length} responses (Chinese and English letters and tables, an NGO's prose account, court rulings as published; DOCX, PDF, GB18030 text, HTML, scans)\n`);
    const ingestRows: string[][] = [['   document', 'name', 'decision', 'record', 'status', 'news']];
    const summary = await ingestStream(db, files, {
      listId: list.id, received: '2027-03-02', sender: 'sample',
      onDocument: (r) => {
        if (r.outcome === 'duplicate') ingestRows.push([`   ${r.file}`, '(already ingested in an earlier run)', '', '', '', '']);
        for (const e of r.entries) {
          ingestRows.push([`   ${r.file.slice(0, 28)}`, e.facts.name.slice(0, 24), e.decision, e.recordId ?? '-', e.facts.status,
            e.facts.events.map((x) => `${x.type}${x.date ? ' ' + x.date.value : ''}${x.months ? ` (${x.months} mo)` : ''}`).join(', ').slice(0, 70)]);
        }
        if (r.outcome === 'ingested' && !r.entries.length) ingestRows.push([`   ${r.file.slice(0, 28)}`, '(no entries: a holding reply)', '', '', '', '']);
      },
    });
    say(table(ingestRows));
    say(`   ${summary.entries} entries: ${summary.auto} auto-matched (their news is on the records), ${summary.review} for review, ${summary.none} unmatched\n`);
    steps.ingest = summary;

    // 6. A later letter naming people who fit several records: left for a person to decide.
    const followup = samplesPath(join('followup', '2027-03-20-mfa-followup-zh.txt'));
    say(`\n6. A follow-up letter (received 2027-03-20) names people who fit several records: ${followup}\n`);
    const followRows: string[][] = [['   name', 'decision', 'best candidate', 'why']];
    await ingestStream(db, [followup], {
      listId: list.id, received: '2027-03-20', sender: 'sample',
      onDocument: (r) => {
        if (r.outcome === 'duplicate') followRows.push(['   (already ingested in an earlier run)', '', '', '']);
        for (const e of r.entries) followRows.push([`   ${e.facts.name}`, e.decision, e.candidates[0]?.id ?? '-', e.reason.slice(0, 60)]);
      },
    });
    say(table(followRows));
    const waiting = openReview(db, { by: 'demo' }).queue();
    const pairs = waiting.filter((q) => q.kind === 'duplicate').length;
    steps.review = { waiting: waiting.length, entries: waiting.length - pairs, duplicatePairs: pairs };
    say(`\n${waiting.length} items wait for review (${waiting.length - pairs} entries, ${pairs} probable duplicate pair(s)). Open them:\n`);
    say(`   dialist --db ${dbFile} review          one at a time in this terminal (keys on screen)\n`);
    say(`   dialist --db ${dbFile} review --web    the same as a page in your browser\n`);
    say('   (the README\'s "Review" section shows the few commands that clear them)\n');
    steps.report = await demoReport(db, o.out, say);
    if (ctx.json) printJson(ctx.io, steps);
  } finally {
    db.close();
  }
  return EXIT.ok;
}

/** The demo's answers are dated up to March 2027: its report is as of the end of that month, the same every run. */
const DEMO_AS_OF = '2027-03-31';

/** 6. A made-up history of earlier dialogues (seeded, its lists titled as samples), then the report and its HTML page. */
async function demoReport(db: ReturnType<typeof openDb>, outDir: string, say: (s: string) => void): Promise<{ html: string; lists: number }> {
  const history = addSampleHistory(db, { seed: 7, lists: 16, responses: 10, publicDocuments: 4, fromYear: 2019, until: '2026-10-31', listSize: [8, 20], caseload: 45 });
  say(`\n6. Report as of ${DEMO_AS_OF}, over a made-up history of earlier dialogues since 2019 ${history.skipped ? '(added in an earlier run)' : `(${history.lists} lists, ${history.responses} answers)`}\n`);
  const report = buildReport(db, { asOf: DEMO_AS_OF });
  say(renderReportText(report).replace(/^/gm, '   '));
  const html = resolve(join(outDir, 'report.html'));
  writeFileSync(html, await renderReportHtml(report));
  say(`\n   The same as one page with charts (prints on A4): ${html}\n   Again, or as a spreadsheet: dialist report --db ${join(outDir, 'demo.db')} --as-of ${DEMO_AS_OF} [--format html|xlsx|json]\n`);
  return { html, lists: report.total.lists };
}
