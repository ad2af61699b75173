/**
 * The statistics a report needs, as small pure functions (no database, no dates): a proportion with its
 * Wilson interval, a risk ratio with its log-normal interval (crude, and Mantel–Haenszel over matched
 * strata), a Kaplan–Meier curve that keeps the still-waiting as censored, and a median.
 */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** An estimate with its 95% interval; all null when nothing can be estimated (no one to count). */
export interface Estimate {
  value: number | null;
  low: number | null;
  high: number | null;
}

const NONE: Estimate = { value: null, low: null, high: null };

/**
 * x of n, with the Wilson score interval (good at small n and near 0 or 1, where the textbook p ± 1.96·se
 * leaves [0, 1]). Example: wilsonInterval(13, 16) -> { value: 0.8125, low: 0.5699, high: 0.9341 }.
 */
export function wilsonInterval(x: number, n: number, z = Z95): Estimate {
  if (n <= 0) return NONE;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** One stratum of a comparison: `a` of `n1` exposed and `c` of `n0` unexposed had the outcome. */
export interface Stratum {
  a: number;
  n1: number;
  c: number;
  n0: number;
}

/**
 * (a/n1) / (c/n0) with the Katz log interval: ln RR ± z·sqrt(1/a − 1/n1 + 1/c − 1/n0). With no outcome in
 * either group the ratio or its interval is undefined and comes back null (never Infinity).
 */
export function riskRatio({ a, n1, c, n0 }: Stratum, z = Z95): Estimate {
  // No one in a group, or no outcome among the unexposed: the ratio is undefined (or infinite).
  if (n1 <= 0 || n0 <= 0 || c === 0) return NONE;
  const value = a / n1 / (c / n0);
  if (a === 0) return { value: 0, low: null, high: null };
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
  return { value, low: value * Math.exp(-z * se), high: value * Math.exp(z * se) };
}

/**
 * The Mantel–Haenszel risk ratio over strata, with the Greenland–Robins (1985) variance of its logarithm,
 * which stays valid when strata are small (matched sets). Strata lacking either group contribute nothing.
 * With one stratum it equals the crude ratio and the Katz interval.
 */
export function mantelHaenszelRiskRatio(strata: readonly Stratum[], z = Z95): Estimate {
  let r = 0;
  let s = 0;
  let v = 0;
  for (const { a, n1, c, n0 } of strata) {
    const t = n1 + n0;
    if (n1 === 0 || n0 === 0) continue;
    r += (a * n0) / t;
    s += (c * n1) / t;
    v += (n1 * n0 * (a + c) - a * c * t) / (t * t);
  }
  if (s === 0) return NONE;
  const value = r / s;
  if (r === 0) return { value: 0, low: null, high: null };
  const se = Math.sqrt(v / (r * s));
  return { value, low: value * Math.exp(-z * se), high: value * Math.exp(z * se) };
}

/** One thing followed over time: its time, and whether the event happened then (false: still waiting). */
export interface Observation {
  time: number;
  event: boolean;
}

/** A step of a Kaplan–Meier curve: at `time`, `events` happened among `atRisk`; `censored` stopped being followed. */
export interface KaplanMeierStep {
  time: number;
  atRisk: number;
  events: number;
  censored: number;
  /** Share still without the event just after `time`. */
  survival: number;
}

/**
 * Kaplan–Meier product-limit estimate. Items still waiting are censored at their time, not dropped: they
 * count among those at risk until then. A censoring at the same time as an event is taken to come after it.
 */
export function kaplanMeier(observations: readonly Observation[]): { steps: KaplanMeierStep[]; median: number | null } {
  const byTime = new Map<number, { events: number; censored: number }>();
  for (const o of observations) {
    const at = byTime.get(o.time) ?? { events: 0, censored: 0 };
    if (o.event) at.events++;
    else at.censored++;
    byTime.set(o.time, at);
  }
  const steps: KaplanMeierStep[] = [];
  let atRisk = observations.length;
  let survival = 1;
  let median: number | null = null;
  for (const time of [...byTime.keys()].sort((x, y) => x - y)) {
    const { events, censored } = byTime.get(time)!;
    if (events) survival *= 1 - events / atRisk;
    steps.push({ time, atRisk, events, censored, survival });
    if (median === null && events && survival <= 0.5) median = time;
    atRisk -= events + censored;
  }
  return { steps, median };
}

/** The middle value (mean of the two middle values for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
