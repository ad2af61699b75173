/**
 * Romanisation tables: pinyin syllables, Wade-Giles and the other Taiwan systems (romanize-names' table:
 * Wade-Giles as in Taiwan passports, MPS-II, Tongyong), Hong Kong spellings (hong-kong.ts), a consonant
 * skeleton for Uyghur names, and a lexicon of Tibetan name components.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { foldLatin } from './normalize.js';
import { dataPath } from '../config/paths.js';
import { foldHongKong, hongKongSpellings, splitHongKong, usualHongKongSpellings } from './hong-kong.js';
import { readPinyin, remember, surnameLength } from './chinese.js';
import { splitWith } from './syllables.js';

const require = createRequire(import.meta.url);
const PAIRS = require('romanize-names/romanization-pairs.json') as Record<string, { WG: string; 'MPS-II': string; TONGYONG: string }>;

/** Every toneless pinyin syllable, lower case, ü written u (as after foldLatin). */
export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(
  [...Object.keys(PAIRS).map((k) => k.toLowerCase().replace(/ü|v/g, 'u')), 'lu', 'nu', 'lue', 'nue', 'yo', 'o', 'ei'],
);

/**
 * Folded Wade-Giles syllable -> pinyin syllables it may stand for (apostrophes are dropped when folding);
 * TAIWAN_TO_PINYIN adds MPS-II (Jiun, Shiou, Chiou) and Tongyong (Jhih, Syong), which people in Taiwan mix
 * with Wade-Giles in their own names (Ko Wen-je, Hau Lung-bin).
 */
const WG_TO_PINYIN = new Map<string, string[]>();
const TAIWAN_TO_PINYIN = new Map<string, string[]>();
const addReading = (table: Map<string, string[]>, spelling: string, pinyin: string) => {
  const list = table.get(spelling) ?? [];
  if (!list.includes(pinyin)) list.push(pinyin);
  table.set(spelling, list);
};
for (const [py, spellings] of Object.entries(PAIRS)) addReading(WG_TO_PINYIN, foldLatin(spellings.WG), py.toLowerCase().replace(/ü|v/g, 'u'));
for (const [wg, readings] of WG_TO_PINYIN) for (const py of readings) addReading(TAIWAN_TO_PINYIN, wg, py);
for (const [py, spellings] of Object.entries(PAIRS)) {
  for (const system of ['MPS-II', 'TONGYONG'] as const) {
    // Not spellings that are pinyin for another syllable: MPS-II "Liu" is lü, but a Liu is nearly always 劉.
    const spelling = foldLatin(spellings[system]);
    if (!PINYIN_SYLLABLES.has(spelling)) addReading(TAIWAN_TO_PINYIN, spelling, py.toLowerCase().replace(/ü|v/g, 'u'));
  }
}
// Names in Taiwan mix pinyin syllables in too (Hau Lung-bin, Yeh Yi-jin).
for (const py of PINYIN_SYLLABLES) if (!TAIWAN_TO_PINYIN.has(py)) addReading(TAIWAN_TO_PINYIN, py, py);
// Common Wade-Giles and Taiwan spellings the passport table writes differently.
for (const [wg, py] of [
  ['hsu', 'xu'], ['yu', 'yu'], ['chu', 'ju'], ['chu', 'zhu'], ['chueh', 'jue'], ['hsueh', 'xue'], ['yueh', 'yue'],
  ['tzu', 'zi'], ['tsu', 'zu'], ['ssu', 'si'], ['szu', 'si'], ['erh', 'er'], ['jih', 'ri'], ['chih', 'zhi'],
  ['chih', 'chi'], ['shih', 'shi'], ['kuo', 'guo'], ['yen', 'yan'], ['lien', 'lian'], ['mien', 'mian'],
  ['chien', 'jian'], ['chien', 'qian'], ['hsien', 'xian'], ['tien', 'tian'], ['tien', 'dian'], ['nien', 'nian'],
  ['pien', 'bian'], ['pien', 'pian'], ['yung', 'yong'], ['hsiung', 'xiong'], ['chiung', 'jiong'], ['chiung', 'qiong'],
  ['jung', 'rong'], ['jen', 'ren'], ['jan', 'ran'], ['jou', 'rou'], ['juan', 'ruan'], ['jui', 'rui'], ['jo', 'ruo'],
  ['o', 'e'], ['ko', 'ge'], ['ko', 'ke'], ['ho', 'he'], ['ho', 'huo'], ['lo', 'luo'], ['to', 'duo'], ['to', 'tuo'],
  ['so', 'suo'], ['tso', 'zuo'], ['tso', 'cuo'], ['cho', 'zhuo'], ['cho', 'chuo'], ['no', 'nuo'], ['kuang', 'guang'],
  ['kuang', 'kuang'], ['tseng', 'zeng'], ['tseng', 'ceng'], ['tsung', 'zong'], ['tsung', 'cong'], ['tsai', 'cai'],
  ['tsai', 'zai'], ['tsao', 'cao'], ['tsao', 'zao'], ['tsou', 'zou'], ['tsou', 'cou'], ['tsui', 'cui'], ['tsui', 'zui'],
  // Taiwan's own habits: Lee for 李, Soong for 宋, Shieh for 謝, Jou for 周.
  ['lee', 'li'], ['soong', 'song'], ['shieh', 'xie'], ['jou', 'zhou'], ['i', 'yi'],
] as const) {
  addReading(WG_TO_PINYIN, wg, py);
  addReading(TAIWAN_TO_PINYIN, wg, py);
}

