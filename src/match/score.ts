/**
 * Scores candidates: the best way the names agree (the strongest shared key), then context.
 * Every contribution is a piece of evidence with a feature name, a score and a detail.
 */
import type { Evidence, MatchContext, RecordId } from '../model/index.js';
import { readPinyin, toSimplified } from '../names/index.js';
import { lookupProvince } from '../vocabulary/index.js';
import type { MatchSettings } from './config.js';
import { kindScore, type KeyKind, type QueryName } from './keys.js';
import { MAX_POSTINGS, type IndexedRecord, type NameIndex, type Posting } from './name-index.js';
import { fallbackScore, givenNameKeys, pinyinName, spellCharacters, surnameKeys, surnameOnlyScore, writtenKeys, writtenSyllables } from './fallback.js';
import { cleanName, latinWords } from '../names/index.js';

export interface ScoredCandidate {
  record: IndexedRecord;
  score: number;
  nameKind: KeyKind;
  evidence: Evidence[];
  /** Context spoke against this record (different birth year, province or gender). */
  contradicted: boolean;
  /** Names in characters met a record known only by a romanised name: they agree on the reading alone. */
  readingOnly: boolean;
  /** The record has other characters with the same reading (a homophone of the name written). */
  sameReadingOtherCharacters: boolean;
}

const FEATURE_NAMES: Record<KeyKind, string> = {
  characters: 'same characters', romanised: 'same romanised spelling', alias: 'same as an alias',
  pinyin: 'same pinyin', wadeGiles: 'Wade-Giles equivalent', westernOrder: 'same name, surname last',
  tibetan: 'same Tibetan name', cantonese: 'Cantonese spelling equivalent', englishName: 'with English given name',
  skeleton: 'same transliteration skeleton', oneCharacter: 'one character differs', oneSyllable: 'one syllable differs',
  swappedParts: 'same parts, other order', westernShort: 'two syllables, other order',
  wadeGilesOrPinyin: 'Wade-Giles equivalent (also valid pinyin)', skeletonOfPinyin: 'same transliteration skeleton (pinyin-like spelling)',
};

interface NameMatch {
  score: number;
  kind: KeyKind;
  ev: Evidence;
  record: IndexedRecord;
}

