import type { Command } from 'commander';
import type { CommandContext } from './context.js';

type Run = (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>;

/** `dialist demo`: walks the pipeline on the bundled samples (the steps are in demo-run.ts, loaded when it runs). */
export function registerDemo(program: Command, run: Run): void {
  program
    .command('demo')
    .description('Build a database from the bundled samples and walk the whole pipeline')
    .option('--out <dir>', 'folder for the demo database and files', 'dialist-demo')
    .action((o: { out: string }) => run(async (ctx) => {
      const { runDemo } = await import('./demo-run.js');
      return runDemo(ctx, o, program);
    }));
}
