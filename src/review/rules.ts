/**
 * The rules of review, as pure functions (no database, no terminal): what accepting writes, when news is newer
 * than what a record holds, what an undo may put back, when a decision has gone stale, how two records merge.
 */
import type {
  AcceptPlan, EntryFacts, FieldChange, NewRecordFields, PrisonerRecord, RecordId, Source, Status,
} from '../model/index.js';
import { asRecordId, STATUSES } from '../model/index.js';
import {
  cleanName, deriveNames, foldLatin, formatPinyin, hasHan, latinWords, readsAsPinyin, toSimplified, toTraditional, wadeGilesToPinyin,
} from '../names/index.js';
import { describeSentence, lookupEthnicity, lookupProvince } from '../vocabulary/index.js';

// ---- dates known to a precision ------------------------------------------------------------------------------

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and last day a partial date ("2023", "2023-05", "2023-05-17") may mean. */
export function periodOf(value: string): { start: string; end: string } {
  const [y, m, d] = value.split('-');
  if (d) return { start: value, end: value };
  if (m) return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(lastDay(Number(y), Number(m))).padStart(2, '0')}` };
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** True only when every day `a` may mean comes after every day `b` may mean ("2023-05" is not later than "2023"). */
export const isLater = (a: string, b: string): boolean => periodOf(a).start > periodOf(b).end;

const defined = (xs: (string | undefined | null)[]): string[] => xs.filter((x): x is string => Boolean(x));

/** The date of a piece of news: its latest dated event, or the day the letter came if that is later. */
export function newsDateOf(facts: EntryFacts, received?: string | null): string | undefined {
  const dates = defined([...facts.events.map((e) => e.date?.value), received]);
  return dates.sort((a, b) => (periodOf(a).start < periodOf(b).start ? -1 : 1)).pop();
}

/** The latest date a record's timeline holds (its detention, and the news already on it), at its latest end. */
export function heldDateOf(record: PrisonerRecord, news: readonly { facts: EntryFacts; received?: string | null }[]): string | undefined {
  const dates = defined([record.detained?.value, ...news.map((n) => newsDateOf(n.facts, n.received))]);
  return dates.sort((a, b) => (periodOf(a).end < periodOf(b).end ? -1 : 1)).pop();
}

// ---- what accepting writes -----------------------------------------------------------------------------------

/** A place held, as the record stores it (Chinese when the response gives it). */
const placeOf = (facts: EntryFacts): string | undefined => facts.prison?.zh ?? facts.prison?.en;

/** Statuses that say nothing about where a person is now: never written onto a record. */
const SILENT: readonly Status[] = ['unknown', 'not_found'];

/**
 * What accepting `facts` for `record` writes. The entry's events always go on the timeline. The record's current
 * status and place change only when the news is dated and strictly later than everything the record holds
 * (`held`); undated, older or same-period news is an event only, and the record stays as it is.
 */
export function planAccept({ record, facts, received, held }: { record: PrisonerRecord; facts: EntryFacts; received?: string | null; held?: string }): AcceptPlan {
  const events = facts.events;
  const newsDate = newsDateOf(facts, received);
  if (!newsDate) return { events, changes: [], reason: 'the news is undated: its events go on the timeline, the record stays as it is' };
  if (held && !isLater(newsDate, held)) {
    return { events, changes: [], newsDate, reason: `news of ${newsDate} is not newer than what the record holds (${held}): events only` };
  }
  const changes: FieldChange[] = [];
  if (!SILENT.includes(facts.status) && facts.status !== record.status) changes.push({ field: 'status', before: record.status, after: facts.status });
  const place = placeOf(facts);
  if (place && place !== record.prison) changes.push({ field: 'prison', before: record.prison, after: place });
  const than = held ? `the record's latest (${held})` : 'anything dated on the record';
  return { events, changes, newsDate, reason: `news of ${newsDate} is newer than ${than}${changes.length ? '' : ', and says nothing new about status or place'}` };
}

/** The record with a plan's changes applied. */
export function applyChanges(record: PrisonerRecord, changes: readonly FieldChange[]): PrisonerRecord {
  const out: PrisonerRecord = { ...record };
  for (const c of changes) {
    if (c.field === 'status') out.status = c.after as Status;
    else out.prison = c.after;
  }
  return out;
}

