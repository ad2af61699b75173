// Writes data/jyutping.json: the usual Jyutping reading(s) of every CJK character, looked up with to-jyutping
// in every form the character may be written in (as written, simplified, OpenCC/Hong Kong/Taiwan traditional).
// It is what src/names/hong-kong.ts would compute at run time, computed once: loading to-jyutping and four
// OpenCC converters takes most of a second, which a command matching one name should not pay.
// Characters outside the table are still read at run time. Rerun after upgrading to-jyutping or opencc-js:
//   npm run build && node scripts/make-jyutping-table.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { readCharacterJyutping } from '../dist/names/hong-kong.js';

const version = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
const ranges = [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]];
const readings = {};
for (const [from, to] of ranges) {
  for (let cp = from; cp <= to; cp++) {
    const char = String.fromCodePoint(cp);
    const out = readCharacterJyutping(char);
    if (out.length) readings[char] = out.join(' ');
  }
}
const table = {
  description: 'Usual Jyutping reading of each character in each of its written forms (first: as written). Made by scripts/make-jyutping-table.mjs.',
  source: `to-jyutping ${version('to-jyutping')}, opencc-js ${version('opencc-js')}`,
  readings,
};
writeFileSync(new URL('../data/jyutping.json', import.meta.url), JSON.stringify(table) + '\n');
console.log(`${Object.keys(readings).length} characters`);
