/** Characters: simplified/traditional conversion (opencc-js) and tone-marked pinyin (pinyin-pro). */
import { createRequire } from 'node:module';
import { hanOnly } from './normalize.js';

// Both libraries build large dictionaries when loaded; they are loaded on first use, so that commands that
// never read characters (--help, --version, matching romanised names) start at once.
const require = createRequire(import.meta.url);
type Convert = (s: string) => string;
interface OpenCCModule { Converter(o: { from: string; to: string }): Convert }
const converters = new Map<string, Convert>();
function converter(from: string, to: string): Convert {
  const key = `${from}>${to}`;
  let c = converters.get(key);
  if (!c) converters.set(key, (c = (require('opencc-js') as OpenCCModule).Converter({ from, to })));
  return c;
}
const LONGEST_REMEMBERED = 64;
const LONG_KEPT = 64;
/**
 * Remembers recent results of a pure function of a string: a record's name is read several times while it is
 * keyed, and names share characters. Bounded: the cache starts afresh when full. Results are shared: never modify them.
 */
export function remember<T>(fn: (s: string) => T, max = 8192): (s: string) => T {
  let cache = new Map<string, T>();
  // Long strings (a paragraph, a whole response's text, read again and again while one document is read) have a
  // cache of their own, of a few: in the one for names they would keep every document of a batch in memory.
  let long = new Map<string, T>();
  return (s) => {
    if (s.length > LONGEST_REMEMBERED) {
      if (long.has(s)) return long.get(s) as T;
      if (long.size >= LONG_KEPT) long = new Map();
      const v = fn(s);
      long.set(s, v);
      return v;
    }
    if (cache.has(s)) return cache.get(s) as T;
    if (cache.size >= max) cache = new Map();
    const v = fn(s);
    cache.set(s, v);
    return v;
  };
}

type PinyinFn = (s: string, o: Record<string, unknown>) => string | string[];
let pinyinFn: PinyinFn | undefined;
const pinyin: PinyinFn = (s, o) => (pinyinFn ??= (require('pinyin-pro') as { pinyin: PinyinFn }).pinyin)(s, o);

/** Surnames OpenCC converts wrongly (朴 is not 樸, 范 is not 範): kept as written in both directions. */
const FIXED_SURNAMES = new Set(['朴', '范', '干', '余', '于', '沈', '谷', '丑', '党', '肖', '萧', '蕭', '後']);

/** Two-character surnames, so that pinyin is joined and name order is known (欧阳 Ōuyáng). */
export const COMPOUND_SURNAMES = new Set([
  '欧阳', '上官', '尉迟', '司马', '诸葛', '东方', '皇甫', '令狐', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '万俟', '单于', '端木', '澹台', '轩辕', '申屠', '太史', '呼延', '闻人', '独孤', '南宫', '西门', '百里', '东郭',
  '司空', '钟离', '赫连', '拓跋', '濮阳', '公冶', '宗政', '淳于', '仲孙', '左丘', '梁丘', '第五', '谷梁',
]);

/** Readings pinyin-pro still gets wrong for surnames (TOOLCHAIN.md): first character(s) -> syllables. */
const SURNAME_READINGS: Record<string, string[]> = {
  秘: ['bì'], 黑: ['hè'], 种: ['chóng'], 重: ['chóng'], 单于: ['chán', 'yú'], 盖: ['gě'], 缪: ['miào'],
  朴: ['piáo'], 区: ['ōu'], 仇: ['qiú'], 査: ['zhā'], 員: ['yùn'], 尉迟: ['yù', 'chí'], 万俟: ['mò', 'qí'],
};

function keepSurname(input: string, converted: string): string {
  const first = input.charAt(0);
  return FIXED_SURNAMES.has(first) ? first + converted.slice(1) : converted;
}

/** Toneless pinyin of any text, one syllable per character (place names, not people's names). */
export const plainPinyin = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array' }) as string[];

/** OpenCC's traditional -> simplified alone (no surname exceptions), for vocabulary terms. */
export const convertToSimplified = (s: string): string => converter('t', 'cn')(s);

export const toSimplified = remember((s: string): string => keepSurname(s, converter('hk', 'cn')(converter('t', 'cn')(s))));
export const toTraditional = remember((s: string): string => keepSurname(s, converter('cn', 't')(s)));

