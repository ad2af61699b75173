/**
 * Blocking keys: every way a name can be written is reduced to strings that two spellings of the same
 * name share. A record and a query meet when they share a key; the key's kind says how (and how much
 * that counts). Namespaces keep kinds apart: z characters, z1 one character masked, r romanised,
 * r1 one syllable masked, c Cantonese folded, s consonant skeleton, t Tibetan components, o parts in any order.
 */
import type { PrisonerRecord } from '../model/index.js';
import {
  cleanName, foldHongKong, hanOnly, hasHan, hongKongReadings, isWesternGivenName, latinWords, readPinyin, readsAsChinese,
  skeleton, splitHongKong, splitPinyin, surnameLength, tibetanFromHan, tibetanFromLatin, toSimplified, wadeGilesToPinyin,
  normalizeText, toneOf, readsAsPinyin,
} from '../names/index.js';
import type { MatchSettings } from './config.js';

/**
 * Version of the keys: bump it whenever key generation changes, and stored name indexes are rebuilt.
 * test/unit/name-index.test.ts pins the keys of a set of names to it, so a change cannot go unnoticed.
 */
export const KEY_VERSION = 3;

/**
 * Names of more units than this (characters or syllables) get no masked keys: one key per unit, each as long
 * as the name, would grow with the square of its length (a 10,000-character name took minutes and gigabytes).
 */
export const MAX_MASKED_UNITS = 12;
/** Romanised names of more syllables than this are not read as Wade-Giles (every reading is a key). */
const MAX_READ_SYLLABLES = 12;

export type KeyKind =
  | 'characters' | 'romanised' | 'alias' | 'pinyin' | 'wadeGiles' | 'westernOrder' | 'tibetan' | 'cantonese'
  | 'englishName' | 'skeleton' | 'oneCharacter' | 'oneSyllable' | 'swappedParts' | 'westernShort' | 'wadeGilesOrPinyin' | 'skeletonOfPinyin';

export interface NameKey {
  key: string;
  kind: KeyKind;
  /** The spelling this key came from, for evidence: "pinyin of 罗旭涛: luo xu tao". */
  via: string;
}

/** How much one side's kind of key counts; a match counts as the weaker of its two sides. */
export function kindScore(kind: KeyKind, s: MatchSettings): number {
  switch (kind) {
    case 'characters': return s.characters;
    case 'romanised': case 'alias': return s.romanised;
    case 'pinyin': return s.pinyin;
    case 'wadeGiles': return s.wadeGiles;
    case 'wadeGilesOrPinyin': return s.wadeGilesOrPinyin;
    case 'westernOrder': return s.westernOrder;
    case 'westernShort': return s.westernShort;
    case 'tibetan': return s.tibetan;
    case 'cantonese': return s.cantonese;
    case 'englishName': return s.englishName;
    case 'skeleton': return s.skeleton;
    case 'skeletonOfPinyin': return s.skeletonOfPinyin;
    case 'oneCharacter': return s.oneCharacter;
    case 'oneSyllable': return s.oneSyllable;
    case 'swappedParts': return s.swappedParts;
  }
}

export type NameSystem = 'han' | 'uyghur' | 'tibetan';

const masked = (units: string[], sep: string, min = 3): string[] =>
  units.length >= min && units.length <= MAX_MASKED_UNITS ? units.map((_, i) => units.map((u, j) => (i === j ? '?' : u)).join(sep)) : [];

