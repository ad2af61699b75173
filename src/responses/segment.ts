/**
 * Splits a document into one entry per person: table rows (under a header with a name column), numbered
 * paragraphs (一、 （一） 1. (1) 第一), and name-led lines. The letter's greeting, closing, date and
 * signature are left out.
 */
import type { DocumentBlock, ReadDocument } from '../model/index.js';
import { findDates } from './find-dates.js';
import { parseChineseNumber } from '../vocabulary/index.js';
import { toSimplified } from '../names/index.js';

export interface Segment {
  text: string;
  page?: number;
  row?: number;
  paragraph?: number;
  /** For table rows: cells by the header's column names (normalised, e.g. "name", "status"). */
  fields?: Record<string, string>;
  /** For text recognised from a scan: the lowest OCR confidence of its lines, 0-100. */
  ocrConfidence?: number;
}

const lowest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

const NUMBERED = /^\s*(?!\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[)）]|\d{1,3}\s*[.、．)）](?!\d)|\d{1,3}\s+(?=\S)|第[一二三四五六七八九十百]+[、，,：:\s]|[①-⑳]|[A-Z][.)]\s)/u;

const BOILERPLATE = [
  /^(尊敬的|致|亲爱的|dear\b|to:|re:|subject:|主题|事由|关于.{0,30}(来函|名单|询问)的(答复|回复|复函))/i,
  /^(此致|敬礼|顺致|谨此|特此(函复|答复|回复)|sincerely|yours (faithfully|sincerely|truly)|best regards|regards|with (best|kind) regards|respectfully)/i,
  /^(中华人民共和国)?.{0,20}(外交部|司法部|公安部|大使馆|使馆|人权事务|办公厅|国务院新闻办公室)\s*$/,
  /^(embassy of|ministry of|department of|the embassy)/i,
  /^[\d〇零一二三四五六七八九十年月日号.\-/\s]+$/, // a date alone
  /^(附|attachment|enclosure|annex|page \d+|第\s*\d+\s*页)/i,
  /^(现将|现就|兹将|经查|经核查|经了解|根据您|关于您|就贵方|we (have|write)|thank you|in reply|in response|with reference|regarding your|the (chinese )?(government|authorities) (has|have))/i,
];

