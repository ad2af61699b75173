import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { EXIT, printDiagnostics, printJson } from './io.js';
import type { CommandContext } from './context.js';

export function registerImport(program: Command, run: (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>): void {
  program
    .command('import')
    .argument('<files...>', 'CSV, XLSX or JSON files of records')
    .option('--skip-invalid', 'import the valid rows of a file that has invalid ones (they are reported)')
    .description('Import prisoner records; re-importing the same file changes nothing')
    .addHelpText('after', `
Columns (English or Chinese headers; only a name is required):
  id, name_zh (姓名), name_en (英文名/拼音), aliases (别名; separate with ";", optional kind: "religious:释某"),
  gender (性别: M/F/男/女), birth_year (出生年份), ethnicity (民族), province (籍贯),
  birth_date, religion, detention_date, charge (罪名), sentence (刑期), prison (监狱), status (状态), sources, notes
Encodings: UTF-8 (with or without BOM), UTF-16, GB18030/GBK, Big5 are detected.
A file with any invalid row imports nothing (exit 1) unless --skip-invalid. Each file is one transaction.

Examples:
  dialist import samples/records.csv
  dialist --db office.db import 2024-list.xlsx --skip-invalid --json`)
    .action((files: string[], opts: { skipInvalid?: boolean }) =>
      run(async (ctx) => {
        const { importRecords } = await import('../pipeline/import-records.js');
        let code: number = EXIT.ok;
        for (const file of files) {
          if (!existsSync(file)) {
            ctx.io.err(`${file}: error FILE_NOT_FOUND: no such file. Check the path.\n`);
            code = EXIT.badInput;
            continue;
          }
          const s = await importRecords(ctx.db(), file, { skipInvalid: opts.skipInvalid });
          if (ctx.json) printJson(ctx.io, s);
          else {
            printDiagnostics(ctx.io, s.diagnostics);
            if (s.imported) ctx.io.out(`${s.file}: ${s.rows} rows (${s.encoding ?? 'xlsx'}): ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged${s.skipped ? `, ${s.skipped} invalid rows skipped` : ''}\n`);
            else ctx.io.err(`${s.file}: nothing imported: fix the errors above, or pass --skip-invalid to import the valid rows.\n`);
          }
          if (!s.imported || s.diagnostics.some((d) => d.severity === 'error')) code = EXIT.badInput;
        }
        return code;
      }),
    );
}
