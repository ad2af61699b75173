/**
 * The format-neutral layout of a list: what every page says, cell by cell, in both languages. The PDF
 * and DOCX renderers draw this and nothing else, so the two files say the same thing and the layout can
 * be tested as JSON.
 */
import { isCalendarDate, type Diagnostic, type PrisonerList, type PrisonerRecord } from '../model/index.js';
import { foldLatin } from '../names/index.js';
import { describeSentence, lookupCharge, lookupEthnicity, lookupProvince, statusTerm, translatePlace } from '../vocabulary/index.js';
import type { ListField, ListTemplate } from './template.js';

export interface ListLayout {
  template: string;
  page: ListTemplate['page'];
  heading: string[];
  subheading: string[];
  /** Cover letter paragraphs, Chinese first, then English; empty when the template has none. */
  letter: { zh: string[]; en: string[] };
  columns: { field: ListField; header: string[]; width: number }[];
  /** rows -> cells -> lines (Chinese line first, English below). */
  rows: string[][][];
  /** Page line with {page} and {pages} to fill in. */
  footer: string;
  diagnostics: Diagnostic[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function formatDates(iso: string): { zh: string; en: string } {
  // A list made before dates were checked may hold anything: print it as written rather than "45 undefined 2026".
  if (!isCalendarDate(iso)) return { zh: iso, en: iso };
  const [y, m, d] = iso.split('-').map(Number);
  return { zh: `${y}年${m}月${d}日`, en: `${d} ${MONTHS[m - 1]} ${y}` };
}

const nfc = (s: string) => s.normalize('NFC');
const fill = (s: string, vars: Record<string, string>) => nfc(s.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m));

function cell(field: ListField, r: PrisonerRecord, n: number, warn: (m: string) => void): string[] {
  const both = (t: { zh: string; en: string } | undefined, raw?: string) => (t ? [t.zh, t.en] : raw ? [raw] : ['']);
  switch (field) {
    case 'number': return [String(n)];
    case 'id': return [r.id];
    case 'pinyin': {
      const lines = [r.names.pinyin ?? r.names.en ?? ''];
      // A spelling the person uses that differs from pinyin (Wade-Giles, Cantonese) is printed below it.
      if (r.names.pinyin && r.names.en && foldLatin(r.names.en).replace(/[\s-]/g, '') !== foldLatin(r.names.pinyin).replace(/[\s-]/g, '')) lines.push(r.names.en);
      return lines;
    }
    case 'name_zh': return [r.names.zh ?? ''];
    case 'name_en': return [r.names.en ?? r.names.pinyin ?? ''];
    case 'gender': return r.gender === 'M' ? ['男', 'Male'] : r.gender === 'F' ? ['女', 'Female'] : [''];
    case 'birth_year': return [r.birth?.value.slice(0, 4) ?? ''];
    case 'ethnicity': return both(r.ethnicity ? lookupEthnicity(r.ethnicity) : undefined, r.ethnicity);
    case 'province': return both(r.province ? lookupProvince(r.province) : undefined, r.province);
    case 'charge': {
      if (!r.charge) return [''];
      const c = lookupCharge(r.charge);
      if (!c) warn(`charge "${r.charge}" of ${r.id} is not in data/charges.json: printed as written`);
      else if (!c.en) warn(`charge ${c.zh} of ${r.id} has no English rendering in data/charges.json: printed in Chinese only`);
      return c ? [c.zh, ...(c.en ? [c.en] : [])] : [r.charge];
    }
    case 'sentence': return r.sentence ? both(describeSentence(r.sentence)) : [''];
    case 'detained': return [r.detained?.value ?? ''];
    case 'prison': return r.prison ? [r.prison, ...(translatePlace(r.prison) ? [translatePlace(r.prison)!] : [])] : [''];
    case 'status': return r.status ? both(statusTerm(r.status)) : [''];
  }
}

/** Lays out a list for printing. The same list, records and template always give the same layout. */
export function layoutList({ list, records, template }: { list: PrisonerList; records: readonly PrisonerRecord[]; template: ListTemplate }): ListLayout {
  const diagnostics: Diagnostic[] = [];
  const dates = formatDates(list.date);
  // "中文 / English": the first part is the Chinese title, everything after the first " / " the English one.
  const [titleZh, ...rest] = list.title.split(/\s+\/\s+/);
  const titleEn = rest.length ? rest.join(' / ') : titleZh;
  const vars = { title: titleZh, title_en: titleEn, recipient: list.recipient, date_zh: dates.zh, date_en: dates.en, count: String(records.length), list: String(list.id) };
  const total = template.columns.reduce((s, c) => s + c.width, 0);
  const rows = records.map((r, i) =>
    template.columns.map((c) => cell(c.field, r, i + 1, (message) => diagnostics.push({ code: 'VOCABULARY_MISSING', severity: 'warning', place: { file: `list ${list.id}`, row: i + 1 }, message })).map(nfc)),
  );
  return {
    template: template.name,
    page: template.page,
    heading: [fill(template.heading.zh, vars), fill(template.heading.en, vars)].filter((s, i, a) => i === 0 || s !== a[0]),
    subheading: [fill(template.subheading.zh, vars), fill(template.subheading.en, vars)],
    letter: { zh: (template.letter?.zh ?? []).map((p) => fill(p, vars)), en: (template.letter?.en ?? []).map((p) => fill(p, vars)) },
    columns: template.columns.map((c) => ({ field: c.field, header: [c.zh, c.en], width: c.width / total })),
    rows,
    footer: `${template.footer.zh} · ${template.footer.en}`,
    diagnostics,
  };
}
