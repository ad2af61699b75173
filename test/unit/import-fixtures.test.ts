// One folder per case: test/fixtures/import/<case>/{input.*, expected.json}. UPDATE_GOLDEN=1 rewrites expected.json.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, iterateRecords } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';

const root = join(__dirname, '..', 'fixtures', 'import');

describe('import fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const dir = join(root, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))!;
      const db = openDb(':memory:');
      const summary = await importRecords(db, join(dir, input), { at: '2026-01-01T00:00:00.000Z' });
      const actual = {
        summary: { ...summary, diagnostics: undefined },
        diagnostics: summary.diagnostics.map((d) => `${d.place.file}:${d.place.row ?? ''}:${d.place.column ?? ''} ${d.severity} ${d.code} found=${d.found ?? ''}`),
        records: [...iterateRecords(db)],
      };
      const expectedPath = join(dir, 'expected.json');
      if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      expect(existsSync(expectedPath), `${expectedPath} missing: run UPDATE_GOLDEN=1 npm test and read the new file`).toBe(true);
      expect(JSON.parse(JSON.stringify(actual))).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
