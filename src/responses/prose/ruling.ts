/**
 * Court rulings as China Judgements Online publishes them: court, title and case number each on a line,
 * then the person (罪犯X，男，…), the history of the sentence, the ruling (裁定如下：…) and its date at the
 * end, above or below the judges' names. The ruling's own decision is dated by the ruling's date.
 */
import type { DocumentBlock, PartialDate } from '../../model/index.js';
import { toSimplified } from '../../names/index.js';
import { findDates } from '../find-dates.js';

export interface RulingShape {
  /** Where the decision starts (block: index in the blocks given): the words after 裁定如下 / 判决如下 / 决定如下. */
  decision?: { block: number; offset: number };
  /** The ruling's date, written at its end (二〇一九年十二月十日). */
  date?: PartialDate;
  /** Where the law articles appended after the ruling begin (附相关法律条文): they tell of no one. */
  appendix?: number;
}

const TITLE = /(裁定书|判决书|决定书|裁定|判决)\s*$/;
const CASE_NUMBER = /[（(〔[]\s*\d{4}\s*[）)〕\]][^号\n]{1,24}?(?:刑更|刑初|刑终|刑监|刑申|刑执|执|减|假)[^号\n]{0,10}?\d+\s*号/;
const DECISION = /(?:裁定|判决|决定)如下\s*[:：]?/;
/** The heading of the law articles appended after a ruling's date: 附相关法律条文, 附：本判决适用的法律条文. */
const APPENDIX = /^\s*附\s*[:：]?\s*[^\n]{0,12}(?:法律|法条|条文|规定)[^\n]{0,6}$/;

/** The shape of a court ruling, or undefined when the document is not one. */
export function readRulingShape(blocks: readonly DocumentBlock[]): RulingShape | undefined {
  const head = blocks.slice(0, 8).map((b) => toSimplified(b.text));
  const isRuling = head.some((t) => CASE_NUMBER.test(t) || (t.length <= 30 && TITLE.test(t) && /刑|减|假释|监外/.test(t)));
  if (!isRuling) return undefined;
  const shape: RulingShape = {};
  for (const [i, b] of blocks.entries()) {
    const m = DECISION.exec(b.text);
    if (m) { shape.decision = { block: i, offset: m.index + m[0].length }; break; }
  }
  // The date at the end: the last line that is (almost) only a date, with a day (before the law articles a
  // judgment may append: "附相关法律条文").
  const appendix = blocks.findIndex((b, i) => i > (shape.decision?.block ?? 0) && APPENDIX.test(toSimplified(b.text)));
  if (appendix > 0) shape.appendix = appendix;
  for (const b of [...blocks.slice(0, appendix > 0 ? appendix : blocks.length)].reverse().slice(0, 15)) {
    const text = b.text.replace(/\s+/g, '');
    const found = findDates(text).filter((d) => d.date.precision === 'day');
    const d = found[found.length - 1];
    if (d && text.length - (d.end - d.start) <= 4) { shape.date = d.date; break; }
    // …or one run together with the judges' names ("审判长邹绍云代理审判员赵自辉二〇一七年三月十三日书记员张惠中"):
    // the ruling's date is the one written in Chinese numerals.
    if (d && /审判长|审判员|陪审员|书记员/.test(text) && /^[〇○零一二三四五六七八九十]+年/.test(text.slice(d.start, d.end))) { shape.date = d.date; break; }
  }
  return shape;
}
