import { resolve } from 'node:path';
import { openDb, type Db } from '../store/index.js';
import { DialistError, formatDiagnostic } from '../model/index.js';
import { findConfig, loadConfig, type Config } from '../config/config.js';
import { MATCH_DEFAULTS } from '../match/index.js';
import type { Io } from './io.js';

/** Resolves the database path: --db, else $DIALIST_DB, else ./dialist.db. */
export const dbPath = (opt?: string): string => opt ?? (process.env.DIALIST_DB || 'dialist.db');

export interface CommandContext {
  io: Io;
  json: boolean;
  /**
   * The database. Only commands that start one (`init`, `import`, `demo`) pass `create`: anything else on a
   * missing file fails with "no database at ...", so a mistyped --db never makes a new, empty database.
   */
  db: (opts?: { create?: boolean }) => Db;
  dbPath: string;
  /** The normalised config (every default filled in); loading it says on stderr which file is used, once. */
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
    db: ({ create = false } = {}) => (db ??= openDb(path, { create })),
    config: () => {
      if (!config) {
        const found = findConfig(opts.config);
        const loaded = loadConfig(found?.path);
        const failed = loaded.diagnostics.some((d) => d.severity === 'error');
        if (found) io.err(`config: ${resolve(found.path)} (${found.from})${failed ? '' : describeChanges(loaded.config)}\n`);
        loaded.diagnostics.forEach((d) => io.err(formatDiagnostic(d) + '\n'));
        if (failed) throw new DialistError('CONFIG_INVALID', 'the config file has errors (above): fix them or leave the setting out to use its default');
        config = loaded.config;
      }
      return config;
    },
    close: () => db?.close(),
  };
}

/** ": sets autoMinimum 0.95 (default 0.9)", so that a setting changed in a forgotten file is seen. */
function describeChanges(config: Config): string {
  const changed = Object.entries(MATCH_DEFAULTS)
    .filter(([k, d]) => (config.match as Record<string, number>)[k] !== d.value)
    .map(([k, d]) => `${k} ${(config.match as Record<string, number>)[k]} (default ${d.value})`);
  return changed.length ? `: sets ${changed.join(', ')}` : ': no setting changed';
}
