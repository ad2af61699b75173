import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { PrisonerRecord } from '../model/index.js';
import { countRecords, deleteRecord, findRecord, getRecord, iterateRecords, listRecords, recordEvents, searchRecordText } from '../store/index.js';
import { RECORD_FIELDS, parseRecordField, recordToRow, type FieldChange } from '../records/index.js';
import { historyOf, restoreRecordVersion, type HistoryEntry } from '../pipeline/record-history.js';
import { describeSentence } from '../vocabulary/index.js';
import { EXIT, escapeControls, printJson, table } from './io.js';
import { oneOf, wholeNumber } from './options.js';
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
  return escapeControls(lines.join('\n')) + '\n';
}

const shown = (v: string | undefined) => (v === undefined ? '(empty)' : escapeControls(v, { lines: false }));

/** One line a change: "status:  serving -> released"; a creation shows the values set. */
function changeLine(c: FieldChange, created: boolean): string {
  const label = `${c.field}:`.padEnd(21);
  return `        ${label}${created ? shown(c.after) : `${shown(c.before)} -> ${shown(c.after)}`}\n`;
}

function showHistory(id: string, history: HistoryEntry[]): string {
  const out = [`  history (go back with \`dialist records restore ${id} --to N [--field F]\`):\n`];
  for (const h of history) {
    out.push(escapeControls(`    #${h.n}  ${h.at}  ${h.action.padEnd(8)}  ${h.origin}  ${h.ref}`, { lines: false }) + '\n');
    for (const c of h.changes) out.push(changeLine(c, h.action === 'create'));
  }
  return out.join('');
}

const positive = (s: string) => (/^[1-9]\d{0,8}$/.test(s) ? Number(s) : undefined);

