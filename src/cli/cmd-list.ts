import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { allLists, addListItems, getList, removeListItems } from '../store/index.js';
import type { ListFormat } from '../pipeline/lists.js';
import { EXIT, printDiagnostics, printJson, table } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;
// The renderers (PDF, DOCX, fonts) load with the list pipeline, only when a list command runs.
const lists = () => import('../pipeline/lists.js');
const idsFrom = (o: { ids?: string; idsFile?: string }) => [
  ...(o.ids ? o.ids.split(',') : []),
  ...(o.idsFile ? readFileSync(o.idsFile, 'utf8').split(/[\s,]+/) : []),
].map((s) => s.trim()).filter(Boolean);

export function registerList(program: Command, run: Run): void {
  const list = program.command('list').description('Compose prisoner lists, render them as bilingual PDF and DOCX, and freeze what was handed over');

  list.command('create').description('Create a list for a recipient and choose who is on it')
    .requiredOption('--title <title>', 'title; "中文 / English" prints both')
    .requiredOption('--recipient <name>', 'who receives it, e.g. "EU-China Human Rights Dialogue, 38th session"')
    .option('--date <YYYY-MM-DD>', 'date printed on the list (default: today)')
    .option('--template <name|path>', 'bilingual-table, compact, cover-letter, or a JSON template file', 'bilingual-table')
    .option('--ids <ids>', 'record IDs, comma-separated, in the order to print')
    .option('--ids-file <file>', 'a file of record IDs (one a line, or comma-separated)')
    .option('--filter <conditions>', 'e.g. "province=Sichuan,ethnicity=Tibetan,status=serving,charge=煽动颠覆国家政权罪"')
    .option('--carry-forward', 'add people on earlier lists to this recipient who have had no answer yet')
    .option('--stale <years>', 'keep (or add) only people whose latest news is older than this many years')
    .addHelpText('after', `
Examples:
  dialist list create --title "关注个案 / Individual cases" --recipient "EU-China Human Rights Dialogue, 38th session" --ids DEMO0001,DEMO0002
  dialist list create --title "Tibet" --recipient "UK FCDO" --filter "ethnicity=Tibetan,status=serving"
  dialist list create --title "Follow-up" --recipient "UK FCDO" --carry-forward --json`)
    .action((o) => run(async (ctx) => {
      const { createList } = await lists();
      const { list: l, diagnostics } = createList(ctx.db(), {
        title: o.title, recipient: o.recipient, date: o.date ?? new Date().toISOString().slice(0, 10), template: o.template,
        selection: { ids: idsFrom(o), filter: o.filter, carryForward: o.carryForward, staleYears: o.stale !== undefined ? Number(o.stale) : undefined },
      });
      printDiagnostics(ctx.io, diagnostics);
      if (!l) {
        ctx.io.err('no list created: fix the selection above.\n');
        return EXIT.badInput;
      }
      if (ctx.json) printJson(ctx.io, { id: l.id, title: l.title, recipient: l.recipient, date: l.date, records: l.recordIds.length });
      else ctx.io.out(`list ${l.id}: "${l.title}" for ${l.recipient}, ${l.date}: ${l.recordIds.length} people\n`);
      return EXIT.ok;
    }));

  for (const [name, verb] of [['add', 'Add records to'], ['remove', 'Remove records from']] as const) {
    list.command(name).argument('<list>', 'list number').description(`${verb} a draft list`)
      .option('--ids <ids>', 'record IDs, comma-separated').option('--ids-file <file>', 'a file of record IDs')
      .option('--filter <conditions>', 'as for create')
      .action((n: string, o) => run(async (ctx) => {
      const { selectRecords } = await lists();
        const db = ctx.db();
        const l = getList(db, Number(n));
        if (!l) { ctx.io.err(`error LIST_NOT_FOUND: no list ${n}; see \`dialist list ls\`\n`); return EXIT.badInput; }
        const { ids, diagnostics } = selectRecords(db, l.recipient, { ids: idsFrom(o), filter: o.filter });
        printDiagnostics(ctx.io, diagnostics);
        if (diagnostics.some((d) => d.severity === 'error')) return EXIT.badInput;
        const changed = name === 'add' ? addListItems(db, l.id, ids) : removeListItems(db, l.id, ids);
        if (ctx.json) printJson(ctx.io, { id: l.id, [name === 'add' ? 'added' : 'removed']: changed, records: getList(db, l.id)!.recordIds.length });
        else ctx.io.out(`list ${l.id}: ${changed} ${name === 'add' ? 'added' : 'removed'}, ${getList(db, l.id)!.recordIds.length} people\n`);
        return EXIT.ok;
      }));
  }

  list.command('ls').description('All lists').action(() => run(async (ctx) => {
    const ls = allLists(ctx.db());
    if (ctx.json) ls.forEach((l) => printJson(ctx.io, { ...l, recordIds: undefined, records: l.recordIds.length }));
    else ctx.io.out(table([['No.', 'date', 'recipient', 'title', 'people', 'status'], ...ls.map((l) => [String(l.id), l.date, l.recipient, l.title, String(l.recordIds.length), l.status])]));
    return EXIT.ok;
  }));

  list.command('show').argument('<list>', 'list number').description('Show a list as it will print (the frozen snapshot once issued)')
    .option('--layout', 'print the format-neutral layout as JSON (what the PDF and DOCX draw)')
    .action((n: string, o: { layout?: boolean }) => run(async (ctx) => {
      const { layoutForList, listRecords } = await lists();
      const { list: l, layout } = layoutForList(ctx.db(), Number(n));
      if (o.layout || ctx.json) printJson(ctx.io, o.layout ? layout : { ...l, records: listRecords(ctx.db(), l).map((r) => ({ id: r.id, zh: r.names.zh, pinyin: r.names.pinyin ?? r.names.en })) });
      else {
        ctx.io.out(`list ${l.id}: ${l.title} · ${l.recipient} · ${l.date} · ${l.status}${l.issuedAt ? ` (handed over ${l.issuedAt})` : ''}\n`);
        ctx.io.out(table([layout.columns.map((c) => c.header[0]), ...layout.rows.map((r) => r.map((c) => c[0]))]));
      }
      return EXIT.ok;
    }));

  list.command('render').argument('<list>', 'list number').description('Write the list as PDF and/or DOCX and print the paths')
    .option('--format <formats>', 'pdf, docx or pdf,docx', 'pdf,docx')
    .option('--template <name|path>', 'template to use instead of the list\'s own')
    .option('--out <dir>', 'folder for the files', '.')
    .action((n: string, o: { format: string; template?: string; out: string }) => run(async (ctx) => {
      const { renderList } = await lists();
      const formats = o.format.split(',').map((f) => f.trim()) as ListFormat[];
      if (formats.some((f) => f !== 'pdf' && f !== 'docx')) { ctx.io.err(`error BAD_FORMAT: --format takes pdf, docx or pdf,docx (found "${o.format}")\n`); return EXIT.usage; }
      const { files, diagnostics } = await renderList(ctx.db(), Number(n), { formats, outDir: o.out, template: o.template });
      printDiagnostics(ctx.io, diagnostics);
      if (ctx.json) printJson(ctx.io, { list: Number(n), files });
      else files.forEach((f) => ctx.io.out(`${f.path}\n`));
      return EXIT.ok;
    }));

  list.command('issue').argument('<list>', 'list number').description('Mark a rendered list as handed over: freeze the records as printed and the file hashes')
    .action((n: string) => run(async (ctx) => {
      const { issueList } = await lists();
      const l = issueList(ctx.db(), Number(n));
      if (ctx.json) printJson(ctx.io, { id: l.id, status: l.status, issuedAt: l.issuedAt });
      else ctx.io.out(`list ${l.id} handed over ${l.issuedAt}: frozen (${l.recordIds.length} people)\n`);
      return EXIT.ok;
    }));
}
