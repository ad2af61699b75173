/**
 * Fallback for spellings no key meets: people's own romanisations ("Lee Teng-hui", "Ma Ying-jeou",
 * "Ker Chien-ming", "Hsiao Bi-khim") and Western given names with a Chinese surname ("Albert Ho").
 * Records are found by their surname or their given name in any spelling; then each written syllable is
 * compared with every spelling of the record's character in that place (pinyin, Wade-Giles, MPS-II,
 * Tongyong, Hong Kong). Scores stay below the auto-accept minimum: such matches always go to review.
 */
import type { Evidence, PrisonerRecord } from '../model/index.js';
import {
  cleanName, foldHongKong, hasHan, isWesternGivenName, latinWords, nameSpellings, readsAsPinyin, skeleton, splitSyllables, surnameLength,
} from '../names/index.js';
import { westernGivenName } from './keys.js';

/**
 * A name written in pinyin by someone who writes pinyin (no Western given name): pinyin is systematic, so a
 * syllable off is another name (郭梅帆 is not Guo Leishan), while Taiwan and Hong Kong spellings are not (Li-luan).
 */
export const pinyinName = (words: string[][]): boolean => readsAsPinyin(words) && !westernGivenName(words);
import type { MatchSettings } from './config.js';

export interface SpelledRecord {
  /** Folded spellings per character, surname first, the usual ones first. */
  spellings: string[][];
  /** Per character, how many of the first spellings are usual (pinyin, Wade-Giles, Hong Kong): near misses count only against those. */
  usual: number[];
  surnameLength: number;
}

export function spellRecord(r: PrisonerRecord): SpelledRecord | undefined {
  return spellCharacters(r.names.zhSimplified, r.names.zh);
}