// Wade-Giles with ü kept (written v here): chün is jun, not zhun.
const WG_UMLAUT: Record<string, string> = {
  chv: 'ju', chvan: 'juan', chveh: 'jue', chvn: 'jun', hsv: 'xu', hsvan: 'xuan', hsveh: 'xue', hsvn: 'xun',
  yv: 'yu', yvan: 'yuan', yveh: 'yue', yvn: 'yun', lv: 'lu', nv: 'nu', lveh: 'lue', nveh: 'nue',
};
const WG_UMLAUT_ASPIRATED: Record<string, string> = { chv: 'qu', chvan: 'quan', chveh: 'que', chvn: 'qun' };


const PINYIN_TO_WG = new Map<string, string>(Object.entries(PAIRS).map(([py, sp]) => [py.toLowerCase().replace(/ü|v/g, 'u'), foldLatin(sp.WG)]));
const PINYIN_TO_TAIWAN = new Map<string, string[]>(Object.entries(PAIRS).map(([py, sp]) => [
  py.toLowerCase().replace(/ü|v/g, 'u'), [...new Set([sp['MPS-II'], sp.TONGYONG].map((x) => foldLatin(x)))],
]));

/** Romanised spellings of each character of a Han name, folded with `foldHongKong`. */
export interface NameSpellings {
  /** Per character: every spelling (pinyin, Wade-Giles, MPS-II, Tongyong, Hong Kong), the usual ones first. */
  spellings: string[][];
  /** Per character: how many of its first spellings are the usual ones (pinyin, Wade-Giles, Hong Kong of its usual reading). */
  usual: number[];
}

/** Every romanised spelling of each character of a Han name; undefined unless 2-4 characters read one syllable each. */
export function nameSpellings(simplified: string, written: string = simplified): NameSpellings | undefined {
  const chars = [...simplified];
  if (chars.length < 2 || chars.length > 4) return undefined;
  const { plain } = readPinyin(simplified);
  if (plain.length !== chars.length) return undefined;
  const hk = hongKongSpellings(written);
  const hkUsual = usualHongKongSpellings(written);
  const usual: number[] = [];
  const spellings = plain.map((py, i) => {
    const first = [...new Set([py, PINYIN_TO_WG.get(py) ?? py, ...(hkUsual[i] ?? [])].map(foldHongKong))];
    usual.push(first.length);
    return [...new Set([...first, ...(PINYIN_TO_TAIWAN.get(py) ?? []).map(foldHongKong), ...(hk[i] ?? [])])];
  });
  return { spellings, usual };
}

/** Number of leading characters of a Han name that are its surname (re-exported beside the spellings). */
export const surnameCharacters = surnameLength;


/**
 * Splits a run of Latin letters into pinyin syllables, preferring the reading with the fewest syllables
 * (so "xian" stays one syllable). Returns undefined when no split exists.
 */
export const splitPinyin = (word: string): string[] | undefined => splitWith(word, PINYIN_SYLLABLES);

/** Splits a word into syllables of pinyin, else of Taiwan's systems (Jaushieh), else of Hong Kong spelling (Szeto). */
export function splitSyllables(word: string): string[] | undefined {
  return splitPinyin(word) ?? splitWith(word, TAIWAN_TO_PINYIN) ?? splitHongKong(word);
}

/** More syllables than any name has (a long Uyghur or Tibetan name has about twelve). */
export const MAX_NAME_SYLLABLES = 16;

/**
 * Wade-Giles words ("Chang", "Hsüan-t'ao") to pinyin readings, at most `limit` of them.
 * Each syllable must be a known Wade-Giles syllable; otherwise undefined.
 */
export function wadeGilesToPinyin(words: string[][], limit = 32, { taiwan = false }: { taiwan?: boolean } = {}): string[][] | undefined {
  const table = taiwan ? TAIWAN_TO_PINYIN : WG_TO_PINYIN;
  // No name has this many syllables; every reading is copied per syllable, so the work would grow with its square.
  if (words.reduce((n, w) => n + w.length, 0) > MAX_NAME_SYLLABLES) return undefined;
  let readings: string[][] = [[]];
  for (const word of words) {
    // An unhyphenated given name in Taiwan's systems ("Jaushieh") is read syllable by syllable.
    const syllables = taiwan && word.length === 1 && !table.has(word[0]) && !word[0].includes('v') ? splitWith(word[0], table) ?? word : word;
    for (const syl of syllables) {
      const options = syl.includes('v')
        ? [WG_UMLAUT[syl], WG_UMLAUT_ASPIRATED[syl]].filter(Boolean)
        : table.get(syl);
      if (!options?.length) return undefined;
      const next: string[][] = [];
      for (const r of readings) for (const o of options) if (next.length < limit) next.push([...r, o]);
      readings = next;
    }
  }
  return readings;
}