/** Keys of a name in characters. */
export function hanKeys(written: string, system: NameSystem | 'unknown'): NameKey[] {
  const simplified = toSimplified(normalizeText(written));
  const parts = simplified.split('·').map(hanOnly).filter(Boolean);
  const joined = parts.join('');
  if (!joined) return [];
  const keys: NameKey[] = [{ key: `z:${joined}`, kind: 'characters', via: joined }];
  // Two-character names too: an OCR misread of one character must still find the person (for review).
  for (const k of masked([...joined], '', 2)) keys.push({ key: `z1:${k}`, kind: 'oneCharacter', via: joined });

  const tib = parts.length === 1 ? tibetanFromHan(joined) : undefined;
  if (parts.length > 1 || tib || system === 'uyghur' || system === 'tibetan') {
    const readings = parts.map((p) => readPinyin(p, { asName: false }).plain.join(''));
    keys.push({ key: `r:${readings.join('')}`, kind: 'pinyin', via: `pinyin of ${simplified}: ${readings.join(' ')}` });
    if (parts.length > 1) {
      const sk = readings.map(skeleton);
      keys.push({ key: `s:${sk.join(' ')}`, kind: 'skeleton', via: `skeleton of ${readings.join(' ')}` });
      keys.push({ key: `o:${[...sk].sort().join(' ')}`, kind: 'swappedParts', via: `parts of ${simplified}` });
    }
    if (tib) {
      keys.push({ key: `t:${tib.join(' ')}`, kind: 'tibetan', via: `Tibetan ${tib.join(' ')}` });
      keys.push({ key: `o:t ${[...tib].sort().join(' ')}`, kind: 'swappedParts', via: `Tibetan parts ${tib.join(' ')}` });
    }
    if (system !== 'unknown' && system !== 'han') return keys;
  }

  const { plain } = readPinyin(joined);
  const n = surnameLength(joined);
  const py = plain.join(' ');
  keys.push({ key: `r:${plain.join('')}`, kind: 'pinyin', via: `pinyin of ${joined}: ${py}` });
  if (plain.length > n) {
    const western = [...plain.slice(n), ...plain.slice(0, n)];
    keys.push({ key: `r:${western.join('')}`, kind: plain.length - n >= 2 ? 'westernOrder' : 'westernShort', via: `pinyin of ${joined}, surname last: ${western.join(' ')}` });
  }
  for (const k of masked(plain, ' ')) keys.push({ key: `r1:${k}`, kind: 'oneSyllable', via: `pinyin of ${joined}: ${py}` });
  // Hong Kong spellings from the characters as written and in every other form (何啓明 and 何啟明: Ho Kai Ming).
  const asWritten = hanOnly(normalizeText(written));
  for (const reading of hongKongReadings([...asWritten].length === [...joined].length ? asWritten : joined)) {
    keys.push({ key: `c:${reading.join('')}`, kind: 'cantonese', via: `Hong Kong spelling of ${asWritten}: ${reading.join(' ')}` });
  }
  return keys;
}

/** Hong Kong reading of romanised words: hyphenated syllables, or a word split into syllables ("Szeto"). */
function hongKongKey(words: string[][]): string {
  return words.flatMap((w) => (w.length > 1 ? w.map(foldHongKong) : splitHongKong(w[0]) ?? [foldHongKong(w[0])])).join('');
}

/** A first word that is a Western given name before a Chinese name: "Albert Ho Chun-yan", "Annette Lu Hsiu-lien". */
export function westernGivenName(words: string[][]): boolean {
  return words.length >= 2 && isWesternGivenName(words[0]) && words.slice(1).every(readsAsChinese);
}

