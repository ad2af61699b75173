import { describe, expect, it } from 'vitest';
import { kaplanMeier, mantelHaenszelRiskRatio, median, riskRatio, wilsonInterval } from '../../src/report/index.js';

const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));
const rounded = (e: { value: number | null; low: number | null; high: number | null }) => ({ value: round(e.value), low: round(e.low), high: round(e.high) });

describe('Wilson interval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Stat Med 17:857–872, Table I (method 3).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: Newcombe (1998) %f to %f', (x, n, low, high) => {
    const w = wilsonInterval(x, n);
    expect(round(w.low)).toBe(low);
    expect(round(w.high)).toBe(high);
    expect(w.value).toBe(x / n);
  });

  it('13 of 16: Fagerland, Lydersen & Laake, Statistical Analysis of Contingency Tables (2017), 0.5699 to 0.9341', () => {
    expect(rounded(wilsonInterval(13, 16))).toEqual({ value: 0.8125, low: 0.5699, high: 0.9341 });
  });

  it('all or nothing stays inside [0, 1]; no one counted gives no estimate', () => {
    expect(rounded(wilsonInterval(1, 1))).toEqual({ value: 1, low: 0.2065, high: 1 });
    expect(wilsonInterval(0, 0)).toEqual({ value: null, low: null, high: null });
  });
});

describe('risk ratio', () => {
  it('Katz log interval: 7/34 against 1/34 is 7.0000 (0.9096 to 53.8695), as Fagerland et al. (2017) print it', () => {
    expect(rounded(riskRatio({ a: 7, n1: 34, c: 1, n0: 34 }))).toEqual({ value: 7, low: 0.9096, high: 53.8695 });
  });

  it('undefined ratios are null, never Infinity', () => {
    expect(riskRatio({ a: 3, n1: 10, c: 0, n0: 10 })).toEqual({ value: null, low: null, high: null });
    expect(riskRatio({ a: 0, n1: 10, c: 2, n0: 10 })).toEqual({ value: 0, low: null, high: null });
    expect(riskRatio({ a: 0, n1: 0, c: 2, n0: 10 })).toEqual({ value: null, low: null, high: null });
  });

  it('Mantel–Haenszel with the Greenland–Robins variance: Doll & Hill (1950) in two strata, 2.4751 (1.5831 to 3.8698) as Fagerland et al. (2017) print it', () => {
    const strata = [{ a: 647, n1: 647 + 622, c: 2, n0: 2 + 27 }, { a: 41, n1: 41 + 28, c: 19, n0: 19 + 32 }];
    expect(rounded(mantelHaenszelRiskRatio(strata))).toEqual({ value: 2.4751, low: 1.5831, high: 3.8698 });
  });

  it('one stratum: the Mantel–Haenszel ratio and interval are the crude ratio and the Katz interval', () => {
    const s = { a: 12, n1: 40, c: 5, n0: 50 };
    expect(rounded(mantelHaenszelRiskRatio([s]))).toEqual(rounded(riskRatio(s)));
  });

  it('strata lacking either group add nothing; with no outcome among the unexposed there is no ratio', () => {
    const s = { a: 12, n1: 40, c: 5, n0: 50 };
    expect(rounded(mantelHaenszelRiskRatio([s, { a: 3, n1: 9, c: 0, n0: 0 }]))).toEqual(rounded(riskRatio(s)));
    expect(mantelHaenszelRiskRatio([{ a: 3, n1: 9, c: 0, n0: 4 }]).value).toBeNull();
  });
});

describe('Kaplan–Meier', () => {
  // Freireich et al. (1963), 6-MP arm: weeks in remission, + = still in remission (censored). The textbook
  // example (e.g. Kleinbaum & Klein, Survival Analysis): S = .857, .807, .753, .690, .627, .538, .448; median 23.
  const sixMp: [number, boolean][] = [
    [6, true], [6, true], [6, true], [6, false], [7, true], [9, false], [10, true], [10, false], [11, false], [13, true], [16, true],
    [17, false], [19, false], [20, false], [22, true], [23, true], [25, false], [32, false], [32, false], [34, false], [35, false],
  ];
  it('reproduces the 6-MP curve, censored patients counted until they leave', () => {
    const km = kaplanMeier(sixMp.map(([time, event]) => ({ time, event })));
    const atEvents = km.steps.filter((s) => s.events).map((s) => [s.time, round(s.survival, 3)]);
    expect(atEvents).toEqual([[6, 0.857], [7, 0.807], [10, 0.753], [13, 0.69], [16, 0.627], [22, 0.538], [23, 0.448]]);
    expect(km.median).toBe(23);
    expect(km.steps.find((s) => s.time === 10)).toMatchObject({ atRisk: 15, events: 1, censored: 1 });
  });

  it('lists still waiting are censored, not dropped: 2 answered of 3 by hand', () => {
    // Answered after 60 and 92 days; one list still waiting after 213 days.
    const km = kaplanMeier([{ time: 60, event: true }, { time: 92, event: true }, { time: 213, event: false }]);
    expect(km.steps.map((s) => ({ ...s, survival: round(s.survival, 6) }))).toEqual([
      { time: 60, atRisk: 3, events: 1, censored: 0, survival: 0.666667 },
      { time: 92, atRisk: 2, events: 1, censored: 0, survival: 0.333333 },
      { time: 213, atRisk: 1, events: 0, censored: 1, survival: 0.333333 },
    ]);
    expect(km.median).toBe(92);
    // Dropping the waiting list instead would claim everything is answered within 92 days.
    expect(kaplanMeier([{ time: 60, event: true }, { time: 92, event: true }]).steps.at(-1)!.survival).toBe(0);
  });

  it('nothing answered: no median; nothing at all: no steps', () => {
    expect(kaplanMeier([{ time: 30, event: false }, { time: 400, event: false }])).toMatchObject({ median: null, steps: [{ survival: 1 }, { survival: 1 }] });
    expect(kaplanMeier([])).toEqual({ steps: [], median: null });
  });
});

describe('median', () => {
  it('odd, even, none', () => {
    expect(median([92, 60, 10])).toBe(60);
    expect(median([60, 92])).toBe(76);
    expect(median([])).toBeNull();
  });
});
