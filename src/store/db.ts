import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS } from './schema.js';
import { DialistError } from '../model/index.js';

export type Db = Database.Database;

/** `PRAGMA application_id` of every dialist database ("DLST"): another program's SQLite file is told apart by it. */
export const APPLICATION_ID = 0x444c5354;
/** Tables every dialist database has had since schema 1: an older database without the stamp is recognised by them. */
const OWN_TABLES = ['records', 'record_history', 'lists', 'list_items', 'documents', 'entries', 'match_decisions', 'events'];
/** How long a writer waits for another (a second `dialist ingest` on the same database) before giving up. */
const BUSY_TIMEOUT_MS = 60_000;

export interface OpenOptions {
  /**
   * Create the database when the file does not exist (default true, for the library and tests). The command
   * line creates only on `init`, `import` and `demo`, so that a mistyped --db never makes a new, empty database.
   */
  create?: boolean;
}

/**
 * Opens a dialist database: WAL, foreign keys, a busy timeout, migrations applied. Refuses, without writing a
 * byte, a missing file (unless `create`), a file that is not SQLite and another program's SQLite database.
 */
export function openDb(path: string, { create = true }: OpenOptions = {}): Db {
  const memory = path === ':memory:';
  if (!path.trim()) throw new DialistError('DB_NO_PATH', 'no database file named: give --db FILE (or set $DIALIST_DB)');
  const exists = !memory && existsSync(path);
  if (!memory && !exists && !create) {
    throw new DialistError('DB_NOT_FOUND', `no database at ${path}; run \`dialist init\` to create one there, or check the path given to --db (or $DIALIST_DB)`);
  }
  if (exists && statSync(path).isDirectory()) throw new DialistError('DB_IS_FOLDER', `${path} is a folder: --db takes a database file, e.g. --db ${path.replace(/\/+$/, '')}/dialist.db`);
  if (!memory && !exists && !existsSync(dirname(resolve(path)))) throw new DialistError('DB_NO_FOLDER', `cannot create ${path}: the folder ${dirname(resolve(path))} does not exist; create it first or check the path`);
  let db: Db;
  try {
    db = new Database(path);
  } catch (cause) {
    throw describeDbError(cause, path) ?? new DialistError('DB_OPEN', `cannot open database ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    checkIdentity(db, path, { create });
    if (!memory) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // 64 MB of page cache (used only as needed): the name index of 50,000 records is written without thrashing.
    db.pragma('cache_size = -65536');
    migrate(db);
    return db;
  } catch (cause) {
    db.close();
    throw describeDbError(cause, path) ?? cause;
  }
}

/**
 * Is this file dialist's? Stamped: yes. Empty (new): yes, when we may create. Unstamped but with dialist's
 * tables at schema 1 or later (made before the stamp): yes, stamped at the next migration. Anything else is
 * another program's database and is left alone.
 */
function checkIdentity(db: Db, path: string, { create }: { create: boolean }): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id === APPLICATION_ID) return;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  if (id === 0 && version === 0 && !tables.length) {
    if (!create) throw new DialistError('DB_NOT_FOUND', `no database at ${path} (the file is empty); run \`dialist init\` to create one there, or check the path given to --db`);
    return;
  }
  if (id === 0 && version >= 1 && OWN_TABLES.every((t) => tables.includes(t))) {
    // A dialist database from before the stamp: stamped with the next migration, or now when none is due.
    if (version >= MIGRATIONS.length) stampOwnership(db);
    return;
  }
  const what = tables.length ? `its tables: ${tables.slice(0, 8).join(', ')}${tables.length > 8 ? ', ...' : ''}` : `application id ${id}`;
  throw new DialistError('DB_FOREIGN', `${path} is another program's SQLite database (${what}): dialist leaves it unchanged. Give --db a new file name, or the path of your dialist database`);
}

