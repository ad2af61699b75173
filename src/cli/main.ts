/**
 * The `dialist` command line. No business logic here: each command calls pipeline/ and prints.
 *
 * Start-up stays fast because command files import only what registering their options needs; each action
 * `await import()`s the pipeline it runs (PDF, DOCX, OCR, spreadsheets load only for the commands that use
 * them). A new command follows the same pattern: `registerX(program, run)` here, heavy imports in its action.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { dbPath, makeContext, type CommandContext } from './context.js';
import { explainFailure } from './errors.js';
import { filePath } from './options.js';
import { EXIT, processIo, type Io } from './io.js';
import { registerImport } from './cmd-import.js';
import { registerRecords } from './cmd-records.js';
import { registerMatch } from './cmd-match.js';
import { registerDemo } from './cmd-demo.js';
import { registerInit } from './cmd-init.js';
import { registerList } from './cmd-list.js';
import { registerIngest } from './cmd-ingest.js';
import { registerReport } from './cmd-report.js';
import { registerReview } from './cmd-review.js';
import { registerIndex } from './cmd-index.js';
import { packageRoot } from '../config/paths.js';

const version = (): string => (JSON.parse(readFileSync(`${packageRoot}/package.json`, 'utf8')) as { version: string }).version;

/** Runs the CLI in-process and returns the exit code (0 ok, 1 bad input, 2 usage). */
export async function runCli(argv: string[], io: Io = processIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('dialist')
    .description('Prisoner lists for human-rights dialogues: records, lists, responses and name matching. Works offline.')
    .version(version(), '-V, --version', 'print the version of dialist')
    .option('--db <path>', 'database file (default: $DIALIST_DB, else ./dialist.db)', filePath)
    .option('--json', 'machine-readable output on stdout (JSON, one object per line)')
    .option('--config <file>', 'JSON settings, e.g. {"match": {"autoMinimum": 0.95}} (default: $DIALIST_CONFIG, else ./dialist.config.json if present)')
    .showHelpAfterError('(add --help for usage)')
    .addHelpText('after', `
Exit codes: 0 ok, 1 bad input (details on stderr, each naming file and row), 2 usage error,
70 internal error (a bug: please report it with the command you ran).

Start here:
  dialist demo                         walk the pipeline on the bundled samples
  dialist import records.csv           import records (CSV, XLSX, JSON; UTF-8 or GB18030)
  dialist records search "Liu Xiaobo"  find a record by any spelling
  dialist match names.csv --json       match a column of names to record IDs
  dialist review                       confirm unsure matches, one at a time (--web: in a browser)`);

  const run = async (fn: (ctx: CommandContext) => Promise<number>) => {
    const ctx = makeContext(io, program.opts());
    try {
      code = await fn(ctx);
    } finally {
      ctx.close();
    }
  };
  registerInit(program, run);
  registerImport(program, run);
  registerRecords(program, run);
  registerMatch(program, run);
  registerList(program, run);
  registerIngest(program, run);
  registerReport(program, run);
  registerReview(program, run);
  registerDemo(program, run);
  registerIndex(program, run);
  // Every command, at every level, writes through `io` and returns instead of exiting the process.
  // Commander's own usage errors ("error: option '--limit <n>' argument '5x' is invalid. ...") get a code like ours.
  const output = {
    writeOut: (s: string) => io.out(s),
    writeErr: (s: string) => io.err(s),
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, 'error USAGE: ')),
  };
  const configure = (c: Command): void => {
    c.exitOverride().configureOutput(output);
    c.commands.forEach(configure);
  };
  configure(program);

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    const known = explainFailure(e, { dbPath: dbPath(program.opts().db) });
    if (known) {
      io.err(`error ${known.code}: ${known.message}\n`);
      return known.exit;
    }
    io.err(`internal error: ${(e as Error).stack ?? e}\nThis is a bug in dialist; please report it with the command you ran.\n`);
    return 70;
  }
}
