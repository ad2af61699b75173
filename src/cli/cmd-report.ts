import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT, printJson } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;
const FORMATS = ['text', 'html', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];

const isDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
// Reports (statistics, charts, spreadsheets) load when a report command runs.
const reports = async () => ({ ...(await import('../pipeline/report.js')), ...(await import('../report/index.js')) });
const today = () => new Date().toISOString().slice(0, 10);

interface ReportFlags {
  asOf?: string; from?: string; to?: string; recipient?: string; format: string; out?: string; days: string; minListed: string;
}
interface ReportSettings { asOf: string; from?: number; to?: number; format: Format; days: number; minListed: number }

/** Checks the flags; returns a usage message, or the parsed values. */
function parseFlags(o: ReportFlags): { error: string } | ReportSettings {
  const asOf = o.asOf ?? today();
  if (!isDate(asOf)) return { error: `--as-of takes a date such as 2026-12-31 (found "${o.asOf}")` };
  const year = (s: string | undefined, flag: string) => {
    if (s === undefined) return undefined;
    return /^\d{4}$/.test(s) ? Number(s) : `${flag} takes a year such as 2019 (found "${s}")`;
  };
  const from = year(o.from, '--from');
  const to = year(o.to, '--to');
  if (typeof from === 'string') return { error: from };
  if (typeof to === 'string') return { error: to };
  if (from !== undefined && to !== undefined && from > to) return { error: `--from ${from} is after --to ${to}` };
  if (!FORMATS.includes(o.format as Format)) return { error: `--format takes text, html, xlsx or json (found "${o.format}")` };
  const days = Number(o.days);
  const minListed = Number(o.minListed);
  if (!Number.isInteger(days) || days < 0) return { error: `--days takes a whole number of days (found "${o.days}")` };
  if (!Number.isInteger(minListed) || minListed < 1) return { error: `--min-listed takes a whole number, 1 or more (found "${o.minListed}")` };
  return { asOf, from, to, format: o.format as Format, days, minListed };
}

export function registerReport(program: Command, run: Run): void {
  const report = program.command('report')
    .description('What the lists achieved: per year and dialogue partner, time to answer, the impact of being listed, what is overdue')
    .option('--as-of <date>', 'count only what was dated and recorded by this day, YYYY-MM-DD (default: today)')
    .option('--from <year>', 'first year shown (default: the first year with a list or a response)')
    .option('--to <year>', 'last year shown (default: the as-of year)')
    .option('--recipient <name>', 'one dialogue partner only, e.g. "EU-China" (its sessions count together)')
    .option('--format <format>', 'text, html (one self-contained page with charts), xlsx (one sheet per table) or json', 'text')
    .option('--out <dir>', 'folder to write the html or xlsx file in (text and json: write a file there instead of printing)')
    .option('--days <n>', 'a list is overdue after this many days without an answer', '180')
    .option('--min-listed <n>', 'people listed this many times or more and never answered are overdue', '2')
    .addHelpText('after', `
Examples:
  dialist report                                   the figures as of today, in the terminal
  dialist report --as-of 2026-12-31 --format html --out reports/
  dialist report --recipient "EU-China" --from 2019 --to 2025 --format xlsx
  dialist report --json                            one JSON object: asOf, years, total, recipients, responsiveness, impact, overdue
  dialist report person DEMO0001                   one person's lists, answers, events and term

How it counts: a list counts in the year printed on it (the day it was handed over), a response in the year
it was received, a clemency act (reduction, commutation, parole, medical parole, release before the term's
end) in the year of its own date. Nothing dated or recorded after --as-of counts, so a report can be made
again with the same figures. The impact of listing is always shown with what biases it.`)
    .action((o: ReportFlags) => run(async (ctx) => {
      const flags = parseFlags(o);
      if ('error' in flags) {
        ctx.io.err(`error BAD_OPTION: ${flags.error}\n`);
        return EXIT.usage;
      }
      const { asOf, from, to, days, minListed } = flags;
      const { buildReport, renderReportHtml, renderReportXlsx, renderReportText } = await reports();
      const r = buildReport(ctx.db(), { asOf, from, to, recipient: o.recipient, days, minListed });
      const format = ctx.json && flags.format === 'text' ? 'json' : flags.format;
      let body: string | Buffer;
      // The chart and spreadsheet libraries load only here, when asked for.
      if (format === 'html') body = await renderReportHtml(r);
      else if (format === 'xlsx') body = await renderReportXlsx(r);
      else if (format === 'json') body = JSON.stringify(r) + '\n';
      else body = renderReportText(r);
      const toFile = format === 'html' || format === 'xlsx' || o.out !== undefined;
      if (!toFile) {
        ctx.io.out(body.toString());
        return EXIT.ok;
      }
      const dir = o.out ?? '.';
      mkdirSync(dir, { recursive: true });
      const path = resolve(join(dir, `dialist-report-${r.asOf}.${format === 'text' ? 'txt' : format}`));
      writeFileSync(path, body);
      if (ctx.json) printJson(ctx.io, { format, out: path, asOf: r.asOf });
      else ctx.io.out(`${path}\n`);
      return EXIT.ok;
    }));

  report.command('person').argument('<id>', 'record ID')
    .description('One person: every list they were on, every answer (document, place, match decision), every event, the projected end of the term')
    .option('--as-of <date>', 'as the database stood on this day, YYYY-MM-DD (default: today)')
    .action((id: string, o: { asOf?: string }) => run(async (ctx) => {
      const asOf = o.asOf ?? (report.opts() as ReportFlags).asOf ?? today();
      if (!isDate(asOf)) {
        ctx.io.err(`error BAD_OPTION: --as-of takes a date such as 2026-12-31 (found "${asOf}")\n`);
        return EXIT.usage;
      }
      const { buildDossier, renderDossierText } = await reports();
      const d = buildDossier(ctx.db(), id, { asOf });
      if (!d) {
        ctx.io.err(`error NOT_FOUND: no record with ID ${id}. Find IDs with \`dialist records search NAME\`.\n`);
        return EXIT.badInput;
      }
      if (ctx.json) printJson(ctx.io, d);
      else ctx.io.out(renderDossierText(d));
      return EXIT.ok;
    }));
}
