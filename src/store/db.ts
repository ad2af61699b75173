import Database from 'better-sqlite3';
import { MIGRATIONS } from './schema.js';
import { DialistError } from '../model/index.js';

export type Db = Database.Database;

/** Opens (creating if needed) a dialist database: WAL, foreign keys, migrations applied. */
export function openDb(path: string): Db {
  let db: Db;
  try {
    db = new Database(path);
  } catch (cause) {
    throw new DialistError('DB_OPEN', `cannot open database ${path}: ${(cause as Error).message}`, { cause });
  }
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 64 MB of page cache (used only as needed): the name index of 50,000 records is written without thrashing.
  db.pragma('cache_size = -65536');
  migrate(db);
  return db;
}

export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new DialistError('DB_TOO_NEW', `database schema version ${current} is newer than this dialist (${MIGRATIONS.length}); upgrade dialist`);
  }
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

export const schemaVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;