/**
 * The forms a name may be written in: as written, simplified, and the OpenCC, Hong Kong and Taiwan traditional
 * forms (何啓明 / 何启明 / 何啓明 / 何啟明): readings are looked up in each, since tables know some forms only.
 */
export const characterForms = remember((written: string): string[] => {
  const simplified = toSimplified(written);
  const hongKong = keepSurname(written, converter('cn', 'hk')(simplified));
  const taiwan = keepSurname(written, converter('cn', 'tw')(simplified));
  const forms = [written, simplified, toTraditional(simplified), hongKong, taiwan];
  return [...new Set(forms)];
});

/** Number of leading characters that are the surname of a Han name (1 or 2). */
export function surnameLength(simplified: string): number {
  const han = hanOnly(simplified);
  return han.length >= 3 && COMPOUND_SURNAMES.has(han.slice(0, 2)) ? 2 : 1;
}

export interface PinyinReading {
  /** Tone-marked syllables, one per character: ["zhū", "dōng"]. */
  toned: string[];
  /** Same without tones: ["zhu", "dong"]. */
  plain: string[];
  /** Tone numbers (5 = neutral): [1, 1]. */
  tones: number[];
}

const stripTones = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'u');

/**
 * Pinyin of a Han name with surname readings. `asName` reads the first character(s) as a surname;
 * transliterated minority names (with a middle dot, or Tibetan) are read as plain text.
 */
export function readPinyin(simplified: string, { asName = true }: { asName?: boolean } = {}): PinyinReading {
  return asName ? readNamePinyin(simplified) : readTextPinyin(simplified);
}
const readNamePinyin = remember((s: string) => readPinyinOnce(s, true));
const readTextPinyin = remember((s: string) => readPinyinOnce(s, false));

function readPinyinOnce(simplified: string, asName: boolean): PinyinReading {
  const han = hanOnly(simplified);
  if (!han) return { toned: [], plain: [], tones: [] };
  const toned = pinyin(han, { type: 'array', surname: asName ? 'head' : 'off' }) as string[];
  if (asName) {
    for (const [sur, reading] of Object.entries(SURNAME_READINGS)) {
      if (han.startsWith(sur) && han.length > sur.length) reading.forEach((r, i) => (toned[i] = r));
    }
  }
  // One pinyin-pro call: the tone number is read off the tone mark (none = neutral, 5).
  return { toned, plain: toned.map(stripTones), tones: toned.map((t) => toneOf(t) ?? 5) };
}

const TONE_MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };
/** Tone number of one tone-marked syllable, or undefined when it carries no mark. */
export function toneOf(syllable: string): number | undefined {
  for (const ch of syllable.normalize('NFD')) if (TONE_MARKS[ch]) return TONE_MARKS[ch];
  return undefined;
}

const capitalise = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** Joins syllables as pinyin is written: an apostrophe before a, o or e inside a word (Tǔ'ěrxùn, Xī'ān). */
function joinSyllables(syllables: string[]): string {
  return syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s.normalize('NFC')) ? `'${s}` : s)).join('');
}

/**
 * Formats pinyin as a name is written: surname and given name each joined and capitalised
 * ("Zhū Dōng", "Ōuyáng Míngliàng"); parts of dotted names follow the dots ("Yīlìhāmù Tǔhètí").
 */
export function formatPinyin(written: string, { surname = true }: { surname?: boolean } = {}): string | undefined {
  const simplified = toSimplified(written);
  const parts = simplified.split('·').map(hanOnly).filter(Boolean);
  if (!parts.length) return undefined;
  if (parts.length > 1 || !surname) {
    // Transliterated names (Uyghur, Tibetan) have no surname: each part is written as one word; an undotted
    // Tibetan name of four or six characters is two or three two-character names (扎西旺秋: Zhāxī Wàngqiū).
    const words = parts.length === 1 && parts[0].length >= 4 && parts[0].length % 2 === 0 ? parts[0].match(/../gu)! : parts;
    return words.map((p) => capitalise(joinSyllables(readPinyin(p, { asName: false }).toned))).join(' ').normalize('NFC');
  }
  const { toned } = readPinyin(parts[0]);
  const n = surnameLength(parts[0]);
  const given = joinSyllables(toned.slice(n));
  return [capitalise(joinSyllables(toned.slice(0, n))), capitalise(given)].filter(Boolean).join(' ').normalize('NFC');
}
