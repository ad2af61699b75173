import type { Command } from 'commander';
import { existsSync, statSync } from 'node:fs';
import type { ImportSummary } from '../pipeline/import-records.js';
import { MAX_NAME_LENGTH } from '../names/index.js';
import { EXIT, escapeControls, printDiagnostics, printJson } from './io.js';
import type { CommandContext } from './context.js';

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

function describeRead(s: ImportSummary): string {
  if (s.format !== 'csv') return s.format.toUpperCase() + (s.format === 'json' ? `, ${s.encoding}` : '');
  return `${s.encoding}, ${DELIMITERS[s.delimiter ?? ',']}-separated`;
}

export function registerImport(program: Command, run: (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>): void {
  program
    .command('import')
    .argument('<files...>', 'CSV, XLSX or JSON files of records')
    .option('--skip-invalid', 'import the valid rows of a file that has invalid ones (they are reported)')
    .option('--clear-empty', 'an empty cell clears that field of an existing record (without it, empty cells change nothing)')
    .description('Import prisoner records; re-importing the same file changes nothing')
    .addHelpText('after', `
Columns (English or Chinese headers; only a name is required):
  id, name_zh (姓名), name_en (英文名/拼音), aliases (别名; separate with ";", optional kind: "religious:释某"),
  gender (性别: M/F/男/女), birth_year (出生年份), ethnicity (民族), province (籍贯),
  birth_date, religion, detention_date, charge (罪名), sentence (刑期), prison (监狱), status (状态), sources, notes
The export's derived columns (pinyin, name_zh_simplified, name_zh_traditional) are read without complaint and
not imported: dialist derives them from name_zh.

Updating records: a row whose id exists updates only the fields whose columns are in the file. A column
left out of the file leaves that field as it is; an empty cell leaves it too, unless --clear-empty is given.
So "id,status" with "DEMO0001,released" changes the status and nothing else. Every change is kept in the
record's history (\`dialist records show ID --history\`) and can be undone (\`dialist records restore\`).
A row naming a deleted record is reported and left alone.

Files: CSV (comma-, semicolon- or tab-separated, found from the header row), XLSX or JSON (an array of
records, flat like the CSV columns or as \`dialist records export --format json\` writes them). The kind is
decided by the content, not the file name. Encodings: UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5.
A leading apostrophe that the CSV export puts before = + - @ (so that a spreadsheet does not run the cell)
is removed again: export -> import changes nothing.
Refused: a name or alias over ${MAX_NAME_LENGTH} characters; a JSON value of the wrong type (BAD_TYPE).
Control characters and text-direction overrides are removed from every cell, with a warning.
A file with any invalid row imports nothing (exit 1) unless --skip-invalid. Each file is one transaction.
A new database is created when --db names none yet (and said so on stderr).

Examples:
  dialist import samples/records.csv
  dialist import status-update.csv                 # id + status columns: only statuses change
  dialist import corrections.csv --clear-empty     # empty cells clear those fields
  dialist --db office.db import 2024-list.xlsx --skip-invalid --json`)
    .action((files: string[], opts: { skipInvalid?: boolean; clearEmpty?: boolean }) =>
      run(async (ctx) => {
        const { importRecords } = await import('../pipeline/import-records.js');
        let code: number = EXIT.ok;
        for (const file of files) {
          if (!existsSync(file)) {
            ctx.io.err(escapeControls(`${file}: error FILE_NOT_FOUND: no such file. Check the path.`) + '\n');
            code = EXIT.badInput;
            continue;
          }
          if (statSync(file).isDirectory()) {
            ctx.io.err(`error IS_A_FOLDER: ${file} is a folder: name the record files in it (e.g. ${file.replace(/\/+$/, '')}/*.csv)\n`);
            code = EXIT.badInput;
            continue;
          }
          // Import may start a new database (the usual first step); it says so, so that a mistyped --db is seen.
          const created = !existsSync(ctx.dbPath);
          const db = ctx.db({ create: true });
          if (created) ctx.io.err(`${ctx.dbPath}: new database created\n`);
          const s = await importRecords(db, file, { skipInvalid: opts.skipInvalid, clearEmpty: opts.clearEmpty });
          if (ctx.json) printJson(ctx.io, s);
          else {
            printDiagnostics(ctx.io, s.diagnostics);
            const extra = [s.skipped ? `${s.skipped} invalid rows skipped` : '', s.deleted ? `${s.deleted} deleted records left alone` : ''].filter(Boolean);
            if (s.imported) ctx.io.out(escapeControls(`${s.file}: ${s.rows} rows (${describeRead(s)}): ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged${extra.map((x) => `, ${x}`).join('')}`) + '\n');
            else ctx.io.err(escapeControls(`${s.file}: nothing imported: fix the errors above, or pass --skip-invalid to import the valid rows.`) + '\n');
          }
          if (!s.imported || s.diagnostics.some((d) => d.severity === 'error')) code = EXIT.badInput;
        }
        return code;
      }),
    );
}
