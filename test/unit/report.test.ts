/**
 * The report over the worked example (test/helpers/report-db.ts), every figure worked out by hand:
 *
 * As of 2021-12-31: lists L1 (A, 2020-05-10: P1 P2 P3), L2 (B, 2020-11-01: P6=P1, P4), L3 (A, 2021-06-01: P1 P4);
 * L4 (2022) and the draft are left out. Responses: D1 2020-07-09 answers L1 (P1 reduction 2020-02, P2 parole
 * 2020-06-15, an unmatched name), D2 2021-02-01 answers L2 (P4 commuted 2021-01, accepted by a person on
 * 2021-02-10), D4 2021-08-01 from a public source (P5 reduction 2021-07-01); D3 (2022-01-15) is left out.
 *
 *   2020: 2 lists, names {P1 P2 P3 P4} = 4, all new; 1 response; news of P1 P2; acts: P1 reduction, P2 parole.
 *   2021: 1 list, names {P1 P4}, none new; 2 responses; news of P4 P5; acts: P4 commutation, P5 reduction.
 *   Partner A: 2 lists, 4 names, 1 response, 1 of 2 answered: Wilson 50% (9.45%–90.55%); L1 answered after
 *     60 days; P3 and P4 never answered by A. Partner B: 1 of 1 answered (Wilson low 1/(1+z²) = 20.65%),
 *     92 days; P1 never answered by B.
 *   Kaplan–Meier: answered at 60 and 92 days, L3 waiting 213 days (censored): S = 2/3, 1/3, 1/3; median 92.
 *   Impact, 2020-01-01 to 2021-12-31: listed P1 (reduction 2020-02 is before his listing on 2020-05-10: not
 *     counted) P2 (parole: yes) P3 (no) P4 (commuted 2021-01: yes) = 2 of 4; never listed P5 (yes) = 1 of 1;
 *     RR 0.5, Katz se = sqrt(1/2 − 1/4 + 1 − 1) = 0.5: 0.1877–1.3322. Matched on time served only (at the
 *     start of each window: P2 23 months, P3 15, P5 0, all under 2 years; P1 64 months; P4 unknown):
 *     stratum <2y holds 1/2 listed and 1/1 never listed: MH 0.5, se sqrt(0.5): 0.1250–1.9992.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier, buildReport } from '../../src/pipeline/report.js';
import { computeReport, renderReportHtml, renderReportText, renderReportXlsx } from '../../src/report/index.js';
import type { ReportFacts } from '../../src/model/index.js';
import { openDb } from '../../src/store/index.js';
import { decide, workedExample } from '../helpers/report-db.js';

const r4 = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));

describe('report over the worked example, as of 2021-12-31', () => {
  const { db, lists } = workedExample();
  const report = buildReport(db, { asOf: '2021-12-31' });

  it('counts per year and in total', () => {
    expect(report.from).toBe(2020);
    expect(report.to).toBe(2021);
    expect(report.years).toEqual([
      { year: 2020, lists: 2, namesListed: 4, newNames: 4, responses: 1, namesWithNews: 2, clemencyActs: 2, namesWithClemency: 2 },
      { year: 2021, lists: 1, namesListed: 2, newNames: 0, responses: 2, namesWithNews: 2, clemencyActs: 2, namesWithClemency: 2 },
    ]);
    expect(report.total).toEqual({ lists: 3, namesListed: 4, newNames: 4, responses: 3, namesWithNews: 4, clemencyActs: 4, namesWithClemency: 4, undatedClemencyActs: 0 });
  });

  it('counts per dialogue partner, sessions together, with Wilson intervals', () => {
    expect(report.recipients.map((x) => ({ ...x, answerRate: { value: r4(x.answerRate.value), low: r4(x.answerRate.low), high: r4(x.answerRate.high) } }))).toEqual([
      { recipient: 'Partner A', writtenAs: ['Partner A, 1st session', 'Partner A, 2nd session'], lists: 2, namesListed: 4, responses: 1, listsAnswered: 1,
        answerRate: { value: 0.5, low: 0.0945, high: 0.9055 }, medianDaysToAnswer: 60, namesNeverAnswered: 2 },
      { recipient: 'Partner B', writtenAs: ['Partner B'], lists: 1, namesListed: 2, responses: 1, listsAnswered: 1,
        answerRate: { value: 1, low: 0.2065, high: 1 }, medianDaysToAnswer: 92, namesNeverAnswered: 1 },
    ]);
  });

  it('counts per sender', () => {
    expect(report.senders).toEqual([
      { sender: '(not recorded)', responses: 1, listsAnswered: 0, entries: 1, namesWithNews: 1, firstReceived: '2021-08-01', lastReceived: '2021-08-01' },
      { sender: 'Embassy', responses: 1, listsAnswered: 1, entries: 1, namesWithNews: 1, firstReceived: '2021-02-01', lastReceived: '2021-02-01' },
      { sender: 'MFA', responses: 1, listsAnswered: 1, entries: 2, namesWithNews: 2, firstReceived: '2020-07-09', lastReceived: '2020-07-09' },
    ]);
  });

  it('follows time to first answer with the waiting list censored, not dropped', () => {
    const rs = report.responsiveness;
    expect({ lists: rs.lists, answered: rs.answered, waiting: rs.waiting, medianDays: rs.medianDays }).toEqual({ lists: 3, answered: 2, waiting: 1, medianDays: 92 });
    expect(rs.steps.map((s) => [s.time, s.atRisk, s.events, s.censored, r4(s.survival)])).toEqual([[60, 3, 1, 0, 0.6667], [92, 2, 1, 0, 0.3333], [213, 1, 0, 1, 0.3333]]);
    expect(rs.byRecipient.map((c) => [c.recipient, c.lists, c.answered, c.medianDays])).toEqual([['Partner A', 2, 1, 60], ['Partner B', 1, 1, 92]]);
  });

  it('compares clemency among the listed and the never listed, crude and matched, and says the numbers are too few', () => {
    const i = report.impact;
    expect(i.period).toEqual({ from: '2020-01-01', to: '2021-12-31' });
    expect([i.listed.people, i.listed.withClemency, i.listed.withNews]).toEqual([4, 2, 3]);
    expect([i.neverListed.people, i.neverListed.withClemency, i.neverListed.withNews]).toEqual([1, 1, 1]);
    expect([r4(i.riskRatio.value), r4(i.riskRatio.low), r4(i.riskRatio.high)]).toEqual([0.5, 0.1877, 1.3322]);
    expect(i.matched).toMatchObject({ on: ['timeServed'], strata: 1, matchedShare: 0.667, listed: { people: 2, withClemency: 1 }, neverListed: { people: 1, withClemency: 1 } });
    expect(i.matched!.notOn).toEqual([{ covariate: 'sentence', known: 1, reason: 'too_few_to_match' }, { covariate: 'charge', known: 0.6, reason: 'too_few_to_match' }]);
    expect([r4(i.matched!.riskRatio.value), r4(i.matched!.riskRatio.low), r4(i.matched!.riskRatio.high)]).toEqual([0.5, 0.125, 1.9992]);
    expect(i.verdict).toBe('too_few');
    expect(i.verdictText.en).toMatch(/^Too few to conclude\. .*2 of 4 people listed \(50\.0%\) and 1 of 1 never listed/);
    expect(i.biases.map((b) => b.en.split(':')[0])).toEqual(['Who is chosen for lists', 'News learned only through answers to lists', 'Eligibility rules', 'Time at risk', 'Small numbers']);
  });

  it('lists what is overdue', () => {
    expect(report.overdue.lists).toEqual([{ id: lists.L3, recipient: 'Partner A, 2nd session', title: 'Cases', date: '2021-06-01', days: 213 }]);
    expect(report.overdue.people).toEqual([]);
    const once = buildReport(db, { asOf: '2021-12-31', minListed: 1, days: 300 });
    expect(once.overdue.people).toEqual([{ id: 'P3', name: '曾志华', timesListed: 1, lastListed: '2020-05-10' }]);
    expect(once.overdue.lists).toEqual([]);
  });

  it('counts what it leaves out as dated or recorded after the as-of date', () => {
    expect(report.leftOut).toEqual({ lists: 1, documents: 1, decisions: 1, events: 0 });
    expect(report.notes[0].en).toBe('Left out as dated or recorded after 2021-12-31: 1 lists, 1 responses, 1 match decisions, 0 events.');
  });

  it('one partner only: its lists, the answers to them, and the clemency they told', () => {
    const a = buildReport(db, { asOf: '2021-12-31', recipient: 'partner a' });
    expect(a.total).toMatchObject({ lists: 2, namesListed: 4, responses: 1, namesWithNews: 2, clemencyActs: 2 });
    expect(a.recipients.map((x) => x.recipient)).toEqual(['Partner A']);
  });

  it('--from and --to choose the years; totals follow', () => {
    const y = buildReport(db, { asOf: '2021-12-31', from: 2021, to: 2021 });
    expect(y.years.map((x) => x.year)).toEqual([2021]);
    expect(y.total).toMatchObject({ lists: 1, namesListed: 2, newNames: 0, responses: 2 });
    expect(y.impact.period).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  });
});

describe('as of an earlier date', () => {
  it('lists, responses and decisions after the date are left out', () => {
    const { db } = workedExample();
    // On 2021-02-05 the embassy's answer (received 2021-02-01) was in, but nobody had accepted its match yet.
    const r = buildReport(db, { asOf: '2021-02-05' });
    expect(r.total).toEqual({ lists: 2, namesListed: 4, newNames: 4, responses: 2, namesWithNews: 2, clemencyActs: 2, namesWithClemency: 2, undatedClemencyActs: 0 });
    expect(r.recipients.find((x) => x.recipient === 'Partner B')!.namesNeverAnswered).toBe(2);
  });

  it('a list handed over before the date but marked issued in dialist after it is left out', () => {
    const { db } = workedExample();
    db.prepare("UPDATE lists SET issued_at = '2021-03-01T09:00:00.000Z' WHERE recipient = 'Partner B'").run();
    expect(buildReport(db, { asOf: '2021-01-31' }).total.lists).toBe(1);
    expect(buildReport(db, { asOf: '2021-03-01' }).total.lists).toBe(2);
  });

  it('a match undone later is a correction: it is left out of earlier reports too', () => {
    const { db, entries } = workedExample();
    decide(db, entries.E2, { decision: 'review', recordId: 'P2', at: '2022-02-01' });
    const r = buildReport(db, { asOf: '2021-12-31' });
    expect(r.years[0]).toMatchObject({ year: 2020, namesWithNews: 1, clemencyActs: 1 });
  });

  it('the same database and date give the same report, byte for byte', async () => {
    const a = workedExample();
    const b = workedExample();
    const ra = buildReport(a.db, { asOf: '2021-12-31' });
    const rb = buildReport(b.db, { asOf: '2021-12-31' });
    expect(JSON.stringify(ra)).toBe(JSON.stringify(rb));
    expect(await renderReportHtml(ra)).toBe(await renderReportHtml(rb));
  });
});

describe('dossier', () => {
  it('one timeline of lists, answers and events, with the projected end of the term', () => {
    const { db } = workedExample();
    const d = buildDossier(db, 'P1', { asOf: '2021-12-31' })!;
    expect(d).toMatchObject({ id: 'P1', mergedIds: ['P6'], timesListed: 3, answers: 1, releaseDue: null, flags: [] });
    expect(d.timeline.map((t) => [t.date, t.kind])).toEqual([
      ['2020-02', 'event'], ['2020-05-10', 'list'], ['2020-07-09', 'answer'], ['2020-11-01', 'list'], ['2021-06-01', 'list'],
    ]);
    expect(d.timeline[3].text).toContain('as P6');
    expect(d.timeline[2].source).toBe('d1-mfa.txt, row 1 · from MFA');
    expect(d.timeline[2].text).toContain('matched to this person by the machine (0.99, 2020-07-09)');
    // Detained 2015-01-01, ten years, twelve months off.
    expect(d.term).toMatchObject({ end: '2024-01-01', basis: 'detention', reducedMonths: 12 });
    expect(d.clemency).toEqual([{ type: 'sentence_reduced', date: '2020-02', months: 12 }]);
  });

  it('flags a release due but not confirmed; a merged ID leads to the record kept', () => {
    const { db } = workedExample();
    const d = buildDossier(db, 'P6', { asOf: '2024-06-30' })!;
    expect(d.id).toBe('P1');
    expect(d.askedAs).toBe('P6');
    expect(d.releaseDue).toBe('due');
    expect(d.flags[0].en).toBe('Release due but not confirmed: the term ended 2024-01-01 (projected) and no answer says the person was released.');
    expect(d.timeline.filter((t) => t.kind === 'answer')).toHaveLength(2);
  });

  it('an answer waiting for review shows its decisions in order', () => {
    const { db } = workedExample();
    const d = buildDossier(db, 'P4', { asOf: '2021-12-31' })!;
    const answer = d.timeline.find((t) => t.kind === 'answer')!;
    expect(answer.text).toBe('"Ilham" (serving): waiting for review, best candidate this person (0.99, 2021-02-01); then accepted as this person by alice (2021-02-10)');
    expect(d.term).toMatchObject({ basis: 'commuted', end: '2041-01' });
  });

  it('an unknown ID has no dossier', () => {
    const { db } = workedExample();
    expect(buildDossier(db, 'NOPE', { asOf: '2021-12-31' })).toBeUndefined();
  });
});

describe('an empty database', () => {
  const db = openDb(':memory:');
  const r = buildReport(db, { asOf: '2026-11-28' });

  it('has nothing to count and says so', () => {
    expect(r.years).toEqual([]);
    expect(r.from).toBeNull();
    expect(r.total).toEqual({ lists: 0, namesListed: 0, newNames: 0, responses: 0, namesWithNews: 0, clemencyActs: 0, namesWithClemency: 0, undatedClemencyActs: 0 });
    expect(r.recipients).toEqual([]);
    expect(r.responsiveness).toMatchObject({ lists: 0, steps: [], medianDays: null });
    expect(r.impact).toMatchObject({ period: null, verdict: 'too_few', matched: null, riskRatio: { value: null } });
    expect(r.overdue).toEqual({ days: 180, minListed: 2, lists: [], people: [] });
    expect(renderReportText(r)).toContain('nothing to count yet');
  });

  it('renders a page with every chart saying there is no data, and a workbook', async () => {
    const html = await renderReportHtml(r);
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html.match(/尚无数据/g)).toHaveLength(5);
    const xlsx = await renderReportXlsx(r);
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('verdicts', () => {
  /** 40 people listed on 2020-01-01 and 40 never listed; `listed` and `never` of them had a reduction in June 2020. */
  function facts(listed: number, never: number, { newsOfNever = never } = {}): ReportFacts {
    const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(2, '0')}`);
    const [L, N] = [ids('L', 40), ids('N', 40)];
    const reduction = (recordId: string, entryId: number) => ({ entryId, recordId, type: 'sentence_reduced', date: { value: '2020-06', precision: 'month' as const }, months: 6 });
    const entries = [
      ...L.map((id, i) => ({ id: i + 1, documentId: 1, recordId: id, hasFact: true })),
      ...N.slice(0, Math.max(never, newsOfNever)).map((id, i) => ({ id: 100 + i, documentId: 2, recordId: id, hasFact: true })),
    ];
    return {
      asOf: '2020-12-31',
      lists: [{ id: 1, title: 'Cases', recipient: 'Partner A', date: '2020-01-01' }],
      listItems: L.map((recordId) => ({ listId: 1, recordId })),
      documents: [{ id: 1, fileName: 'a', received: '2020-09-01', sender: 'MFA', listId: 1 }, { id: 2, fileName: 'b', received: '2020-10-01', sender: null, listId: null }],
      entries,
      events: [...L.slice(0, listed).map((id, i) => reduction(id, i + 1)), ...N.slice(0, never).map((id, i) => reduction(id, 100 + i))],
      people: [...L, ...N].map((id) => ({ id, name: id })),
      redirects: [], leftOut: { lists: 0, documents: 0, decisions: 0, events: 0 },
    };
  }

  it('a ratio whose interval lies above 1, with the warning that far less is known about the never-listed', () => {
    const i = computeReport(facts(20, 5)).impact;
    expect([i.listed.withClemency, i.listed.people, i.neverListed.withClemency, i.neverListed.people]).toEqual([20, 40, 5, 40]);
    // RR 4, se sqrt(1/20 − 1/40 + 1/5 − 1/40) = 0.4472: 1.6649 to 9.6101.
    expect([r4(i.riskRatio.value), r4(i.riskRatio.low), r4(i.riskRatio.high)]).toEqual([4, 1.6649, 9.6101]);
    expect(i.verdict).toBe('more_when_listed');
    expect(i.matched).toBeNull();
    expect(i.verdictText.en).toContain('Clemency was 4.00 times as common among people listed (95% interval 1.66–9.61): higher. This is an association');
    expect(i.verdictText.en).toContain('But far less is known about the people never listed (any news at all: 100.0% against 12.5%)');
  });

  it('an interval that includes 1 shows no difference; equal knowledge brings no warning', () => {
    const i = computeReport(facts(10, 5, { newsOfNever: 40 })).impact;
    // RR 2, se sqrt(1/10 − 1/40 + 1/5 − 1/40) = 0.5: 0.7506 to 5.3288.
    expect([r4(i.riskRatio.value), r4(i.riskRatio.low), r4(i.riskRatio.high)]).toEqual([2, 0.7506, 5.3288]);
    expect(i.verdict).toBe('no_difference_shown');
    expect(i.verdictText.en).toContain('its 95% interval 0.75–5.33 includes 1: these data do not show a difference');
    expect(i.verdictText.en).not.toContain('far less is known');
  });

  it('fewer than five with clemency in a group: too few to conclude', () => {
    expect(computeReport(facts(20, 4)).impact.verdict).toBe('too_few');
  });
});

describe('a received date dialist cannot read', () => {
  it('counts the response on the day it was ingested, and says so', () => {
    const { db } = workedExample();
    db.prepare("UPDATE documents SET received = '2021/8/1' WHERE file_name = 'd4-rulings.txt'").run();
    const r = buildReport(db, { asOf: '2021-12-31' });
    expect(r.senders.find((s) => s.sender === '(not recorded)')).toMatchObject({ firstReceived: '2021-08-01' });
    expect(r.notes.map((n) => n.en)).toContain('1 responses have a received date that is not YYYY-MM-DD: counted on the day they were ingested.');
  });
});