/** Keys of a romanised name (pinyin, Wade-Giles, Cantonese, Uyghur or Tibetan Latin). */
export function latinKeys(written: string, kind: 'romanised' | 'alias' = 'romanised', { side = 'record' }: { side?: 'record' | 'query' } = {}): NameKey[] {
  const umlautWords = latinWords(written, { keepUmlaut: true });
  const words = umlautWords.map((w) => w.map((syl) => syl.replace(/v/g, 'u')));
  if (!words.length) return [];
  const flat = words.flat();
  const shown = words.map((w) => w.join('-')).join(' ');
  const keys: NameKey[] = [{ key: `r:${flat.join('')}`, kind, via: shown }];
  // An apostrophe inside a word (T'ao, Ch'en) marks Wade-Giles.
  const alsoPinyin = !/\p{L}['’ʼ‘`]\p{L}/u.test(written) && readsAsPinyin(umlautWords);
  const readable = flat.length <= MAX_READ_SYLLABLES;
  // A name that is not pinyin may mix Wade-Giles with Taiwan's other systems; one that is, is read as Wade-Giles only.
  const taiwan = !readsAsPinyin(umlautWords);
  const wadeGiles = (ws: string[][], order: KeyKind, label: string) => {
    for (const reading of (readable && wadeGilesToPinyin(ws, 32, { taiwan })) || []) {
      const j = reading.join('');
      if (j !== flat.join('')) keys.push({ key: `r:${j}`, kind: alsoPinyin ? 'wadeGilesOrPinyin' : order, via: `${label} = pinyin ${reading.join(' ')}` });
    }
  };
  wadeGiles(umlautWords, 'wadeGiles', `Wade-Giles ${shown}`);
  if (words.length >= 2) {
    // Two one-syllable words read either way round ("Yang Li") say little about which is the surname.
    const order: KeyKind = flat.length === 2 && words.every((w) => (w.length > 1 ? w : splitPinyin(w[0]) ?? w).length === 1) ? 'westernShort' : 'westernOrder';
    const reversed = [...words.slice(1), words[0]].flat().join('');
    keys.push({ key: `r:${reversed}`, kind: order, via: `${shown}, first word last` });
    const lastFirst = [words[words.length - 1], ...words.slice(0, -1)];
    if (lastFirst.flat().join('') !== reversed) keys.push({ key: `r:${lastFirst.flat().join('')}`, kind: order, via: `${shown}, last word first` });
    // Taiwan writes the given name first, hyphenated, in Wade-Giles: Li-Chiun Cheng, Chien-Ming Ker.
    if (order === 'westernOrder') wadeGiles([umlautWords[umlautWords.length - 1], ...umlautWords.slice(0, -1)], 'westernOrder', `Wade-Giles ${shown}, last word first`);
  }
  // Hong Kong spellings never have ü (Wu Chün is Wade-Giles).
  if (!umlautWords.flat().some((x) => x.includes('v'))) keys.push({ key: `c:${hongKongKey(words)}`, kind: 'cantonese', via: `Hong Kong spelling ${shown}` });
  const tib = tibetanFromLatin(words);
  const sk = words.map((w) => skeleton(w.join('')));
  // Skeletons are too lossy for a known Tibetan name; for a query that also reads as pinyin they count less.
  const skipSkeleton = side === 'query' && tib !== undefined;
  if (sk.every(Boolean) && !skipSkeleton) {
    keys.push({ key: `s:${sk.join(' ')}`, kind: side === 'query' && alsoPinyin ? 'skeletonOfPinyin' : 'skeleton', via: `skeleton of ${shown}` });
    if (words.length >= 2) keys.push({ key: `o:${[...sk].sort().join(' ')}`, kind: 'swappedParts', via: `parts of ${shown}` });
  }
  if (tib) {
    keys.push({ key: `t:${tib.join(' ')}`, kind: 'tibetan', via: `Tibetan ${tib.join(' ')}` });
    keys.push({ key: `o:t ${[...tib].sort().join(' ')}`, kind: 'swappedParts', via: `Tibetan parts ${tib.join(' ')}` });
  }
  const syllables = words.flatMap((w) => (w.length > 1 ? w : splitPinyin(w[0]) ?? w));
  for (const k of masked(syllables, ' ')) keys.push({ key: `r1:${k}`, kind: 'oneSyllable', via: `${shown} (${syllables.join(' ')})` });
  if (words.length >= 3) {
    // "Peter Chan Tai-man", "Albert Ho Chun-yan": the Chinese name after an English given name.
    const restWords = umlautWords.slice(1);
    const rest = restWords.map((w) => w.join('-')).join(' ');
    const given = words[0].join('');
    keys.push({ key: `r:${words.slice(1).flat().join('')}`, kind: 'englishName', via: `${shown} without the given name ${given}` });
    if (westernGivenName(words)) {
      keys.push({ key: `c:${hongKongKey(words.slice(1))}`, kind: 'englishName', via: `Hong Kong spelling ${rest} (given name ${given})` });
      for (const reading of (readable && wadeGilesToPinyin(restWords, 32, { taiwan: !readsAsPinyin(restWords) })) || []) {
        keys.push({ key: `r:${reading.join('')}`, kind: alsoPinyin ? 'wadeGilesOrPinyin' : 'englishName', via: `Wade-Giles ${rest} = pinyin ${reading.join(' ')} (given name ${given})` });
      }
    }
  }
  return keys;
}

export function recordSystem(r: PrisonerRecord): NameSystem {
  const eth = (r.ethnicity ?? '').toLowerCase();
  if (eth === 'tibetan') return 'tibetan';
  if (['uyghur', 'kazakh', 'kyrgyz', 'uzbek', 'tajik', 'tatar'].includes(eth) || (r.names.zh ?? '').includes('·')) return 'uyghur';
  return 'han';
}

/** Every key of a record: its characters, its romanised name, its aliases, and English-name combinations. */
export function recordKeys(r: PrisonerRecord): NameKey[] {
  const system = recordSystem(r);
  const keys: NameKey[] = [];
  if (r.names.zh && hasHan(r.names.zh)) keys.push(...hanKeys(r.names.zh, system));
  // A title written into the record's name ("Tenzin Delek Rinpoche", "Pastor Zhang Shaojie") is no part of it: a response
  // may leave it out, as queries are read without theirs.
  const en = r.names.en ? cleanName(r.names.en).core || r.names.en : undefined;
  if (en && en !== r.names.en) keys.push(...latinKeys(en).filter((k) => k.kind === 'romanised' || k.kind === 'tibetan' || k.kind === 'skeleton'));
  if (r.names.en) {
    // Skeletons are for transliterated names: a Han record keeps them only when its spelling is no Chinese romanisation.
    const words = latinWords(r.names.en, { keepUmlaut: true });
    // A record written in (undotted) characters is a Han name whatever its spelling: Cantonese spellings have their own keys.
    const chinese = readsAsPinyin(words) || wadeGilesToPinyin(words) !== undefined || Boolean(r.names.zh && hasHan(r.names.zh));
    const hasCharacters = Boolean(r.names.zh && hasHan(r.names.zh));
    keys.push(...latinKeys(r.names.en).filter((k) => (system !== 'han' || !chinese || (k.kind !== 'skeleton' && k.kind !== 'swappedParts'))
      // With characters, the pinyin comes from them: reading the spelling as Wade-Giles only adds other names ("Suen" read as MPS-II).
      && !(hasCharacters && (k.kind === 'wadeGiles' || k.kind === 'wadeGilesOrPinyin' || k.via.startsWith('Wade-Giles')))));
    // "Albert Ho Chun-yan" is also "Albert Ho": the English given name with the surname.
    const en = latinWords(r.names.en);
    if (en.length >= 3 && westernGivenName(en)) {
      keys.push({ key: `r:${en[0].join('')}${en[1].join('')}`, kind: 'englishName', via: `${en[0].join('')} ${en[1].join('')} (from ${r.names.en})` });
    }
  }
  for (const a of r.names.aliases) {
    if (hasHan(a.name)) keys.push(...hanKeys(a.name, system).filter((k) => k.kind === 'characters' || k.kind === 'pinyin'));
    else {
      keys.push(...latinKeys(a.name, 'alias').filter((k) => k.kind === 'alias' || k.kind === 'wadeGiles'));
      // "Jimmy Kong" beside "Kong Cheong": the person also writes "Jimmy Kong Cheong".
      const given = latinWords(a.name)[0];
      if (r.names.en && given && latinWords(a.name).length === 2) {
        keys.push({ key: `r:${given.join('')}${latinWords(r.names.en).flat().join('')}`, kind: 'englishName', via: `${given.join('')} ${r.names.en}` });
      }
    }
  }
  return keys;
}

export interface QueryName {
  written: string;
  keys: NameKey[];
  /** Simplified characters of the query, when it has any. */
  zh?: string;
  /** Tone numbers per syllable when the query was written with tone marks or numbers. */
  tones?: number[];
  /** A Western given name written before a Chinese name ("albert" in Albert Ho Chun-yan), folded. */
  englishName?: string;
}

/** Keys of a name as it appears in a response: titles and brackets removed, every script tried. */
export function queryKeys(written: string): QueryName {
  const { core, bracketed } = cleanName(written);
  const keys: NameKey[] = [];
  let zh: string | undefined;
  let tones: number[] | undefined;
  let englishName: string | undefined;
  for (const part of [core, ...bracketed]) {
    if (!part) continue;
    if (hasHan(part)) {
      zh ??= hanOnly(toSimplified(part));
      keys.push(...hanKeys(part, 'unknown'));
      const latin = part.replace(/[^\p{Script=Latin}\s'-]/gu, ' ').trim();
      if (latin) keys.push(...latinKeys(latin, 'romanised', { side: 'query' }));
    } else {
      keys.push(...latinKeys(surnameFirst(part), 'romanised', { side: 'query' }));
      tones ??= readTones(part);
      // v typed for ü (Lv Min) is pinyin, not a Western name.
      const words = latinWords(part, { keepUmlaut: true }).map((w) => w.map((syl) => syl.replace(/v/g, 'u')));
      if (words.length >= 2 && westernGivenName(words)) englishName ??= foldHongKong(words[0].join(''));
    }
  }
  return { written, keys, zh, tones, englishName };
}

/** "Xiaobo LIU" -> "LIU Xiaobo": one word in capitals among others is the surname, written first. */
function surnameFirst(s: string): string {
  const words = s.split(/\s+/);
  const caps = words.filter((w) => w.length > 1 && /^[A-ZÜ'-]+$/.test(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));
  if (caps.length !== 1 || words.length < 2) return s;
  return [caps[0], ...words.filter((w) => w !== caps[0])].join(' ');
}

function readTones(s: string): number[] | undefined {
  const nfc = s.normalize('NFC');
  if (!/[\u0100-\u01DC]|[a-z][1-5]/i.test(nfc)) return undefined;
  const words = nfc.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const tones: number[] = [];
  for (const w of words) {
    if (/\d/.test(w)) {
      for (const m of w.matchAll(/[a-zü]+([1-5])/g)) tones.push(Number(m[1]));
      continue;
    }
    const plain = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
    const syl = splitPinyin(plain);
    if (!syl) return undefined;
    // Assign each syllable the tone mark found within its span of the written word.
    let pos = 0;
    const chars = [...w];
    for (const sy of syl) {
      const span = chars.slice(pos, pos + sy.length).join('');
      tones.push(toneOf(span) ?? 5);
      pos += sy.length;
    }
  }
  return tones;
}

/** Key kinds exact enough to say "a record has this name" when scanning running text for known names. */
const EXACT_KINDS: ReadonlySet<KeyKind> = new Set<KeyKind>(['characters', 'romanised', 'alias', 'pinyin', 'wadeGiles', 'wadeGilesOrPinyin', 'westernOrder', 'tibetan', 'cantonese', 'englishName']);

/**
 * The exact keys of a string that may be a name in running text: its characters (simplified, dots removed),
 * or for Latin script its romanised, Wade-Giles, Cantonese and Tibetan keys. Masked and skeleton keys are left
 * out: they find people for review, not words in a text.
 */
export function exactNameKeys(candidate: string): string[] {
  if (hasHan(candidate)) {
    const parts = toSimplified(normalizeText(candidate)).split('·').map(hanOnly).filter(Boolean);
    const joined = parts.join('');
    // (A Tibetan name in characters is known by its Tibetan reading too: 洛桑平措 is the recorded Lobsang Phuntsok.)
    const tib = parts.length === 1 && joined.length >= 4 ? tibetanFromHan(joined) : undefined;
    return joined ? [`z:${joined}`, ...(tib ? [`t:${tib.join(' ')}`] : [])] : [];
  }
  return queryKeys(candidate).keys.filter((k) => EXACT_KINDS.has(k.kind)).map((k) => k.key);
}
