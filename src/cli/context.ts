import { openDb, type Db } from '../store/index.js';
import { DialistError, formatDiagnostic } from '../model/index.js';
import { configPath, loadConfig, type Config } from '../config/config.js';
import type { Io } from './io.js';

/** Resolves the database path: --db, else $DIALIST_DB, else ./dialist.db. */
export const dbPath = (opt?: string): string => opt ?? process.env.DIALIST_DB ?? 'dialist.db';

export interface CommandContext {
  io: Io;
  json: boolean;
  db: () => Db;
  dbPath: string;
  /** The normalised config (every default filled in); loading it reports problems on stderr once. */
  config: () => Config;
}

export function makeContext(io: Io, opts: { db?: string; json?: boolean; config?: string }): CommandContext & { close(): void } {
  let db: Db | undefined;
  let config: Config | undefined;
  const path = dbPath(opts.db);
  return {
    io,
    json: Boolean(opts.json),
    dbPath: path,
    db: () => (db ??= openDb(path)),
    config: () => {
      if (!config) {
        const loaded = loadConfig(configPath(opts.config));
        loaded.diagnostics.forEach((d) => io.err(formatDiagnostic(d) + '\n'));
        if (loaded.diagnostics.some((d) => d.severity === 'error')) throw new DialistError('CONFIG_INVALID', 'the config file has errors (above): fix them or leave the setting out to use its default');
        config = loaded.config;
      }
      return config;
    },
    close: () => db?.close(),
  };
}
