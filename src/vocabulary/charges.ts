/** Charges (罪名): canonical Chinese names with English, from data/charges.json. */
import { readFileSync } from 'node:fs';
import { convertToSimplified } from '../names/index.js';
import { dataPath } from '../config/paths.js';

export interface Charge { zh: string; en?: string }
interface ChargeFile { charges: { zh: string; en: string | null; alt: string[] }[] }

const key = (s: string) => convertToSimplified(s.normalize('NFKC')).replace(/[\s"“”「」《》]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

let index: Map<string, Charge> | undefined;
let englishIndex: Map<string, Charge> | undefined;
function load() {
  if (!index) {
    const file = JSON.parse(readFileSync(dataPath('charges.json'), 'utf8')) as ChargeFile;
    index = new Map();
    englishIndex = new Map();
    for (const c of file.charges) {
      const charge: Charge = { zh: c.zh, en: c.en ?? undefined };
      for (const k of [c.zh, c.zh.replace(/罪$/, ''), ...c.alt, ...c.alt.map((a) => a.replace(/罪$/, ''))]) index.set(key(k), charge);
      if (c.en) englishIndex.set(c.en.toLowerCase(), charge);
    }
  }
  return { index, englishIndex: englishIndex! };
}

/**
 * The canonical charge for what a record or a letter says: full or shortened names, with or without
 * the final 罪, traditional characters, or the English rendering. Undefined when it is not a known charge.
 */
export function lookupCharge(text: string): Charge | undefined {
  const { index, englishIndex } = load();
  const t = text.trim();
  return index.get(key(t)) ?? index.get(key(t.replace(/罪$/, ''))) ?? englishIndex.get(t.toLowerCase());
}

let sortedNames: string[] | undefined;
/** Every known charge name in Chinese, longest first (for finding charges inside text). */
export function chargeNames(): readonly string[] {
  sortedNames ??= [...load().index.keys()].sort((a, b) => b.length - a.length);
  return sortedNames;
}
