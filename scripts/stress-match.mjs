// Variations the development set does not exercise, generated from its registry: tone numbers, v for ü,
// spaced characters, titles, brackets, joined or split syllables, and one character mistaken (a homophone
// or any other character). Prints, per variation, top1, top5, auto-accepted and wrongly auto-accepted.
// usage: node scripts/stress-match.mjs [evalDir]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { createMatcher } from '../dist/match/index.js';
import { openDb, iterateRecords } from '../dist/store/index.js';
import { importRecords } from '../dist/pipeline/import-records.js';

const evalDir = resolve(process.argv[2] ?? '../shared/eval');
const db = openDb(':memory:');
await importRecords(db, join(evalDir, 'names', 'registry.csv'));
const recs = [...iterateRecords(db)];
const m = createMatcher(recs);
const count = new Map();
for (const r of recs) if (r.names.zhSimplified) count.set(r.names.zhSimplified, (count.get(r.names.zhSimplified) ?? 0) + 1);
const han = recs.filter((r) => r.names.zhSimplified && !r.names.zh.includes('·') && r.ethnicity === 'Han' && count.get(r.names.zhSimplified) === 1);
const plain = (r) => r.names.pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const num = (zh) => pinyin(zh, { type: 'array', toneType: 'num', surname: 'head' });
let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const homophones = new Map();
const chars = [];
for (const r of han) for (const c of r.names.zhSimplified) { const p = pinyin(c, { toneType: 'none' }); if (!homophones.has(p)) homophones.set(p, new Set()); homophones.get(p).add(c); chars.push(c); }
const mistake = (kind) => (r) => {
  const cs = [...r.names.zhSimplified];
  const i = 1 + Math.floor(rnd() * (cs.length - 1));
  const options = kind === 'homophone' ? [...(homophones.get(pinyin(cs[i], { toneType: 'none' })) ?? [])].filter((c) => c !== cs[i]) : chars.filter((c) => c !== cs[i]);
  if (!options.length) return undefined;
  cs[i] = options[Math.floor(rnd() * options.length)];
  const q = cs.join('');
  return count.has(q) ? undefined : q;
};
const VARIANTS = {
  spacedCharacters: (r) => [...r.names.zh].join(' '), titleZh: (r) => r.names.zh + '牧师', titleEn: (r) => 'Pastor ' + plain(r),
  bracketed: (r) => `${r.names.zh}（${plain(r)}）`, toneNumbers: (r) => { const n = num(r.names.zhSimplified); return n[0] + ' ' + n.slice(1).join(''); },
  vForU: (r) => r.names.pinyin.normalize('NFD').replace(/u\u0308/g, 'v').replace(/[\u0300-\u036f]/g, ''), joined: (r) => plain(r).replace(/ /g, ''),
  lowerCase: (r) => plain(r).toLowerCase(), syllablesSplit: (r) => pinyin(r.names.zhSimplified, { type: 'array', toneType: 'none', surname: 'head' }).join(' '),
  homophoneMistake: mistake('homophone'), otherCharacterMistake: mistake('other'),
};
const out = {};
for (const [name, make] of Object.entries(VARIANTS)) {
  const s = { n: 0, top1: 0, top5: 0, auto: 0, autoWrong: 0 };
  for (const r of han.slice(0, 600)) {
    const q = make(r);
    if (!q) continue;
    s.n++;
    const res = m.matchName(q);
    if (res.candidates[0]?.id === r.id) s.top1++;
    if (res.candidates.slice(0, 5).some((c) => c.id === r.id)) s.top5++;
    if (res.decision === 'auto') { s.auto++; if (res.id !== r.id) s.autoWrong++; }
  }
  out[name] = { n: s.n, top1: +(100 * s.top1 / s.n).toFixed(1), top5: +(100 * s.top5 / s.n).toFixed(1), auto: +(100 * s.auto / s.n).toFixed(1), autoWrong: s.autoWrong };
}
console.log(JSON.stringify(out));
