import type { PartialDate } from '../model/index.js';
import { parseChineseNumber } from './numbers.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const CN = '[0-9零〇一二两三四五六七八九十]+';

function make(y: number, m?: number, d?: number): PartialDate | undefined {
  if (!Number.isInteger(y) || y < 1850 || y > 2200) return undefined;
  if (m === undefined) return { value: String(y), precision: 'year' };
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return { value: `${y}-${pad(m)}`, precision: 'month' };
  if (d < 1 || d > 31) return undefined;
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}

/**
 * Dates in the forms seen in letters and spreadsheets: 2015-03-12, 2015/3/12, 2015.3, 2015年3月12日,
 * 二〇一五年三月, 12 March 2015, March 12, 2015, March 2015, 2015. Precision follows what was written.
 */
export function parseDate(text: string): PartialDate | undefined {
  const s = text.trim();
  let m = new RegExp(`^(${CN})年(?:(${CN})月(?:(${CN})[日号])?)?`).exec(s);
  if (m) {
    const y = parseChineseNumber(m[1]);
    const mo = m[2] ? parseChineseNumber(m[2]) : undefined;
    const d = m[3] ? parseChineseNumber(m[3]) : undefined;
    return y === undefined ? undefined : make(y, mo, d);
  }
  m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(s);
  if (m) return make(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase());
    return mo < 0 ? undefined : make(Number(m[3]), mo + 1, Number(m[1]));
  }
  m = /^([a-z]+)\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?(\d{4})$/i.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
    return mo < 0 ? undefined : make(Number(m[3]), mo + 1, m[2] ? Number(m[2]) : undefined);
  }
  return undefined;
}
