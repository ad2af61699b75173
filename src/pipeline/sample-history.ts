/**
 * A made-up history of dialogues over the records in a database: lists handed over to several partners over
 * the years, answers (some late, some never), and a few documents from public sources (published court
 * rulings) about people never listed. Seeded: the same options give the same history. Used by the demo (so
 * its report has years to compare) and by the report benchmark; every list is titled SAMPLE_HISTORY_TITLE.
 *
 * Each person's prison term is simulated once (detention, sentence, reductions, parole, release) and
 * answers report what had happened by the day they were written. No effect of listing is simulated:
 * whatever ratio the report's impact section shows comes from who is listed and who is asked about, the
 * biases the report names.
 */
import { createHash } from 'node:crypto';
import type { EntryFacts, MatchedEntry, PartialDate, PrisonerRecord, ResponseEvent, Status } from '../model/index.js';
import { asRecordId } from '../model/index.js';
import { addMonths, dayInterval, dayNumber, isoDay } from '../report/index.js';
import {
  type Db, addListItems, createListRow, freezeList, getRecord, inTransaction, insertDocument, insertMatchedEntry, iterateRecords,
} from '../store/index.js';

export const SAMPLE_HISTORY_TITLE = '示例历史名单 / Sample history list';

export interface SampleHistoryOptions {
  seed?: number;
  /** Lists to hand over, spread over the years and partners. */
  lists: number;
  /** About this many answers to lists (a list may get none, a few get two). */
  responses: number;
  /** Documents not answering any list (published court rulings), each about a few people. */
  publicDocuments?: number;
  fromYear: number;
  /** Nothing is dated after this day (YYYY-MM-DD). */
  until: string;
  partners?: { name: string; session: (n: number) => string; answers: number }[];
  listSize?: [number, number];
  /** Lists draw from this many people (the organisation's caseload); default: everyone. */
  caseload?: number;
}

export interface SampleHistoryAdded {
  lists: number;
  responses: number;
  entries: number;
  /** The database already had a sample history: nothing was added. */
  skipped: boolean;
}

export const SAMPLE_PARTNERS: NonNullable<SampleHistoryOptions['partners']> = [
  { name: 'EU-China Human Rights Dialogue', session: (n) => `, ${n + 30}th session`, answers: 0.75 },
  { name: 'Switzerland–China Human Rights Dialogue', session: (n) => ` (round ${n + 12})`, answers: 0.6 },
  { name: 'Germany–China Human Rights Dialogue', session: (n) => `, ${n + 14}th round`, answers: 0.5 },
  { name: '澳中人权对话 Australia–China Human Rights Dialogue', session: (n) => `（第${n + 15}次）`, answers: 0.3 },
];

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hashSeed = (s: string, seed: number) => createHash('sha256').update(`${seed}:${s}`).digest().readUInt32LE(0);

interface Happening { type: ResponseEvent['type']; day: number; months?: number }
interface Life { events: Happening[]; months?: number; out?: { day: number; status: Status } }

/** One person's simulated term, from their record where it says (sentence, detention), else invented. */
function simulateLife(rec: PrisonerRecord, seed: number): Life {
  const r = rng(hashSeed(rec.id, seed));
  const detained = rec.detained ? dayInterval(rec.detained).lo : dayNumber('2003-01-01') + Math.floor(r() * 6200);
  const sentenced = detained + 180 + Math.floor(r() * 240);
  const events: Happening[] = [{ type: 'detained', day: detained }, { type: 'sentenced', day: sentenced }];
  let months = rec.sentence?.kind === 'fixed' ? rec.sentence.months : rec.sentence ? undefined : 36 + 6 * Math.floor(r() * 25);
  let start = detained;
  if (months === undefined && r() < 0.5) {
    const day = sentenced + 730 + Math.floor(r() * 1100);
    months = 240;
    start = day;
    events.push({ type: 'commuted', day, months });
  }
  if (months === undefined) return { events };
  let end = addMonths(start, months);
  for (let t = sentenced + 730 + Math.floor(r() * 300); t < end - 240; t += 330 + Math.floor(r() * 300)) {
    if (r() < 0.3) {
      const m = [6, 8, 10, 12][Math.floor(r() * 4)];
      events.push({ type: 'sentence_reduced', day: t, months: m });
      end = addMonths(end, -m);
    }
  }
  const roll = r();
  let out: Life['out'];
  const someDayAfter = (from: number) => from + Math.floor(r() * Math.max(1, end - from));
  if (roll < 0.08) out = { day: Math.floor((start + end) / 2) + Math.floor(r() * 200), status: 'paroled' };
  else if (roll < 0.11) out = { day: someDayAfter(sentenced + 365), status: 'medical_parole' };
  else if (roll < 0.12) out = { day: someDayAfter(sentenced), status: 'deceased' };
  const OUT_EVENT = { paroled: 'paroled', medical_parole: 'medical_parole', deceased: 'died' } as const;
  if (out && out.day < end) events.push({ type: OUT_EVENT[out.status as keyof typeof OUT_EVENT], day: out.day });
  else out = { day: end, status: 'released' };
  if (out.status === 'released') events.push({ type: 'released', day: end });
  return { events: events.sort((a, b) => a.day - b.day), months, out };
}

