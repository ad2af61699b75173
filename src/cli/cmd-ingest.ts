import type { Command } from 'commander';
import { EXIT, escapeControls, printDiagnostics, printJson, progress, table } from './io.js';
import { isoDate, listNumber } from './options.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

export function registerIngest(program: Command, run: Run): void {
  program
    .command('ingest')
    .argument('<paths...>', 'files, folders or globs: PDF (with a text layer), DOCX, text (UTF-8/16, GB18030, Big5), HTML')
    .option('--list <n>', 'the list this response answers: its people are preferred among namesakes', listNumber)
    .option('--received <YYYY-MM-DD>', 'when the response was received', isoDate)
    .option('--from <sender>', 'who sent it, e.g. "Ministry of Foreign Affairs"')
    .description('Ingest response documents: split into one entry per person, extract the news, match each name to a record')
    .addHelpText('after', `
Each document is one transaction; ingesting the same file again reports "duplicate" and changes nothing.
Two ingests may run at once on one database: the second waits for the first's writes, and a document the
other stored meanwhile is reported "duplicate". In folders, hidden files, symbolic links and other file types
are skipped and each is named on stderr with the reason.
A document that cannot be read fails alone with the reason; the batch goes on; the exit code is then 1.
Only "auto" matches reach a record's timeline now; "review" entries wait for a person (dialist review).
Prose (reports, UN texts, ministry answers, court rulings) is read people first: each person found gets the
sentences about them; negated, denied, hypothetical and other people's events are never written ("omitted").
--received also dates what the text says relative to it (today, yesterday, "on Tuesday") when it has no dateline.
Text a reader cannot see (hidden, 1-pt or white-on-white in DOCX and PDF; display:none, hidden, template,
script and white text in HTML) is skipped, never read as news, and reported as a HIDDEN_TEXT warning.

--json prints one line per document:
  {"file","sha256","outcome":"ingested"|"duplicate"|"failed","error"?:{"code","message"},"warnings"?:[diagnostic],
   "entries":[{"name","recordId","decision","confidence","reason","candidates":[{"id","confidence"}],"status",
               "charge":{"zh","en"},"sentence":{"kind","months"},"prison":{"zh","en"},
               "events":[{"type","date","months"?}],"termEnds","omitted"?:[{"type","why","text"}],"why"?:[...],
               "source":{"page"?,"text"}}]}

Examples:
  dialist ingest responses/ --list 3 --received 2024-06-01 --from "MFA"
  dialist ingest "inbox/*.pdf" --json > ingested.jsonl`)
    .action((paths: string[], o: { list?: number; received?: string; from?: string }) => run(async (ctx) => {
      const { expandPaths } = await import('../pipeline/expand-paths.js');
      const { ingestStream } = await import('../pipeline/ingest.js');
      const { files, missing, skipped, emptyFolders } = expandPaths(paths);
      missing.forEach((m) => ctx.io.err(`${m}: error FILE_NOT_FOUND: no such file, folder or matching files. Check the path.\n`));
      skipped.forEach((s) => ctx.io.err(`${s.path}: skipped: ${s.reason}\n`));
      const inFolder = (dir: string) => skipped.filter((s) => s.path.startsWith(dir)).length;
      emptyFolders.forEach((d) => ctx.io.err(inFolder(d)
        ? `${d}: no documents in this folder (${inFolder(d)} entries skipped, above)\n`
        : `${d}: the folder is empty: no documents to ingest\n`));
      if (!files.length) {
        ctx.io.err('error NO_DOCUMENTS: no documents to ingest: name PDF, DOCX, text, HTML or image files, or folders holding them\n');
        return EXIT.badInput;
      }
      const summary = await ingestStream(ctx.db(), files, {
        listId: o.list, received: o.received, sender: o.from, settings: ctx.config().match,
        onProgress: ctx.json ? undefined : progress(ctx.io, 'ingesting'),
        onOcrPage: (page, total, file) => { if (!ctx.json) ctx.io.err(`${file}: OCR page ${page} of ${total}\n`); },
        onDocument: (r) => {
          if (!ctx.json) {
            printDiagnostics(ctx.io, r.diagnostics.filter((d) => d.severity === 'warning'));
            // What each document says about whom: the person, the match, the status and the news it puts on the record.
            if (r.entries.length) {
              ctx.io.out(escapeControls(`${r.file}:\n`));
              ctx.io.out(table(r.entries.map((e) => [
                `  ${e.facts.name.slice(0, 30)}`, e.decision, e.recordId ?? '-', e.facts.status,
                e.facts.events.map((x) => `${x.type}${x.date ? ` ${x.date.value}` : ''}${x.months ? ` (${x.months} mo)` : ''}`).join(', ').slice(0, 60),
              ])));
            }
            return;
          }
          printJson(ctx.io, {
            file: r.file, sha256: r.sha256, outcome: r.outcome, ...(r.error ? { error: r.error } : {}),
            ...(r.diagnostics.some((d) => d.severity === 'warning') ? { warnings: r.diagnostics.filter((d) => d.severity === 'warning') } : {}),
            entries: r.entries.map((e) => ({
              name: e.facts.name, recordId: e.recordId, decision: e.decision, confidence: e.confidence, status: e.facts.status,
              reason: e.reason, candidates: e.candidates.map((c) => ({ id: c.id, confidence: c.confidence })),
              charge: e.facts.charge, sentence: e.facts.sentence, prison: e.facts.prison, events: e.facts.events, termEnds: e.facts.termEnds?.value,
              ...(e.facts.omitted ? { omitted: e.facts.omitted } : {}), ...(e.source.why ? { why: e.source.why } : {}),
              source: { page: e.source.page, row: e.source.row, paragraph: e.source.paragraph, text: e.source.text, ...(e.source.ocr ? { ocr: e.source.ocr } : {}) },
            })),
          });
        },
      });
      if (!ctx.json) {
        const s = summary;
        ctx.io.out(table([
          ['documents', 'ingested', 'duplicate', 'failed', 'entries', 'auto-matched', 'for review', 'unmatched'],
          [s.documents, s.ingested, s.duplicate, s.failed, s.entries, s.auto, s.review, s.none].map(String),
        ]));
        for (const f of s.failures) ctx.io.err(`${f.file}: failed ${f.code}: ${f.message}\n`);
      }
      return missing.length || summary.failed ? EXIT.badInput : EXIT.ok;
    }));
}
