// Benchmark: match Q names against N generated records with dialist's index, beside plain fuse.js over the
// same name fields (on a sample of the same queries: fuse takes too long for all). Prints JSON.
import Fuse from 'fuse.js';
import { createMatcher } from '../dist/match/index.js';
import { deriveNames } from '../dist/names/index.js';
import { generateRows, rng } from './generate.mjs';

const n = Number(process.argv[2] ?? 50000);
const q = Number(process.argv[3] ?? 10000);
const fuseSample = Number(process.argv[4] ?? 200);
const rows = generateRows(n, 11);
const records = rows.map(([id, zh, en, , gender, by, ethnicity, province]) => ({
  id, names: deriveNames({ zh, en, aliases: [], ethnicity }), gender, birth: { value: String(by), precision: 'year' }, ethnicity, province, sources: [],
}));

// Queries: each names a record the way responses do (pinyin with or without tones, surname last, traditional).
const r = rng(5);
const variants = ['characters', 'pinyin', 'tones', 'upper', 'western'];
const queries = [];
for (let i = 0; i < q; i++) {
  const rec = records[Math.floor(r() * records.length)];
  const v = variants[i % variants.length];
  const plain = (rec.names.pinyin ?? rec.names.en).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const words = plain.split(' ');
  const name = v === 'characters' ? rec.names.zhTraditional ?? rec.names.zh
    : v === 'tones' ? rec.names.pinyin ?? rec.names.en
    : v === 'upper' ? [words[0].toUpperCase(), ...words.slice(1)].join(' ')
    : v === 'western' && words.length === 2 ? `${words[1]} ${words[0]}` : plain;
  queries.push({ id: rec.id, name });
}

// How many records share each toneless reading: a name shared with others cannot be picked by name alone.
const readingOf = (rec) => (rec.names.pinyin ?? rec.names.en).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
const shared = new Map();
for (const rec of records) shared.set(readingOf(rec), (shared.get(readingOf(rec)) ?? 0) + 1);
const byId = new Map(records.map((x) => [x.id, x]));
const unique = (id) => shared.get(readingOf(byId.get(id))) === 1;

let t = performance.now();
const matcher = createMatcher(records);
const buildMs = performance.now() - t;
t = performance.now();
let top1 = 0, auto = 0, autoRight = 0, uniq = 0, uniqTop1 = 0;
for (const x of queries) {
  const res = matcher.matchName(x.name);
  if (res.candidates[0]?.id === x.id) top1++;
  if (unique(x.id)) { uniq++; if (res.candidates[0]?.id === x.id) uniqTop1++; }
  if (res.decision === 'auto') { auto++; if (res.id === x.id) autoRight++; }
}
const matchMs = performance.now() - t;

const fuseRecords = records.map((x) => ({ id: x.id, zh: x.names.zh, en: x.names.en ?? '', pinyin: x.names.pinyin ?? '' }));
t = performance.now();
const fuse = new Fuse(fuseRecords, { keys: ['zh', 'en', 'pinyin'], includeScore: true, threshold: 0.4 });
const fuseBuildMs = performance.now() - t;
const sample = queries.slice(0, fuseSample);
let fuseTop1 = 0, fuseUniq = 0, fuseUniqTop1 = 0;
t = performance.now();
for (const x of sample) {
  const hit = fuse.search(x.name, { limit: 5 })[0]?.item.id === x.id;
  if (hit) fuseTop1++;
  if (unique(x.id)) { fuseUniq++; if (hit) fuseUniqTop1++; }
}
const fuseMs = performance.now() - t;

const msPerName = matchMs / queries.length;
const fuseMsPerName = fuseMs / sample.length;
console.log(JSON.stringify({
  records: n, queries: q, indexBuildSeconds: +(buildMs / 1000).toFixed(2), msPerName: +msPerName.toFixed(3),
  top1: +(100 * top1 / q).toFixed(1), uniqueShare: +(100 * uniq / q).toFixed(1), uniqueTop1: +(100 * uniqTop1 / Math.max(1, uniq)).toFixed(1), autoShare: +(100 * auto / q).toFixed(1), autoPrecision: +(100 * autoRight / Math.max(1, auto)).toFixed(2),
  fuseSample: sample.length, fuseBuildSeconds: +(fuseBuildMs / 1000).toFixed(2), fuseMsPerName: +fuseMsPerName.toFixed(1), fuseTop1: +(100 * fuseTop1 / sample.length).toFixed(1), fuseUniqueTop1: +(100 * fuseUniqTop1 / Math.max(1, fuseUniq)).toFixed(1),
  speedup: Math.round(fuseMsPerName / msPerName), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
}));
