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
  migrate(db);
  return db;
}

export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new DialistError('DB_TOO_NEW', `database schema version ${current} is newer than this dialist (${MIGRATIONS.length}); upgrade dialist`);
  }
  if (current === MIGRATIONS.length) return current;
  // Foreign keys off while migrating (SQLite's documented way to rebuild a table that others reference: a
  // CHECK constraint can only change by recreating the table); each migration is checked before it commits.
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.transaction(() => {
        db.exec(MIGRATIONS[v]);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length) throw new DialistError('DB_MIGRATION', `migration ${v + 1} left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 3))}`);
        db.pragma(`user_version = ${v + 1}`);
      })();
    }
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
  return MIGRATIONS.length;
}

export const schemaVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;