// ---- undo ----------------------------------------------------------------------------------------------------

/** JSON with object keys sorted, so that equal values compare equal whatever order they were built in. */
const canonical = (v: unknown): string => JSON.stringify(v ?? null, (_k, x: unknown) =>
  x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.entries(x as Record<string, unknown>).filter(([, y]) => y !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)))
    : x);
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Puts back the fields a decision changed (from `before` to `after`), but only those that still hold what the
 * decision wrote: a later change (an import, another decision) is never overwritten by an undo.
 */
export function revertFields<T extends object>(current: T, before: Partial<T>, after: Partial<T>): { value: T; reverted: string[]; left: string[] } {
  const value = { ...current } as Record<string, unknown>;
  const reverted: string[] = [];
  const left: string[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const k of keys) {
    const b = (before as Record<string, unknown>)[k];
    const a = (after as Record<string, unknown>)[k];
    if (same(a, b)) continue;
    if (!same(value[k], a)) { left.push(k); continue; }
    if (b === undefined) delete value[k];
    else value[k] = b;
    reverted.push(k);
  }
  return { value: value as T, reverted, left };
}

/** The fields of `after` that differ from `before`, each with its value before (undefined when it had none). */
export function diffFields<T extends object>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const k of keys) {
    const x = (before as Record<string, unknown>)[k];
    const y = (after as Record<string, unknown>)[k];
    if (same(x, y)) continue;
    b[k] = x;
    a[k] = y;
  }
  return { before: b as Partial<T>, after: a as Partial<T> };
}

// ---- staleness -----------------------------------------------------------------------------------------------

/** What identifies a person in a record: a decision rests on these, so a change to them makes it stale. */
export function identityOf(r: PrisonerRecord): Record<string, unknown> {
  return {
    zh: r.names.zh, en: r.names.en, aliases: r.names.aliases.map((a) => a.name),
    gender: r.gender, birth: r.birth?.value, ethnicity: r.ethnicity, province: r.province,
  };
}

/** Which identity fields changed since a decision was made (empty: the decision still rests on the same record). */
export function changedIdentity(basis: Record<string, unknown>, record: PrisonerRecord): string[] {
  const now = identityOf(record);
  return Object.keys({ ...basis, ...now }).sort().filter((k) => !same(basis[k], now[k]));
}

// ---- merging two records of one person -----------------------------------------------------------------------

const SCALARS = ['gender', 'birth', 'ethnicity', 'province', 'religion', 'detained', 'charge', 'sentence', 'prison', 'status'] as const;

const show = (v: unknown): string => (v && typeof v === 'object' ? ('value' in v ? String((v as { value: unknown }).value) : JSON.stringify(v)) : String(v));

/**
 * One record from two records of the same person: `keep`'s values stay; what only `other` has is added; where
 * both have a value and they differ, `other`'s is written into the notes. Nothing is lost: `other`'s names
 * become aliases, its sources are added.
 */
export function mergeRecords(keep: PrisonerRecord, other: PrisonerRecord): PrisonerRecord {
  const names = { ...keep.names, aliases: [...keep.names.aliases] };
  let zh = keep.names.zh;
  let en = keep.names.en;
  if (!zh && other.names.zh) zh = other.names.zh;
  if (!en && other.names.en) en = other.names.en;
  const known = () => new Set([zh, en, ...names.aliases.map((a) => a.name)].filter(Boolean).map((s) => toSimplified(s!)));
  const addAlias = (name: string | undefined, kind: 'other' | 'romanised') => {
    if (name && !known().has(toSimplified(name))) names.aliases.push({ name, kind });
  };
  addAlias(other.names.zh, 'other');
  addAlias(other.names.en, 'romanised');
  for (const a of other.names.aliases) if (!known().has(toSimplified(a.name))) names.aliases.push(a);
  const derived = zh !== keep.names.zh || en !== keep.names.en
    ? deriveNames({ zh, en, aliases: names.aliases, ethnicity: keep.ethnicity ?? other.ethnicity })
    : names;
  const out: PrisonerRecord = { ...keep, names: derived, sources: [...keep.sources] };
  const notes: string[] = [];
  for (const f of SCALARS) {
    const mine = keep[f];
    const theirs = other[f];
    if (theirs === undefined) continue;
    if (mine === undefined) (out as unknown as Record<string, unknown>)[f] = theirs;
    else if (!same(mine, theirs)) notes.push(`${f} ${show(theirs)}`);
  }
  for (const s of other.sources) if (!out.sources.some((x) => same(x, s))) out.sources.push(s);
  if (other.notes) notes.push(other.notes);
  if (notes.length) out.notes = [keep.notes, `merged from ${other.id}: ${notes.join('; ')}`].filter(Boolean).join('\n');
  return out;
}

