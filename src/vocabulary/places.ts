/** Places held: Chinese names are kept as written and given an English rendering built from their parts. */
import { provinceTerms } from './vocabulary.js';
import { plainPinyin, toSimplified } from '../names/index.js';

const SUFFIXES: [string, string][] = [
  ['女子监狱', "Women's Prison"], ['未成年犯管教所', 'Juvenile Offender Institution'], ['监狱', 'Prison'], ['看守所', 'Detention Centre'],
  ['拘留所', 'Detention House'], ['戒毒所', 'Drug Rehabilitation Centre'], ['监狱医院', 'Prison Hospital'], ['职业技能教育培训中心', 'Vocational Skills Education and Training Centre'],
];
const UNITS: [string, string][] = [['省', 'Province'], ['市', 'City'], ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'], ['县', 'County'], ['区', 'District']];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const romanise = (zh: string) => cap(plainPinyin(zh).join(''));

/**
 * "四川省川西监狱" -> "Chuanxi Prison, Sichuan Province"; "北京市第二监狱" -> "No. 2 Prison, Beijing";
 * unknown shapes fall back to pinyin. Returns undefined for text that is not in characters.
 */
export function translatePlace(place: string): string | undefined {
  let s = toSimplified(place.trim());
  if (!/[\u4e00-\u9fff]/.test(s)) return undefined;
  const parts: string[] = [];
  for (const p of provinceTerms()) {
    for (const prefix of [p.zh + '省', p.zh + '市', p.zh + '自治区', ...(p.alt ?? []).filter((a) => /[\u4e00-\u9fff]/.test(a)), p.zh]) {
      if (s.startsWith(prefix)) {
        parts.push(prefix.endsWith('省') ? `${p.en} Province` : p.en);
        s = s.slice(prefix.length);
        break;
      }
    }
    if (parts.length) break;
  }
  let kind = '';
  for (const [zh, en] of SUFFIXES) if (s.endsWith(zh)) { kind = en; s = s.slice(0, -zh.length); break; }
  let name = s;
  let unit = '';
  for (const [zh, en] of UNITS) if (name.endsWith(zh) && name.length > zh.length) { unit = en; name = name.slice(0, -zh.length); break; }
  const ordinal = /^第([一二三四五六七八九十]+)$/.exec(name);
  const nums = '一二三四五六七八九十';
  const main = ordinal ? `No. ${ordinal[1].length === 1 ? nums.indexOf(ordinal[1]) + 1 : ordinal[1]}` : name ? `${romanise(name)}${unit ? ' ' + unit : ''}` : '';
  const head = [main, kind].filter(Boolean).join(' ');
  return [head, ...parts.reverse()].filter(Boolean).join(', ') || undefined;
}
