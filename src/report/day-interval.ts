/**
 * Dates known to a year, a month or a day, as intervals of day numbers (days since 1970-01-01, UTC).
 * "2020" is every day of 2020; adding 11 years 6 months to it gives an interval too. Comparisons then say
 * "surely before" only when the whole of one interval lies before the other.
 */
import type { PartialDate } from '../model/index.js';

export interface DayInterval {
  /** First possible day; -Infinity when only an upper bound is known. */
  lo: number;
  /** Last possible day. */
  hi: number;
}

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date (YYYY-MM-DD). */
export function dayNumber(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The days a partial date may mean. Accepts a PartialDate or a `YYYY`, `YYYY-MM`, `YYYY-MM-DD` string. */
export function dayInterval(date: PartialDate | string): DayInterval {
  const value = typeof date === 'string' ? date : date.value;
  const y = Number(value.slice(0, 4));
  if (value.length >= 10) {
    const d = dayNumber(value);
    return { lo: d, hi: d };
  }
  if (value.length >= 7) {
    const m = Number(value.slice(5, 7)) - 1;
    return { lo: Date.UTC(y, m, 1) / MS_PER_DAY, hi: Date.UTC(y, m + 1, 0) / MS_PER_DAY };
  }
  return { lo: Date.UTC(y, 0, 1) / MS_PER_DAY, hi: Date.UTC(y, 11, 31) / MS_PER_DAY };
}

/** A day moved by whole calendar months (31 Jan + 1 month = 28/29 Feb), as sentences are counted. */
export function addMonths(day: number, months: number): number {
  if (!Number.isFinite(day)) return day;
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / MS_PER_DAY;
}

export const shiftInterval = (i: DayInterval, months: number): DayInterval => ({ lo: addMonths(i.lo, months), hi: addMonths(i.hi, months) });

/** The year a partial date falls in. */
export const yearOf = (date: PartialDate | string): number => Number((typeof date === 'string' ? date : date.value).slice(0, 4));

/** A day interval written back as a date to the precision it is known: "2026-03-11", "2026-03", "2026", or a range. */
export function describeInterval(i: DayInterval): string {
  if (!Number.isFinite(i.lo)) return `≤ ${isoDay(i.hi)}`;
  const [lo, hi] = [isoDay(i.lo), isoDay(i.hi)];
  if (lo === hi) return lo;
  const month = dayInterval(lo.slice(0, 7));
  if (month.lo === i.lo && month.hi === i.hi) return lo.slice(0, 7);
  const year = dayInterval(lo.slice(0, 4));
  if (year.lo === i.lo && year.hi === i.hi) return lo.slice(0, 4);
  return `${lo} – ${hi}`;
}