// ---- a new record from an entry ------------------------------------------------------------------------------

/** The fields of a new record, prefilled from what the entry says. */
export function prefillRecord(facts: EntryFacts): NewRecordFields {
  const { core, bracketed } = cleanName(facts.name);
  const scripts = [core, ...bracketed];
  const zh = scripts.find((s) => hasHan(s));
  const en = scripts.find((s) => !hasHan(s) && /[A-Za-z]/.test(s));
  const province = facts.nativePlace ? lookupProvince(facts.nativePlace.replace(/(省|市|自治区).*$/, ''))?.en ?? facts.nativePlace : undefined;
  const fields: NewRecordFields = {
    name_zh: zh, name_en: en, gender: facts.gender, birth_year: facts.birth?.value.slice(0, 4),
    ethnicity: facts.ethnicity ? lookupEthnicity(facts.ethnicity)?.en ?? facts.ethnicity : undefined,
    province, status: facts.status === 'not_found' ? undefined : facts.status, prison: placeOf(facts),
    charge: facts.charge?.zh ?? facts.charge?.en,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== '')) as NewRecordFields;
}

export const NEW_RECORD_FIELDS: readonly (keyof NewRecordFields)[] = [
  'id', 'name_zh', 'name_en', 'gender', 'birth_year', 'ethnicity', 'province', 'status', 'prison', 'charge', 'notes',
];

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** A record from edited fields, or the problems that stop it (each names the field and what is expected). */
export function recordFromFields(fields: NewRecordFields, { id, source }: { id: string; source: Source }): { record?: PrisonerRecord; problems: string[] } {
  const problems: string[] = [];
  const text = (v?: string) => (v ?? '').trim() || undefined;
  const recordId = text(fields.id) ?? id;
  if (!ID_PATTERN.test(recordId)) problems.push(`id "${recordId}": letters, digits, "-", "_" or "." (at most 40)`);
  const zh = text(fields.name_zh);
  const en = text(fields.name_en);
  if (!zh && !en) problems.push('name_zh or name_en: a name in characters or in Latin letters is needed');
  const gender = text(fields.gender)?.toUpperCase();
  if (gender && !['M', 'F', 'X'].includes(gender)) problems.push(`gender "${gender}": M, F or X`);
  const year = text(fields.birth_year);
  if (year && !/^(19|20)\d\d$/.test(year)) problems.push(`birth_year "${year}": a year such as 1970`);
  const status = text(fields.status);
  if (status && !(STATUSES as readonly string[]).includes(status)) problems.push(`status "${status}": one of ${STATUSES.join(', ')}`);
  if (problems.length) return { problems };
  const ethnicity = text(fields.ethnicity);
  const record: PrisonerRecord = {
    id: asRecordId(recordId) as RecordId,
    names: deriveNames({ zh, en, aliases: [], ethnicity }),
    sources: [source],
  };
  if (gender) record.gender = gender as 'M' | 'F' | 'X';
  if (year) record.birth = { value: year, precision: 'year' };
  if (ethnicity) record.ethnicity = ethnicity;
  const province = text(fields.province);
  if (province) record.province = lookupProvince(province)?.en ?? province;
  if (status) record.status = status as Status;
  const prison = text(fields.prison);
  if (prison) record.prison = prison;
  const charge = text(fields.charge);
  if (charge) record.charge = charge;
  const notes = text(fields.notes);
  if (notes) record.notes = notes;
  return { record, problems };
}

// ---- names: other forms and how common a reading is ----------------------------------------------------------

const PLAIN: Record<string, string> = {};
for (const [plain, marked] of [['a', 'āáǎàâäå'], ['e', 'ēéěèêë'], ['i', 'īíǐìîï'], ['o', 'ōóǒòôö'], ['u', 'ūúǔùûüǖǘǚǜ'], ['n', 'ńňǹñ'], ['m', 'ḿ']] as const) {
  for (const c of marked) PLAIN[c] = plain;
}

