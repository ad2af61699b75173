import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { PrisonerRecord } from '../model/index.js';
import { countRecords, getRecord, iterateRecords, listRecords, recordEvents, recordHistory, searchRecordText } from '../store/index.js';
import { recordToRow } from '../records/index.js';
import { describeSentence } from '../vocabulary/index.js';
import { EXIT, printJson, table } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

const summaryRow = (r: PrisonerRecord) => [r.id, r.names.zh ?? '', r.names.en ?? r.names.pinyin ?? '', r.gender ?? '', r.birth?.value ?? '', r.province ?? '', r.status ?? ''];
const HEAD = ['ID', '姓名', 'Name', 'G', 'Born', 'Province', 'Status'];

function showRecord(r: PrisonerRecord): string {
  const row = recordToRow(r);
  const lines = [
    `${r.id}  ${r.names.zh ?? ''}  ${r.names.en ?? ''}`,
    `  pinyin:       ${r.names.pinyin ?? '-'}`,
    `  simplified:   ${r.names.zhSimplified ?? '-'}    traditional: ${r.names.zhTraditional ?? '-'}`,
    `  aliases:      ${r.names.aliases.map((a) => `${a.name} (${a.kind})`).join('; ') || '-'}`,
    `  gender:       ${r.gender ?? '-'}    born: ${r.birth?.value ?? '-'}    ethnicity: ${r.ethnicity ?? '-'}    province: ${r.province ?? '-'}`,
    `  detained:     ${r.detained?.value ?? '-'}    charge: ${r.charge ?? '-'}`,
    `  sentence:     ${r.sentence ? `${describeSentence(r.sentence).zh} / ${describeSentence(r.sentence).en}` : '-'}`,
    `  prison:       ${r.prison ?? '-'}    status: ${r.status ?? '-'}`,
    `  sources:      ${row.sources || '-'}`,
  ];
  if (r.notes) lines.push(`  notes:        ${r.notes}`);
  return lines.join('\n') + '\n';
}

export function registerRecords(program: Command, run: Run): void {
  const records = program.command('records').description('Look at, search and export prisoner records');

  records.command('list').description('List records in ID order')
    .option('--limit <n>', 'how many', '50').option('--offset <n>', 'skip this many', '0')
    .action((o: { limit: string; offset: string }) => run(async (ctx) => {
      const rows = listRecords(ctx.db(), { limit: Number(o.limit), offset: Number(o.offset) });
      if (ctx.json) rows.forEach((r) => printJson(ctx.io, r));
      else ctx.io.out(table([HEAD, ...rows.map(summaryRow)]) + `(${rows.length} of ${countRecords(ctx.db())} records)\n`);
      return EXIT.ok;
    }));

  records.command('show').argument('<id>', 'record ID').description('Show one record with every field, derived name forms and its history')
    .option('--history', 'print every change with when and from what')
    .action((id: string, o: { history?: boolean }) => run(async (ctx) => {
      const r = getRecord(ctx.db(), id);
      if (!r) {
        ctx.io.err(`error NOT_FOUND: no record with ID ${id}. Find IDs with \`dialist records search NAME\`.\n`);
        return EXIT.badInput;
      }
      const history = recordHistory(ctx.db(), id).map((h) => ({ at: h.at, origin: h.origin, ref: h.ref, created: h.before === null }));
      const news = recordEvents(ctx.db(), id).map((e) => ({ type: e.type, date: e.date, months: e.months, document: e.file, entry: e.entry_id }));
      if (ctx.json) printJson(ctx.io, { ...r, history, news });
      else {
        ctx.io.out(showRecord(r));
        if (news.length) ctx.io.out('  news from responses (auto-matched):\n' + news.map((n) => `    ${n.date ?? '(no date)'}  ${n.type}${n.months ? ` (${n.months} months)` : ''}  from ${n.document}\n`).join(''));
        if (o.history) history.forEach((h) => ctx.io.out(`  ${h.at}  ${h.origin}  ${h.ref}  ${h.created ? 'created' : 'changed'}\n`));
      }
      return EXIT.ok;
    }));

  records.command('search').argument('<text...>', 'a name in any script or spelling, or part of one')
    .description('Find records by name: cross-script matching first, then names containing the text')
    .option('--limit <n>', 'how many results', '10')
    .action((words: string[], o: { limit: string }) => run(async (ctx) => {
      const text = words.join(' ');
      const limit = Number(o.limit);
      const db = ctx.db();
      const { loadMatcher } = await import('../pipeline/load-matcher.js');
      const matched = loadMatcher(db, ctx.config().match).matchName(text);
      const hits: { id: string; via: string; confidence?: number }[] = matched.candidates.map((c) => ({ id: c.id, via: c.evidence[0]?.feature ?? '', confidence: c.confidence }));
      if (hits.length < limit) {
        // Then records whose names contain the text (part of a name), found in SQLite without reading every record.
        for (const id of searchRecordText(db, text.trim(), { limit })) if (!hits.some((x) => x.id === id)) hits.push({ id, via: 'name contains the text' });
      }
      const found = hits.slice(0, limit).map((h) => ({ ...h, record: getRecord(db, h.id)! }));
      if (ctx.json) found.forEach((f) => printJson(ctx.io, { id: f.id, via: f.via, confidence: f.confidence, record: f.record }));
      else if (!found.length) ctx.io.out(`no record found for "${text}"\n`);
      else ctx.io.out(table([[...HEAD, 'Found by'], ...found.map((f) => [...summaryRow(f.record), f.via])]));
      return EXIT.ok;
    }));

  records.command('export').description('Export every record (CSV is the import contract, safe against spreadsheet formula injection)')
    .requiredOption('--out <file>', 'file to write')
    .option('--format <format>', 'csv, xlsx or json', 'csv')
    .action((o: { out: string; format: string }) => run(async (ctx) => {
      const { recordsToCsv, recordsToJson, recordsToXlsx } = await import('../records/index.js');
      const all = [...iterateRecords(ctx.db())];
      if (o.format === 'csv') writeFileSync(o.out, recordsToCsv(all));
      else if (o.format === 'json') writeFileSync(o.out, recordsToJson(all));
      else if (o.format === 'xlsx') writeFileSync(o.out, await recordsToXlsx(all));
      else {
        ctx.io.err(`error BAD_FORMAT: unknown format "${o.format}"; use csv, xlsx or json.\n`);
        return EXIT.usage;
      }
      if (ctx.json) printJson(ctx.io, { out: o.out, format: o.format, records: all.length });
      else ctx.io.out(`${o.out}: ${all.length} records (${o.format})\n`);
      return EXIT.ok;
    }));

  records.command('duplicates').description('Records that are probably the same person under another spelling')
    .action(() => run(async (ctx) => {
      const { findDuplicates } = await import('../pipeline/find-duplicates.js');
      const dups = findDuplicates(ctx.db());
      if (ctx.json) dups.forEach((d) => printJson(ctx.io, d));
      else if (!dups.length) ctx.io.out('no probable duplicates\n');
      else ctx.io.out(table([['A', 'B', 'Names', 'Why'], ...dups.map((d) => [d.a, d.b, `${d.aName} ~ ${d.bName}`, d.evidence.map((e) => `${e.feature} (${e.detail})`).join('; ')])]));
      return EXIT.ok;
    }));
}