/** Writes the stamp; a read-only database (still readable) keeps going without it. */
function stampOwnership(db: Db): void {
  try {
    db.pragma(`application_id = ${APPLICATION_ID}`);
  } catch (e) {
    if (!String((e as { code?: string }).code).startsWith('SQLITE_READONLY')) throw e;
  }
}

/** A one-line explanation, with what to do, of an SQLite failure a user can cause (a read-only file, not SQLite). */
export function describeDbError(e: unknown, path: string): DialistError | undefined {
  if (e instanceof DialistError) return e;
  const code = String((e as { code?: string })?.code ?? '');
  const cause = { cause: e };
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    return new DialistError('DB_READ_ONLY', `cannot write in the folder of ${path} (a read-only folder, or no permission): dialist keeps a journal beside the database, even to read. Copy the database into a folder you can write to, or ask for write permission`, cause);
  }
  if (code === 'SQLITE_CANTOPEN') return new DialistError('DB_CANNOT_OPEN', `cannot open ${path}: no permission to read it, or to write in its folder. Ask for permission, or copy the database into a folder of your own`, cause);
  if (code.startsWith('SQLITE_READONLY')) {
    return new DialistError('DB_READ_ONLY', `${path} is read-only: reading works, but this command writes. Ask for write permission, or copy the database and use the copy (--db COPY)`, cause);
  }
  if (code === 'SQLITE_NOTADB') return new DialistError('DB_NOT_SQLITE', `${path} is not a database (it may be another kind of file): give --db the path of your dialist database, or a new file name to create one with \`dialist init\``, cause);
  if (code.startsWith('SQLITE_CORRUPT')) return new DialistError('DB_CORRUPT', `${path} is damaged: restore it from a backup (copy the .db file while dialist is not running)`, cause);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new DialistError('DB_BUSY', `${path} is busy: another program has been writing to it for over ${BUSY_TIMEOUT_MS / 1000} s. Wait for it to finish, then run the command again`, cause);
  if (code === 'SQLITE_FULL') return new DialistError('DISK_FULL', `the disk holding ${path} is full: free some space and run the command again (nothing was half-written)`, cause);
  if (code.startsWith('SQLITE_IOERR')) return new DialistError('DB_IO', `reading or writing ${path} failed (${(e as Error).message}): check the disk or network drive, then run the command again`, cause);
  return undefined;
}

/** Applies the migrations due, each in a transaction; the first also stamps the database as dialist's. */
export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new DialistError('DB_TOO_NEW', `database schema version ${current} is newer than this dialist (${MIGRATIONS.length}); upgrade dialist`);
  }
  if (current === MIGRATIONS.length) return current;
  const own = (db.pragma('application_id', { simple: true }) as number) === APPLICATION_ID;
  // Foreign keys off while migrating (SQLite's documented way to rebuild a table that others reference: a
  // CHECK constraint can only change by recreating the table); each migration is checked before it commits.
  const fk = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    for (let v = current; v < MIGRATIONS.length; v++) {
      try {
        db.transaction(() => {
          db.exec(MIGRATIONS[v]);
          const broken = db.pragma('foreign_key_check') as unknown[];
          if (broken.length) throw new DialistError('DB_MIGRATION', `migration ${v + 1} left ${broken.length} broken references: ${JSON.stringify(broken.slice(0, 3))}`);
          db.pragma(`user_version = ${v + 1}`);
          if (!own && v === current) db.pragma(`application_id = ${APPLICATION_ID}`);
        })();
      } catch (cause) {
        if (!String((cause as { code?: string }).code).startsWith('SQLITE_READONLY')) throw cause;
        throw new DialistError('DB_READ_ONLY', `the database needs upgrading from schema ${current} to ${MIGRATIONS.length}, but it is read-only: run any command once with write permission, or copy it and use the copy`, { cause });
      }
    }
  } finally {
    if (fk) db.pragma('foreign_keys = ON');
  }
  return MIGRATIONS.length;
}

export const schemaVersion = (db: Db): number => db.pragma('user_version', { simple: true }) as number;
