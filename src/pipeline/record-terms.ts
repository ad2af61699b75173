/**
 * The words of a record a reader looks for in a text to tell namesakes apart: the places and institutions its
 * notes and its place held name ("Kirti monastery administrator", "Kaka village, Kardze", 炉霍县监狱). Generic words
 * (prison, monastery, county, months, ethnic names) are left out: they are shared by many and tell no one apart.
 */
import { toSimplified } from '../names/index.js';
import type { PrisonerRecord } from '../model/index.js';

const GENERIC = new Set(`
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
prison prisons jail detention centre center county city province prefecture region autonomous village town township district
monastery nunnery temple school university college church mosque court intermediate higher people peoples
tibetan tibet uyghur uighur han hui mongolian kazakh chinese china hong kong
sentenced detained arrested released protest protests student monk nun teacher farmer herder writer lawyer pastor imam
distractor namesake same different born also former case cases the and with from for after before
`.split(/\s+/).filter(Boolean));

/** Place-like words in characters: the run of up to six characters before a suffix that names a place or an institution. */
const HAN_PLACE = /[\u4e00-\u9fff]{1,6}(?:监狱|看守所|劳教所|寺|县|市|村|乡|镇|州|大学|学院|教会)/gu;

/** Each term with the spellings that count as naming it (a place in characters also without the words before it). */
export function recordTerms(rec: PrisonerRecord): string[][] {
  const own = new Set([rec.names.en, rec.names.zh, ...(rec.names.aliases ?? [])].filter(Boolean).flatMap((n) => String(n).toLowerCase().split(/[\s·-]+/)));
  const text = [rec.notes, rec.prison].filter(Boolean).join(' ; ');
  const terms = new Map<string, string[]>();
  for (const w of text.match(/\b[A-Z][a-z]{3,}(?:-[A-Za-z]+)?\b/g) ?? []) {
    if (!GENERIC.has(w.toLowerCase()) && !own.has(w.toLowerCase())) terms.set(w, [w]);
  }
  for (const w of toSimplified(text).match(HAN_PLACE) ?? []) {
    // The run may start with words that are not the place's ("年在甘孜州"): its tails down to two characters and the suffix.
    const suffix = /(?:监狱|看守所|劳教所|大学|学院|教会|[寺县市村乡镇州])$/u.exec(w)![0];
    const stem = [...w.slice(0, -suffix.length)];
    const tails = stem.map((_, i) => stem.slice(i).join('') + suffix).filter((t) => [...t].length - suffix.length >= 2 && !GENERIC_HAN.test(t));
    if (tails.length) terms.set(tails[tails.length - 1], tails);
  }
  return [...terms.values()];
}

/** Words that start a run of characters but name no place (该县, 本市, 在县). */
const GENERIC_HAN = /^(?:本|该|此|某|其|在|到|回|出|入|被|于|的|各|全|省|外|一|两|二)/u;

/** The record's terms the text names, each once, as the text writes them. */
export function termsInText(terms: readonly string[][], text: string): string[] {
  const simplified = toSimplified(text);
  const found: string[] = [];
  for (const variants of terms) {
    const hit = variants.find((t) => (/[A-Za-z]/.test(t) ? new RegExp(`\\b${t}\\b`).test(text) : simplified.includes(t)));
    if (hit) found.push(hit);
  }
  return found;
}
