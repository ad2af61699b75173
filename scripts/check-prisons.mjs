// Checks data/prisons.json: JSON shape, provinces spelled as in data/vocabulary.json, source ids, no duplicate
// Chinese names within a province, no name of one place reused by another in the same province, and that regular
// English names agree with the pinyin of the Chinese name (a warning: some English names are established spellings).
// usage: node scripts/check-prisons.mjs [path]   (exit 1 when an error is found)
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const path = process.argv[2] ?? new URL('../data/prisons.json', import.meta.url).pathname;
const data = JSON.parse(readFileSync(path, 'utf8'));
const vocab = JSON.parse(readFileSync(new URL('../data/vocabulary.json', import.meta.url), 'utf8'));
const provinces = new Set(vocab.provinces.map((p) => p.en));
const KINDS = new Set(['prison', 'womens_prison', 'juvenile', 'detention_centre', 'prison_hospital', 're-education', 'other']);
const errors = [];
const warnings = [];

const sourceIds = new Set();
for (const s of data.sources ?? []) {
  if (!s.id || !s.title || !s.url || !s.note) errors.push(`source ${JSON.stringify(s.id)}: id, title, url and note are required`);
  if (sourceIds.has(s.id)) errors.push(`source ${s.id}: duplicate id`);
  sourceIds.add(s.id);
}
const cited = new Set();
const names = new Map(); // province + normalised name -> index of the place that owns it
const norm = (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
(data.places ?? []).forEach((p, i) => {
  const at = `place ${i} (${p.zh ?? '?'})`;
  if (!p.zh || !/^[\u3400-\u9fff]+$/.test(p.zh)) errors.push(`${at}: zh must be Chinese characters only`);
  if (!p.en) errors.push(`${at}: en is required`);
  if (!provinces.has(p.province)) errors.push(`${at}: province ${JSON.stringify(p.province)} is not in data/vocabulary.json`);
  if (!KINDS.has(p.kind)) errors.push(`${at}: kind ${JSON.stringify(p.kind)} is not one of ${[...KINDS].join(', ')}`);
  if (!Array.isArray(p.sources) || p.sources.length === 0) errors.push(`${at}: cites no source`);
  for (const s of p.sources ?? []) {
    if (!sourceIds.has(s)) errors.push(`${at}: source ${s} does not exist`);
    cited.add(s);
  }
  if (p.zhFull === p.zh) errors.push(`${at}: zhFull repeats zh (omit it)`);
  for (const n of [p.zh, p.zhFull, p.en, ...(p.aliases ?? [])].filter(Boolean)) {
    const key = `${p.province}\u0000${norm(n)}`;
    if (names.has(key) && names.get(key) !== i) {
      errors.push(`${at}: name ${JSON.stringify(n)} is also used by place ${names.get(key)} in ${p.province}`);
    }
    names.set(key, i);
  }
  // Regular names "X Prison" for X监狱: the English stem should be the pinyin of X.
  const m = /^(.+)监狱$/.exec(p.zh);
  const e = /^(.+) Prison$/.exec(p.en);
  if (m && e && !/第|女子/.test(m[1])) {
    const py = pinyin(m[1], { toneType: 'none', type: 'array' }).join('');
    if (py.toLowerCase() !== e[1].toLowerCase().replace(/[' ]/g, '')) warnings.push(`${at}: en ${p.en} vs pinyin ${py}`);
  }
});
for (const id of sourceIds) if (!cited.has(id)) warnings.push(`source ${id} is cited by no place`);

const byKind = {};
const byProvince = {};
for (const p of data.places) {
  byKind[p.kind] = (byKind[p.kind] ?? 0) + 1;
  byProvince[p.province] = (byProvince[p.province] ?? 0) + 1;
}
console.log(`${data.places.length} places, ${data.sources.length} sources`);
console.log('by kind:', JSON.stringify(byKind));
console.log('by province:', JSON.stringify(byProvince));
console.log('provinces without places:', [...provinces].filter((p) => !byProvince[p]).join(', ') || '(none)');
for (const w of warnings) console.log('warning:', w);
for (const e of errors) console.log('error:', e);
console.log(`${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
