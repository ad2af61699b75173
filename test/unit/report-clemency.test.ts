import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../../src/model/index.js';
import {
  addMonths, dayInterval, dayNumber, describeInterval, dialoguePartner, findClemencyActs, isoDay, mergeSameEvents, monthsBetween, projectTerm,
  releaseDue,
  type KnownEvent,
} from '../../src/report/index.js';

const d = (value: string): PartialDate => ({ value, precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day' });
const ev = (type: string, date?: string, extra: Partial<KnownEvent> = {}): KnownEvent => ({ type, ...(date ? { date: d(date) } : {}), received: '2025-01-01', ...extra });
const span = (i: { lo: number; hi: number }) => [Number.isFinite(i.lo) ? isoDay(i.lo) : '-inf', isoDay(i.hi)];

describe('dates known to a year, a month or a day', () => {
  it('become intervals of days', () => {
    expect(span(dayInterval('2020'))).toEqual(['2020-01-01', '2020-12-31']);
    expect(span(dayInterval('2024-02'))).toEqual(['2024-02-01', '2024-02-29']);
    expect(span(dayInterval(d('2021-06-15')))).toEqual(['2021-06-15', '2021-06-15']);
  });
  it('move by calendar months as sentences are counted', () => {
    expect(isoDay(addMonths(dayNumber('2015-01-31'), 1))).toBe('2015-02-28');
    expect(isoDay(addMonths(dayNumber('2015-01-01'), 120 - 12))).toBe('2024-01-01');
    expect(isoDay(addMonths(dayNumber('2024-03-31'), -13))).toBe('2023-02-28');
  });
  it('are written back to the precision known', () => {
    expect(describeInterval(dayInterval('2026-03'))).toBe('2026-03');
    expect(describeInterval(dayInterval('2026'))).toBe('2026');
    expect(describeInterval({ lo: dayNumber('2026-03-05'), hi: dayNumber('2026-04-05') })).toBe('2026-03-05 – 2026-04-05');
    expect(describeInterval({ lo: -Infinity, hi: dayNumber('2026-04-05') })).toBe('≤ 2026-04-05');
  });
});

describe('one act told by two answers is one act', () => {
  it('keeps the most precise telling, and keeps acts that differ', () => {
    const merged = mergeSameEvents([
      ev('sentence_reduced', '2020', { months: 10, received: '2021-01-01', documents: [1] }),
      ev('sentence_reduced', '2020-05', { months: 10, received: '2022-01-01', documents: [2] }),
      ev('sentence_reduced', '2018-06', { months: 8, documents: [1] }),
      ev('sentence_reduced', '2018-06', { months: 12, documents: [3] }),
      ev('sentenced', '1999-08'),
      ev('sentenced', '2011-03-25'),
      ev('paroled'),
      ev('paroled', '2021-09'),
    ]);
    expect(merged.map((e) => [e.type, e.date?.value ?? null, e.months ?? null])).toEqual([
      ['sentenced', '1999-08', null], ['sentenced', '2011-03-25', null], ['sentence_reduced', '2018-06', 8],
      ['sentence_reduced', '2018-06', 12], ['sentence_reduced', '2020-05', 10], ['paroled', '2021-09', null],
    ]);
    // The earliest telling and both documents are kept.
    expect(merged.find((e) => e.date?.value === '2020-05')).toMatchObject({ received: '2021-01-01', documents: [2, 1] });
  });
});

describe('projected end of the term', () => {
  it('from detention, less reductions', () => {
    const events = [ev('sentence_reduced', '2020-02', { months: 12 })];
    const t = projectTerm({ detained: d('2015-01-01'), sentence: { kind: 'fixed', months: 120 }, stated: [], events });
    expect(t).toMatchObject({ basis: 'detention', reducedMonths: 12 });
    expect(span(t.end!)).toEqual(['2024-01-01', '2024-01-01']);
  });
  it('from sentencing when detention is unknown: only a latest possible end', () => {
    const t = projectTerm({ sentence: { kind: 'fixed', months: 48 }, stated: [], events: [ev('sentenced', '1999-08'), ev('sentenced', '2011-03-25')] });
    expect(t.basis).toBe('sentencing');
    expect(span(t.end!)).toEqual(['-inf', '2015-03-25']);
  });
  it('a stated end wins, less reductions ruled after the answer that stated it', () => {
    const events = [ev('sentence_reduced', '2022-05', { months: 6 }), ev('sentence_reduced', '2020-01', { months: 12 })];
    const t = projectTerm({ detained: d('2015-01-01'), sentence: { kind: 'fixed', months: 120 }, stated: [{ termEnds: d('2024-06-30'), received: '2021-03-01' }], events });
    expect(t).toMatchObject({ basis: 'stated', reducedMonths: 6 });
    expect(span(t.end!)).toEqual(['2023-12-30', '2023-12-30']);
  });
  it('a commutation to a fixed term counts from its date; life without one has no end', () => {
    const t = projectTerm({ sentence: { kind: 'life' }, stated: [], events: [ev('commuted', '2021-01', { months: 240 })] });
    expect(t.basis).toBe('commuted');
    expect(span(t.end!)).toEqual(['2041-01-01', '2041-01-31']);
    expect(projectTerm({ sentence: { kind: 'life' }, stated: [], events: [] })).toMatchObject({ end: null, unknown: 'no_fixed_term' });
    expect(projectTerm({ stated: [], events: [] })).toMatchObject({ end: null, unknown: 'no_sentence' });
  });
});

describe('clemency acts', () => {
  const term = projectTerm({ detained: d('2015-01-01'), sentence: { kind: 'fixed', months: 120 }, stated: [], events: [] });
  it('a release before the known end is clemency; at the end it is not', () => {
    expect(findClemencyActs([ev('released', '2023-06-01')], term).map((a) => a.type)).toEqual(['released_early']);
    expect(findClemencyActs([ev('released', '2025-01-01')], term)).toEqual([]);
    // Released "2024", term ending 2024-06-01: it may have been on the day itself, so it is not surely early.
    expect(findClemencyActs([ev('released', '2024')], projectTerm({ detained: d('2014-06-01'), sentence: { kind: 'fixed', months: 120 }, stated: [], events: [] }))).toEqual([]);
  });
  it('a release parole explains is not counted twice; reductions and paroles are acts', () => {
    const acts = findClemencyActs([ev('sentence_reduced', '2019-05', { months: 8 }), ev('paroled', '2021-09'), ev('released', '2022-02-01')], term);
    expect(acts.map((a) => a.type)).toEqual(['sentence_reduced', 'paroled']);
  });
  it('with only a latest possible end (from sentencing), no release is called early', () => {
    const latestOnly = projectTerm({ sentence: { kind: 'fixed', months: 48 }, stated: [], events: [ev('sentenced', '2011-03-25')] });
    expect(findClemencyActs([ev('released', '2013-01-01')], latestOnly)).toEqual([]);
  });
});

describe('release due but not confirmed', () => {
  const term = projectTerm({ detained: d('2015-01-01'), sentence: { kind: 'fixed', months: 120 }, stated: [], events: [] });
  it('flags a passed end with no release told', () => {
    expect(releaseDue(term, [], 'serving', dayNumber('2025-06-30'))).toBe('due');
    expect(releaseDue(term, [], 'serving', dayNumber('2024-12-31'))).toBeNull();
    expect(releaseDue(term, [ev('released', '2025-01-01')], 'serving', dayNumber('2025-06-30'))).toBeNull();
    expect(releaseDue(term, [], 'released', dayNumber('2025-06-30'))).toBeNull();
  });
  it('says maybe while the end may or may not have passed', () => {
    const yearOnly = projectTerm({ detained: d('2015'), sentence: { kind: 'fixed', months: 120 }, stated: [], events: [] });
    expect(releaseDue(yearOnly, [], 'serving', dayNumber('2025-06-30'))).toBe('maybe');
  });
});

describe('dialogue partner', () => {
  it.each([
    ['EU-China Human Rights Dialogue, 38th session', 'EU-China Human Rights Dialogue'],
    ['Switzerland–China Human Rights Dialogue (round 13)', 'Switzerland–China Human Rights Dialogue'],
    ['Germany–China Human Rights Dialogue, 15th round', 'Germany–China Human Rights Dialogue'],
    ['中欧人权对话第38次会议', '中欧人权对话'],
    ['澳中人权对话（第十九次）', '澳中人权对话'],
    ['UK FCDO', 'UK FCDO'],
    ['Dialogue 2019', 'Dialogue'],
  ])('%s -> %s', (recipient, partner) => expect(dialoguePartner(recipient)).toBe(partner));
});

describe('time served', () => {
  it('counts whole calendar months', () => {
    expect(monthsBetween(dayNumber('2015-01-01'), dayNumber('2020-05-10'))).toBe(64);
    expect(monthsBetween(dayNumber('2018-06-01'), dayNumber('2020-05-10'))).toBe(23);
    expect(monthsBetween(dayNumber('2020-03-15'), dayNumber('2020-04-14'))).toBe(0);
    expect(monthsBetween(dayNumber('2020-03-01'), dayNumber('2020-01-01'))).toBe(0);
  });
});
