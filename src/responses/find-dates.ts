/** Finds dates inside running text, in the forms letters use: 2015年3月12日, 二〇一五年三月, 2015.3, 12 March 2015, March 12, 2015, March 2015, in 2015. */
import type { PartialDate } from '../model/index.js';
import { parseChineseNumber } from '../vocabulary/index.js';

export interface FoundDate { start: number; end: number; date: PartialDate }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const CN = '[0-9０-９〇零一二三四五六七八九十]';
const pad = (n: number) => String(n).padStart(2, '0');

function make(y?: number, m?: number, d?: number): PartialDate | undefined {
  if (!y || y < 1900 || y > 2100) return undefined;
  if (!m) return { value: String(y), precision: 'year' };
  if (m < 1 || m > 12) return undefined;
  if (!d) return { value: `${y}-${pad(m)}`, precision: 'month' };
  if (d < 1 || d > 31) return undefined;
  return { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' };
}
const num = (s?: string) => (s === undefined ? undefined : parseChineseNumber(s.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10))));
const month = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

const PATTERNS: [RegExp, (m: RegExpExecArray) => PartialDate | undefined][] = [
  [new RegExp(`(${CN}{4})\\s*年\\s*(?:(${CN}{1,3})\\s*月\\s*(?:(${CN}{1,3})\\s*[日号])?)?`, 'g'), (m) => make(num(m[1]), num(m[2]), num(m[3]))],
  [/(?<![\d.])(\d{4})[-./](\d{1,2})(?:[-./](\d{1,2}))?(?![\d])/g, (m) => make(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined)],
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'gi'), (m) => make(Number(m[3]), month(m[2]), Number(m[1]))],
  [new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), (m) => make(Number(m[3]), month(m[1]), Number(m[2]))],
  [new RegExp(`\\b${MONTH_RE}(?:,|\\s+of)?\\s+(\\d{4})\\b`, 'gi'), (m) => make(Number(m[2]), month(m[1]))],
  [/\b(?:in|since|by|of|from|until|to|early|late|mid-?|born|b\.)\s+(\d{4})\b/gi, (m) => make(Number(m[1]))],
];