const HEADER_WORDS: Record<string, RegExp> = {
  name: /^(姓名|名字|name|full name|name \(.*\)|拼音|pinyin|姓名\/name)$/i,
  number: /^(序号|编号|no\.?|#|number)$/i,
  gender: /^(性别|gender|sex)$/i,
  birth: /^(出生(日期|年月|年份)?|生年|born|date of birth|dob|birth( year)?)$/i,
  ethnicity: /^(民族|ethnicity)$/i,
  province: /^(籍贯|province|native place|home)$/i,
  charge: /^(罪名|charge|charges|crime|offence)$/i,
  sentence: /^(刑期|判决|sentence|term)$/i,
  prison: /^(关押地点|服刑地点|监狱|羁押地点|关押场所|place held|prison|place of detention|location)$/i,
  status: /^(现状|状态|近况|情况|status|current status|situation|remarks|备注|notes?)$/i,
};

function headerKey(cell: string): string | undefined {
  const c = toSimplified(cell.trim().replace(/\s+/g, ' '));
  for (const [k, re] of Object.entries(HEADER_WORDS)) if (re.test(c) || c.split(/[\/\n]| (?=[A-Za-z])/).some((part) => re.test(part.trim()))) return k;
  return undefined;
}

/** A line that is only a date ("1 March 2027", "2026年12月15日") is a letter's date, not an entry. */
function isDateLine(text: string): boolean {
  const t = text.trim();
  const covered = findDates(t).reduce((s, d) => s + d.end - d.start, 0);
  return t.length > 0 && covered / t.replace(/[\s,.]/g, '').length >= 0.8;
}

export const isBoilerplate = (text: string): boolean => isDateLine(text) || BOILERPLATE.some((re) => re.test(text.trim()));

/** The number a numbered line starts with (一、 -> 1, (3) -> 3, ② -> 2), to follow the sequence. */
function leadingNumber(text: string): number | undefined {
  const m = /^\s*[（(第]?([一二三四五六七八九十百]+|\d{1,3}|[①-⑳])/.exec(text);
  if (!m) return undefined;
  const c = m[1].codePointAt(0)!;
  return c >= 0x2460 && c <= 0x2473 ? c - 0x245f : parseChineseNumber(m[1]);
}

function tableSegments(blocks: DocumentBlock[]): Segment[] | undefined {
  const rows = blocks.filter((b) => b.kind === 'row');
  const headerAt = rows.findIndex((r) => (r.cells ?? []).map(headerKey).includes('name'));
  if (headerAt < 0) return undefined;
  const keys = rows[headerAt].cells!.map(headerKey);
  const out: Segment[] = [];
  rows.slice(headerAt + 1).forEach((r, i) => {
    const cells = r.cells ?? [];
    if (cells.map(headerKey).includes('name')) return; // a repeated header
    const fields: Record<string, string> = {};
    keys.forEach((k, j) => { if (k && cells[j]) fields[k] = cells[j]; });
    if (!fields.name) return;
    const labelled = keys.map((_, j) => (cells[j] ? `${rows[headerAt].cells![j]}: ${cells[j]}` : '')).filter(Boolean).join('; ');
    out.push({ text: labelled, row: i + 1, page: r.page, fields });
  });
  return out;
}

export function segmentDocument(doc: ReadDocument): Segment[] {
  const table = tableSegments(doc.blocks);
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
  // Numbered entries: a numbered line starts an entry; following unnumbered lines continue it.
  const numbered: Segment[] = [];
  let current: Segment | undefined;
  let last: number | undefined;
  for (const b of paragraphs) {
    const n = NUMBERED.test(b.text) ? leadingNumber(b.text) : undefined;
    // A numbered line starts an entry only when it continues the sequence (1, 2, 3 ...): a wrapped line
    // that happens to begin with a number ("12 November 2021 ...") continues the entry before it.
    // A bare number ("12 November 2021 ...", "3 years") starts an entry only in sequence; explicit markers
    // (一、 1. (3)) always do, even when OCR misread the number (三 as 二).
    const explicit = NUMBERED.test(b.text) && !/^\s*\d{1,3}\s+/.test(b.text);
    if (NUMBERED.test(b.text) && !isDateLine(b.text) && (explicit || last === undefined || n === undefined || n === last + 1)) {
      last = n ?? last;
      current = { text: b.text.replace(NUMBERED, '').trim(), page: b.page, paragraph: b.index + 1, ocrConfidence: b.ocrConfidence };
      numbered.push(current);
    } else if (current && (!isBoilerplate(b.text) || MID_PHRASE.test(current.text))) {
      // A wrapped line continues the entry, even one that looks like a date, when the entry stops mid-phrase.
      current.text += (/[\u4e00-\u9fff]$/.test(current.text) ? '' : ' ') + b.text;
      current.ocrConfidence = lowest(current.ocrConfidence, b.ocrConfidence);
    } else if (current) current = undefined;
  }
  if (table && table.length >= numbered.length) return table;
  if (numbered.length) return numbered.filter((s) => s.text);
  // Name-led paragraphs: every paragraph that is not boilerplate and says something about a person.
  return paragraphs
    .filter((b) => !isBoilerplate(b.text) && b.text.length > 6 && FACT_WORDS.test(b.text))
    .map((b) => ({ text: b.text, page: b.page, paragraph: b.index + 1, ocrConfidence: b.ocrConfidence }));
}

/** An entry that ends like this was cut by a line break ("... released in September" / "2023."). */
const MID_PHRASE = /(?:\b(?:in|on|of|since|to|by|from|at|and|the|a|an|until|until|before|after)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)|[,，、于在至自和及])\s*$/i;

const FACT_WORDS = /判处|判刑|服刑|释放|假释|保外就医|减刑|拘留|逮捕|死亡|去世|查无|监狱|看守所|sentenced|serving|released|parole|detained|arrested|prison|died|reduced|not found|no such person/i;
