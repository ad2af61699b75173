import { Option, type Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DialistError } from '../model/index.js';
import { allLists, addListItems, getList, removeListItems } from '../store/index.js';
import type { ListFormat } from '../pipeline/lists.js';
import { EXIT, printDiagnostics, printJson, table } from './io.js';
import { filter, isoDate, listNumber, oneOrMore, years } from './options.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;
// The renderers (PDF, DOCX, fonts) load with the list pipeline, only when a list command runs.
const lists = () => import('../pipeline/lists.js');
const idsFrom = (o: { ids?: string; idsFile?: string }) => [
  ...(o.ids ? o.ids.split(',') : []),
  ...(o.idsFile ? readIdsFile(o.idsFile) : []),
].map((s) => s.trim()).filter(Boolean);

function readIdsFile(file: string): string[] {
  if (!existsSync(file)) throw new DialistError('FILE_NOT_FOUND', `${file}: no such file (--ids-file). Check the path`);
  if (statSync(file).isDirectory()) throw new DialistError('IS_A_FOLDER', `${file} is a folder: --ids-file takes a file of record IDs`);
  return readFileSync(file, 'utf8').split(/[\s,]+/);
}

export function registerList(program: Command, run: Run): void {
  const list = program.command('list').description('Compose prisoner lists, render them as bilingual PDF and DOCX, and freeze what was handed over');

  list.command('create').description('Create a list for a recipient and choose who is on it')
    .requiredOption('--title <title>', 'title; "中文 / English" prints both')
    .requiredOption('--recipient <name>', 'who receives it, e.g. "EU-China Human Rights Dialogue, 38th session"')
    .option('--date <YYYY-MM-DD>', 'date printed on the list (default: today)', isoDate)
    .option('--template <name|path>', 'bilingual-table, compact, cover-letter, or a JSON template file', 'bilingual-table')
    .option('--ids <ids>', 'record IDs, comma-separated, in the order to print')
    .option('--ids-file <file>', 'a file of record IDs (one a line, or comma-separated)')
    .option('--filter <conditions>', 'e.g. "province=Sichuan,ethnicity=Tibetan,status=serving,charge=煽动颠覆国家政权罪"', filter)
    .option('--carry-forward', 'add people on earlier lists to this recipient who have had no answer yet')
    .option('--stale <years>', 'keep (or add) only people whose latest news is older than this many whole years (1 to 100)', years)
    .addHelpText('after', `
Examples:
  dialist list create --title "关注个案 / Individual cases" --recipient "EU-China Human Rights Dialogue, 38th session" --ids DEMO0001,DEMO0002
  dialist list create --title "Tibet" --recipient "UK FCDO" --filter "ethnicity=Tibetan,status=serving"
  dialist list create --title "Follow-up" --recipient "UK FCDO" --carry-forward --json`)
    .action((o) => run(async (ctx) => {
      const { createList } = await lists();
      const { list: l, diagnostics } = createList(ctx.db(), {
        title: o.title, recipient: o.recipient, date: o.date ?? new Date().toISOString().slice(0, 10), template: o.template,
        selection: { ids: idsFrom(o), filter: o.filter, carryForward: o.carryForward, staleYears: o.stale },
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
    list.command(name).argument('<list>', 'list number', listNumber).description(`${verb} a draft list`)
      .option('--ids <ids>', 'record IDs, comma-separated').option('--ids-file <file>', 'a file of record IDs')
      .option('--filter <conditions>', 'as for create', filter)
      .action((n: number, o) => run(async (ctx) => {
        const db = ctx.db();
        const l = getList(db, n);
        if (!l) { ctx.io.err(`error LIST_NOT_FOUND: no list ${n}; see \`dialist list ls\`\n`); return EXIT.badInput; }
        const { selectRecords } = await lists();
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

  list.command('show').argument('<list>', 'list number', listNumber).description('Show a list as it will print (the frozen snapshot once issued)')
    .option('--layout', 'print the format-neutral layout as JSON (what the PDF and DOCX draw)')
    .action((n: number, o: { layout?: boolean }) => run(async (ctx) => {
      const { layoutForList, listRecords } = await lists();
      const { list: l, layout } = layoutForList(ctx.db(), n);
      if (o.layout || ctx.json) printJson(ctx.io, o.layout ? layout : { ...l, records: listRecords(ctx.db(), l).map((r) => ({ id: r.id, zh: r.names.zh, pinyin: r.names.pinyin ?? r.names.en })) });
      else {
        ctx.io.out(`list ${l.id}: ${l.title} · ${l.recipient} · ${l.date} · ${l.status}${l.issuedAt ? ` (handed over ${l.issuedAt})` : ''}\n`);
        ctx.io.out(table([layout.columns.map((c) => c.header[0]), ...layout.rows.map((r) => r.map((c) => c[0]))]));
      }
      return EXIT.ok;
    }));

  list.command('render').argument('<list>', 'list number', listNumber).description('Write the list as PDF and/or DOCX and print the paths')
    .addOption(new Option('--format <formats>', 'pdf, docx or pdf,docx').argParser(oneOrMore(['pdf', 'docx'])).default(['pdf', 'docx'], 'pdf,docx'))
    .option('--template <name|path>', 'template to use instead of the list\'s own')
    .option('--out <dir>', 'folder for the files (created if missing); files are named list-N-TEMPLATE.pdf/.docx', '.')
    .action((n: number, o: { format: ListFormat[]; template?: string; out: string }) => run(async (ctx) => {
      const { renderList } = await lists();
      const { files, diagnostics } = await renderList(ctx.db(), n, { formats: o.format, outDir: o.out, template: o.template });
      printDiagnostics(ctx.io, diagnostics);
      if (ctx.json) printJson(ctx.io, { list: n, files });
      else files.forEach((f) => ctx.io.out(`${f.path}\n`));
      return EXIT.ok;
    }));

  list.command('issue').argument('<list>', 'list number', listNumber).description('Mark a rendered list as handed over: freeze the records as printed and the file hashes')
    .action((n: number) => run(async (ctx) => {
      const { issueList } = await lists();
      const l = issueList(ctx.db(), n);
      if (ctx.json) printJson(ctx.io, { id: l.id, status: l.status, issuedAt: l.issuedAt });
      else ctx.io.out(`list ${l.id} handed over ${l.issuedAt}: frozen (${l.recordIds.length} people)\n`);
      return EXIT.ok;
    }));
}
