import type { Command } from 'commander';
import { schemaVersion } from '../store/index.js';
import { EXIT, printJson } from './io.js';
import type { CommandContext } from './context.js';

export function registerInit(program: Command, run: (fn: (ctx: CommandContext) => Promise<number>) => Promise<void>): void {
  program.command('init').description('Create the database (or bring an old one up to date); other commands need one, except import and demo').action(() =>
    run(async (ctx) => {
      const version = schemaVersion(ctx.db({ create: true }));
      if (ctx.json) printJson(ctx.io, { db: ctx.dbPath, schemaVersion: version });
      else ctx.io.out(`${ctx.dbPath}: ready (schema version ${version})\n`);
      return EXIT.ok;
    }),
  );
}
