/**
 * From the database as it stood on the as-of date (ReportFacts) to the report's figures. Pure: no database,
 * no clock; the same facts and options give the same report.
 *
 * Rules (the README repeats them): a list counts in the year it was handed over (the date printed on it), a
 * response in the year it was received, a clemency act in the year of its own date. People are counted
 * after merged records are resolved to the record kept. A response answers a partner when it was ingested
 * against one of that partner's lists (`--list`).
 */
import type { ReportDocument, ReportEntry, ReportFacts, ReportList, ReportPerson } from '../model/index.js';
import { dayNumber, yearOf } from './day-interval.js';
import { findClemencyActs, mergeSameEvents, projectTerm, type ClemencyAct, type KnownEvent, type PersonKnowledge } from './clemency.js';
import { dialoguePartner, partnerKey } from './dialogue-partner.js';
import { kaplanMeier, median, wilsonInterval, type Observation } from './stats.js';
import { compareListed } from './compare-listed.js';
import type { Bilingual, Curve, RecipientRow, Report, SenderRow, YearFigures, YearRow } from './types.js';

export interface ReportOptions {
  /** First year shown (default: the first year a list was handed over or a response received). */
  from?: number;
  /** Last year shown (default: the as-of year). */
  to?: number;
  /** Only this dialogue partner: matched against the partner's name and the recipients as written (case and dashes aside). */
  recipient?: string;
  /** A list is overdue after this many days without an answer. */
  days?: number;
  /** People listed at least this many times and never answered are overdue. */
  minListed?: number;
}

/** Resolves merged records to the record kept, following chains (A -> B -> C) and stopping on a loop. */
export function makeResolver(redirects: readonly { from: string; to: string }[]): (id: string) => string {
  const next = new Map(redirects.map((r) => [r.from, r.to]));
  return (id) => {
    const seen = new Set<string>();
    let at = id;
    while (next.has(at) && !seen.has(at)) {
      seen.add(at);
      at = next.get(at)!;
    }
    return at;
  };
}

/** Each person's events (from every accepted answer up to the as-of date), term and clemency. */
export function gatherKnowledge(
  facts: ReportFacts, resolve: (id: string) => string, people: ReadonlyMap<string, ReportPerson>,
): Map<string, PersonKnowledge> {
  const docReceived = new Map(facts.documents.map((d) => [d.id, d.received]));
  const entryDoc = new Map(facts.entries.map((e) => [e.id, e.documentId]));
  const raw = new Map<string, KnownEvent[]>();
  for (const ev of facts.events) {
    const id = resolve(ev.recordId);
    const documentId = entryDoc.get(ev.entryId);
    if (documentId === undefined) continue;
    const list = raw.get(id) ?? [];
    list.push({ type: ev.type, date: ev.date, months: ev.months, received: docReceived.get(documentId)!, documents: [documentId] });
    raw.set(id, list);
  }
  const stated = new Map<string, (Pick<ReportEntry, 'termEnds' | 'sentence'> & { received: string })[]>();
  for (const e of facts.entries) {
    if (!e.termEnds && !e.sentence) continue;
    const id = resolve(e.recordId);
    const list = stated.get(id) ?? [];
    list.push({ termEnds: e.termEnds, sentence: e.sentence, received: docReceived.get(e.documentId)! });
    stated.set(id, list);
  }
  const out = new Map<string, PersonKnowledge>();
  for (const id of new Set([...raw.keys(), ...stated.keys()])) {
    const events = mergeSameEvents(raw.get(id) ?? []);
    const person = people.get(id);
    const term = projectTerm({ detained: person?.detained, sentence: person?.sentence, stated: stated.get(id) ?? [], events });
    out.set(id, { events, term, acts: findClemencyActs(events, term) });
  }
  return out;
}

const countDistinct = <T>(xs: Iterable<T>): number => new Set(xs).size;

