/**
 * A person's term and clemency, from what the record holds and what accepted answers said.
 *
 * Clemency acts: a sentence reduction, a commutation, parole, medical parole, and a release before the
 * term's known end (after the reductions known at the time) that no parole explains. The same act told by
 * two answers is one act.
 */
import type { PartialDate, SentenceKind } from '../model/index.js';
import { dayInterval, dayNumber, shiftInterval, type DayInterval } from './day-interval.js';

export const CLEMENCY_EVENT_TYPES: readonly string[] = ['sentence_reduced', 'commuted', 'paroled', 'medical_parole'];
export type ClemencyType = 'sentence_reduced' | 'commuted' | 'paroled' | 'medical_parole' | 'released_early';

/** An event as an answer told it, with the day that answer was received. */
export interface KnownEvent {
  type: string;
  date?: PartialDate;
  months?: number;
  received: string;
  /** The documents that told it. */
  documents?: number[];
}

const PRECISION_RANK: Record<string, number> = { day: 3, month: 2, year: 1 };
const rank = (e: KnownEvent): number => (e.date ? PRECISION_RANK[e.date.precision] ?? 1 : 0);

/** Two dates that may be the same day: one is the other written less precisely ("2020" and "2020-05"). */
function sameWhen(a?: PartialDate, b?: PartialDate): boolean {
  if (!a || !b) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/**
 * One event per act: an event agreeing in type, date (one a less precise writing of the other, or undated)
 * and months with one already kept is the same act told again. The most precise telling is kept.
 */
export function mergeSameEvents(events: readonly KnownEvent[]): KnownEvent[] {
  const ordered = [...events].sort((x, y) =>
    rank(y) - rank(x) || x.received.localeCompare(y.received) || (x.date?.value ?? '').localeCompare(y.date?.value ?? ''));
  const sameMonths = (a: KnownEvent, b: KnownEvent) => a.months === undefined || b.months === undefined || a.months === b.months;
  const kept: KnownEvent[] = [];
  for (const e of ordered) {
    const same = kept.find((k) => k.type === e.type && sameWhen(k.date, e.date) && sameMonths(k, e));
    if (!same) kept.push({ ...e, documents: [...(e.documents ?? [])] });
    else {
      same.months ??= e.months;
      if (e.received < same.received) same.received = e.received;
      for (const d of e.documents ?? []) if (!same.documents!.includes(d)) same.documents!.push(d);
    }
  }
  return kept.sort((x, y) => (x.date?.value ?? '9999').localeCompare(y.date?.value ?? '9999') || x.type.localeCompare(y.type));
}

export interface TermInput {
  detained?: PartialDate;
  sentence?: { kind: SentenceKind; months?: number };
  /** Terms' ends and sentences stated by accepted answers, with the day each answer was received. */
  stated: { termEnds?: PartialDate; sentence?: { kind: SentenceKind; months?: number }; received: string }[];
  /** Merged events (see mergeSameEvents). */
  events: readonly KnownEvent[];
}

/**
 * Where the end of the term comes from: stated by an answer; a commutation to a fixed term (counted from
 * its date); the sentence counted from detention; or, detention unknown, from sentencing, which gives only
 * a latest possible end (the term counts from detention, which comes first).
 */
export type TermBasis = 'stated' | 'commuted' | 'detention' | 'sentencing';

export interface Term {
  end: DayInterval | null;
  basis: TermBasis | null;
  /** Months of reductions taken off the end. */
  reducedMonths: number;
  /** Why there is no end, when there is none. */
  unknown?: 'no_fixed_term' | 'no_sentence' | 'no_start';
}

const latest = <T>(xs: T[], key: (x: T) => string): T | undefined => [...xs].sort((a, b) => key(b).localeCompare(key(a)))[0];

/** Reductions ruled strictly after a day (those the starting point does not already include). */
function reductionsAfter(events: readonly KnownEvent[], day: number): number {
  const later = events.filter((e) => e.type === 'sentence_reduced' && e.months && e.date && dayInterval(e.date).lo > day);
  return later.reduce((s, e) => s + e.months!, 0);
}

/** The projected end of the term after the reductions known. */
export function projectTerm(input: TermInput): Term {
  const { events } = input;
  const stated = latest(input.stated.filter((s) => s.termEnds), (s) => s.received);
  if (stated?.termEnds) {
    const reduced = reductionsAfter(events, dayNumber(stated.received));
    return { end: shiftInterval(dayInterval(stated.termEnds), -reduced), basis: 'stated', reducedMonths: reduced };
  }
  const commuted = latest(events.filter((e) => e.type === 'commuted' && e.months && e.date), (e) => e.date!.value);
  if (commuted) {
    const from = dayInterval(commuted.date!);
    const reduced = reductionsAfter(events, from.hi);
    return { end: shiftInterval(from, commuted.months! - reduced), basis: 'commuted', reducedMonths: reduced };
  }
  const sentence = latest(input.stated.filter((s) => s.sentence), (s) => s.received)?.sentence ?? input.sentence;
  if (!sentence) return { end: null, basis: null, reducedMonths: 0, unknown: 'no_sentence' };
  if (sentence.kind !== 'fixed' || !sentence.months) return { end: null, basis: null, reducedMonths: 0, unknown: 'no_fixed_term' };
  const reduced = events.filter((e) => e.type === 'sentence_reduced' && e.months).reduce((s, e) => s + e.months!, 0);
  const sentenced = latest(events.filter((e) => e.type === 'sentenced' && e.date), (e) => e.date!.value);
  // The detention that began this term: the latest one not after the (latest) sentencing.
  const told = events.filter((e) => e.type === 'detained' && e.date).map((e) => e.date!);
  const detentions = [...(input.detained ? [input.detained] : []), ...told]
    .filter((d) => !sentenced || dayInterval(d).lo <= dayInterval(sentenced.date!).hi);
  const detained = latest(detentions, (d) => d.value);
  if (detained) return { end: shiftInterval(dayInterval(detained), sentence.months - reduced), basis: 'detention', reducedMonths: reduced };
  if (sentenced) {
    const end = shiftInterval(dayInterval(sentenced.date!), sentence.months - reduced);
    return { end: { lo: -Infinity, hi: end.hi }, basis: 'sentencing', reducedMonths: reduced };
  }
  return { end: null, basis: null, reducedMonths: 0, unknown: 'no_start' };
}

export interface ClemencyAct {
  type: ClemencyType;
  date?: PartialDate;
  months?: number;
  /** The day the first answer telling it was received. */
  received: string;
  documents: number[];
}

/** The clemency acts among a person's merged events, given the term projected from them. */
export function findClemencyActs(events: readonly KnownEvent[], term: Term): ClemencyAct[] {
  const acts: ClemencyAct[] = events.filter((e) => CLEMENCY_EVENT_TYPES.includes(e.type))
    .map((e) => ({ type: e.type as ClemencyType, date: e.date, months: e.months, received: e.received, documents: e.documents ?? [] }));
  const paroles = acts.filter((a) => a.type === 'paroled' || a.type === 'medical_parole');
  const exactEnd = term.end && Number.isFinite(term.end.lo) ? term.end : null;
  for (const r of events.filter((e) => e.type === 'released' && e.date)) {
    const release = dayInterval(r.date!);
    const explained = paroles.some((p) => !p.date || dayInterval(p.date).lo <= release.hi);
    if (exactEnd && release.hi < exactEnd.lo && !explained) {
      acts.push({ type: 'released_early', date: r.date, received: r.received, documents: r.documents ?? [] });
    }
  }
  return acts.sort((x, y) => (x.date?.value ?? '9999').localeCompare(y.date?.value ?? '9999') || x.type.localeCompare(y.type));
}

/** What is known about one person: merged events, projected term, clemency acts. */
export interface PersonKnowledge {
  events: KnownEvent[];
  term: Term;
  acts: ClemencyAct[];
}

const OUT_TYPES = new Set(['released', 'paroled', 'medical_parole', 'died']);
const OUT_STATUSES = new Set(['released', 'paroled', 'medical_parole', 'deceased']);

/**
 * "Release due but not confirmed": the term's latest possible end has passed and nothing says the person
 * is out (no release, parole or death told, and the record's status is not one of those).
 * `maybe` when the end may have passed (its interval straddles the day).
 */
export function releaseDue(term: Term, events: readonly KnownEvent[], status: string | undefined, asOfDay: number): 'due' | 'maybe' | null {
  if (!term.end || events.some((e) => OUT_TYPES.has(e.type)) || (status && OUT_STATUSES.has(status))) return null;
  if (term.end.hi < asOfDay) return 'due';
  if (term.end.lo <= asOfDay) return 'maybe';
  return null;
}

/** Whole calendar months between two days, rounded down (for time served); 0 when `to` comes first. */
export function monthsBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const [a, b] = [new Date(from * 86_400_000), new Date(to * 86_400_000)];
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return b.getUTCDate() < a.getUTCDate() ? months - 1 : months;
}