/** True when every word reads as pinyin and nothing marks it as Wade-Giles (ü after other than l/n). */
export function readsAsPinyin(words: string[][]): boolean {
  const plain = (syl: string) => (/[^ln]v/.test(syl) ? undefined : syl.replace(/v/g, 'u'));
  return words.every((w) =>
    w.length > 1
      ? w.every((syl) => { const p = plain(syl); return p !== undefined && PINYIN_SYLLABLES.has(p); })
      : plain(w[0]) !== undefined && splitPinyin(plain(w[0])!) !== undefined,
  );
}

/** Folds Hong Kong spelling habits so that variants compare equal (see foldHongKong). */
export const foldCantonese = foldHongKong;

/**
 * True when a Latin word (hyphenated syllables, or one run of letters) reads as Chinese syllables: pinyin,
 * Wade-Giles or another Taiwan system, or Hong Kong spelling. "Albert", "Emily", "Khim" and "Shiow" do not.
 */
export function readsAsChinese(word: readonly string[]): boolean {
  return readsAsChineseOnce(word.join('-'));
}
const readsAsChineseOnce = remember((joined: string): boolean => {
  const word = joined.split('-');
  const syllable = (s: string) => PINYIN_SYLLABLES.has(s) || TAIWAN_TO_PINYIN.has(s) || splitHongKong(s)?.length === 1;
  if (word.length > 1) return word.every(syllable);
  const w = word[0];
  return syllable(w) || splitPinyin(w) !== undefined || splitHongKong(w) !== undefined;
});

/**
 * Consonant skeleton of a transliterated name part, the same for "Abdurehim", "Abdurahim" and the pinyin
 * of 阿不都热依木 ("abudureyimu"): vowels, glides and h dropped, near sounds merged.
 */
export function skeleton(part: string): string {
  let s = foldLatin(part).replace(/[^a-z]/g, '');
  s = s
    .replace(/ng/g, 'n')
    .replace(/sh|x|zh|ch|q|j|c|tr|ts/g, (m) => ({ sh: 's', x: 's', zh: 'j', ch: 'j', q: 'k', j: 'j', c: 's', tr: 't', ts: 's' })[m] ?? m)
    .replace(/gh|kh/g, 'h')
    .replace(/[bpf]/g, 'p')
    .replace(/[dt]/g, 't')
    .replace(/[rl]/g, 'l')
    .replace(/v/g, 'w')
    .replace(/^[wy]+/, '');
  // Whether the name starts with a vowel survives (Eli/艾力 vs Rahile/热依拉; Abdulla vs Batur).
  const lead = /^[aeiou]/.test(s) ? 'V' : '';
  // h is dropped too: Chinese transliteration keeps it in some places and not others (热依木 for rehim).
  s = s.replace(/[aeiouyh]/g, '');
  return lead + s.replace(/(.)\1+/g, '$1');
}

interface TibetanLexicon {
  components: { id: string; latin: string[]; zh: string[] }[];
}
let tibetan: { byLatin: Map<string, string>; byZh: Map<string, string> } | undefined;
function tibetanLexicon() {
  if (!tibetan) {
    const lex = JSON.parse(readFileSync(dataPath('tibetan-names.json'), 'utf8')) as TibetanLexicon;
    tibetan = { byLatin: new Map(), byZh: new Map() };
    for (const c of lex.components) {
      for (const l of c.latin) tibetan.byLatin.set(foldLatin(l).replace(/[^a-z]/g, ''), c.id);
      for (const z of c.zh) tibetan.byZh.set(z, c.id);
    }
  }
  return tibetan;
}

/** Tibetan component ids of a Latin name ("Tashi Wangchuk" -> [tashi, wangchuk]), or undefined. */
export function tibetanFromLatin(words: string[][]): string[] | undefined {
  const lex = tibetanLexicon();
  const ids = words.map((w) => lex.byLatin.get(w.join('')));
  return ids.length && ids.every(Boolean) ? (ids as string[]) : undefined;
}

/** Tibetan component ids of a name in (simplified) characters, read two characters at a time. */
export function tibetanFromHan(simplified: string): string[] | undefined {
  const lex = tibetanLexicon();
  if (simplified.length < 2 || simplified.length % 2) return undefined;
  const ids: string[] = [];
  for (let i = 0; i < simplified.length; i += 2) {
    const id = lex.byZh.get(simplified.slice(i, i + 2));
    if (!id) return undefined;
    ids.push(id);
  }
  return ids;
}
