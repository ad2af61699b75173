/**
 * One person's dossier: every list they were on, every answer about them (document, place in it, the match
 * decisions), every event, the projected end of the term after reductions, and the flags a desk officer acts
 * on ("release due but not confirmed").
 */
import type { DossierFacts, ReportFacts } from '../model/index.js';
import { dayNumber, describeInterval } from './day-interval.js';
import { projectTerm, releaseDue } from './clemency.js';
import { gatherKnowledge } from './compute-report.js';
import { eventLabel } from './labels.js';
import type { Bilingual, Dossier, DossierItem } from './types.js';

const KIND_ORDER = { list: 0, answer: 1, event: 2 } as const;

const describeSentence = (s: NonNullable<DossierFacts['person']['sentence']>) => (s.kind === 'fixed' ? `${s.months ?? '?'} months` : s.kind);

function describeDecision(d: DossierFacts['answers'][number]['decisions'][number], self: ReadonlySet<string>): string {
  const who = d.recordId === null ? 'no record' : self.has(d.recordId) ? 'this person' : d.recordId;
  const when = d.at.slice(0, 10);
  switch (d.decision) {
    case 'auto': return `matched to ${who} by the machine (${d.confidence.toFixed(2)}, ${when})`;
    case 'accepted': return `accepted as ${who} by ${d.by} (${when})`;
    case 'review': return `waiting for review, best candidate ${who} (${d.confidence.toFixed(2)}, ${when})`;
    case 'rejected': return `rejected ${who} by ${d.by} (${when})`;
    case 'none': return `no record matched (${when})`;
    default: return `${d.decision} ${who} by ${d.by} (${when})`;
  }
}

const place = (a: DossierFacts['answers'][number]): string => [
  a.page !== undefined ? `page ${a.page}` : '',
  a.row !== undefined ? `row ${a.row}` : '',
  a.paragraph !== undefined ? `paragraph ${a.paragraph}` : '',
].filter(Boolean).join(', ');

const TERM_EXPLANATIONS: Record<string, Bilingual> = {
  stated: { zh: '按答复所述刑满日期，减去其后的减刑', en: 'the end an answer stated, less reductions ruled after it' },
  commuted: { zh: '自改判之日起按新刑期计算，减去其后的减刑', en: 'the new term counted from the commutation, less later reductions' },
  detention: { zh: '自羁押之日起按刑期计算，减去已知减刑', en: 'the sentence counted from detention, less the reductions known' },
  sentencing: { zh: '羁押日期不详，自判决之日起计算：实际刑满日期不晚于此', en: 'detention date unknown, counted from sentencing: the real end is no later than this' },
  no_fixed_term: { zh: '无期徒刑或死缓，且无改判消息：没有刑满日期', en: 'life or death with reprieve and no commutation known: no end date' },
  no_sentence: { zh: '刑期不详', en: 'sentence unknown' },
  no_start: { zh: '羁押和判决日期都不详，无法推算刑满日期', en: 'neither detention nor sentencing date known: no end can be projected' },
};

export function composeDossier(f: DossierFacts): Dossier {
  const id = f.person.id;
  const self = new Set([id, ...f.mergedIds]);
  const asOfDay = dayNumber(f.asOf);
  const documents = [...new Map(f.answers.map((a) => [a.document.id, a.document])).values()];
  const facts: ReportFacts = {
    asOf: f.asOf, lists: [], listItems: [], documents, entries: f.accepted, events: f.events, people: [f.person],
    redirects: [], leftOut: { lists: 0, documents: 0, decisions: 0, events: 0 },
  };
  const k = gatherKnowledge(facts, () => id, new Map([[id, f.person]])).get(id);
  const events = k?.events ?? [];
  // Nothing told about the person: the term from the record alone.
  const term = k?.term ?? projectTerm({ detained: f.person.detained, sentence: f.person.sentence, stated: [], events: [] });
  const acts = k?.acts ?? [];
  const fileOf = new Map(documents.map((d) => [d.id, d.fileName]));

  const timeline: DossierItem[] = [
    ...f.lists.map((l) => ({
      date: l.date, kind: 'list' as const,
      text: `on list ${l.id} "${l.title}" to ${l.recipient} (no. ${l.position}${l.recordId !== id ? `, as ${l.recordId}` : ''})`,
      source: `list ${l.id}`,
    })),
    ...f.answers.map((a) => ({
      date: a.document.received, kind: 'answer' as const,
      text: `"${a.nameWritten}"${a.status ? ` (${a.status})` : ''}: ${a.decisions.map((d) => describeDecision(d, self)).join('; then ')}`,
      source: `${a.document.fileName}${place(a) ? `, ${place(a)}` : ''}${a.document.sender ? ` · from ${a.document.sender}` : ''}`,
    })),
    ...events.map((e) => ({
      date: e.date?.value ?? null, kind: 'event' as const,
      text: `${eventLabel(e.type).en} / ${eventLabel(e.type).zh}${e.months ? ` (${e.months} months)` : ''}`,
      source: (e.documents ?? []).map((d) => fileOf.get(d) ?? `document ${d}`).join(', '),
    })),
  ].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);

  const due = releaseDue(term, events, f.person.status, asOfDay);
  const end = term.end ? describeInterval(term.end) : null;
  const flags: Bilingual[] = [];
  if (due === 'due') {
    flags.push({ zh: `应已刑满释放但未获证实：推算刑满日期 ${end}，尚无答复说明已释放。`, en: `Release due but not confirmed: the term ended ${end} (projected) and no answer says the person was released.` });
  } else if (due === 'maybe') {
    flags.push({ zh: `可能已刑满（${end}），尚未证实释放。`, en: `The term may have ended (${end}); release not confirmed.` });
  }
  const answered = f.accepted.length;
  const timesListed = new Set(f.lists.map((l) => l.id)).size;
  if (timesListed >= 2 && !answered) {
    flags.push({ zh: `列入名单 ${timesListed} 次，从未获答复。`, en: `Listed ${timesListed} times and never answered.` });
  }
  const explanation = TERM_EXPLANATIONS[term.basis ?? term.unknown ?? 'no_sentence'];
  return {
    asOf: f.asOf, id, ...(f.asked !== id ? { askedAs: f.asked } : {}), mergedIds: f.mergedIds,
    name: f.person.name,
    ...(f.person.sentence ? { sentence: describeSentence(f.person.sentence) } : {}),
    ...(f.person.detained ? { detained: f.person.detained.value } : {}),
    ...(f.person.status ? { status: f.person.status } : {}),
    timesListed, answers: answered, timeline,
    clemency: acts.map((a) => ({ type: a.type, date: a.date?.value ?? null, ...(a.months ? { months: a.months } : {}) })),
    term: { end, basis: term.basis, reducedMonths: term.reducedMonths, explanation },
    releaseDue: due, flags,
  };
}
