// Ordinary mistakes and hostile input at the command line (issue 13): every option value is checked, a
// mistyped or foreign database is never created or changed, concurrent writers wait, files stay inside --out,
// and nothing ordinary ends in "internal error".
import { beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { cli } from '../helpers/cli.js';
import { cliProcess } from '../helpers/cli-process.js';
import { expandPaths } from '../../src/pipeline/expand-paths.js';
import { MATCH_DEFAULTS } from '../../src/match/index.js';

const samples = join(__dirname, '../../samples');
const tmp = () => mkdtempSync(join(tmpdir(), 'dialist-safety-'));
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const noBug = (r: { code: number | null; err: string }) => {
  expect(r.err).not.toMatch(/internal error|This is a bug/);
  expect([1, 2]).toContain(r.code);
};

let dir: string;
let db: string;
/** A copy of the records database made once (importing again in every test would slow the suite). */
const copyDb = (to: string) => (copyFileSync(db, to), to);
beforeAll(async () => {
  dir = tmp();
  db = join(dir, 'records.db');
  expect((await cli('--db', db, 'import', join(samples, 'records.csv'))).code).toBe(0);
});

describe('every option value is checked: usage error, exit 2, the accepted values named (item 8)', () => {
  it('--limit takes a whole number', async () => {
    for (const argv of [['records', 'search', '--limit', '5x', 'Zhu Dong'], ['records', 'list', '--limit', 'abc'], ['records', 'list', '--offset', '-1']]) {
      const r = await cli('--db', db, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err, argv.join(' ')).toMatch(/error \w+: .*whole number/);
      expect(r.out).toBe('');
    }
  });

  it('--stale takes a positive number of years', async () => {
    for (const v of ['abc', '-5', '0']) {
      const r = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--stale', v);
      expect(r.code, v).toBe(2);
      expect(r.err, v).toContain('--stale');
    }
  });

  it('--filter names its fields and the values a closed field takes', async () => {
    const dying = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--filter', 'status=dying');
    expect(dying.code).toBe(2);
    expect(dying.err).toMatch(/status.*serving.*released/);
    // "dead" is a word for deceased: accepted, and said so, since no record is deceased.
    const dead = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--filter', 'status=dead');
    expect(dead.err).toMatch(/status=dead \(deceased\) matches no record/);
    const field = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--filter', 'colour=red');
    expect(field.code).toBe(2);
    expect(field.err).toMatch(/province, ethnicity, status, charge, gender/);
    const gender = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--filter', 'gender=x');
    expect(gender.code).toBe(2);
  });

  it('a filter value that selects nobody is said so', async () => {
    const r = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--filter', 'province=Atlantis');
    expect(r.err).toMatch(/province=Atlantis.*no record/);
  });

  it('--date and --received take real calendar dates', async () => {
    for (const d of ['2026-13-45', '2026-02-30', '27/11/2026', 'today']) {
      const r = await cli('--db', db, 'list', 'create', '--title', 'T', '--recipient', 'R', '--ids', 'DEMO0001', '--date', d);
      expect(r.code, d).toBe(2);
      expect(r.err, d).toMatch(/YYYY-MM-DD/);
    }
    const leap = await cli('--db', db, '--json', 'list', 'create', '--title', 'T', '--recipient', 'R', '--ids', 'DEMO0001', '--date', '2028-02-29');
    expect(leap.code).toBe(0);
    const r = await cli('--db', db, 'ingest', join(samples, 'responses'), '--received', 'last tuesday');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--received');
  });

  it('--db takes a file name: an empty one would be a temporary database, lost at exit', async () => {
    const r = await cli('--db', '', 'import', join(samples, 'records.csv'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--db');
  });

  it('list numbers and formats are checked', async () => {
    for (const argv of [['list', 'show', 'abc'], ['list', 'render', '1x'], ['ingest', join(samples, 'responses'), '--list', 'three'], ['records', 'export', '--out', join(dir, 'x.csv'), '--format', 'pdf']]) {
      const r = await cli('--db', db, ...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).not.toMatch(/internal error/);
    }
  });
});

describe('match: one output line per data row, row equal to the input row (item 9)', () => {
  it('keeps blank rows in place', async () => {
    writeFileSync(join(dir, 'blank.csv'), 'name\nZhu Dong\n\n,\nWang Jun\n');
    const r = await cli('--db', db, '--json', 'match', join(dir, 'blank.csv'));
    expect(r.code).toBe(0);
    const rows = r.lines();
    expect(rows.map((x) => x.row)).toEqual([1, 2, 3, 4]);
    expect(rows[3].input.name).toBe('Wang Jun');
    expect(rows[1]).toMatchObject({ decision: 'none', id: null, reason: 'blank row' });
  });
});

describe('the database: never created by mistake, another program\'s file never touched (item 12)', () => {
  it('read commands on a missing database say so and create nothing', async () => {
    const missing = join(tmp(), 'mistyped.db');
    for (const argv of [['records', 'list'], ['records', 'search', 'Zhu'], ['list', 'ls'], ['match', join(samples, 'names-to-match.csv')], ['ingest', join(samples, 'responses')]]) {
      const r = await cli('--db', missing, ...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err).toContain(`no database at ${missing}`);
      expect(r.err).toContain('dialist init');
      expect(existsSync(missing)).toBe(false);
    }
    expect((await cli('--db', missing, 'init')).code).toBe(0);
    expect(existsSync(missing)).toBe(true);
  });

  it('refuses another program\'s SQLite file and leaves it unchanged', async () => {
    const d = tmp();
    const foreign = join(d, 'photos.sqlite');
    const other = new Database(foreign);
    other.exec("CREATE TABLE albums (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO albums (name) VALUES ('holiday')");
    other.close();
    const before = sha(foreign);
    for (const argv of [['records', 'list'], ['init'], ['import', join(samples, 'records.csv')]]) {
      const r = await cli('--db', foreign, ...argv);
      expect(r.code, argv.join(' ')).toBe(1);
      expect(r.err).toMatch(/error DB_FOREIGN: .*photos\.sqlite.*albums/);
    }
    expect(sha(foreign)).toBe(before);
    expect(readdirSync(d)).toEqual(['photos.sqlite']);
  });

  it('stamps a new database as dialist\'s, and accepts (and stamps) one made before the stamp', async () => {
    const d = tmp();
    const made = join(d, 'new.db');
    await cli('--db', made, 'init');
    const a = new Database(made);
    expect(a.pragma('application_id', { simple: true })).not.toBe(0);
    // A database from before: dialist's tables and user_version, no application_id.
    a.pragma('application_id = 0');
    a.close();
    expect((await cli('--db', made, 'records', 'list')).code).toBe(0);
    const b = new Database(made);
    expect(b.pragma('application_id', { simple: true })).not.toBe(0);
    b.close();
  });
});

describe('ordinary mistakes end in a one-line error that says what to do, never "internal error" (item 16)', () => {
  it('a file that is not SQLite', async () => {
    const notes = join(tmp(), 'notes.db');
    writeFileSync(notes, 'These are my notes, not a database.\n'.repeat(50));
    const before = sha(notes);
    const r = await cli('--db', notes, 'records', 'list');
    noBug(r);
    expect(r.err).toMatch(/error DB_NOT_SQLITE: .*notes\.db/);
    expect(sha(notes)).toBe(before);
  });

  it('a read-only database: reading works, writing says why not', async () => {
    const d = tmp();
    const ro = join(d, 'ro.db');
    copyFileSync(db, ro);
    chmodSync(d, 0o777);
    chmodSync(ro, 0o444);
    const [write, read] = await Promise.all([
      cliProcess(['--db', ro, 'import', join(samples, 'records-gb18030.csv')], { asOtherUser: true }),
      cliProcess(['--db', ro, 'records', 'show', 'DEMO0001'], { asOtherUser: true }),
    ]);
    noBug(write);
    expect(write.err).toMatch(/error DB_READ_ONLY: /);
    expect(read.err).toBe('');
    expect(read.code).toBe(0);
  });

  it('a database in a read-only folder', async () => {
    const d = tmp();
    const inside = join(d, 'locked');
    chmodSync(d, 0o755);
    mkdirSync(inside);
    copyFileSync(db, join(inside, 'a.db'));
    chmodSync(inside, 0o555);
    const r = await cliProcess(['--db', join(inside, 'a.db'), 'records', 'list'], { asOtherUser: true });
    noBug(r);
    expect(r.err).toMatch(/error DB_READ_ONLY: .*folder/);
  });

  it('--out naming an existing file, a missing --ids-file, a folder given to import or match', async () => {
    const d = tmp();
    const work = copyDb(join(d, 'w.db'));
    await cli('--db', work, 'list', 'create', '--title', 'T', '--recipient', 'R', '--ids', 'DEMO0001');
    writeFileSync(join(d, 'taken'), 'x');
    const out = await cli('--db', work, 'list', 'render', '1', '--out', join(d, 'taken'));
    noBug(out);
    expect(out.err).toMatch(/error \w+: .*taken.*folder/);
    const ids = await cli('--db', work, 'list', 'create', '--title', 'T', '--recipient', 'R', '--ids-file', join(d, 'no-such-ids.txt'));
    noBug(ids);
    expect(ids.err).toMatch(/error FILE_NOT_FOUND: .*no-such-ids\.txt/);
    for (const cmd of ['import', 'match']) {
      const r = await cli('--db', work, cmd, d);
      noBug(r);
      expect(r.err, cmd).toMatch(/error \w+: .*folder/);
    }
  });
});

describe('a damaged spreadsheet is bad input, not a bug (item 16)', () => {
  it('import and match refuse it with a one-line error', async () => {
    const bad = join(tmp(), 'names.xlsx');
    writeFileSync(bad, Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
    for (const cmd of ['import', 'match']) {
      const r = await cli('--db', db, cmd, bad);
      noBug(r);
      // The kind is read from the bytes (item 19): random bytes named .xlsx are no table at all.
      expect(r.err, cmd).toMatch(/error (?:NOT_A_TABLE|XLSX_UNREADABLE): /);
    }
  });
});

describe('two ingest runs over the same documents at once (item 15)', () => {
  it('the loser reports duplicates and goes on; every document is stored once', async () => {
    const d = tmp();
    const shared = copyDb(join(d, 'shared.db'));
    const docs = join(d, 'docs');
    mkdirSync(docs);
    const names = ['朱东', '王军', '汪俊', '黄琪', '曾志华'];
    // Documents long enough that each takes a while to read and match: the second process, skipping what the first
    // has stored, catches up with it and reaches a document the first is still reading (the race of item 15).
    const letter = (i: number) => `答复（第${i}号）\n` + Array.from({ length: 40 }, (_, k) => `${k + 1}、${names[(i + k) % 5]}，男，1968年生，现在北京市第二监狱服刑。`).join('\n');
    for (let i = 0; i < 10; i++) writeFileSync(join(docs, `reply-${String(i).padStart(2, '0')}.txt`), letter(i));
    const [a, b] = await Promise.all([0, 1].map(() => cliProcess(['--db', shared, '--json', 'ingest', docs, '--received', '2027-01-08'])));
    for (const r of [a, b]) {
      expect(r.err).not.toMatch(/UNIQUE|internal error/);
      expect(r.code).toBe(0);
      const outcomes = r.out.trim().split('\n').map((l) => JSON.parse(l).outcome);
      expect(outcomes).toHaveLength(10);
      expect(outcomes.every((o) => o === 'ingested' || o === 'duplicate')).toBe(true);
    }
    const check = new Database(shared, { readonly: true });
    expect(check.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 10 });
    check.close();
  });
});

describe('path traversal: a template name cannot write outside --out (item 17)', () => {
  it('writes only inside --out, with a safe file name', async () => {
    const d = tmp();
    const work = copyDb(join(d, 'w.db'));
    await cli('--db', work, 'list', 'create', '--title', 'T', '--recipient', 'R', '--ids', 'DEMO0001');
    const tpl = JSON.parse(readFileSync(join(__dirname, '../../templates/bilingual-table.json'), 'utf8'));
    const out = join(d, 'a', 'b', 'out');
    for (const name of ['/../../escaped', '../../../escaped', 'C:\\evil\\..\\escaped', '..']) {
      writeFileSync(join(d, 'tpl.json'), JSON.stringify({ ...tpl, name }));
      const r = await cli('--db', work, '--json', 'list', 'render', '1', '--template', join(d, 'tpl.json'), '--out', out, '--format', name === '..' ? 'pdf,docx' : 'docx');
      expect(r.code, name).toBe(0);
      for (const f of r.lines()[0].files) {
        expect(resolve(f.path).startsWith(resolve(out) + '/'), f.path).toBe(true);
        expect(f.path.slice(resolve(out).length + 1), f.path).toMatch(/^list-1-[\w.-]+\.(pdf|docx)$/);
      }
    }
    expect(readdirSync(join(d, 'a'))).toEqual(['b']);
    expect(readdirSync(join(d, 'a', 'b'))).toEqual(['out']);
    expect(readdirSync(d).filter((f) => !f.startsWith('w.db')).sort()).toEqual(['a', 'tpl.json']);
  });
});

describe('folders with nothing to read, and symbolic links, are said so (item 18)', () => {
  it('an empty folder: exit 1 and a message', async () => {
    const empty = join(tmp(), 'empty');
    mkdirSync(empty);
    const r = await cli('--db', db, 'ingest', empty);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty.*no documents/);
  });

  it('a folder of symbolic links: each named as skipped, with why', async () => {
    const d = tmp();
    const links = join(d, 'links');
    mkdirSync(links);
    writeFileSync(join(d, 'real.txt'), '朱东，男，现在服刑。\n');
    symlinkSync(join(d, 'real.txt'), join(links, 'a.txt'));
    symlinkSync(join(d, 'nowhere.txt'), join(links, 'b.txt'));
    const found = expandPaths([links]);
    expect(found.files).toEqual([]);
    expect(found.skipped.map((s) => s.path).sort()).toEqual([join(links, 'a.txt'), join(links, 'b.txt')]);
    expect(found.skipped[0].reason).toMatch(/symbolic link/);
    const r = await cli('--db', db, 'ingest', links);
    expect(r.code).toBe(1);
    expect(r.err).toContain(join(links, 'a.txt'));
    expect(r.err).toMatch(/symbolic link.*not followed/);
    expect(r.err).toMatch(/no documents/);
  });
});

describe('the config file: said which, values in range, namesakes always reviewed (item 7)', () => {
  it('says on stderr which config file is used, also one found in the working folder', async () => {
    const d = tmp();
    writeFileSync(join(d, 'dialist.config.json'), JSON.stringify({ match: { autoMinimum: 0.95 } }));
    writeFileSync(join(d, 'names.csv'), 'name\nZhu Dong\n');
    const cwd = process.cwd();
    process.chdir(d);
    const r = await cli('--db', db, '--json', 'match', join(d, 'names.csv')).finally(() => process.chdir(cwd));
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/config: .*dialist\.config\.json/);
    const explicit = await cli('--db', db, '--config', join(d, 'dialist.config.json'), 'match', '--explain');
    expect(explicit.err).toContain(join(d, 'dialist.config.json'));
  });

  it('refuses a value outside its range, naming the range', async () => {
    const d = tmp();
    for (const [k, v] of [['autoMargin', 0], ['autoMinimum', 0.3], ['onList', 0.5], ['birthYearAgree', 0.6], ['ocrAutoConfidence', 0]] as const) {
      writeFileSync(join(d, 'c.json'), JSON.stringify({ match: { [k]: v } }));
      const r = await cli('--db', db, '--config', join(d, 'c.json'), 'match', join(samples, 'names-to-match.csv'));
      expect(r.code, k).toBe(1);
      expect(r.err, k).toMatch(new RegExp(`${k}.*${v}.*from -?[\\d.]+ to -?[\\d.]+`));
    }
  });

  it('every setting declares its range, and --explain prints it', async () => {
    for (const [k, s] of Object.entries(MATCH_DEFAULTS) as [string, { value: number; min: number; max: number }][]) {
      expect(s.min, k).toBeLessThanOrEqual(s.value);
      expect(s.max, k).toBeGreaterThanOrEqual(s.value);
    }
    const r = await cli('--db', db, 'match', '--explain');
    expect(r.out).toMatch(/autoMargin\s+0\.1\s+0\.1\s+0\.05 to 1/);
  });

  it('two equally plausible records go to review at the most permissive settings allowed', async () => {
    const d = tmp();
    const permissive = Object.fromEntries(Object.entries(MATCH_DEFAULTS).map(([k, s]) => {
      const { min, max } = s as { min: number; max: number };
      return [k, ['autoMinimum', 'autoMargin', 'reviewMinimum', 'ocrAutoConfidence', 'ocrPenalty', 'noneScore'].includes(k) ? min : max];
    }));
    writeFileSync(join(d, 'c.json'), JSON.stringify({ match: permissive }));
    // DEMO0007 and DEMO0008 are both 王军 / Wang Jun; DEMO0007 is on the list answered.
    writeFileSync(join(d, 'names.csv'), 'name\n王军\nWang Jun\n');
    const r = await cli('--db', db, '--json', '--config', join(d, 'c.json'), 'match', join(d, 'names.csv'));
    expect(r.code).toBe(0);
    for (const row of r.lines()) expect(row.decision, row.input.name).toBe('review');
  });
});
