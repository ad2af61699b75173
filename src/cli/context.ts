import { openDb, type Db } from '../store/index.js';
import type { Io } from './io.js';

/** Resolves the database path: --db, else $DIALIST_DB, else ./dialist.db. */
export const dbPath = (opt?: string): string => opt ?? process.env.DIALIST_DB ?? 'dialist.db';

export interface CommandContext {
  io: Io;
  json: boolean;
  db: () => Db;
  dbPath: string;
}

export function makeContext(io: Io, opts: { db?: string; json?: boolean }): CommandContext & { close(): void } {
  let db: Db | undefined;
  const path = dbPath(opts.db);
  return {
    io,
    json: Boolean(opts.json),
    dbPath: path,
    db: () => (db ??= openDb(path)),
    close: () => db?.close(),
  };
}
