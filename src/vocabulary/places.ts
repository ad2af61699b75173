/** Places held: Chinese names are kept as written and given an English rendering built from their parts. */
import { provinceTerms } from './vocabulary.js';
import { plainPinyin, toSimplified } from '../names/index.js';
import { parseChineseNumber } from './numbers.js';

const SUFFIXES: [string, string][] = [
  ['女子监狱', "Women's Prison"], ['未成年犯管教所', 'Juvenile Offender Institution'], ['监狱', 'Prison'], ['看守所', 'Detention Centre'],
  ['拘留所', 'Detention House'], ['戒毒所', 'Drug Rehabilitation Centre'], ['监狱医院', 'Prison Hospital'], ['职业技能教育培训中心', 'Vocational Skills Education and Training Centre'],
];
/** Administrative units, longest first; 州 alone only after a two-character name and not as part of 杭州市. */
const UNITS: [RegExp, string][] = [
  [/^([\u4e00-\u9fff]{2,}?)自治州/, 'Autonomous Prefecture'], [/^([\u4e00-\u9fff]{2,}?)自治区/, 'Autonomous Region'], [/^([\u4e00-\u9fff]{2,}?)自治县/, 'Autonomous County'],
  [/^([\u4e00-\u9fff]{2,}?)省/, 'Province'], [/^([\u4e00-\u9fff]{2,}?)市/, 'City'], [/^([\u4e00-\u9fff]{2,}?)县/, 'County'],
  [/^([\u4e00-\u9fff]{2,}?)区/, 'District'], [/^([\u4e00-\u9fff]{2,}?)旗/, 'Banner'], [/^([\u4e00-\u9fff]{2,}?)州(?!市)/, 'Prefecture'],
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const romanise = (zh: string) => cap(plainPinyin(zh).join(''));

/** "岳阳市云溪区" -> ["Yueyang City", "Yunxi District"]: the units a place's name is made of, outermost first. */
function unitsOf(s: string): { units: string[]; rest: string } {
  const units: string[] = [];
  let rest = s;
  for (;;) {
    let hit: { len: number; en: string } | undefined;
    // The shortest unit that starts here: 岳阳市云溪区 is 岳阳市 then 云溪区, not 岳阳市云溪区 read as one district.
    for (const [re, en] of UNITS) {
      const m = re.exec(rest);
      if (m && (!hit || m[0].length < hit.len)) hit = { len: m[0].length, en: `${romanise(m[1])} ${en}` };
    }
    if (!hit) return { units, rest };
    units.push(hit.en);
    rest = rest.slice(hit.len);
  }
}

/**
 * "四川省川西监狱" -> "Chuanxi Prison, Sichuan Province"; "北京市第二监狱" -> "No. 2 Prison, Beijing";
 * "岳阳市云溪区看守所" -> "Yunxi District Detention Centre, Yueyang City"; "益阳市第一看守所" -> "Yiyang City No. 1
 * Detention Centre"; unknown shapes fall back to pinyin. Returns undefined for text that is not in characters.
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
  const { units, rest } = unitsOf(s);
  const nth = /^第([一二三四五六七八九十]+)$/.exec(rest);
  const own = nth ? `No. ${parseChineseNumber(nth[1]) ?? nth[1]}` : rest ? romanise(rest) : '';
  // The innermost unit names the place when nothing else does (新郑市看守所: Xinzheng City Detention Centre) or
  // when an ordinal follows it (益阳市第一看守所: Yiyang City No. 1 Detention Centre); the units outside it follow.
  const inner = !rest || nth ? units.pop() : undefined;
  const head = [inner, own, kind].filter(Boolean).join(' ');
  parts.push(...units);
  return [head, ...parts.reverse()].filter(Boolean).join(', ') || undefined;
}
