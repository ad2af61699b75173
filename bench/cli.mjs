// Benchmark: what a user runs. Whole `dialist` processes on a database of N generated records, each beside a
// bare `node -e 0` measured in the same run, interleaved (this machine is shared: medians of several runs).
// Also: 2,000 names in one `dialist match` process beside plain fuse.js over the same names, also a whole
// process (loading every record and building its index, as dialist used to), and the stored index in-process.
// Prints JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRows, rng, toCsv } from './generate.mjs';
import { deriveNames } from '../dist/names/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', 'bin', 'dialist.js');
const n = Number(process.argv[2] ?? 50000);
const names = Number(process.argv[3] ?? 2000);
const fuseSample = Number(process.argv[4] ?? 40);
const runs = Number(process.argv[5] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'dialist-bench-cli-'));
const db = join(dir, 'bench.db');

const wall = (argv) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}): ${r.stderr}`);
  return { seconds: (performance.now() - t) / 1000, stdout: r.stdout };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 3) => +x.toFixed(d);

// The records, and names as responses write them (characters in traditional, pinyin with or without tones,
// surname in capitals, surname last), as in bench/match.mjs.
const rows = generateRows(n, 7);
writeFileSync(join(dir, 'records.csv'), toCsv(rows));
const r = rng(5);
const variants = ['characters', 'pinyin', 'tones', 'upper', 'western'];
const queries = [];
for (let i = 0; i < names; i++) {
  const [, zh, en, , , , ethnicity] = rows[Math.floor(r() * rows.length)];
  const derived = deriveNames({ zh, en, aliases: [], ethnicity });
  const plain = (derived.pinyin ?? derived.en).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const words = plain.split(' ');
  const v = variants[i % variants.length];
  queries.push(v === 'characters' ? derived.zhTraditional ?? derived.zh
    : v === 'tones' ? derived.pinyin ?? derived.en
    : v === 'upper' ? [words[0].toUpperCase(), ...words.slice(1)].join(' ')
    : v === 'western' && words.length === 2 ? `${words[1]} ${words[0]}` : plain);
}
writeFileSync(join(dir, 'names.csv'), 'name\n' + queries.join('\n') + '\n');
writeFileSync(join(dir, 'one-latin.csv'), 'name\nLiu Hsiao-po\n');
writeFileSync(join(dir, 'one-zh.csv'), 'name\n劉曉波\n');

// Import through the command, with the index: the first figure a new user meets.
const imported = wall([bin, '--db', db, 'import', join(dir, 'records.csv')]);

// Start-up and one-name commands, interleaved with node -e 0 so that all see the same load.
const commands = {
  node: ['-e', '0'],
  version: [bin, '--version'],
  help: [bin, '--help'],
  matchLatin: [bin, '--db', db, 'match', join(dir, 'one-latin.csv')],
  matchCharacters: [bin, '--db', db, 'match', join(dir, 'one-zh.csv')],
  search: [bin, '--db', db, 'records', 'search', 'Liu Hsiao-po'],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [k, argv] of Object.entries(commands)) times[k].push(wall(argv).seconds);
const med = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));

// 2,000 names in one process.
const many = wall([bin, '--db', db, '--json', 'match', join(dir, 'names.csv')]);
const matched = many.stdout.trim().split('\n').length;

// Plain fuse.js, whole process: load every record, index the name fields, search a sample of the same names.
const fuseScript = join(dir, 'fuse.mjs');
writeFileSync(fuseScript, `
import Fuse from ${JSON.stringify(join(here, '..', 'node_modules', 'fuse.js', 'dist', 'fuse.mjs'))};
import { openDb, iterateRecords } from ${JSON.stringify(join(here, '..', 'dist', 'store', 'index.js'))};
const t0 = performance.now();
const db = openDb(${JSON.stringify(db)});
const records = [...iterateRecords(db)].map((x) => ({ id: x.id, zh: x.names.zh ?? '', en: x.names.en ?? '', pinyin: x.names.pinyin ?? '' }));
const fuse = new Fuse(records, { keys: ['zh', 'en', 'pinyin'], includeScore: true, threshold: 0.4 });
const t1 = performance.now();
const names = ${JSON.stringify(queries.slice(0, fuseSample))};
for (const q of names) fuse.search(q, { limit: 5 });
const t2 = performance.now();
console.log(JSON.stringify({ loadSeconds: (t1 - t0) / 1000, searchSeconds: (t2 - t1) / 1000 }));
`);
const fuseRun = wall([fuseScript]);
const fuse = JSON.parse(fuseRun.stdout.trim());
// The same 2,000 names through fuse.js in one process: its start-up and loading once, then every search.
const fusePerSearch = fuse.searchSeconds / fuseSample;
const fuseStartup = fuseRun.seconds - fuse.searchSeconds;
const fuseWhole = fuseStartup + names * fusePerSearch;

// In-process figures for the stored index, beside the same names through an index built in memory.
const inProcess = JSON.parse(execFileSync(process.execPath, ['-e', `
const { openDb, iterateRecords } = await import(${JSON.stringify(join(here, '..', 'dist', 'store', 'index.js'))});
const { loadMatcher } = await import(${JSON.stringify(join(here, '..', 'dist', 'pipeline', 'load-matcher.js'))});
const { createMatcher, queryKeys } = await import(${JSON.stringify(join(here, '..', 'dist', 'match', 'index.js'))});
const db = openDb(${JSON.stringify(db)});
const names = ${JSON.stringify(queries)};
let t = performance.now();
const stored = loadMatcher(db);
const openSeconds = (performance.now() - t) / 1000;
stored.matchName(names[0]);
t = performance.now();
for (const q of names) stored.matchName(q);
const storedMs = (performance.now() - t) / names.length;
// knownKeys: the keys of about 2,500 names (a long document's worth), asked at once.
const keys = names.concat(names).flatMap((q) => queryKeys(q).keys.map((k) => k.key)).slice(0, 50000);
t = performance.now();
const known = stored.knownKeys(keys).size;
const knownKeysSeconds = (performance.now() - t) / 1000;
t = performance.now();
const memory = createMatcher(iterateRecords(db));
const buildSeconds = (performance.now() - t) / 1000;
t = performance.now();
for (const q of names) memory.matchName(q);
const memoryMs = (performance.now() - t) / names.length;
console.log(JSON.stringify({ openSeconds, storedMs, knownKeys: keys.length, known, knownKeysSeconds, buildSeconds, memoryMs }));
`, '--input-type=module'], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').pop());

rmSync(dir, { recursive: true, force: true });
const x = (k) => round(med[k] / med.node, 1);
console.log(JSON.stringify({
  records: n, runs,
  importSeconds: round(imported.seconds, 1),
  nodeSeconds: round(med.node), versionSeconds: round(med.version), helpSeconds: round(med.help),
  matchLatinSeconds: round(med.matchLatin), matchCharactersSeconds: round(med.matchCharacters), searchSeconds: round(med.search),
  versionX: x('version'), helpX: x('help'), matchLatinX: x('matchLatin'), matchCharactersX: x('matchCharacters'), searchX: x('search'),
  names, matched, manySeconds: round(many.seconds, 2), msPerName: round((1000 * many.seconds) / names, 2),
  fuseSample, fuseLoadSeconds: round(fuse.loadSeconds, 2), fuseMsPerSearch: round(1000 * fusePerSearch, 1),
  fuseWholeSeconds: round(fuseWhole, 1), fuseMsPerName: round((1000 * fuseWhole) / names, 1), speedup: Math.round(fuseWhole / many.seconds),
  storedOpenSeconds: round(inProcess.openSeconds, 3), storedMsPerName: round(inProcess.storedMs, 3),
  memoryBuildSeconds: round(inProcess.buildSeconds, 1), memoryMsPerName: round(inProcess.memoryMs, 3),
  knownKeys: inProcess.knownKeys, knownKeysFound: inProcess.known, knownKeysSeconds: round(inProcess.knownKeysSeconds, 3),
}));
