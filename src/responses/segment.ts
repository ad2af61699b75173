/**
 * Splits a document into one entry per person: table rows (under a header with a name column), numbered
 * paragraphs (一、 （一） 1. (1) 第一), and name-led lines. The letter's greeting, closing, date and
 * signature are left out.
 */
import type { DocumentBlock, PartialDate, ReadDocument } from '../model/index.js';
import { findDates } from './find-dates.js';
import { findPeople, type NameFinder } from './prose/mentions.js';
import { saysFact, spanPeople } from './prose/spans.js';
import { readRulingShape } from './prose/ruling.js';
import { splitSentences } from './prose/text.js';
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
  /** The person's name as written, when segmenting found it (prose, numbered entries). */
  name?: string;
  /** Only a surname was written, and nothing before it says who is meant: never auto-accepted. */
  surnameOnly?: boolean;
  /** Why each clause was given to this person (prose). */
  why?: string[];
  /** A court ruling: where its decision starts in `text`, and its date, which undated decisions take. */
  decision?: { at: number; date?: PartialDate };
  /** The document's own date (a ruling's date, a dateline, or when it was received): 今天, "Dec 28", 1月16日 are read against it. */
  ref?: PartialDate;
  /** When the document was received: a release dated after it is still to come ("大约10月下旬出狱"). */
  now?: PartialDate;
  /** Prose: the whole text the excerpt was taken from, which gives a year-less date ("12月26日") the year it has there. */
  context?: string;
}

/** A finder that knows no names: people are then found by the patterns that introduce them. */
export const NO_NAMES: NameFinder = { knownNames: () => new Set() };

const lowest = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.min(a, b));

const NUMBERED = /^\s*(?!\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)(?:[一二三四五六七八九十百]+[、.．]|[（(](?:[一二三四五六七八九十百]+|\d{1,3})[)）]|\d{1,3}\s*[.、．)）](?!\d)|\d{1,3}\s+(?=\S)|第[一二三四五六七八九十百]+[、，,：:\s]|[①-⑳]|[A-Z][.)]\s)/u;

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

/**
 * Splits a document into one segment per person. Tables and numbered lists whose items each name a person
 * are split by their layout; everything else is read as prose: people first, then the clauses about each.
 */