const PRISONS = ['四川省川西监狱', '北京市第二监狱', '湖南省赤山监狱', '新疆第三监狱', '山东省女子监狱', '广东省阳江监狱', '吉林省延吉监狱'];
const STATUS_ZH: Record<string, string> = {
  serving: '在押服刑', released: '已刑满释放', paroled: '已假释', medical_parole: '保外就医', deceased: '已死亡', not_found: '查无此人',
};
const EVENT_ZH: Record<string, string> = {
  detained: '被羁押', sentenced: '被判刑', sentence_reduced: '获减刑', commuted: '改判为有期徒刑', paroled: '获假释',
  medical_parole: '保外就医', released: '刑满释放', died: '去世',
};

/** A date written as answers write them: mostly to the day, sometimes only the month or the year. */
function writeDate(day: number, r: () => number): PartialDate {
  const roll = r();
  const iso = isoDay(day);
  if (roll < 0.1) return { value: iso.slice(0, 4), precision: 'year' };
  if (roll < 0.3) return { value: iso.slice(0, 7), precision: 'month' };
  return { value: iso, precision: 'day' };
}

/** What an answer written on `day` says about a person. */
function describeAt(rec: PrisonerRecord, life: Life, day: number, r: () => number): { facts: EntryFacts; text: string } {
  const name = rec.names.zh ?? rec.names.en ?? rec.id;
  if (r() < 0.04) return { facts: { name, status: 'not_found', events: [] }, text: `${name}：${STATUS_ZH.not_found}。` };
  const known = life.events.filter((e) => e.day <= day && (e.type !== 'detained' || r() < 0.5));
  const status: Status = life.out && life.out.day <= day ? life.out.status : 'serving';
  const events: ResponseEvent[] = known.map((e) => ({
    type: e.type, date: writeDate(e.day, r),
    ...(e.months ? { months: e.months } : {}),
    ...(e.type === 'commuted' ? { to: { kind: 'fixed' as const, months: e.months } } : {}),
  }));
  const facts: EntryFacts = {
    name, status, events,
    ...(life.months ? { sentence: { kind: 'fixed' as const, months: life.months } } : {}),
    ...(status === 'serving' ? { prison: { zh: PRISONS[Math.floor(r() * PRISONS.length)] } } : {}),
  };
  const tell = (e: ResponseEvent) => `${e.date?.value ?? ''}${EVENT_ZH[e.type] ?? e.type}${e.type === 'sentence_reduced' ? `${e.months}个月` : ''}`;
  const told = events.map(tell).join('，');
  const where = facts.prison ? `（${facts.prison.zh}）` : '';
  return { facts, text: `${name}：${STATUS_ZH[status] ?? status}${where}。${told ? told + '。' : ''}` };
}

const SENDERS = ['外交部 MFA', '驻外使馆 Embassy', '司法部 Ministry of Justice'];
const RULINGS: readonly string[] = ['sentence_reduced', 'paroled', 'medical_parole'];