export function registerRecords(program: Command, run: Run): void {
  const records = program.command('records').description('Look at, search and export prisoner records');

  records.command('list').description('List records in ID order')
    .option('--limit <n>', 'how many (1 to 1000000)', wholeNumber({ min: 1, example: 50 }), 50)
    .option('--offset <n>', 'skip this many', wholeNumber({ example: 100 }), 0)
    .action((o: { limit: number; offset: number }) => run(async (ctx) => {
      const rows = listRecords(ctx.db(), { limit: o.limit, offset: o.offset });
      if (ctx.json) rows.forEach((r) => printJson(ctx.io, r));
      else ctx.io.out(table([HEAD, ...rows.map(summaryRow)]) + `(${rows.length} of ${countRecords(ctx.db())} records)\n`);
      return EXIT.ok;
    }));

  records.command('show').argument('<id>', 'record ID').description('Show one record with every field, derived name forms and its history')
    .option('--history', 'print every change: when, what caused it, and each field\'s old and new value')
    .addHelpText('after', `
--json gives the record with "deleted", "history" ([{"n","at","origin","ref","action","changes":[{"field","before","after"}]}])
and "news" (events from responses). A deleted record is shown too, marked deleted.`)
    .action((id: string, o: { history?: boolean }) => run(async (ctx) => {
      const found = findRecord(ctx.db(), id);
      if (!found) {
        ctx.io.err(escapeControls(`error NOT_FOUND: no record with ID ${id}. Find IDs with \`dialist records search NAME\`.`) + '\n');
        return EXIT.badInput;
      }
      const { record: r, deletedAt } = found;
      const history = historyOf(ctx.db(), id);
      const news = recordEvents(ctx.db(), id).map((e) => ({ type: e.type, date: e.date, months: e.months, document: e.file, entry: e.entry_id }));
      if (ctx.json) printJson(ctx.io, { ...r, deleted: Boolean(deletedAt), ...(deletedAt ? { deletedAt } : {}), history, news });
      else {
        if (deletedAt) ctx.io.out(`(deleted ${deletedAt}: \`dialist records restore ${id}\` brings it back)\n`);
        ctx.io.out(showRecord(r));
        if (news.length) ctx.io.out(escapeControls('  news from responses (matched automatically or accepted in review):\n' + news.map((n) => `    ${n.date ?? '(no date)'}  ${n.type}${n.months ? ` (${n.months} months)` : ''}  from ${n.document}\n`).join('')));
        if (o.history) ctx.io.out(showHistory(id, history));
      }
      return EXIT.ok;
    }));

  records.command('delete').argument('<id>', 'record ID')
    .description('Delete a record (soft: it leaves lists, search, matching and export; its history stays; restore brings it back)')
    .option('--reason <text>', 'why, kept in the record\'s history (default: "records delete")')
    .addHelpText('after', `
Nothing is removed from the database: the record keeps its history and its place on lists already handed
over. It is no longer listed, searched, matched, exported or put on new lists, and importing a file that
names it leaves it alone (with a warning). \`dialist records restore ID\` brings it back.

Example:
  dialist records delete DEMO0077 --reason "same person as DEMO0038"`)
    .action((id: string, o: { reason?: string }) => run(async (ctx) => {
      const at = new Date().toISOString();
      const outcome = deleteRecord(ctx.db(), id, { origin: 'person', at, ref: o.reason ?? 'records delete' });
      if (outcome === 'not_found') {
        ctx.io.err(escapeControls(`error NOT_FOUND: no record with ID ${id}. Find IDs with \`dialist records search NAME\`.`) + '\n');
        return EXIT.badInput;
      }
      if (ctx.json) printJson(ctx.io, { id, outcome });
      else ctx.io.out(escapeControls(outcome === 'deleted' ? `${id} deleted (\`dialist records restore ${id}\` brings it back)` : `${id} was already deleted: nothing changed`) + '\n');
      return EXIT.ok;
    }));

  records.command('restore').argument('<id>', 'record ID')
    .description('Bring back a deleted record, or set a record (or one field) back to a version from its history')
    .option('--to <n>', 'the version to go back to: the record as it was after change N of `records show ID --history`')
    .option('--field <field>', `only this field (with --to): ${RECORD_FIELDS.join(', ')}`)
    .option('--reason <text>', 'why, kept in the record\'s history')
    .addHelpText('after', `
Every restore is one more row in the record's history, so a restore can itself be undone.

Examples:
  dialist records restore DEMO0077                           # undo \`records delete\`
  dialist records restore DEMO0001 --to 1                    # the record as first imported
  dialist records restore DEMO0001 --to 2 --field status     # only the status, as it was after change 2`)
    .action((id: string, o: { to?: string; field?: string; reason?: string }) => run(async (ctx) => {
      const to = o.to === undefined ? undefined : positive(o.to);
      if (o.to !== undefined && to === undefined) {
        ctx.io.err(escapeControls(`error BAD_OPTION: --to takes a change number (1, 2, ...) from \`dialist records show ${id} --history\`; found "${o.to}"`) + '\n');
        return EXIT.usage;
      }
      const field = o.field === undefined ? undefined : parseRecordField(o.field);
      if (o.field !== undefined && !field) {
        ctx.io.err(escapeControls(`error BAD_OPTION: --field takes one of ${RECORD_FIELDS.join(', ')}; found "${o.field}"`) + '\n');
        return EXIT.usage;
      }
      if (field && to === undefined) {
        ctx.io.err('error BAD_OPTION: --field needs --to N (the version to take the field from)\n');
        return EXIT.usage;
      }
      const r = restoreRecordVersion(ctx.db(), id, { to, field, reason: o.reason });
      if (ctx.json) printJson(ctx.io, { id, outcome: r.outcome, changes: r.changes });
      else if (r.outcome === 'unchanged') ctx.io.out(escapeControls(`${id}: nothing to restore (${to === undefined ? 'it is not deleted; --to N goes back to a version' : `already as after change ${to}`})`) + '\n');
      else {
        ctx.io.out(escapeControls(r.outcome === 'undeleted' ? `${id} restored (no longer deleted)` : `${id} restored to change ${to}${field ? ` (${field} only)` : ''}`) + '\n');
        r.changes.forEach((c) => ctx.io.out(changeLine(c, false)));
      }
      return EXIT.ok;
    }));

  records.command('search').argument('<text...>', 'a name in any script or spelling, or part of one')
    .description('Find records by name: cross-script matching first, then fuzzy text search')
    .option('--limit <n>', 'how many results (1 to 1000)', wholeNumber({ min: 1, max: 1000, example: 10 }), 10)
    .action((words: string[], o: { limit: number }) => run(async (ctx) => {
      const text = words.join(' ');
      const limit = o.limit;
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
    .option('--format <format>', 'csv, xlsx or json', oneOf(['csv', 'xlsx', 'json']), 'csv')
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
