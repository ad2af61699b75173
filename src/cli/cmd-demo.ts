import type { Command } from 'commander';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { samplesPath } from '../config/paths.js';
import { EXIT, printJson, table } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

/** Walks the pipeline on the bundled samples, step by step, saying what each step shows. */
export function registerDemo(program: Command, run: Run): void {
  program
    .command('demo')
    .description('Build a database from the bundled samples and walk the whole pipeline')
    .option('--out <dir>', 'folder for the demo database and files', 'dialist-demo')
    .action((o: { out: string }) => run(async (ctx) => {
      // Heavy modules (PDF, DOCX, OCR, spreadsheets) are loaded when the command runs, not when dialist starts.
      const { openDb, getRecord, countRecords, allLists } = await import('../store/index.js');
      const { importRecords } = await import('../pipeline/import-records.js');
      const { matchFile } = await import('../pipeline/match-file.js');
      const { findDuplicates } = await import('../pipeline/find-duplicates.js');
      const { createList, renderList, issueList } = await import('../pipeline/lists.js');
      const { ingestStream } = await import('../pipeline/ingest.js');
      const { expandPaths } = await import('../pipeline/expand-paths.js');
      mkdirSync(o.out, { recursive: true });
      const dbFile = program.opts().db ?? join(o.out, 'demo.db');
      const db = openDb(dbFile);
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
        say(`\n5. Ingesting ${files.length} responses (Chinese and English letters and tables; DOCX, PDF, GB18030 text, HTML)\n`);
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
        say('\nNext: the review queue and reports are not built yet (see the README).\n');
        if (ctx.json) printJson(ctx.io, steps);
      } finally {
        db.close();
      }
      return EXIT.ok;
    }));
}