/**
 * A reading to count namesakes by: toneless letters, lower case ("Wáng Yáng", "WANG Yang" -> "wangyang").
 * Runs over every record when a session starts, so it maps characters instead of normalising (NFD) each name.
 */
export const readingKey = (s: string): string =>
  s.toLowerCase().normalize('NFC').replace(/[^a-z]/g, (c) => PLAIN[c] ?? '');

/** How a name written in characters or Latin letters reads, as a key and for display ("Wang Yang"). */
export function readingOf(name: string): { key: string; display: string } | undefined {
  const { core } = cleanName(name);
  const latin = hasHan(core) ? formatPinyin(core) : core;
  const key = latin ? readingKey(latin) : '';
  if (!key) return undefined;
  const display = foldLatin(latin!).split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { key, display };
}

/** The name as written and its other forms: characters both ways, pinyin, what a Wade-Giles spelling reads as. */
export function nameForms(written: string): { label: string; value: string }[] {
  const { core, bracketed, titles } = cleanName(written);
  const forms: { label: string; value: string }[] = [{ label: 'as written', value: written }];
  const add = (label: string, value?: string) => {
    if (value && !forms.some((f) => f.value === value)) forms.push({ label, value });
  };
  for (const part of [core, ...bracketed]) {
    if (hasHan(part)) {
      const s = toSimplified(part);
      add('simplified', s);
      add('traditional', toTraditional(s));
      add('pinyin', formatPinyin(part));
    } else if (/[A-Za-z]/.test(part)) {
      const words = latinWords(part);
      if (!readsAsPinyin(words)) {
        const readings = wadeGilesToPinyin(words, 4);
        if (readings?.length) add('Wade-Giles read as pinyin', readings.map((r) => r.join(' ')).join(' / '));
      }
      add('romanised', part);
    }
  }
  if (titles.length) add('titles', titles.join(' '));
  return forms;
}

/** What an entry says, one line each, in words a reviewer reads: status, sentence, place, dated events. */
export function describeFacts(f: EntryFacts): string[] {
  const lines = [`status: ${f.status}`];
  if (f.sentence) { const s = describeSentence(f.sentence); lines.push(`sentence: ${s.zh} / ${s.en}`); }
  if (f.charge) lines.push(`charge: ${[f.charge.zh, f.charge.en].filter(Boolean).join(' / ')}`);
  if (f.prison) lines.push(`place held: ${[f.prison.zh, f.prison.en].filter(Boolean).join(' / ')}`);
  if (f.termEnds) lines.push(`term ends: ${f.termEnds.value}`);
  const who = [f.gender, f.birth?.value && `born ${f.birth.value}`, f.ethnicity, f.nativePlace].filter(Boolean);
  if (who.length) lines.push(`about the person: ${who.join(', ')}`);
  for (const e of f.events) lines.push(`event: ${e.date?.value ?? '(no date)'} ${e.type}${e.months ? ` (${e.months} months)` : ''}`);
  // What the text seemed to say but does not, so the reviewer sees it was read and why it is not news.
  for (const o of f.omitted ?? []) lines.push(`not written: ${o.type} (${o.why}): “${o.text.length > 60 ? `${o.text.slice(0, 60)}…` : o.text}”`);
  return lines;
}

// ---- item ids ------------------------------------------------------------------------------------------------

/** Entry items are `e<entry id>`; duplicate pairs are `dup:<a>+<b>` with the two record IDs in sorted order. */
export const entryItemId = (entryId: number): string => `e${entryId}`;
export const pairKey = (a: string, b: string): string => (a < b ? `${a}+${b}` : `${b}+${a}`);
export const pairItemId = (a: string, b: string): string => `dup:${pairKey(a, b)}`;

export function parseItemId(item: string): { entryId: number } | { pair: string; a: string; b: string } | undefined {
  const e = /^e(\d+)$/i.exec(item.trim());
  if (e) return { entryId: Number(e[1]) };
  const p = /^dup:([^+\s]+)\+([^+\s]+)$/.exec(item.trim());
  if (p) return { pair: pairKey(p[1], p[2]), a: p[1] < p[2] ? p[1] : p[2], b: p[1] < p[2] ? p[2] : p[1] };
  return undefined;
}