export function computeReport(facts: ReportFacts, opts: ReportOptions = {}): Report {
  const { days = 180, minListed = 2 } = opts;
  const asOfDay = dayNumber(facts.asOf);
  const resolve = makeResolver(facts.redirects);
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const knowledge = gatherKnowledge(facts, resolve, people);

  // Scope: the partner asked for (or all); responses in scope are those answering its lists.
  const wanted = opts.recipient ? partnerKey(opts.recipient) : null;
  const inScope = (recipient: string) =>
    !wanted || partnerKey(dialoguePartner(recipient)).includes(wanted) || partnerKey(recipient).includes(wanted);
  const lists = facts.lists.filter((l) => inScope(l.recipient)).sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  const listIds = new Set(lists.map((l) => l.id));
  const documents = facts.documents.filter((d) => !wanted || (d.listId !== null && listIds.has(d.listId)));
  const docIds = new Set(documents.map((d) => d.id));
  const entries = facts.entries.filter((e) => docIds.has(e.documentId)).map((e) => ({ ...e, person: resolve(e.recordId) }));
  const docById = new Map(documents.map((d) => [d.id, d]));

  const onList = new Map<number, Set<string>>();
  for (const it of facts.listItems) {
    if (!listIds.has(it.listId)) continue;
    const set = onList.get(it.listId) ?? new Set<string>();
    set.add(resolve(it.recordId));
    onList.set(it.listId, set);
  }
  const firstListed = new Map<string, string>();
  for (const l of lists) for (const id of onList.get(l.id) ?? []) if (!firstListed.has(id)) firstListed.set(id, l.date);

  // Clemency acts told by responses in scope.
  const acts: { person: string; act: ClemencyAct }[] = [];
  for (const [person, k] of knowledge) for (const act of k.acts) if (act.documents.some((d) => docIds.has(d))) acts.push({ person, act });

  // Years shown.
  const years = [...lists.map((l) => yearOf(l.date)), ...documents.map((d) => yearOf(d.received))];
  const from = opts.from ?? (years.length ? Math.min(...years) : null);
  const to = opts.to ?? (from !== null ? yearOf(facts.asOf) : null);
  const inRange = (y: number) => from !== null && to !== null && y >= from && y <= to;

  // Each list, response, answer and act filed under its year once; a year's figures then read only its own.
  const byYear = <T>(items: readonly T[], year: (x: T) => number | undefined) => {
    const m = new Map<number, T[]>();
    for (const x of items) {
      const y = year(x);
      if (y === undefined) continue;
      const bucket = m.get(y);
      if (bucket) bucket.push(x);
      else m.set(y, [x]);
    }
    return m;
  };
  const receivedYear = new Map(documents.map((d) => [d.id, yearOf(d.received)]));
  const listsIn = byYear(lists, (l) => yearOf(l.date));
  const docsIn = byYear(documents, (d) => yearOf(d.received));
  const newsIn = byYear(entries.filter((e) => e.hasFact), (e) => receivedYear.get(e.documentId));
  const actsIn = byYear(acts, (a) => (a.act.date ? yearOf(a.act.date) : undefined));
  const firstIn = byYear([...firstListed.values()], yearOf);
  const figures = (years: number[]): YearFigures => {
    const all = <T>(m: Map<number, T[]>) => years.flatMap((y) => m.get(y) ?? []);
    const dated = all(actsIn);
    return {
      lists: all(listsIn).length,
      namesListed: countDistinct(all(listsIn).flatMap((l) => [...(onList.get(l.id) ?? [])])),
      newNames: all(firstIn).length,
      responses: all(docsIn).length,
      namesWithNews: countDistinct(all(newsIn).map((e) => e.person)),
      clemencyActs: dated.length,
      namesWithClemency: countDistinct(dated.map((a) => a.person)),
    };
  };
  const shownYears = from !== null && to !== null ? Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k) : [];
  const yearRows: YearRow[] = shownYears.map((year) => ({ year, ...figures([year]) }));
  const total = { ...figures(shownYears), undatedClemencyActs: acts.filter((a) => !a.act.date).length };

  // Lists handed over in the years shown: per partner, answers, waiting times.
  const shown = lists.filter((l) => inRange(yearOf(l.date)));
  const answersTo = new Map<number, string[]>();
  for (const d of documents) {
    if (d.listId !== null && listIds.has(d.listId)) answersTo.set(d.listId, [...(answersTo.get(d.listId) ?? []), d.received]);
  }
  for (const received of answersTo.values()) received.sort();
  const firstAnswer = (listId: number) => answersTo.get(listId)?.[0];
  const observe = (l: { id: number; date: string }): Observation => {
    const first = firstAnswer(l.id);
    // An answer recorded as received before the list's date counts as answered the same day.
    if (!first) return { time: asOfDay - dayNumber(l.date), event: false };
    return { time: Math.max(0, dayNumber(first) - dayNumber(l.date)), event: true };
  };
  const answeredAbout = (ls: readonly number[]) => {
    const set = new Set(ls);
    const answering = entries.filter((e) => {
      const d = docById.get(e.documentId)!;
      return d.listId !== null && set.has(d.listId);
    });
    return new Set(answering.map((e) => e.person));
  };

  const byPartner = new Map<string, { name: string; written: Map<string, number>; lists: ReportList[] }>();
  for (const l of shown) {
    const name = dialoguePartner(l.recipient);
    const key = partnerKey(name);
    const g = byPartner.get(key) ?? { name, written: new Map<string, number>(), lists: [] as ReportList[] };
    g.written.set(l.recipient, (g.written.get(l.recipient) ?? 0) + 1);
    g.lists.push(l);
    byPartner.set(key, g);
  }
  const recipients: RecipientRow[] = [...byPartner.values()].map((g) => {
    const ids = g.lists.map((l) => l.id);
    const answered = g.lists.filter((l) => firstAnswer(l.id));
    const listed = new Set(ids.flatMap((id) => [...(onList.get(id) ?? [])]));
    const told = answeredAbout(ids);
    return {
      recipient: g.name,
      writtenAs: [...g.written.keys()].sort(),
      lists: g.lists.length,
      namesListed: listed.size,
      responses: ids.reduce((n, id) => n + (answersTo.get(id)?.length ?? 0), 0),
      listsAnswered: answered.length,
      answerRate: wilsonInterval(answered.length, g.lists.length),
      medianDaysToAnswer: median(answered.map((l) => observe(l).time)),
      namesNeverAnswered: [...listed].filter((id) => !told.has(id)).length,
    };
  }).sort((a, b) => b.lists - a.lists || a.recipient.localeCompare(b.recipient));

  const senders = describeSenders(documents.filter((d) => inRange(yearOf(d.received))), entries);

  const curve = (ls: readonly { id: number; date: string }[]): Curve => {
    const obs = ls.map(observe);
    const km = kaplanMeier(obs);
    const answered = obs.filter((o) => o.event).length;
    return { lists: obs.length, answered, waiting: obs.length - answered, medianDays: km.median, steps: km.steps };
  };
  const responsiveness = {
    ...curve(shown),
    byRecipient: [...byPartner.values()].map((g) => ({ recipient: g.name, ...curve(g.lists) }))
      .sort((a, b) => b.lists - a.lists || a.recipient.localeCompare(b.recipient)),
  };

  // Overdue: lists waiting longer than `days`; people listed `minListed` times or more whom no answer mentions.
  const overdueLists = shown.filter((l) => !firstAnswer(l.id) && asOfDay - dayNumber(l.date) >= days)
    .map((l) => ({ id: l.id, recipient: l.recipient, title: l.title, date: l.date, days: asOfDay - dayNumber(l.date) }))
    .sort((a, b) => b.days - a.days || a.id - b.id);
  const timesListed = new Map<string, { n: number; last: string }>();
  for (const l of shown) for (const id of onList.get(l.id) ?? []) {
    const t = timesListed.get(id) ?? { n: 0, last: l.date };
    timesListed.set(id, { n: t.n + 1, last: l.date > t.last ? l.date : t.last });
  }
  const everAnswered = new Set(entries.map((e) => e.person));
  const overduePeople = [...timesListed].filter(([id, t]) => t.n >= minListed && !everAnswered.has(id))
    .map(([id, t]) => ({ id, name: people.get(id)?.name ?? '', timesListed: t.n, lastListed: t.last }))
    .sort((a, b) => b.timesListed - a.timesListed || a.id.localeCompare(b.id));

  const impact = compareListed({
    facts, resolve, people, knowledge, asOfDay,
    period: from !== null && to !== null ? { from: `${from}-01-01`, to: [`${to}-12-31`, facts.asOf].sort()[0] } : null,
    firstListed,
    everListed: new Set(facts.listItems.map((i) => resolve(i.recordId))),
    withNews: new Set(facts.entries.filter((e) => e.hasFact).map((e) => resolve(e.recordId))),
  });

  return {
    asOf: facts.asOf, from, to, recipientFilter: opts.recipient ?? null,
    years: yearRows, total, recipients, senders, responsiveness, impact,
    overdue: { days, minListed, lists: overdueLists, people: overduePeople },
    leftOut: facts.leftOut,
    notes: describeNotes(facts, lists, documents),
  };
}