/** Adds the sample history; does nothing when the database already has it. */
export function addSampleHistory(db: Db, opts: SampleHistoryOptions): SampleHistoryAdded {
  const already = db.prepare('SELECT count(*) AS n FROM lists WHERE title = ?').get(SAMPLE_HISTORY_TITLE) as { n: number };
  if (already.n) return { lists: 0, responses: 0, entries: 0, skipped: true };
  const { seed = 7, partners = SAMPLE_PARTNERS, listSize = [8, 20], publicDocuments = 0 } = opts;
  const r = rng(seed);
  const records = [...iterateRecords(db)];
  if (!records.length) return { lists: 0, responses: 0, entries: 0, skipped: false };
  const byId = new Map(records.map((x) => [x.id as string, x]));
  const shuffled = records.map((x) => ({ x, k: hashSeed(x.id, seed) })).sort((a, b) => a.k - b.k).map((a) => a.x);
  const caseload = shuffled.slice(0, opts.caseload ?? records.length);
  const lives = new Map<string, Life>();
  const lifeOf = (rec: PrisonerRecord) => lives.get(rec.id) ?? lives.set(rec.id, simulateLife(rec, seed)).get(rec.id)!;

  const until = dayNumber(opts.until);
  const firstDay = dayNumber(`${opts.fromYear}-01-01`);
  const span = until - 60 - firstDay;
  const baseRate = opts.lists ? partners.reduce((s, p) => s + p.answers, 0) / partners.length : 1;
  const scale = Math.min(1.5, opts.responses / Math.max(1, opts.lists * baseRate));
  const sessions = new Map<string, number>();
  const unanswered = new Map<string, Set<string>>();
  let nLists = 0;
  let nResponses = 0;
  let nEntries = 0;

  const writeDocument = (name: string, at: number, sender: string, listId: number | null, people: PrisonerRecord[], intro: string) => {
    const lines: string[] = [intro];
    const entries: MatchedEntry[] = people.map((rec, i) => {
      const { facts, text } = describeAt(rec, lifeOf(rec), at, r);
      lines.push(`${i + 1}. ${text}`);
      return {
        seq: i + 1, facts, source: { paragraph: i + 2, text: `${i + 1}. ${text}` },
        recordId: asRecordId(rec.id), decision: 'auto', confidence: 0.99, reason: 'sample history', candidates: [],
      };
    });
    const text = lines.join('\n');
    const stamp = `${isoDay(Math.min(at + 3, until))}T10:00:00.000Z`;
    const docId = insertDocument(db, {
      sha256: createHash('sha256').update(`sample-history:${seed}:${name}:${text}`).digest('hex'),
      fileName: name, kind: 'text', received: isoDay(at), sender, listId: listId ?? undefined, at: stamp, text,
    });
    for (const e of entries) insertMatchedEntry(db, docId, e, stamp);
    nResponses++;
    nEntries += entries.length;
  };

  inTransaction(db, () => {
    // Spread evenly over the years, each at a random day of its share, partners in turn.
    const plans = Array.from({ length: opts.lists }, (_, i) => ({
      partner: partners[i % partners.length],
      day: firstDay + Math.floor(((i + r()) / opts.lists) * span),
    })).sort((a, b) => a.day - b.day);
    for (const { partner, day } of plans) {
      const n = (sessions.get(partner.name) ?? 0) + 1;
      sessions.set(partner.name, n);
      const recipient = partner.name + partner.session(n);
      const waiting = unanswered.get(partner.name) ?? new Set<string>();
      const size = listSize[0] + Math.floor(r() * (listSize[1] - listSize[0] + 1));
      // Still waiting for news of them: listed again (carried forward), then others still in prison.
      const chosen = new Set([...waiting].filter(() => r() < 0.6).slice(0, Math.ceil(size / 2)));
      for (let tries = 0; chosen.size < size && tries < size * 20; tries++) {
        const rec = caseload[Math.floor(r() * caseload.length)];
        const out = lifeOf(rec).out;
        if (!out || out.day > day || r() < 0.05) chosen.add(rec.id);
      }
      const date = isoDay(day);
      const stamp = `${date}T09:00:00.000Z`;
      const listId = createListRow(db, { title: SAMPLE_HISTORY_TITLE, recipient, date, template: 'bilingual-table', at: stamp });
      addListItems(db, listId, [...chosen]);
      freezeList(db, listId, { issuedAt: stamp, records: [...chosen].map((id) => getRecord(db, id)!), files: [] });
      nLists++;
      chosen.forEach((id) => waiting.add(id));
      unanswered.set(partner.name, waiting);

      const answers = r() < Math.min(0.95, partner.answers * scale) ? (r() < 0.12 ? 2 : 1) : 0;
      let at = day;
      for (let k = 0; k < answers; k++) {
        at += 15 + Math.floor(-Math.log(1 - r()) * 120);
        if (at > until) break;
        const people = [...chosen].filter(() => r() < 0.75).map((id) => byId.get(id)!);
        people.forEach((p) => waiting.delete(p.id));
        const sender = SENDERS[Math.floor(r() * SENDERS.length)];
        writeDocument(`sample-history/answer-list-${listId}-${k + 1}.txt`, at, sender, listId, people, `关于${recipient}所提名单的答复`);
      }
    }
    for (let k = 0; k < publicDocuments; k++) {
      const at = firstDay + Math.floor(((k + r()) / publicDocuments) * span);
      // Court rulings published that year: people whose sentence was reduced or who were paroled then.
      const ruledThatYear = (e: Happening) => RULINGS.includes(e.type) && e.day <= at && e.day > at - 365;
      const people = shuffled.filter((rec) => lifeOf(rec).events.some(ruledThatYear)).filter(() => r() < 0.25).slice(0, 8);
      writeDocument(`sample-history/court-rulings-${isoDay(at)}.txt`, at, '裁判文书网 court rulings (public)', null, people, '公开的减刑、假释裁定');
    }
  });
  return { lists: nLists, responses: nResponses, entries: nEntries, skipped: false };
}