export function spellCharacters(zh: string | undefined, written?: string): SpelledRecord | undefined {
  if (!zh || zh.includes('·') || hasHan(zh) === false) return undefined;
  const asWritten = written && [...written].length === [...zh].length ? written : zh;
  const spelled = nameSpellings(zh, asWritten);
  return spelled && { ...spelled, surnameLength: surnameLength(zh) };
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/**
 * 1 for a known spelling of the character, 0.75 for one letter off a usual one (Ing/Ying), 0.6 for the same
 * skeleton as a usual one (Jeou/Jiu).
 */
function syllableScore(written: string, spellings: string[], usual: number, exact: boolean): number {
  const w = foldHongKong(written);
  if (spellings.includes(w)) return 1;
  if (exact) return 0;
  const near = spellings.slice(0, usual);
  if (w.length > 1 && near.some((s) => editDistance(s, w) <= 1)) return 0.75;
  if (near.some((s) => s[0] === w[0] && skeleton(s) === skeleton(w))) return 0.6;
  return 0;
}

/** Words of a romanised name longer than this are not split into syllables (no name has such words). */
const MAX_WORD = 40;

/**
 * Readings of a romanised name as syllables per word: hyphens always split; an unhyphenated word is read
 * both whole ("Lee") and split as pinyin ("Xiaobo"); a leading English given name may be dropped ("Martin Lee Chu-ming").
 */
export function writtenSyllables(name: string): string[][][] {
  const { core } = cleanName(name);
  if (!core || hasHan(core)) return [];
  const words = latinWords(core);
  if (words.length > 8) return [];
  const variants = [words.map((w) => (w.length > 1 || w[0].length > MAX_WORD ? w : splitSyllables(w[0]) ?? w)), words];
  if (words.length >= 3) variants.push(...variants.map((v) => v.slice(1)));
  const seen = new Set<string>();
  return variants.filter((v) => v.length >= 2 && !seen.has(JSON.stringify(v)) && seen.add(JSON.stringify(v)));
}

/** Folded spellings a surname may be written with (every one, or only the usual ones), to find candidates by. */
export function surnameKeys(s: SpelledRecord, { usual = false }: { usual?: boolean } = {}): string[] {
  const of = (i: number) => (usual ? s.spellings[i].slice(0, s.usual[i]) : s.spellings[i]);
  return s.surnameLength === 1 ? of(0) : of(0).flatMap((a) => of(1).map((b) => a + b));
}

/**
 * Usual spellings of the given name as one word, each in one system ("chienming", "jianming", "kinming"):
 * the i-th usual spelling of every character (pinyin, Wade-Giles, Hong Kong), so a name has at most three.
 */
export function givenNameKeys(s: SpelledRecord): string[] {
  const given = s.spellings.slice(s.surnameLength);
  if (!given.length) return [];
  const out = new Set<string>();
  for (let i = 0; i < 3; i++) out.add(given.map((options, j) => options[Math.min(i, s.usual[s.surnameLength + j] - 1)]).join(''));
  return [...out];
}

/** Keys a romanised name is looked up by: its first and last words (surname or given name, either order). */
export function writtenKeys(readings: string[][][]): string[] {
  const out = new Set<string>();
  for (const words of readings) for (const w of [words[0], words[words.length - 1]]) for (const k of [w.map(foldHongKong).join(''), foldHongKong(w[0])]) out.add(k);
  return [...out];
}

/**
 * Compares a romanised name's readings with a name's spellings, syllable by syllable. With `partial`, one
 * given-name syllable may match nothing (a person's own spelling: Bi-khim, Tseng-chang); with `exact`, no
 * syllable may be near: both for pinyin names (see `pinyinName`).
 */
export function fallbackScore(
  readings: string[][][], spelled: SpelledRecord, s: MatchSettings, { partial = false, exact = false }: { partial?: boolean; exact?: boolean } = {},
): { score: number; evidence: Evidence } | undefined {
  const n = spelled.spellings.length;
  // The word read as the surname must have the surname's syllables: a hyphenated given name (Li-luan) is never a surname.
  const orders: [string[], string][] = readings.flatMap((words): [string[], string][] => [
    ...(words[0].length === spelled.surnameLength ? [[words.flat(), 'surname first'] as [string[], string]] : []),
    ...(words[1]?.length === spelled.surnameLength ? [[[...words.slice(1).flat(), ...words[0]], 'surname last'] as [string[], string]] : []),
  ]);
  let best: { score: number; evidence: Evidence } | undefined;
  for (const [sy, order] of orders) {
    if (sy.length !== n) continue;
    const scores = sy.map((w, i) => syllableScore(w, spelled.spellings[i], spelled.usual[i], exact));
    // The surname must agree; one syllable of the given name may be the person's own (Bi-khim, Tseng-chang).
    const misses = scores.filter((x) => x === 0).length;
    if (scores.slice(0, spelled.surnameLength).some((x) => x === 0) || misses > (partial ? 1 : 0)) continue;
    // With one syllable the person's own, every other must be exact (Su Tseng-chang: Su and Chang are).
    if (misses === 1 && (n < 3 || scores.some((x) => x > 0 && x < 1))) continue;
    const mean = scores.reduce((a, b) => a + b, 0) / n;
    const score = Math.min(s.autoMinimum - 0.05, s.spellingFallback * mean);
    if (!best || score > best.score) {
      const feature = misses ? 'surname and part of the given name, syllable by syllable' : 'similar spelling, syllable by syllable';
      best = { score, evidence: { feature, score: Math.round(score * 1000) / 1000, detail: `${sy.join(' ')} (${order}) ~ ${spelled.spellings.map((x) => x.join('/')).join(' ')}` } };
    }
  }
  return best;
}

/**
 * A Western given name beside a Chinese surname ("Albert Ho", "Ho Albert", "Emily Lau"), or a given name
 * spelled in no system we know ("Hsiao Bi-khim"): the records with that surname are candidates for review,
 * never more. A record known by another English given name ranks lower; one known by this name was met by a key.
 */
export function surnameOnlyScore(
  words: string[][], spelled: SpelledRecord, s: MatchSettings, englishNames: readonly string[] = [],
): { score: number; evidence: Evidence } | undefined {
  if (words.length < 2) return undefined;
  const surnames = new Set(surnameKeys(spelled));
  for (const [surname, rest] of [[words[0], words.slice(1)], [words[words.length - 1], words.slice(0, -1)]] as const) {
    // A hyphenated word is a given name (Chu-ming), never the surname.
    if (surname.length > 1 || !surnames.has(foldHongKong(surname[0]))) continue;
    if (!rest.some((w) => isWesternGivenName(w))) continue;
    const given = rest.map((w) => w.join('')).join(' ');
    const other = englishNames.length > 0 && !englishNames.includes(rest[0].join(''));
    const score = other ? s.surnameOnly - 0.1 : s.surnameOnly;
    const detail = `${surname.join('')} ~ ${spelled.spellings.slice(0, spelled.surnameLength).map((x) => x.join('/')).join(' ')}; "${given}" is not a Chinese name`
      + (other ? ` (the record's English name is ${englishNames.join(', ')})` : '');
    return { score, evidence: { feature: 'same surname, Western or unknown given name', score: Math.round(score * 1000) / 1000, detail } };
  }
  return undefined;
}
