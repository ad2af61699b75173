/**
 * Hong Kong spellings of Chinese characters, derived from Jyutping (to-jyutping) with the spelling rules of
 * the Hong Kong government's romanisation (as on identity cards): gun -> Kwun, cung -> Chung, zau -> Chau/Chow,
 * zoeng -> Cheung, jyun -> Yuen, heoi -> Hui. Every character with a Jyutping reading gets spellings, in every
 * form it may be written (as written, Hong Kong, Taiwan and OpenCC traditional, simplified), so that 何啓明 and
 * 何啟明 both read Ho Kai Ming.
 *
 * Spellings are compared after `foldHongKong`, which makes the usual variants equal (Leong/Leung, Lee/Li,
 * Koon/Kun, Chow/Chau, Law/Lo, Tze/Tse, Shum/Sum) while keeping apart what names keep apart (Cheung/Cheng).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { characterForms, remember } from './chinese.js';
import { dataPath } from '../config/paths.js';
import { splitWith } from './syllables.js';

const require = createRequire(import.meta.url);
type ToJyutping = { getJyutpingCandidates(s: string): [string, string[]][]; getJyutpingList(s: string): [string, string | null][] };
let jyutping: ToJyutping | undefined;
// Loaded on first use: its dictionary takes a tenth of a second, which a command matching romanised names never needs.
const toJyutping = (): ToJyutping => (jyutping ??= require('to-jyutping') as ToJyutping);

/** Surnames whose surname reading is not the character's usual one. */
const SURNAME_JYUTPING: Record<string, string> = {
  單: 'sin6', 区: 'au1', 區: 'au1', 曾: 'zang1', 查: 'caa4', 査: 'caa4', 解: 'haai6', 仇: 'sau4', 樂: 'lok6', 乐: 'lok6',
  覃: 'tam4', 冼: 'sin2', 洗: 'sin2', 尉: 'wat1', 种: 'cung4', 種: 'cung4', 繆: 'miu6', 缪: 'miu6', 佘: 'se4', 朴: 'piu4',
};

const INITIAL: Record<string, string[]> = {
  b: ['p'], p: ['p'], m: ['m'], f: ['f'], d: ['t'], t: ['t'], n: ['n'], l: ['l'], g: ['k'], k: ['k'], ng: ['ng'],
  h: ['h'], gw: ['kw'], kw: ['kw'], w: ['w'], z: ['ch', 'ts'], c: ['ch', 'ts'], s: ['s'], j: ['y'], '': [''],
};
const FINAL: Record<string, string[]> = {
  aa: ['a'], aai: ['ai'], aau: ['au'], aam: ['am'], aan: ['an'], aang: ['ang'], aap: ['ap'], aat: ['at'], aak: ['ak'],
  ai: ['ai'], au: ['au'], am: ['am', 'um'], an: ['an', 'un'], ang: ['ang'], ap: ['ap'], at: ['at'], ak: ['ak'],
  e: ['e'], ei: ['ei', 'i'], eng: ['eng'], ek: ['ek'], eu: ['eu'], eoi: ['ui'], eon: ['un'], eot: ['ut'],
  oe: ['oe'], oeng: ['eung'], oek: ['euk'],
  i: ['i'], iu: ['iu'], im: ['im'], in: ['in'], ing: ['ing'], ip: ['ip'], it: ['it'], ik: ['ik'],
  o: ['o'], oi: ['oi'], ou: ['o'], on: ['on'], ong: ['ong'], ot: ['ot'], ok: ['ok'],
  u: ['u'], ui: ['ui'], un: ['un'], ung: ['ung'], ut: ['ut'], uk: ['uk'],
  yu: ['u'], yun: ['uen', 'un'], yut: ['uet'],
};

/** Hong Kong spellings of one Jyutping syllable (tone ignored), the usual one first. */
export function spellJyutping(syllable: string): string[] {
  const s = syllable.toLowerCase().replace(/[1-6]$/, '');
  if (s === 'm' || s === 'ng') return ['ng'];
  const m = /^(gw|kw|ng|[bpmfdtnlgkhwzcsj])?([a-z]+)$/.exec(s);
  if (!m) return [];
  const [, initial = '', final] = m;
  const finals = FINAL[final];
  if (!finals) return [];
  const out: string[] = [];
  // After z, c and s the vowel i is written z or ze (Tsz, Sze) as often as i (Chi, Si).
  if (final === 'i' && (initial === 'z' || initial === 'c')) out.push('chi', 'tsz');
  else if (final === 'i' && initial === 's') out.push('si', 'sze');
  else if (initial === 'j' && (final.startsWith('y') || final.startsWith('i'))) for (const f of finals) out.push('y' + f.replace(/^y/, ''));
  else for (const i of INITIAL[initial] ?? []) for (const f of finals) out.push(i + f);
  // Older spellings keep a w after g before u (官 Kwun, 冠 Kwun) and an ng before a and o (靄 Ngoi, 娥 Ngor).
  if (initial === 'g' && /^u[nt]$/.test(final)) out.push('kw' + final);
  if (initial === '' && /^[ao]/.test(final)) out.push('ng' + finals[0]);
  return [...new Set(out)];
}

/**
 * Folds a romanised syllable so that Hong Kong spelling variants compare equal: Leong/Leung, Lee/Li/Lei,
 * Koon/Kun, Chow/Chau, Law/Lo, Hoh/Ho, Kah/Ka, Choy/Choi, Yue/Yu, Tze/Tse, Shum/Sum, Chack/Chak, Ip/Yip.
 * (Lei and Li stay apart: pinyin has both; the characters read lei get both spellings instead.)
 */