function describeSenders(documents: ReportDocument[], entries: readonly (ReportEntry & { person: string })[]): SenderRow[] {
  const groups = new Map<string, ReportFacts['documents']>();
  for (const d of documents) {
    const key = d.sender?.trim() || '(not recorded)';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups].map(([sender, ds]) => {
    const ids = new Set(ds.map((d) => d.id));
    const mine = entries.filter((e) => ids.has(e.documentId));
    const received = ds.map((d) => d.received).sort();
    return {
      sender, responses: ds.length,
      listsAnswered: countDistinct(ds.filter((d) => d.listId !== null).map((d) => d.listId)),
      entries: mine.length,
      namesWithNews: countDistinct(mine.filter((e) => e.hasFact).map((e) => e.person)),
      firstReceived: received[0], lastReceived: received[received.length - 1],
    };
  }).sort((a, b) => b.responses - a.responses || a.sender.localeCompare(b.sender));
}

function describeNotes(facts: ReportFacts, lists: ReportFacts['lists'], documents: ReportFacts['documents']): Bilingual[] {
  const notes: Bilingual[] = [];
  const { lists: l, documents: d, decisions, events } = facts.leftOut;
  if (l + d + decisions + events) {
    notes.push({
      zh: `截至 ${facts.asOf} 之后的内容未计入：名单 ${l} 份、答复 ${d} 份、匹配决定 ${decisions} 项、事件 ${events} `
        + `项。`,
      en: `Left out as dated or recorded after ${facts.asOf}: ${l} lists, ${d} responses, ${decisions} match `
        + `decisions, ${events} events.`,
    });
  }
  if (facts.unreadableReceived) {
    notes.push({
      zh: `${facts.unreadableReceived} 份答复的收到日期无法识别（应为 YYYY-MM-DD），按导入当天计算。`,
      en: `${facts.unreadableReceived} responses have a received date that is not YYYY-MM-DD: counted on the day `
        + `they were ingested.`,
    });
  }
  const dateOf = new Map(lists.map((x) => [x.id, x.date]));
  const early = documents.filter((x) => x.listId !== null && dateOf.has(x.listId) && x.received < dateOf.get(x.listId)!).length;
  if (early) {
    notes.push({
      zh: `${early} 份答复的收到日期早于所答名单的日期（已按当天答复计算）：请核对日期。`,
      en: `${early} responses are recorded as received before the list they answer was dated (counted as answered `
        + `that day): check the dates.`,
    });
  }
  return notes;
}