export function segmentDocument(doc: ReadDocument, { finder = NO_NAMES, received }: { finder?: NameFinder; received?: PartialDate } = {}): Segment[] {
  const table = tableSegments(doc.blocks);
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
  // Paragraphs of HTML and Word files are paragraphs as written; lines of text, PDF and scans may be wrapped lines.
  const numbered = numberedSegments(paragraphs, doc.kind === 'html' || doc.kind === 'docx');
  // A court ruling is prose even where its decision is numbered (一、被告人王某犯盗窃罪 …).
  const ruling = readRulingShape(paragraphs);
  // (A date line after the day the document was received is no date line: "Wu is scheduled for release on April 8,
  // 2027." in a report received in 2024 would date its "On March 19" in 2027.)
  const line = datelineOf(doc.blocks);
  const ref = ruling?.date ?? (line && !(received && line.value.slice(0, received.value.length) > received.value) ? line : undefined) ?? received;
  // (`now`: when the document was received; news dated after it is still to come. Not the document's own date, which
  // may be one read from a line that was no dateline.)
  const now = received;
  const withRef = (segs: Segment[]) => (ref || now ? segs.map((s) => ({ ...s, ...(ref ? { ref } : {}), ...(now ? { now } : {}) })) : segs);
  if (table && table.length >= numbered.length) return withRef(table);
  // Numbered items that name nobody (an introduction, a government's general remarks) are no entry.
  // An item that tells of several people ("49. … Namga was sentenced to 3 years. Dagwa was sentenced to 4 years.")
  // is read as prose, so each gets their own sentences.
  if (!ruling && numbered.length && numberedArePeople(numbered, finder)) {
    // The paragraphs before the first item are prose: a person told of there and in no item is an entry too
    // ("…持续关注此前被中共当局逮捕的…成员张雅笛。" above a numbered list of others).
    const firstItem = Math.min(...numbered.map((s) => (s.paragraph ?? 1) - 1));
    const preamble = paragraphs.filter((b) => b.index < firstItem);
    const items = numbered.map((s) => s.text).join('\n');
    const before = preamble.length ? proseSegments(preamble, finder).filter((s) => s.name && !items.includes(s.name)) : [];
    return withRef([...before, ...numbered.filter((s) => s.text && s.name).flatMap((s) => {
      const item: DocumentBlock = { kind: 'paragraph', index: (s.paragraph ?? 1) - 1, text: s.text, page: s.page, ocrConfidence: s.ocrConfidence };
      // Several people each starting a sentence of their own (after a stop or a colon); a second name inside a
      // sentence (an alias, a co-defendant, a table row's columns) keeps the item whole.
      const starts = splitSentences(s.text).flatMap((p) => [p.start, ...[...s.text.slice(p.start, p.end).matchAll(/[:：]\s*/g)].map((m) => p.start + m.index! + m[0].length)]);
      const leads = findPeople([item], finder).filter((p) => p.role === 'subject' && p.mentions.some((m) => m.kind !== 'pronoun' && starts.some((at) => /^["“'‘\s]*$/.test(s.text.slice(at, m.start)))));
      return leads.length >= 2 ? proseSegments([item], finder) : [s];
    })]);
  }
  const prose = doc.kind === 'text' || doc.kind === 'pdf' || doc.ocr ? reflowLines(paragraphs) : paragraphs;
  // (The whole text goes along, for the dates an excerpt leaves without their year.)
  const context = prose.map((b) => b.text).join('\n\n');
  return withRef(proseSegments(prose, finder)).map((s) => ({ ...s, context }));
}

/** A date with a day in the first lines (a dateline, a letter's date): the date relative dates count from. */
function datelineOf(blocks: DocumentBlock[]): PartialDate | undefined {
  for (const b of blocks.slice(0, 5)) {
    // A photo caption's date is when the picture was taken ("资料图片:2019年1月29日,香港中联办外…", "…攝:林振東").
    // …or describes a picture in the present ("Chinese artist Ai Weiwei sits in the courtyard of his home … on November 7, 2010").
    if (/\b(?:sits|stands|speaks|poses|is seen|are seen|attends|walks|looks on|gestures|waves|smiles|arrives|leaves|talks|holds|gathers|gather|march|marches|protest|protests)\b[^.]*\b(?:on|in)\s+(?:\w+\s+)?\d/i.test(b.text) && b.text.length <= 200) continue;
    // …or credits an agency ("…被港府派警察逮捕，關押至今。美聯社").
    if (/(?:美联社|美聯社|路透社|法新社|新华社|新華社|中新社|美国之音|美國之音|\bAP\b|\bAFP\b|\bReuters\b|Getty Images)\s*[.。]?\s*$/.test(b.text) && b.text.length <= 120) continue;
    if (/^\s*(?:资料图片|資料圖片|资料照片|資料照片|图片|圖片|照片|图|圖|file photo|photo|image)\s*[:：]|[摄攝]\s*[:：]|\b(?:photo|picture)\s*(?:by|:)/i.test(b.text)) continue;
    // A date line, or a date at the head of a paragraph ("中国公民运动网2020年1月21日:", "BEIJING, 28 Dec 2020 -").
    // (Not a date an event is told with: "两人同被控于2021年1月10日至…" starts a sentence, not a dateline.)
    // (A title line may end with it: "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on January 15, 2019".)
    // (A sentence is no title: "…判处九年有期徒刑,星期一(8月22日)凌晨刑满获释。" tells the news of a day.)
    const titleLine = b.text.length <= 120 && !/[.。!?！？]\s*\S/.test(b.text) && !/[。！？]\s*$/.test(b.text);
    const d = findDates(b.text).find((x) => x.date.precision === 'day' && (b.text.length <= 60 || x.start <= 30 || titleLine)
      && !/(?:于|於|在|自|从|從|至|到|since|from)\s*$/i.test(b.text.slice(Math.max(0, x.start - 6), x.start))
      // (Nor one an English verb of news tells: "Gyatso had been detained on May 1, 2010 after …".)
      && !/\b(?:detained|arrested|sentenced|released|release|freed|tried|convicted|born|died|taken|held|jailed|charged|executed|issued|delivered|handed down|announced|ruled|signed|expires?|expired|ends?|ended)\s+(?:on|in)?\s*$/i.test(b.text.slice(Math.max(0, x.start - 24), x.start))
      // (Nor a sentence's own "On Feb. 20, 2019, the CCP detained …", "On October 23, 2012 Rinchen Dorjee … self-immolated".)
      && !(/^\s*(?:On|In|By|Since|From|Until|Between)\s+$/i.test(b.text.slice(0, x.start)) && b.text.length > 60)
      && !/^[^，,。.]{0,24}(?:被|遭|因|判|捕|拘)/.test(b.text.slice(0, x.start))
      // (Nor one a clause before it introduces: "案情指出,2019年11月11日,…发生暴动".)
      && !/[\p{Script=Han}][，,]\s*$/u.test(b.text.slice(0, x.start))
      // (Nor one an event follows: "黎智英2020年8月10日被…逮捕".)
      && !/^\s*(?:被|遭|获|獲|在|于|於)/.test(b.text.slice(x.end))
      // (Nor the date a paragraph's first sentence tells its news by, run on into the words: "2019年9月29日有人发起游行,…";
      // a dateline stands apart, or ends in 电/讯: "新华社北京12月2日电".)
      && !(b.text.length > 60 && /^[\p{Script=Han}](?<![电電讯訊报報])/u.test(b.text.slice(x.end))));
    if (d) return d.date;
  }
  return undefined;
}

const LINE_END = /[.。!?！？:：;；"”」』)）]$/;
const ABBREVIATED = /\b(?:Mr|Mrs|Ms|Dr|No|Nos|St|Prof|Rev|Gen|Col|Lt|Art|para|paras|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/;
const STARTS_ITEM = /^\s*(?:[•·▪◦●■\-–—*]\s|\(?[a-z0-9]{1,3}[.)]\s|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])|^\s*(?:Published|Updated|Posted|Last updated|Date|Source|By)\s*:|^\s*(?:发布时间|發佈時間|发布日期|發布日期|更新时间|更新時間|来源|來源|作者)\s*[:：]/;

/**
 * Lines of text and PDF files are often lines of a wrapped paragraph ("... the sentencing of Mr. Palden
 * Gyatso, Mr." / "Tsultrim, ..."): a long line that does not end a sentence continues on the next line.
 * Headings, dates and numbered markers are short, so they stay lines of their own.
 */
export function reflowLines(lines: DocumentBlock[]): DocumentBlock[] {
  if (lines.length < 2) return lines;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const wide = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  // Paragraphs separated by blank lines: every other line break is a wrapped line.
  const blankLines = lines.filter((l) => l.breakBefore).length >= lines.length * 0.3;
  const out: DocumentBlock[] = [];
  let cur: DocumentBlock | undefined;
  for (const line of lines) {
    if (line.breakBefore || !cur) {
      cur = { ...line };
      out.push(cur);
      continue;
    }
    if (blankLines && !STARTS_ITEM.test(line.text) && line.page === cur.page) {
      const han = /[\u4e00-\u9fff]$/.test(cur.text) && /^[\u4e00-\u9fff]/.test(line.text);
      cur.text += han ? line.text : ' ' + line.text;
      cur.ocrConfidence = lowest(cur.ocrConfidence, line.ocrConfidence);
      continue;
    }
    // A long line that does not end a sentence, or a stray word or two cut off before the rest ("被" / "告人王某").
    const stray = cur && /^[\u4e00-\u9fff]{1,2}$/.test(cur.text) && /^[\u4e00-\u9fff]/.test(line.text);
    if (cur && (stray || (cur.text.length >= 0.6 * wide && (!LINE_END.test(cur.text) || ABBREVIATED.test(cur.text)))) && !STARTS_ITEM.test(line.text) && line.page === cur.page) {
      const han = /[\u4e00-\u9fff]$/.test(cur.text) && /^[\u4e00-\u9fff]/.test(line.text);
      cur.text += han || (cur.text.endsWith('-') && /^\p{Ll}/u.test(line.text)) ? line.text : ' ' + line.text;
      cur.ocrConfidence = lowest(cur.ocrConfidence, line.ocrConfidence);
      continue;
    }
    cur = { ...line };
    out.push(cur);
  }
  return out;
}

/** Numbered entries: a numbered line starts an entry; following unnumbered lines continue it. */
function numberedSegments(paragraphs: DocumentBlock[], realParagraphs = false): Segment[] {
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
      // A paragraph of its own keeps its break (a heading's "——依法减刑" ends before "原判认定，2008年…" starts).
      current.text += (realParagraphs || b.breakBefore ? '\n\n' : /[\u4e00-\u9fff]$/.test(current.text) ? '' : ' ') + b.text;
      current.ocrConfidence = lowest(current.ocrConfidence, b.ocrConfidence);
    } else if (current) current = undefined;
  }
  return numbered;
}

/**
 * Numbered paragraphs are one person each only when most items start with a person's name (a letter's
 * list of cases); a UN report's numbered paragraphs are prose. The name found becomes the entry's name.
 */
function numberedArePeople(items: Segment[], finder: NameFinder): boolean {
  const blocks: DocumentBlock[] = items.map((s, i) => ({ kind: 'paragraph', index: i, text: s.text }));
  const people = findPeople(blocks, finder).filter((p) => p.role === 'subject');
  let led = 0;
  items.forEach((item, i) => {
    const first = people.flatMap((p) => p.mentions.filter((m) => m.block === i && m.kind !== 'pronoun').map((m) => ({ p, m })))
      .sort((a, b) => a.m.start - b.m.start)[0];
    if (first) item.name = first.m.kind === 'known' || first.m.kind === 'introduced' ? first.m.text : first.p.name;
    if (first && first.m.start <= 12) led++;
  });
  return led >= Math.max(1, Math.ceil(items.length * 0.6));
}

/** Prose: the people the text speaks of, each with the sentences and clauses about them, in reading order. */
function proseSegments(all: DocumentBlock[], finder: NameFinder): Segment[] {
  const shape = readRulingShape(all);
  // The law articles a judgment appends after its date tell of no one.
  const paragraphs = shape?.appendix ? all.slice(0, shape.appendix) : all;
  const ruling = shape;
  const people = findPeople(paragraphs, finder);
  const spans = spanPeople(paragraphs, people, { ruling: Boolean(ruling) });
  const out: Segment[] = [];
  for (const span of spans) {
    // Officials are never entries; a relative or lawyer is one only when a record knows them (they may be
    // detained too: a wife held after her husband).
    if (span.person.role === 'official' || (span.person.role === 'other' && !span.person.known) || !span.clauses.length) continue;
    const parts = span.clauses.map((c) => ({ c, text: paragraphs[c.block].text.slice(c.start, c.end).trim() }));
    // News, or a name some record has: a known person named in an answer is an answer about them. (A defendant named
    // is news of a trial: "the other defendants (Shen chengyi, Wang Weiliang, Guo Lijun …)".)
    if (!span.person.known && !parts.some((p) => saysFact(p.text) || /\bdefendants?\b/i.test(p.text))) continue;
    const zh = parts.some((p) => /[\u4e00-\u9fff]/.test(p.text));
    let text = '';
    let decisionAt: number | undefined;
    let prev: (typeof parts)[number]['c'] | undefined;
    let prevText = '';
    for (const p of parts) {
      const afterDecision = ruling?.decision && (p.c.block > ruling.decision.block || (p.c.block === ruling.decision.block && p.c.end > ruling.decision.offset));
      // Parts of one sentence join as they stood; parts of different sentences as sentences.
      const sameSentence = prev && prev.block === p.c.block && !/[。！？；.!?]/.test(paragraphs[p.c.block].text.slice(prev.end, p.c.start));
      const hanJoint = /[\u4e00-\u9fff，。；、]$/.test(text) || /^[\u4e00-\u9fff]/.test(p.text);
      // Parts of different paragraphs keep the paragraph break: a sentence ends there, and a caption's bare year does not
      // date what follows it.
      const newPara = prev && prev.block !== p.c.block;
      // (…an English part cut off before its sentence ends is closed: "… at the home of" and "On August 4, … sentenced the
      // leaders" are two sentences, not one whose date the second verb could not reach; not a short part carried for its
      // date, "Feb. 20, 2019", which goes with the words after it.)
      if (text) text += sameSentence ? (hanJoint ? '' : ' ') : (zh && hanJoint ? (/[。；;]$/.test(text) ? '' : '。') : newPara ? '' : /[.!?;:"”’)]$/.test(text) || prevText.length <= 30 ? ' ' : '. ') + (newPara ? '\n\n' : '');
      prev = p.c;
      prevText = p.text;
      // The decision may start inside this part (a ruling printed as one paragraph): count from where it does.
      if (afterDecision && decisionAt === undefined) decisionAt = text.length + (p.c.block === ruling!.decision!.block ? Math.max(0, ruling!.decision!.offset - p.c.start) : 0);
      text += p.text;
    }
    const first = paragraphs[span.clauses[0].block];
    const seg: Segment = {
      text, page: first.page, paragraph: first.index + 1, name: span.person.name,
      ocrConfidence: span.clauses.reduce<number | undefined>((m, c) => lowest(m, paragraphs[c.block].ocrConfidence), undefined),
      why: [
        ...span.person.mentions.filter((m) => m.kind !== 'pronoun').slice(0, 6).map((m) => `"${m.text}" (paragraph ${paragraphs[m.block].index + 1}): ${m.why}`),
        ...span.clauses.slice(0, 12).map((c) => `paragraph ${paragraphs[c.block].index + 1}, characters ${c.start}-${c.end}: ${c.why}`),
      ],
    };
    if (span.person.surnameOnly) seg.surnameOnly = true;
    if (decisionAt !== undefined) seg.decision = { at: decisionAt, date: ruling?.date };
    out.push(seg);
  }
  return out;
}

/** An entry that ends like this was cut by a line break ("... released in September" / "2023."). */
const MID_PHRASE = /(?:\b(?:in|on|of|since|to|by|from|at|and|the|a|an|until|until|before|after)|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)|[,，、于在至自和及])\s*$/i;