/** A weekday written right beside a date names that date's day ("Friday, April 24", "4月24日星期五"). */
function besideDate(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 30), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
  const date = `(?:${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE})`;
  return /[日号號]\s*[（(]?\s*$/.test(before)
    || new RegExp(`${date}(?:,?\\s+\\d{4})?\\s*[,(（]?\\s*$`, 'i').test(before)
    || new RegExp(`^\\s*[,，(（]?\\s*${date}`, 'i').test(after);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function shift(ref: PartialDate, days: number): PartialDate | undefined {
  if (ref.precision !== 'day') return days === 0 ? ref : undefined;
  const d = new Date(`${ref.value}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return { value: d.toISOString().slice(0, 10), precision: 'day' };
}

/** A month and day with no year takes the reference's year, or the year before when that would be later. */
function inYearOf(ref: PartialDate, m: number, d?: number): PartialDate | undefined {
  const y = Number(ref.value.slice(0, 4));
  const refMonth = ref.precision === 'year' ? 12 : Number(ref.value.slice(5, 7));
  return make(m > refMonth + 1 ? y - 1 : y, m, d);
}

/** A month and day with no year, told after `before`: its year, or the next when the month goes back a long way. */
function inYearAfter(before: PartialDate, m: number, d?: number): PartialDate | undefined {
  const y = Number(before.value.slice(0, 4));
  const pm = before.precision === 'year' ? m : Number(before.value.slice(5, 7));
  return make(pm - m > 6 ? y + 1 : y, m, d);
}

/**
 * The nearest date before `at` that a year-less date can take its year from. With `samePara`, only one in the same
 * paragraph; with `preciseAcrossParas`, one in an earlier paragraph only if it has a month (a photo caption's
 * "摄于2007年" two paragraphs up says nothing of "2月24日"); with `precise`, only one with a month at least.
 */
/**
 * A birth date ("生于1977年", "1962年出生", "born in 1970", "b. 1955", "X，男，1970，…") dates no event: it is none of the
 * person's news, and 同年 or a bare month are not read by it.
 */
export function isBirthDate(text: string, f: FoundDate): boolean {
  const before = text.slice(Math.max(0, f.start - 12), f.start);
  const after = text.slice(f.end, f.end + 4);
  return /(?:生于|生於|出生于|出生於|出生|\bborn(?:\s+(?:on|in))?|\bb\.)\s*$/i.test(before)
    || /^\s*(?:出生|生人|生[，,。)）])/.test(after)
    || (/^\d{4}$/.test(text.slice(f.start, f.end)) && /[，,]\s*$/.test(before) && /^[，,]/.test(after) && /男|女|male|female/i.test(before));
}

function dateBefore(text: string, found: FoundDate[], at: number, { samePara = false, preciseAcrossParas = false, precise = false } = {}): FoundDate | undefined {
  const before = found.filter((f) => f.end <= at && (!precise || f.date.precision !== 'year') && !isBirthDate(text, f)).sort((a, b) => b.end - a.end)[0];
  if (!before || !/\n\s*\n/.test(text.slice(before.end, at))) return before;
  if (samePara || (preciseAcrossParas && before.date.precision === 'year')) return undefined;
  return before;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };
/** A count written in figures, English words or Chinese numerals ("3", "three", 三): "three years ago", 两个月前. */
const countIn = (w: string): number | undefined => COUNT_WORDS[w.toLowerCase()] ?? (/\d/.test(w) ? Number(w) : num(w));

/** Dates written relative to the document's own date: 今天, 昨日, 1月16日, "on Tuesday", "Dec 28", "yesterday". */
const RELATIVE: [RegExp, (m: RegExpExecArray, ref: PartialDate) => PartialDate | undefined][] = [
  [/今天|今日|\btoday\b/gi, (_m, ref) => shift(ref, 0)],
  // Hong Kong news: "黎智英今（2/9）遭…判刑", "今遭判刑", "9人今在局域法院各被判监3年半", 今早 (not 至今, "until now").
  [/(?<![至迄如而现現于於古])今(?=\s*[（(]\d{1,2}\/\d{1,2}[)）]|[遭被獲获判出起在于於早晨午晚])/g, (_m, ref) => shift(ref, 0)],
  // 上月11日, 上个月, 本月3日: a day or the month before the document's, or of its own month.
  [/(上|本|这|這)(?:个|個)?月(?:\s*([0-9一二三四五六七八九十]{1,3})\s*[日号號])?/g, (m, ref) => {
    if (ref.precision === 'year') return undefined;
    const y = Number(ref.value.slice(0, 4));
    const mo = Number(ref.value.slice(5, 7));
    const [yy, mm] = m[1] === '上' ? (mo === 1 ? [y - 1, 12] : [y, mo - 1]) : [y, mo];
    return make(yy, mm, m[2] ? num(m[2]) : undefined);
  }],
  // 今年11月底, 去年12月: a month of this year or of the last.
  [/(今|去|前)年(?:([0-9一二三四五六七八九十]{1,3})月)?/g, (m, ref) => make(Number(ref.value.slice(0, 4)) - ({ 今: 0, 去: 1, 前: 2 } as Record<string, number>)[m[1]], num(m[2]))],
  // "大约10月下旬出狱", "3月初": a part of a month with no year, of the document's year (or the year before).
  // (After 预计, 大约, 将: still to come, so of the document's own year.)
  [/(?<![年\d一二三四五六七八九十])(预计|预期|大约|大概|约|将于|将在|将|可望|有望|估计)?(?:在|于)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:上旬|中旬|下旬|底|初|中|末)/g, (m, ref) => {
    const mo = num(m[2]);
    if (!mo || mo > 12) return undefined;
    return m[1] ? make(Number(ref.value.slice(0, 4)), mo) : inYearOf(ref, mo);
  }],
  // (昨 alone is yesterday too in Hong Kong papers: 昨獲釋, 昨清晨, 昨早.)
  [/昨天|昨日|昨(?=[早晚晨午夜清获獲刑出起被在于於])|\byesterday\b/gi, (_m, ref) => shift(ref, -1)],
  // (前晚, 前夜: the night before last, "深圳警方前晚展开拘捕行动"; not 日前, "a few days ago".)
  [/前天|(?<!日)前日|前晚|前夜(?!间)/g, (_m, ref) => shift(ref, -2)],
  // "乌鲁木齐市中级人民法院23日对…作出一审判决" under a "9月23日电" dateline: a day of the dateline's month (or the
  // month before, when the day is later than the dateline's). Not a span of days ("拘留5日", "15日内").
  // (…or opening a sentence: "被关押的五人已放。12日被放的是敖登花".)
  [/(?<=于|院|局|方|部|府|庭|，|,|。|；|;|“|「|^)(\d{1,2})日(?![内后起以])/gm, (m, ref) => {
    if (ref.precision !== 'day') return undefined;
    const day = Number(m[1]);
    const [y, mo, d] = ref.value.split('-').map(Number);
    if (day <= d) return make(y, mo, day);
    return mo === 1 ? make(y - 1, 12, day) : make(y, mo - 1, day);
  }],
  // "last month", "this month": the month before the document's, or its own.
  [/\b(last|this)\s+month\b/gi, (m, ref) => {
    if (ref.precision === 'year') return undefined;
    const y = Number(ref.value.slice(0, 4));
    const mo = Number(ref.value.slice(5, 7));
    return m[1].toLowerCase() === 'this' ? make(y, mo) : mo === 1 ? make(y - 1, 12) : make(y, mo - 1);
  }],
  // "三年前被判刑8年", "two years ago": that many years before the document's year.
  [/(?<![\d一二三四五六七八九十两])([一二三四五六七八九十两]|\d{1,2})\s*年前(?!后|後)|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+ago\b/gi, (m, ref) => {
    const n = countIn(m[1] ?? m[2]);
    return n && n <= 30 ? make(Number(ref.value.slice(0, 4)) - n) : undefined;
  }],
  // "两个月前,…法院判决", "three months ago": the month that many months before the document's.
  [/(?<![\d一二三四五六七八九十两])([一二三四五六七八九十两]|\d{1,2})\s*(?:个|個)月前(?!后|後)|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+ago\b/gi, (m, ref) => {
    if (ref.precision === 'year') return undefined;
    const n = countIn(m[1] ?? m[2]);
    if (!n || n > 24) return undefined;
    const total = Number(ref.value.slice(0, 4)) * 12 + Number(ref.value.slice(5, 7)) - 1 - n;
    return make(Math.floor(total / 12), (total % 12) + 1);
  }],
  // "after serial trials in the past four days": the month of those days, when they are all in the document's month.
  [/\b(?:in|over|during)\s+the\s+(?:past|last)\s+(two|three|four|five|six|seven|\d)\s+days\b/gi, (m, ref) => {
    if (ref.precision !== 'day') return undefined;
    const n = countIn(m[1]) ?? 0;
    return n && Number(ref.value.slice(8, 10)) > n ? make(Number(ref.value.slice(0, 4)), Number(ref.value.slice(5, 7))) : undefined;
  }],
  // "earlier this week", "last week": the month those days fall in, when the whole week is in one month.
  [/\b(last|this)\s+week\b/gi, (m, ref) => {
    if (ref.precision !== 'day') return undefined;
    const day = new Date(`${ref.value}T00:00:00Z`);
    const monday = new Date(day.getTime() - (((day.getUTCDay() + 6) % 7) + (m[1].toLowerCase() === 'last' ? 7 : 0)) * 86400000);
    const end = m[1].toLowerCase() === 'last' ? new Date(monday.getTime() + 6 * 86400000) : day;
    if (monday.getUTCMonth() !== end.getUTCMonth()) return undefined;
    return make(monday.getUTCFullYear(), monday.getUTCMonth() + 1);
  }],
  // "last November": the latest November before the document's month.
  [new RegExp(`\\blast\\s+${MONTH_RE}\\b`, 'gi'), (m, ref) => {
    const mo = month(m[1]);
    const y = Number(ref.value.slice(0, 4));
    const refMonth = ref.precision === 'year' ? 13 : Number(ref.value.slice(5, 7));
    return make(mo < refMonth ? y : y - 1, mo);
  }],
  // "On 5 April, Tsedup Kyi … was released": a day and month, day first, of the document's year.
  [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\b(?!,?\\s+(?:of\\s+)?\\d{4})`, 'gi'), (m, ref) => inYearOf(ref, month(m[2]), Number(m[1]))],
  // "on April 14 last year", "in March last year": that month of the year before the document's ("in March this year",
  // "May 8 of this year": of its own year).
  [new RegExp(`\\b${MONTH_RE}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?(last|this)\\s+year\\b`, 'gi'), (m, ref) => make(Number(ref.value.slice(0, 4)) - (m[3].toLowerCase() === 'last' ? 1 : 0), month(m[1]), m[2] ? Number(m[2]) : undefined)],
  [new RegExp(`\\b${MONTH_RE}(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+(?:of\\s+)?\\d{4})`, 'gi'), (m, ref) => inYearOf(ref, month(m[1]), Number(m[2]))],
  // "on Tuesday", and as news agencies write it, "sentenced Tuesday".
  // (A weekday beside a date is that date's: "Friday, April 24", "24 April (Friday)".)
  [/\b(?:(?:on|last|this)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, (m, ref) => {
    if (ref.precision !== 'day' || besideDate(m)) return undefined;
    // (A kind of day, not a day: "during a Sunday worship service", "every Friday".)
    if (/\b(?:a|an|every|each|one|any)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index)) || /^\s+(?:worship|services?|school|mass|gatherings?|meetings?|prayers?|sermons?)\b/i.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return undefined;
    const back = (new Date(`${ref.value}T00:00:00Z`).getUTCDay() - WEEKDAYS.indexOf(m[1].toLowerCase()) + 7) % 7;
    return shift(ref, -back);
  }],
  // 星期五, 週二, 礼拜三: the last such day; 上周五 / 上星期二: that day of the week before (weeks start on Monday); 本周三.
  // (Not 周 alone: it is a surname, 周三 a name.)
  // (周六 alone only before the words that follow a day, 周六表示, 周三晚, 周日刑满出狱, 周五获释: 周 is a surname, 周三强 a name.)
  // (4月24日星期五, 4月24日（週五）: the weekday of the date before it, no date of its own.)
  [/(?:(上|本|这|這)(?:周|週|星期|礼拜|禮拜)|星期|週|礼拜|禮拜|周(?=[一二三四五六日](?:[^\p{Script=Han}]|[表晚早上下凌中夜再又宣开開召发發说說称稱接起至到的刑获獲出])))([一二三四五六日天])/gu, (m, ref) => {
    if (ref.precision !== 'day' || (!m[1] && besideDate(m)) || /^\s*[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*[日号號]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return undefined;
    const day = new Date(`${ref.value}T00:00:00Z`).getUTCDay();
    const wd = '日一二三四五六'.indexOf(m[2] === '天' ? '日' : m[2]);
    if (!m[1]) return shift(ref, -((day - wd + 7) % 7));
    const monday = -((day + 6) % 7);
    return shift(ref, monday + (m[1] === '上' ? -7 : 0) + ((wd + 6) % 7));
  }],
  // "This year, journalists were also arrested …", "last year": the document's year, or the one before.
  // (Last, so that "on April 14 last year" is read whole first.)
  [/\b(this|last)\s+year\b/gi, (m, ref) => make(Number(ref.value.slice(0, 4)) - (m[1].toLowerCase() === 'last' ? 1 : 0))],
];

/**
 * Every date in the text, earliest position first; a longer match wins where two overlap. With `ref` (the
 * document's own date: its dateline, or when it was received), dates written relative to it are read too.
 */
export function findDates(written: string, { ref }: { ref?: PartialDate } = {}): FoundDate[] {
  // A zero written with a look-alike in a year of Chinese numerals ("二Ο一七年", a Greek Omicron on a court's page; ○, O):
  // read as 〇, character for character, so that offsets still point into the text as written.
  const text = written.replace(/[〇零一二三四五六七八九ΟOoО○◯]{4}(?=年)/g, (run) => (/[一二三四五六七八九]/.test(run) ? run.replace(/[ΟOoО○◯]/g, '〇') : run));
  const found: FoundDate[] = [];
  for (const [re, build] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const date = build(m);
      if (!date) continue;
      let start = m.index;
      let end = m.index + m[0].length;
      // "in 2015": the date is the year only.
      if (/^(in|since|by|of|from|until|to|early|late|mid|born|b\.)/i.test(m[0])) start = end - 4;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, date });
    }
  }
  // 一九九五年“六四”: the fourth of June of that year (the anniversary a dissident's text dates by).
  for (const m of text.matchAll(new RegExp(`(${CN}{4})\\s*年\\s*[“"「『]?六四[”"」』]?`, 'g'))) {
    const date = make(num(m[1]), 6, 4);
    const start = m.index!;
    const end = start + m[0].length;
    const i = found.findIndex((f) => start < f.end && end > f.start);
    if (date && (i < 0 || found[i].date.precision === 'year')) { if (i >= 0) found.splice(i, 1); found.push({ start, end, date }); }
  }
  // 同年4月15日: the same year as the date before it.
  for (const m of text.matchAll(new RegExp(`同年\\s*(${CN}{1,2})\\s*月(?:\\s*(${CN}{1,3})\\s*[日号])?`, 'g'))) {
    const before = found.filter((f) => f.end <= m.index! && !isBirthDate(text, f)).sort((a, b) => b.end - a.end)[0];
    const date = before && make(Number(before.date.value.slice(0, 4)), num(m[1]), num(m[2]));
    if (date && !found.some((f) => m.index! < f.end && m.index! + m[0].length > f.start)) found.push({ start: m.index!, end: m.index! + m[0].length, date });
  }
  // 当月21号, 同月3日: that day of the month of the date before it.
  for (const m of text.matchAll(new RegExp(`(?:同|当|當)月\\s*(${CN}{1,3})\\s*[日号號]`, 'g'))) {
    const before = found.filter((f) => f.end <= m.index! && f.date.precision !== 'year' && !isBirthDate(text, f)).sort((a, b) => b.end - a.end)[0];
    const date = before && make(Number(before.date.value.slice(0, 4)), Number(before.date.value.slice(5, 7)), num(m[1]));
    if (date && !found.some((f) => m.index! < f.end && m.index! + m[0].length > f.start)) found.push({ start: m.index!, end: m.index! + m[0].length, date });
  }
  // "二○○七年五月二十九日,…抓捕。三十日,孫林…被警察帶走": a day alone, opening a sentence or clause after a day told in the
  // same paragraph, is a later day of that month.
  for (const m of text.matchAll(/(?<=^|[，,。；;])\s*([一二三]?十[一二三四五六七八九]?|[二三四五六七八九]|\d{1,2})\s*日(?![内后後起以前])/gm)) {
    const start = m.index! + m[0].indexOf(m[1]);
    const end = m.index! + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = dateBefore(text, found, start, { samePara: true, precise: true });
    const day = num(m[1]);
    if (!before || before.date.precision !== 'day' || !day || day <= Number(before.date.value.slice(8, 10))) continue;
    const date = make(Number(before.date.value.slice(0, 4)), Number(before.date.value.slice(5, 7)), day);
    if (date) found.push({ start, end, date });
  }
  // "The following January", "the next year", 次年3月, 翌年: counted on from the date told before in the paragraph.
  // (Only there: an entry's excerpt may have left out the date the document counted from.)
  for (const m of text.matchAll(new RegExp(`\\b[Tt]he\\s+(?:following|next)\\s+(?:${MONTH_RE}|(year))\\b|(?:次年|翌年)(?:\\s*(${CN}{1,2})\\s*月(?:\\s*(${CN}{1,3})\\s*[日号])?)?`, 'g'))) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = dateBefore(text, found, start, { samePara: true });
    if (!before) continue;
    const y = Number(before.date.value.slice(0, 4));
    let date: PartialDate | undefined;
    if (m[1]) {
      const mo = month(m[1]);
      date = make(before.date.precision === 'year' || mo <= Number(before.date.value.slice(5, 7)) ? y + 1 : y, mo);
    } else date = make(y + 1, m[3] ? num(m[3]) : undefined, m[4] ? num(m[4]) : undefined);
    if (date) found.push({ start, end, date });
  }
  // "2017年3月19日…，5月3日被正式逮捕": a month and day with no year take the year of the date before them
  // (the next year when the month goes back a long way), else the document's own date.
  // (…and so does a part of a month: "2021年8月下旬又一次被绑架,被非法判刑3年,9月下旬被劫持到…监狱" is September 2021;
  // one still to come, 预计10月下旬出狱, is read below against the document's date.)
  for (const m of text.matchAll(new RegExp(`(?<![年\\d])(${CN}{1,2})\\s*月\\s*(?:(${CN}{1,3})\\s*[日号]|(?:上旬|中旬|下旬|底|初|末))`, 'g'))) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    if (!m[2] && /(?:预计|预期|大约|大概|约|将于|将在|将|可望|有望|估计)(?:在|于)?$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    const mo = num(m[1]);
    const day = m[2] === undefined ? undefined : num(m[2]);
    if (!mo || (m[2] !== undefined && !day)) continue;
    // A chronology runs on across paragraphs ("2012年1月18日，…" then "5月21日，…"); a caption's bare year does not.
    const before = dateBefore(text, found, start, { preciseAcrossParas: true });
    // (A weekday beside it, 星期一(8月22日), is the week the document was written in.)
    const weekday = /(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*[（(]?\s*$/.test(text.slice(Math.max(0, start - 6), start)) || /^\s*[（(]?\s*(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]/.test(text.slice(end, end + 6));
    let date: PartialDate | undefined;
    if (weekday && ref?.precision === 'day') date = inYearOf(ref, mo, day);
    else if (before) date = inYearAfter(before.date, mo, day);
    else if (ref) date = inYearOf(ref, mo, day);
    if (date) found.push({ start, end, date });
  }
  // "On July 22, 2019, … detained … and formally arrested on August 26": the year of the full date before it in
  // the paragraph, else (below) the document's own date.
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_RE}(?:\\s+|(?<=\\.))(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, 'gi'))) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    if (/^,?\s+(?:of\s+)?(?:last|this)\s+year\b/i.test(text.slice(end)) && ref) continue;
    const before = dateBefore(text, found, start, { samePara: true, precise: true });
    const date = before && inYearAfter(before.date, month(m[1]), Number(m[2]));
    if (date) found.push({ start, end, date });
  }
  // "in late July", "around August": a month with no year, of the date before it in the paragraph or of the document's.
  // (Capitalised only: "in may" is no month.)
  for (const m of text.matchAll(new RegExp(`\\b(?:[Ii]n|[Aa]round|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Ll]ate|[Ee]arly|[Mm]id-?|[Ee]nd of|[Bb]eginning of)\\s+(?:(?:late|early|mid-?)\\s*)?${MONTH_RE}(?![\\w.]*\\s*\\d)`, 'g'))) {
    const start = m.index! + m[0].length - m[1].length - (m[0].endsWith('.') ? 1 : 0);
    const end = m.index! + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    // "In July of the same year" / "of that year": the year of the date told before, wherever it was.
    // ("in March last year" is read below, against the document's year.)
    if (/^,?\s+(?:of\s+)?(?:last|this)\s+year\b/i.test(text.slice(end)) && ref) continue;
    // (…or a sentence that opens "That same year, … in September".)
    const sameYear = /^\s+of\s+(?:the\s+)?(?:same|that)\s+year\b/i.test(text.slice(end)) || /\b(?:that|the)\s+same\s+year\b[^.;]*$/i.test(text.slice(Math.max(0, start - 100), start));
    const told = sameYear && found.filter((f) => f.end <= start && !isBirthDate(text, f)).sort((a, b) => b.end - a.end)[0];
    if (sameYear && !told) continue;
    const before = dateBefore(text, found, start, { samePara: true, precise: true });
    // ("around April and May 2021": the year written after the second month is the first's too.)
    const pairYear = new RegExp(`^\\s+(?:and|or|to|-|–|through)\\s+${MONTH_RE}\\s+(\\d{4})\\b`).exec(text.slice(end));
    const date = pairYear ? make(Number(pairYear[2]), month(m[1])) : told ? make(Number(told.date.value.slice(0, 4)), month(m[1])) : before ? inYearAfter(before.date, month(m[1])) : ref ? inYearOf(ref, month(m[1])) : undefined;
    if (date) found.push({ start, end, date });
  }
  // "on the 18th of the same month", 同月18日: a day of the month told just before.
  for (const m of text.matchAll(new RegExp(`\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+of\\s+(?:the\\s+same|that)\\s+month\\b|同月\\s*(${CN}{1,3})\\s*[日号]`, 'gi'))) {
    const start = m.index!;
    const end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const before = found.filter((f) => f.end <= start && f.date.precision !== 'year').sort((a, b) => b.end - a.end)[0];
    const day = m[1] ? Number(m[1]) : num(m[2]);
    const date = before && day ? make(Number(before.date.value.slice(0, 4)), Number(before.date.value.slice(5, 7)), day) : undefined;
    if (date) found.push({ start, end, date });
  }
  // 当日/当天 ("that day"): the date told just before it, else the document's own.
  for (const m of text.matchAll(/当天|当日|同日|同一天|同一日|\b(?:on\s+)?(?:the\s+same|that\s+same|that)\s+day\b/gi)) {
    const start = m.index!;
    if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
    const before = found.filter((f) => f.end <= start && f.date.precision === 'day').sort((a, b) => b.end - a.end)[0];
    // (A less precise date right before it is the one meant: "一九九五年某月当天" is of 1995, not of the document.)
    const close = found.filter((f) => f.end <= start && start - f.end <= 8).sort((a, b) => b.end - a.end)[0];
    const date = before?.date ?? close?.date ?? (ref && shift(ref, 0));
    if (date) found.push({ start, end: start + m[0].length, date });
  }
  // 当庭 ("at the hearing", 当庭宣判/被当庭判处): the day of the hearing told just before it, and only that.
  for (const m of text.matchAll(/当庭|當庭/g)) {
    const start = m.index!;
    if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
    const before = found.filter((f) => f.end <= start && f.date.precision === 'day').sort((a, b) => b.end - a.end)[0];
    if (before) found.push({ start, end: start + m[0].length, date: before.date });
  }
  if (ref) {
    for (const [re, build] of RELATIVE) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        // "12月2日,黄之锋…今天分别被判处…": a paragraph that opens with its day says which day 今天 is.
        // (…its own paragraph: "法院4月1日宣判罪名成立。" then "法官今天下午判刑" is the document's day.)
        const para = text.lastIndexOf('\n', m.index) + 1;
        const opening = /^(?:今天|今日)$/.test(m[0]) ? found.find((f) => f.date.precision === 'day' && f.end <= m!.index && f.start >= para && f.start - para <= 1) : undefined;
        const date = opening?.date ?? build(m, ref);
        const start = m.index;
        const end = m.index + m[0].length;
        if (date && !found.some((f) => start < f.end && end > f.start)) found.push({ start, end, date });
      }
    }
  }
  // 三天后, "three days later": that many days after the day told before it, in the same paragraph.
  // (Not a term served: "被刑事拘留30天后也获得释放" is released after 30 days held, from a day not told.)
  for (const m of text.matchAll(/(?<![\d一二三四五六七八九十]|拘留|关押|關押|羁押|羈押|监禁|監禁|服刑|关|關|押|拘|禁)([0-9一二两三四五六七八九十]{1,2})\s*(?:天|日)(?:后|後|之后|之後)|\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days\s+later\b/gi)) {
    const before = dateBefore(text, found, m.index!, { samePara: true, precise: true });
    const n = m[1] !== undefined ? num(m[1].replace('两', '二')) : (['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(m[2].toLowerCase()) + 2 || Number(m[2]));
    const date = before && before.date.precision === 'day' && n ? shift(before.date, n) : undefined;
    if (date && !found.some((f) => m.index! < f.end && m.index! + m[0].length > f.start)) found.push({ start: m.index!, end: m.index! + m[0].length, date });
  }
  return found.sort((a, b) => a.start - b.start);
}
