import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';

/** An in-memory database holding samples/records.csv, imported at a fixed time (stable goldens). */
export async function sampleDb(at: string): Promise<Db> {
  const db = openDb(':memory:');
  await importRecords(db, join(__dirname, '../../samples/records.csv'), { at });
  return db;
}
