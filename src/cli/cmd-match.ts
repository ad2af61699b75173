import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { MATCH_DEFAULTS } from '../match/index.js';
import { EXIT, printDiagnostics, printJson, progress, table } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

export function registerMatch(program: Command, run: Run): void {
  program
    .command('match')
    .argument('[file]', 'CSV/XLSX/JSON with a "name" column and optional birth_year, gender, province, ethnicity')
    .option('--explain', 'print the matching settings (weights and thresholds) with their meaning, and exit')
    .description('Match names in any script or spelling to record IDs: auto, review or none, with evidence')
    .addHelpText('after', `
Output (--json): one line per input row, in order:
  {"row":1,"input":{...},"id":"R00042X"|null,"confidence":0.97,"decision":"auto"|"review"|"none",
   "reason":"...","candidates":[{"id","confidence","evidence":[{"feature","score","detail"}]}]}
"auto" means one record clearly matches and no other is plausible. Two records equally plausible
(two people called Wang Jun) always give "review", unless birth year, province or gender separate them.

Examples:
  dialist match names.csv
  dialist match names.csv --json > matches.jsonl
  dialist match --explain`)
    .action((file: string | undefined, o: { explain?: boolean }) => run(async (ctx) => {
      if (o.explain) {
        const now = ctx.config().match as Record<string, number>;
        if (ctx.json) printJson(ctx.io, Object.fromEntries(Object.entries(MATCH_DEFAULTS).map(([k, v]) => [k, { ...v, current: now[k] }])));
        else ctx.io.out(table([['setting', 'now', 'default', 'meaning'], ...Object.entries(MATCH_DEFAULTS).map(([k, v]) => [k, String(now[k]), String(v.value), v.description])]) + `\nChange any of them in a JSON config file: {"match": {"autoMinimum": 0.95}} (--config FILE, $DIALIST_CONFIG, or ./dialist.config.json).\n`);
        return EXIT.ok;
      }
      if (!file) {
        ctx.io.err('error: missing FILE. Usage: dialist match FILE.csv [--json]\n');
        return EXIT.usage;
      }
      if (!existsSync(file)) {
        ctx.io.err(`${file}: error FILE_NOT_FOUND: no such file. Check the path.\n`);
        return EXIT.badInput;
      }
      const { matchFile } = await import('../pipeline/match-file.js');
      const { rows, diagnostics } = await matchFile(ctx.db(), file, { onProgress: ctx.json ? undefined : progress(ctx.io, 'matching'), settings: ctx.config().match });
      printDiagnostics(ctx.io, diagnostics);
      if (ctx.json) rows.forEach((r) => printJson(ctx.io, r));
      else {
        ctx.io.out(table([['row', 'name', 'decision', 'id', 'conf', 'why'], ...rows.map((r) => [String(r.row), Object.values(r.input)[0] ?? '', r.decision, r.id ?? '-', r.confidence.toFixed(2), r.candidates[0]?.evidence.map((e) => e.feature).join(', ') ?? r.reason])]));
        const count = (d: string) => rows.filter((r) => r.decision === d).length;
        ctx.io.out(`${rows.length} names: ${count('auto')} auto, ${count('review')} for review, ${count('none')} none\n`);
      }
      return diagnostics.some((d) => d.severity === 'error') ? EXIT.badInput : EXIT.ok;
    }));
}