function nameEvidence(query: QueryName, index: NameIndex, s: MatchSettings): Map<RecordId, NameMatch> {
  const best = new Map<RecordId, NameMatch>();
  const queryChars = query.zh ? [...query.zh] : [];
  let queryPlain: string[] | undefined;
  const looked = new Map<string, readonly Posting[]>();
  for (const qk of query.keys) {
    const exact = qk.kind === 'characters' || qk.kind === 'romanised';
    const list = looked.get(qk.key) ?? index.postings(qk.key, exact ? undefined : MAX_POSTINGS + 1);
    looked.set(qk.key, list);
    if (!list.length || (list.length > MAX_POSTINGS && !exact)) continue;
    for (const p of list) {
      if (p.kind === 'fallback') continue;
      // Masked keys meet only masked keys; exact keys only exact ones (the namespaces already ensure it).
      const kind = kindScore(qk.kind, s) <= kindScore(p.kind, s) ? qk.kind : p.kind;
      let score = Math.min(kindScore(qk.kind, s), kindScore(p.kind, s));
      let feature = FEATURE_NAMES[kind];
      let detail = `query ${qk.via} ~ record ${p.via}`;
      const rec = p.record;
      if ((kind === 'westernOrder' || kind === 'westernShort') && rec.system !== 'han') {
        // Tibetan and Uyghur names have no surname: the other order is another name.
        score = Math.min(score, s.swappedParts);
        feature = FEATURE_NAMES.swappedParts;
      }
      // …unless the record has these very characters as another name (杨恒均, also written 杨军).
      if (query.zh && rec.zh && query.zh !== rec.zh && kind !== 'oneCharacter' && score > s.otherCharacters && !(kind === 'characters' && toSimplified(p.via) === query.zh)) {
        // Both written in characters, and the characters differ: agreeing readings make a homophone, not the same name.
        // A Hong Kong spelling shared by other characters (雷珍 and 雷俊 both Lui Chun) counts less than the same pinyin.
        score = kind === 'cantonese' ? Math.min(s.otherCharacters, s.oneSyllable) : s.otherCharacters;
        feature = 'different characters, same reading';
        detail = `${query.zh} vs ${rec.zh}: ${detail}`;
      }
      if (kind === 'oneCharacter' && query.zh) {
        const indexed = p.record;
        const rec = indexed.zh;
        if (rec && rec.length === query.zh.length) {
          const recChars = [...rec];
          const i = recChars.findIndex((c, j) => c !== queryChars[j]);
          if (i < 0) continue;
          queryPlain ??= readPinyin(query.zh).plain;
          const a = queryPlain[i];
          const b = indexed.plain?.[i];
          if (a === b) {
            score = s.homophone;
            feature = 'homophone character';
            detail = `${queryChars[i]} for ${recChars[i]} (both ${a}) in ${rec}`;
          } else detail = `${queryChars[i]} for ${recChars[i]} in ${rec}`;
        }
      }
      const cur = best.get(p.id);
      if (!cur || score > cur.score) best.set(p.id, { score, kind, ev: { feature, score: round(score), detail }, record: rec });
    }
  }
  return best;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
/** Evidence of score 0 that speaks against a record (it keeps it from auto, and orders nothing). */
export const AGE_DOES_NOT_FIT = 'age does not fit birth year';

function contextEvidence(rec: IndexedRecord, ctx: MatchContext, s: MatchSettings): Evidence[] {
  const ev: Evidence[] = [];
  if (ctx.birthYear !== undefined && rec.birthYear !== undefined) {
    const d = Math.abs(ctx.birthYear - rec.birthYear);
    if (d === 0) ev.push({ feature: 'birth year agrees', score: s.birthYearAgree, detail: String(rec.birthYear) });
    else if (d === 1) ev.push({ feature: 'birth year near', score: s.birthYearNear, detail: `${ctx.birthYear} vs ${rec.birthYear}` });
    else ev.push({ feature: 'birth year differs', score: s.birthYearDisagree, detail: `${ctx.birthYear} vs ${rec.birthYear}` });
  } else if (ctx.approxBirthYear !== undefined && rec.birthYear !== undefined) {
    // An age is a year either side of a birth year: it may order namesakes, and is never the agreement that confirms.
    const d = Math.abs(ctx.approxBirthYear - rec.birthYear);
    // (No penalty for an age that does not fit: it would part two namesakes far enough for one to be auto-accepted.
    // But an age far from the record's birth year speaks against that record, so it is never accepted alone:
    // "Alex Lee, 52" is not the recorded Alex Lee born 1990.)
    if (d <= 1) ev.push({ feature: 'age fits birth year', score: s.birthYearAgree / 4, detail: `about ${ctx.approxBirthYear} vs ${rec.birthYear}` });
    else if (d >= 3) ev.push({ feature: AGE_DOES_NOT_FIT, score: 0, detail: `about ${ctx.approxBirthYear} vs ${rec.birthYear}` });
  }
  if (ctx.province && rec.province) {
    const a = lookupProvince(ctx.province)?.en ?? ctx.province;
    const b = lookupProvince(rec.province)?.en ?? rec.province;
    if (a.toLowerCase() === b.toLowerCase()) ev.push({ feature: 'province agrees', score: s.provinceAgree, detail: b });
    else ev.push({ feature: 'province differs', score: s.provinceDisagree, detail: `${a} vs ${b}` });
  }
  if (ctx.gender && rec.gender && ctx.gender.toUpperCase().charAt(0) !== rec.gender) {
    ev.push({ feature: 'gender differs', score: s.genderDisagree, detail: `${ctx.gender} vs ${rec.gender}` });
  }
  if (ctx.ethnicity && rec.ethnicity && ctx.ethnicity.toLowerCase() !== rec.ethnicity.toLowerCase()) {
    ev.push({ feature: 'ethnicity differs', score: s.ethnicityDisagree, detail: `${ctx.ethnicity} vs ${rec.ethnicity}` });
  }
  if (ctx.preferIds?.includes(rec.id)) ev.push({ feature: 'on the list answered', score: s.onList, detail: 'named on the list this response answers' });
  return ev;
}

function toneEvidence(query: QueryName, rec: IndexedRecord, kind: KeyKind, s: MatchSettings): Evidence | undefined {
  if (!query.tones || !rec.tones || (kind !== 'pinyin' && kind !== 'westernOrder' && kind !== 'romanised')) return undefined;
  if (query.tones.length !== rec.tones.length) return undefined;
  const q = kind === 'westernOrder' ? undefined : query.tones;
  if (!q) return undefined;
  const differ = q.some((t, i) => t !== 5 && rec.tones![i] !== 5 && t !== rec.tones![i]);
  return differ
    ? { feature: 'tones differ', score: s.toneDisagree, detail: `${q.join('')} vs ${rec.tones.join('')}` }
    : { feature: 'tones agree', score: s.toneAgree, detail: rec.tones.join('') };
}

/** Records a fallback lookup key may name, at most this many (a common surname in a large database). */
const MAX_FALLBACK_POSTINGS = 3000;

/** Adds syllable-by-syllable candidates when no key gave a name strong enough to accept. */
function addFallback(query: QueryName, best: Map<RecordId, NameMatch>, index: NameIndex, s: MatchSettings): void {
  // Only when no key found anything plausible: the fallback is slow and weaker than any key.
  if ([...best.values()].some((b) => b.score >= s.fallbackBelow)) return;
  const consider = (record: IndexedRecord, f: { score: number; evidence: Evidence } | undefined) => {
    const cur = best.get(record.id);
    if (f && (!cur || f.score > cur.score)) best.set(record.id, { score: f.score, kind: 'oneSyllable', ev: f.evidence, record });
  };
  const lookup = (keys: Iterable<string>): IndexedRecord[] => {
    const found = new Map<RecordId, IndexedRecord>();
    for (const k of new Set(keys)) for (const p of index.postings(k, MAX_FALLBACK_POSTINGS)) found.set(p.id, p.record);
    return [...found.values()];
  };
  // Characters against records known only by a romanised name, found by its first or last word.
  const spelledQuery = spellCharacters(query.zh);
  if (spelledQuery) {
    for (const rec of lookup([...surnameKeys(spelledQuery), ...givenNameKeys(spelledQuery)].map((k) => `fw:${k}`))) {
      if (!rec.written) continue;
      const pinyin = rec.writtenPinyin === true;
      consider(rec, fallbackScore(rec.written, spelledQuery, s, { partial: !pinyin, exact: pinyin }));
      for (const words of rec.written) consider(rec, surnameOnlyScore(words, spelledQuery, s));
    }
  }
  const readings = writtenSyllables(query.written);
  if (!readings.length) return;
  // Romanised names against records with characters, found by the surname or the given name in any spelling.
  const keys = writtenKeys(readings).flatMap((k) => [`fs:${k}`, `fg:${k}`]);
  const words = latinWords(cleanName(query.written).core);
  const pinyin = pinyinName(words);
  for (const rec of lookup(keys)) {
    if (!rec.spelled) continue;
    consider(rec, fallbackScore(readings, rec.spelled, s, { partial: !pinyin, exact: pinyin }));
    consider(rec, surnameOnlyScore(words, rec.spelled, s, rec.englishNames));
  }
}

export function scoreCandidates(query: QueryName, ctx: MatchContext, index: NameIndex, s: MatchSettings): ScoredCandidate[] {
  const out: ScoredCandidate[] = [];
  const named = nameEvidence(query, index, s);
  addFallback(query, named, index, s);
  for (const best of named.values()) {
    const record = best.record;
    const evidence: Evidence[] = [best.ev];
    const tone = toneEvidence(query, record, best.kind, s);
    if (tone) evidence.push(tone);
    const context = contextEvidence(record, ctx, s);
    if (query.englishName && record.englishNames?.length && !record.englishNames.includes(query.englishName)) {
      context.push({ feature: 'English name differs', score: s.englishNameDisagree, detail: `${query.englishName} vs ${record.englishNames.join(', ')}` });
    }
    evidence.push(...context);
    if (ctx.ocr) evidence.push({ feature: 'OCR text', score: -s.ocrPenalty, detail: 'recognised from a scan: misreads are likely' });
    const score = evidence.reduce((sum, e) => sum + e.score, 0);
    out.push({
      record, score: round(score), nameKind: best.kind, evidence, contradicted: context.some((e) => e.score < 0 || e.feature === AGE_DOES_NOT_FIT),
      readingOnly: Boolean(query.zh) && !record.zh && best.ev.score >= s.wadeGilesOrPinyin,
      sameReadingOtherCharacters: best.ev.feature === 'different characters, same reading' || best.ev.feature === 'homophone character',
    });
  }
  return out.sort((a, b) => b.score - a.score || (a.record.id < b.record.id ? -1 : 1));
}
