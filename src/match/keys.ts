/**
 * Blocking keys: every way a name can be written is reduced to strings that two spellings of the same
 * name share. A record and a query meet when they share a key; the key's kind says how (and how much
 * that counts). Namespaces keep kinds apart: z characters, z1 one character masked, r romanised,
 * r1 one syllable masked, c Cantonese folded, s consonant skeleton, t Tibetan components, o parts in any order.
 */
import type { PrisonerRecord } from '../model/index.js';
import {
  cantoneseReadings, cleanName, foldCantonese, hanOnly, hasHan, latinWords, readPinyin, skeleton, splitPinyin,
  surnameLength, tibetanFromHan, tibetanFromLatin, toSimplified, toTraditional, wadeGilesToPinyin, normalizeText,
  toneOf, readsAsPinyin,
} from '../names/index.js';
import type { MatchSettings } from './config.js';

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
  units.length >= min ? units.map((_, i) => units.map((u, j) => (i === j ? '?' : u)).join(sep)) : [];

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
  for (const reading of cantoneseReadings(toTraditional(joined))) {
    keys.push({ key: `c:${reading.map(foldCantonese).join('')}`, kind: 'cantonese', via: `Cantonese of ${toTraditional(joined)}: ${reading.join(' ')}` });
  }
  return keys;
}

/** Keys of a romanised name (pinyin, Wade-Giles, Cantonese, Uyghur or Tibetan Latin). */
export function latinKeys(written: string, kind: 'romanised' | 'alias' = 'romanised', { side = 'record' }: { side?: 'record' | 'query' } = {}): NameKey[] {
  const umlautWords = latinWords(written, { keepUmlaut: true });
  const words = umlautWords.map((w) => w.map((syl) => syl.replace(/v/g, 'u')));
  if (!words.length) return [];
  const flat = words.flat();
  const shown = words.map((w) => w.join('-')).join(' ');
  const keys: NameKey[] = [{ key: `r:${flat.join('')}`, kind, via: shown }];
  if (words.length >= 2) {
    // Two one-syllable words read either way round ("Yang Li") say little about which is the surname.
    const order: KeyKind = flat.length === 2 && words.every((w) => (w.length > 1 ? w : splitPinyin(w[0]) ?? w).length === 1) ? 'westernShort' : 'westernOrder';
    const reversed = [...words.slice(1), words[0]].flat().join('');
    keys.push({ key: `r:${reversed}`, kind: order, via: `${shown}, first word last` });
    const lastFirst = [words[words.length - 1], ...words.slice(0, -1)].flat().join('');
    if (lastFirst !== reversed) keys.push({ key: `r:${lastFirst}`, kind: order, via: `${shown}, last word first` });
  }
  const wg = wadeGilesToPinyin(umlautWords);
  // An apostrophe inside a word (T'ao, Ch'en) marks Wade-Giles.
  const alsoPinyin = !/\p{L}['’ʼ‘`]\p{L}/u.test(written) && readsAsPinyin(umlautWords);
  for (const reading of wg ?? []) {
    const j = reading.join('');
    if (j !== flat.join('')) keys.push({ key: `r:${j}`, kind: alsoPinyin ? 'wadeGilesOrPinyin' : 'wadeGiles', via: `Wade-Giles ${shown} = pinyin ${reading.join(' ')}` });
  }
  keys.push({ key: `c:${flat.map(foldCantonese).join('')}`, kind: 'cantonese', via: `Cantonese spelling ${shown}` });
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
    const rest = words.slice(1).flat().join('');
    keys.push({ key: `r:${rest}`, kind: 'englishName', via: `${shown} without the given name ${words[0].join('')}` });
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
  if (r.names.en) {
    // Skeletons are for transliterated names: a Han record keeps them only when its spelling is no Chinese romanisation.
    const words = latinWords(r.names.en, { keepUmlaut: true });
    // A record written in (undotted) characters is a Han name whatever its spelling: Cantonese spellings have their own keys.
    const chinese = readsAsPinyin(words) || wadeGilesToPinyin(words) !== undefined || Boolean(r.names.zh && hasHan(r.names.zh));
    keys.push(...latinKeys(r.names.en).filter((k) => system !== 'han' || !chinese || (k.kind !== 'skeleton' && k.kind !== 'swappedParts')));
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
}

/** Keys of a name as it appears in a response: titles and brackets removed, every script tried. */
export function queryKeys(written: string): QueryName {
  const { core, bracketed } = cleanName(written);
  const keys: NameKey[] = [];
  let zh: string | undefined;
  let tones: number[] | undefined;
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
    }
  }
  return { written, keys, zh, tones };
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
    const joined = toSimplified(normalizeText(candidate)).split('·').map(hanOnly).join('');
    return joined ? [`z:${joined}`] : [];
  }
  return queryKeys(candidate).keys.filter((k) => EXACT_KINDS.has(k.kind)).map((k) => k.key);
}
