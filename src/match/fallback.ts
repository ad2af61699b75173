/**
 * Fallback for spellings no key meets: people's own romanisations ("Lee Teng-hui", "Tsai Ing-wen",
 * "Ma Ying-jeou"). Records are found by their surname in any spelling; then each written syllable is
 * compared with every spelling of the record's character in that place (pinyin, Wade-Giles, Cantonese).
 * Scores stay below the auto-accept minimum: such matches always go to review.
 */
import type { Evidence, PrisonerRecord, RecordId } from '../model/index.js';
import { characterSpellings, foldCantonese, latinWords, readPinyin, splitPinyin, surnameLength, toTraditional, skeleton, hasHan, cleanName } from '../names/index.js';
import type { MatchSettings } from './config.js';

export interface SpelledRecord {
  /** Folded spellings per character, surname first. */
  spellings: string[][];
  surnameLength: number;
}

export function spellRecord(r: PrisonerRecord): SpelledRecord | undefined {
  return spellCharacters(r.names.zhSimplified);
}

export function spellCharacters(zh: string | undefined): SpelledRecord | undefined {
  if (!zh || zh.includes('·') || zh.length < 2 || zh.length > 4) return undefined;
  const chars = [...zh];
  const trad = [...toTraditional(zh)];
  const { plain } = readPinyin(zh);
  if (plain.length !== chars.length) return undefined;
  return { spellings: chars.map((c, i) => characterSpellings(c, plain[i], trad[i] ?? c)), surnameLength: surnameLength(zh) };
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** 1 for a known spelling of the character, 0.75 for one letter off (Ing/Ying), 0.6 for the same skeleton (Jeou/Jiu). */
function syllableScore(written: string, spellings: string[]): number {
  const w = foldCantonese(written);
  if (spellings.includes(w)) return 1;
  if (spellings.some((s) => editDistance(s, w) <= 1)) return 0.75;
  if (spellings.some((s) => s[0] === w[0] && skeleton(s) === skeleton(w))) return 0.6;
  return 0;
}

/**
 * Readings of a romanised name as syllables per word: hyphens always split; an unhyphenated word is read
 * both whole ("Lee") and split as pinyin ("Xiaobo"); a leading English given name may be dropped ("Martin Lee Chu-ming").
 */
export function writtenSyllables(name: string): string[][][] {
  const { core } = cleanName(name);
  if (!core || hasHan(core)) return [];
  const words = latinWords(core);
  const variants = [words.map((w) => (w.length > 1 ? w : splitPinyin(w[0]) ?? w)), words];
  if (words.length >= 3) variants.push(...variants.map((v) => v.slice(1)));
  const seen = new Set<string>();
  return variants.filter((v) => v.length >= 2 && !seen.has(JSON.stringify(v)) && seen.add(JSON.stringify(v)));
}

/** Folded spellings a surname may be written with, to find candidates by. */
export const surnameKeys = (s: SpelledRecord): string[] =>
  s.surnameLength === 1 ? s.spellings[0] : s.spellings[0].flatMap((a) => s.spellings[1].map((b) => a + b));

export function fallbackScore(readings: string[][][], spelled: SpelledRecord, s: MatchSettings): { score: number; evidence: Evidence } | undefined {
  const n = spelled.spellings.length;
  const orders: [string[], string][] = readings.flatMap((words): [string[], string][] => [
    [words.flat(), 'surname first'],
    [[...words.slice(1).flat(), ...words[0]], 'surname last'],
  ]);
  let best: { score: number; evidence: Evidence } | undefined;
  for (const [syllables, order] of orders) {
    const sy = syllables.length === n ? syllables : undefined;
    if (!sy) continue;
    const scores = sy.map((w, i) => syllableScore(w, spelled.spellings[i]));
    if (scores.some((x) => x === 0)) continue;
    const mean = scores.reduce((a, b) => a + b, 0) / n;
    const score = Math.min(s.autoMinimum - 0.05, s.spellingFallback * mean);
    if (!best || score > best.score) {
      best = { score, evidence: { feature: 'similar spelling, syllable by syllable', score: Math.round(score * 1000) / 1000, detail: `${sy.join(' ')} (${order}) ~ ${spelled.spellings.map((x) => x.join('/')).join(' ')}` } };
    }
  }
  return best;
}

export interface FallbackIndex {
  /** Records with characters, by every spelling of their surname. */
  bySurname: Map<string, RecordId[]>;
  spelled: Map<RecordId, SpelledRecord>;
  /** Records with only a romanised name, by its first and last word (folded), for queries in characters. */
  byWord: Map<string, RecordId[]>;
  written: Map<RecordId, string[][][]>;
}
