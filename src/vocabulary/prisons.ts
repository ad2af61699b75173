/**
 * The gazetteer of prisons and detention centres (data/prisons.json, with its sources): one place however a
 * letter writes it. "Nanjing Prison, Jiangsu", 江苏省南京监狱 and 南京监狱 are one place; a name shared by
 * several provinces (女子监狱, "Women's Prison") is resolved only when the text names the province too.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../config/paths.js';
import { convertToSimplified } from '../names/index.js';
import { provinceTerms } from './vocabulary.js';

export interface PrisonPlace {
  zh: string;
  zhFull?: string;
  en: string;
  aliases?: string[];
  province: string;
  kind: string;
}

let cache: { byKey: Map<string, PrisonPlace[]>; provinceWords: { zh: string[]; en: string[]; name: string }[] } | undefined;

const ZH_PROVINCE_SUFFIX = /(省|市|自治区|维吾尔自治区|壮族自治区|回族自治区)$/;

function provinceWords() {
  return provinceTerms().map((p) => ({
    name: p.en,
    zh: [p.zh, ...(p.alt ?? []).filter((a) => /[\u4e00-\u9fff]/.test(a))].flatMap((z) => [z, z.replace(ZH_PROVINCE_SUFFIX, '')]).filter(Boolean),
    en: [p.en, ...(p.alt ?? []).filter((a) => !/[\u4e00-\u9fff]/.test(a))].map((e) => e.toLowerCase()),
  }));
}

/** English folded for comparison: lower case, "No. 2"/"Number Two"/"Second" as "no 2", no "the", no punctuation. */
export function foldPlaceEn(s: string): string {
  const words: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10', first: '1', second: '2', third: '3', fourth: '4', fifth: '5' };
  return s.toLowerCase().replace(/[’']/g, "'").replace(/\b(?:number|no)\.?\s*(\w+)/g, (_m, n: string) => `no ${words[n] ?? n}`)
    .replace(/\b(first|second|third|fourth|fifth)\b(?=\s+prison)/g, (w) => `no ${words[w]}`)
    .replace(/\b(?:the|of|in|provincial|province|municipal|city|autonomous region|jail)\b/g, (w) => (w === 'jail' ? 'prison' : ' '))
    .replace(/[^a-z0-9' ]/g, ' ').replace(/\s+/g, ' ').trim();
}

const foldZh = (s: string) => convertToSimplified(s).replace(/\s/g, '');

function load() {
  if (cache) return cache;
  const file = JSON.parse(readFileSync(dataPath('prisons.json'), 'utf8')) as { places: PrisonPlace[] };
  const byKey = new Map<string, PrisonPlace[]>();
  const put = (k: string, p: PrisonPlace) => {
    if (!k) return;
    const l = byKey.get(k) ?? [];
    if (!l.includes(p)) l.push(p);
    byKey.set(k, l);
  };
  const words = provinceWords();
  for (const p of file.places) {
    for (const z of [p.zh, p.zhFull, ...(p.aliases ?? []).filter((a) => /[\u4e00-\u9fff]/.test(a))]) if (z) put(`zh:${stripZhProvince(foldZh(z), words)}`, p);
    for (const e of [p.en, ...(p.aliases ?? []).filter((a) => !/[\u4e00-\u9fff]/.test(a))]) put(`en:${stripEnProvince(foldPlaceEn(e), words)}`, p);
  }
  cache = { byKey, provinceWords: words };
  return cache;
}

function stripZhProvince(s: string, words: ReturnType<typeof provinceWords>): string {
  for (const w of words) for (const z of [...w.zh].sort((a, b) => b.length - a.length)) if (z && s.startsWith(z) && s.length > z.length + 1) return s.slice(z.length).replace(/^(省|市|自治区)/, '');
  return s;
}
function stripEnProvince(s: string, words: ReturnType<typeof provinceWords>): string {
  let out = ` ${s} `;
  for (const w of words) for (const e of w.en) out = out.replace(` ${foldPlaceEn(e)} `, ' ');
  return out.trim() || s;
}

/** The province a place phrase names ("四川省川东监狱", "Pukou Prison in Jiangsu province"), in English. */
function provinceIn(text: string, words: ReturnType<typeof provinceWords>): string | undefined {
  const zh = foldZh(text);
  const en = ` ${foldPlaceEn(text)} `;
  return words.find((w) => w.zh.some((z) => z.length >= 2 && zh.includes(z)) || w.en.some((e) => en.includes(` ${foldPlaceEn(e)} `)))?.name;
}

/**
 * The gazetteer's place for a name as written, or undefined when the gazetteer does not know it or the name
 * fits places in several provinces and the text does not say which.
 */
export function lookupPrison(written: string, { near = '' }: { near?: string } = {}): PrisonPlace | undefined {
  const { byKey, provinceWords: words } = load();
  const zh = /[\u4e00-\u9fff]/.test(written);
  const key = zh ? `zh:${stripZhProvince(foldZh(written), words)}` : `en:${stripEnProvince(foldPlaceEn(written), words)}`;
  const found = byKey.get(key) ?? [];
  // The province the text names decides; a place of another province is never the one meant (新疆第一监狱 is
  // not 北京市第一监狱).
  const province = provinceIn(written, words) ?? (near ? provinceIn(near, words) : undefined);
  const candidates = province ? found.filter((p) => p.province === province) : found;
  return candidates.length === 1 ? candidates[0] : undefined;
}

/** "Chuandong Prison, Sichuan Province" for a place whose English name does not say its province already. */
export function placeEnglish(p: PrisonPlace): string {
  const term = provinceTerms().find((t) => t.en === p.province);
  if (!term || foldPlaceEn(p.en).includes(foldPlaceEn(p.province))) return p.en;
  const isProvince = [term.zh, ...(term.alt ?? [])].some((a) => a.endsWith('省'));
  return `${p.en}, ${isProvince ? `${p.province} Province` : p.province}`;
}