export const foldHongKong = remember((syllable: string): string => {
  let s = syllable.toLowerCase().replace(/[^a-z]/g, '');
  s = s.replace(/^tz/, 'ts').replace(/^tsze$/, 'tsz').replace(/^sz$/, 'sze').replace(/^sh/, 's');
  s = s.replace(/eoi|eui/g, 'ui').replace(/eo/g, 'eu').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/ck/g, 'k');
  s = s.replace(/ow$/, 'au').replace(/aw$/, 'o').replace(/(oh|or)$/, 'o').replace(/ah$/, 'a').replace(/oy$/, 'oi').replace(/ue$/, 'u');
  if (s === 'ip') s = 'yip';
  return s.replace(/(.)\1+/g, '$1');
});

/** Every folded Hong Kong syllable spelling, to split unhyphenated words ("Szeto", "Kwunchung"). */
let syllables: Set<string> | undefined;
function hongKongSyllables(): Set<string> {
  if (!syllables) {
    syllables = new Set();
    for (const i of Object.keys(INITIAL)) for (const f of Object.keys(FINAL)) for (const sp of spellJyutping(i + f)) syllables.add(foldHongKong(sp));
    for (const extra of ['ng', 'm', 'sze', 'tsz']) syllables.add(extra);
  }
  return syllables;
}

/** Splits a Latin word into folded Hong Kong syllables (fewest syllables), or undefined when it cannot be. */
export const splitHongKong = remember((word: string) => splitHongKongOnce(word));

function splitHongKongOnce(word: string): string[] | undefined {
  const known = hongKongSyllables();
  const whole = foldHongKong(word);
  if (known.has(whole)) return [whole];
  return splitWith(word.toLowerCase().replace(/[^a-z]/g, ''), known, foldHongKong);
}

let table: Record<string, string> | undefined;
/** data/jyutping.json: what `readCharacterJyutping` gives for every common character, computed once (see its script). */
function jyutpingTable(): Record<string, string> {
  return (table ??= (JSON.parse(readFileSync(dataPath('jyutping.json'), 'utf8')) as { readings: Record<string, string> }).readings);
}

/** Readings of one character from every form it may be written in (as written, simplified, traditional forms). */
export function readCharacterJyutping(char: string): string[] {
  const out: string[] = [];
  // Each form's usual reading: a character's rarer readings (家 gu1, 正 zeng3, 何 ho2) only add noise.
  for (const form of characterForms(char)) {
    const r = toJyutping().getJyutpingCandidates(form)[0]?.[1]?.[0];
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

/** A character's readings as data/jyutping.json has them (undefined when it is not there). */
export const tableJyutping = (char: string): string[] | undefined => jyutpingTable()[char]?.split(' ');

const characterJyutping = remember((char: string): string[] => tableJyutping(char) ?? readCharacterJyutping(char));

/** Folded Hong Kong spellings of one character, the usual first; as a surname, its surname reading first. */
const characterSpellings = remember((key: string): string[] => {
  const [char, position] = [key.slice(0, -1), key.slice(-1)];
  const readings = characterJyutping(char);
  const surname = position === 's' ? SURNAME_JYUTPING[char] : undefined;
  const out: string[] = [];
  for (const r of surname ? [surname, ...readings] : readings) {
    for (const sp of spellJyutping(r)) {
      const f = foldHongKong(sp);
      if (!out.includes(f)) out.push(f);
    }
  }
  return out;
});

/** Folded Hong Kong spellings of each character's usual reading (Chan for 陳; Tsang and Chang for 曾). */
export function usualHongKongSpellings(written: string): string[][] {
  return [...written].map((c, i) => {
    const r = (i === 0 && SURNAME_JYUTPING[c]) || characterJyutping(c)[0];
    return r ? [...new Set(spellJyutping(r).map(foldHongKong))] : [];
  });
}

/** Folded Hong Kong spellings of each character of a name (the usual first), at most `perCharacter` each. */
export function hongKongSpellings(written: string, { perCharacter = 4 }: { perCharacter?: number } = {}): string[][] {
  return [...written].map((c, i) => characterSpellings(c + (i === 0 ? 's' : 'g')).slice(0, perCharacter));
}

/** Names longer than this (transliterations, not Han names) get no Hong Kong readings: they have none. */
export const MAX_HONG_KONG_LENGTH = 8;

/**
 * Whole-name Hong Kong readings (one folded syllable per character), at most `limit`, the most usual first:
 * each character's first spelling, then combinations with one alternative, and so on.
 */
export function hongKongReadings(written: string, limit = 12): string[][] {
  if ([...written].length > MAX_HONG_KONG_LENGTH) return [];
  const per = hongKongSpellings(written);
  if (!per.length || per.some((o) => !o.length)) return [];
  let out: { syllables: string[]; cost: number }[] = [{ syllables: [], cost: 0 }];
  for (const options of per) {
    const next: { syllables: string[]; cost: number }[] = [];
    for (const r of out) options.forEach((o, i) => next.push({ syllables: [...r.syllables, o], cost: r.cost + i }));
    // Costs only add up, so the cheapest `limit` names all extend the cheapest `limit` beginnings.
    out = next.sort((a, b) => a.cost - b.cost).slice(0, limit);
  }
  return out.map((r) => r.syllables);
}
