import type { Command } from 'commander';
import { EXIT, printJson } from './io.js';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

/** `dialist index rebuild`: the stored name index, rebuilt from the records (it is kept up to date by itself). */
export function registerIndex(program: Command, run: Run): void {
  const index = program.command('index').description('The name index matching reads (kept up to date by itself; rebuild it by hand if in doubt)');
  index.command('rebuild').description('Rebuild the name index from every live record, in one transaction')
    .addHelpText('after', `
The name index holds the matching keys of every record, so that matching a few names never reads every
record. Imports and every change to a record update it; a new dialist version with other keys rebuilds it
the first time it is used. Rebuilding by hand is never needed for correctness, and is safe: it changes no record.

Examples:
  dialist index rebuild
  dialist --db office.db index rebuild --json`)
    .action(() => run(async (ctx) => {
      const { rebuildNameIndex } = await import('../pipeline/name-index.js');
      const started = performance.now();
      const r = rebuildNameIndex(ctx.db());
      const seconds = Math.round((performance.now() - started) / 100) / 10;
      if (ctx.json) printJson(ctx.io, { records: r.keyed, seconds });
      else ctx.io.out(`name index rebuilt: ${r.keyed} records in ${seconds} s\n`);
      return EXIT.ok;
    }));
}
