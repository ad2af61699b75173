import type { Sentence } from '../model/index.js';
import { parseChineseNumber } from './numbers.js';
import { sentenceWording } from './vocabulary.js';

const CN_NUM = '[0-9零〇一二两兩三四五六七八九十百]+';
const EN_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/**
 * Reads a sentence as people write it: "11 years", "11 years 6 months", "有期徒刑十一年六个月", "无期徒刑",
 * "life", "死缓", "死刑缓期二年执行", "death". Returns undefined when it is not a sentence.
 */
export function parseSentence(text: string): Sentence | undefined {
  const s = text.trim().toLowerCase();
  if (!s) return undefined;
  if (/死刑缓期|死缓|suspended death|death.*(reprieve|suspen)/.test(s)) return { kind: 'death_suspended' };
  if (/无期|無期|\blife\b/.test(s)) return { kind: 'life' };
  if (/^死刑$|^death( sentence| penalty)?$|判处死刑/.test(s)) return { kind: 'death' };
  // "3年半": three and a half years.
  // Half a month: "十三个半月", "13.5个月", "13.5 months" (Hong Kong courts count in them).
  const halfMonth = new RegExp(`(?<![0-9.])(?:(${CN_NUM})个半月|(\\d+)\\.5\\s*(?:个月|months?))`).exec(s);
  if (halfMonth) {
    const whole = halfMonth[1] !== undefined ? parseChineseNumber(halfMonth[1]) : Number(halfMonth[2]);
    if (whole !== undefined) return { kind: 'fixed', months: whole + 0.5 };
  }
  // The first term anywhere in the text (a database may write words first, 劳动教养三年), and not a year
  // ("2019年判处有期徒刑三年").
  for (const zh of s.replace(/有期徒刑|判处|刑期|拘役|管制/g, '').matchAll(new RegExp(`(?<![0-9.])(${CN_NUM})年(半)?(?:(${CN_NUM})个?月)?|(?<![0-9.])(?:(${CN_NUM})年(半)?)?(${CN_NUM})个?月`, 'g'))) {
    const [y, half, m] = zh[1] !== undefined ? [zh[1], zh[2], zh[3]] : [zh[4], zh[5], zh[6]];
    const years = y ? parseChineseNumber(y) : 0;
    const months = (m ? parseChineseNumber(m)! : 0) + (half ? 6 : 0);
    if (years !== undefined && years < 100 && months !== undefined && years + months > 0) return { kind: 'fixed', months: years * 12 + months };
  }
  // "判刑半年": half a year.
  if (/(?<![0-9零〇一二两兩三四五六七八九十百年多近])半年/.test(s)) return { kind: 'fixed', months: 6 };
  const words = s.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b/g, (w) => String(EN_WORDS.indexOf(w) + 1));
  const en = /(?<![\w.])(\d+(?:\.\d+)?)\s*(?:years?|yrs?|y)\b(?:\s*(?:and\s*)?(\d+)\s*(?:months?|mos?|m)\b)?|(?<![\w.])(\d+)\s*(?:months?|mos?|m)\b/.exec(words);
  if (en) {
    const months = en[1] !== undefined ? Math.round(Number(en[1]) * 12) + Number(en[2] ?? 0) : Number(en[3]);
    if (months > 0) return { kind: 'fixed', months };
  }
  return undefined;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 11 -> 十一, 20 -> 二十, 3 -> 三 (for terms, which are short). */
export function chineseNumeral(n: number): string {
  if (n < 10) return ZH_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? ZH_DIGITS[n % 10] : '');
  if (n < 100) return ZH_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? ZH_DIGITS[n % 10] : '');
  return String(n);
}

/** Wording of a sentence in both languages: 有期徒刑十一年 / 11 years' imprisonment. */
export function describeSentence(sentence: Sentence): { zh: string; en: string } {
  const w = sentenceWording();
  if (sentence.kind !== 'fixed') return w[sentence.kind];
  const months = sentence.months ?? 0;
  const y = Math.floor(months / 12);
  const m = months % 12;
  // (Half a month, as Hong Kong courts give: 一年一个半月, "1 year and 1.5 months".)
  const half = m % 1 !== 0;
  const zhTerm = (y ? `${chineseNumeral(y)}年` : '') + (m ? (half ? `${chineseNumeral(Math.floor(m))}个半月`.replace(/^零个半月$/, '半个月') : `${chineseNumeral(m)}个月`) : '');
  const enParts = [y ? `${y} year${y === 1 ? '' : 's'}` : '', m ? `${m} month${m === 1 ? '' : 's'}` : ''].filter(Boolean);
  const enTerm = enParts.join(' and ');
  const en = enParts.length === 1 && !m ? `${y} year${y === 1 ? "'s" : "s'"}` : `${enTerm}'`;
  return { zh: w.fixed.zh.replace('{term}', zhTerm), en: w.fixed.en.replace('{term}', en).replace(/''/, "'") };
}
