/**
 * Parsers for option and argument values, shared by every command: a mistyped value is a usage error (exit 2)
 * that names the values accepted, never a silent "nobody selected" or "45 undefined 2026" later on.
 * Each throws commander's InvalidArgumentError, which commander prints as
 * `error USAGE: option '--limit <n>' argument '5x' is invalid. <what is accepted>` (see main.ts).
 */
import { InvalidArgumentError } from 'commander';
import { STATUSES, isCalendarDate } from '../model/index.js';
import { lookupStatus } from '../vocabulary/index.js';

/** A whole number within a range: "--limit 20". */
export const wholeNumber = ({ min = 0, max = 1_000_000, example = 20 }: { min?: number; max?: number; example?: number } = {}) =>
  (value: string): number => {
    const n = Number(value.trim());
    if (!/^\s*\d+\s*$/.test(value) || n < min || n > max) throw new InvalidArgumentError(`Give a whole number from ${min} to ${max}, e.g. ${example}.`);
    return n;
  };

/** A list number as `dialist list ls` shows it. */
export const listNumber = (value: string): number => {
  if (!/^\s*[1-9]\d{0,8}\s*$/.test(value)) throw new InvalidArgumentError('Give a list number as `dialist list ls` shows it, e.g. 3.');
  return Number(value);
};

/** A real calendar date written YYYY-MM-DD (2026-02-30 and 2026-13-45 are refused). */
export const isoDate = (value: string): string => {
  const v = value.trim();
  if (!isCalendarDate(v)) throw new InvalidArgumentError('Give a calendar date written YYYY-MM-DD, e.g. 2026-11-27.');
  return v;
};

/** A whole number of years, 1 to 100. */
export const years = (value: string): number => {
  if (!/^\s*\d+\s*$/.test(value) || Number(value) < 1 || Number(value) > 100) throw new InvalidArgumentError('Give a whole number of years from 1 to 100, e.g. 3.');
  return Number(value);
};

export const FILTER_FIELDS = ['province', 'ethnicity', 'status', 'charge', 'gender'] as const;
const GENDERS = ['m', 'f', 'male', 'female', '男', '女'];

/**
 * "province=Sichuan,status=serving": every field known, every value present; status and gender, whose values are
 * a closed set, checked against it. (A province or charge that matches nobody is reported when the list is made.)
 */
export const filter = (value: string): string => {
  const conditions = value.split(',').map((c) => c.trim()).filter(Boolean);
  if (!conditions.length) throw new InvalidArgumentError(`Give field=value conditions separated by commas, e.g. "province=Sichuan,status=serving"; fields: ${FILTER_FIELDS.join(', ')}.`);
  for (const cond of conditions) {
    const eq = cond.indexOf('=');
    const [k, v] = eq < 0 ? [cond, ''] : [cond.slice(0, eq).trim(), cond.slice(eq + 1).trim()];
    if (!(FILTER_FIELDS as readonly string[]).includes(k)) throw new InvalidArgumentError(`"${cond}": filter on ${FILTER_FIELDS.join(', ')}, written field=value, e.g. "province=Sichuan,status=serving".`);
    if (!v) throw new InvalidArgumentError(`"${cond}" has no value: write ${k}=VALUE.`);
    if (k === 'status' && !lookupStatus(v)) throw new InvalidArgumentError(`status "${v}" is not one dialist knows: use ${STATUSES.join(', ')} (or their Chinese terms).`);
    if (k === 'gender' && !GENDERS.includes(v.toLowerCase())) throw new InvalidArgumentError(`gender "${v}": use M, F, male, female, 男 or 女.`);
  }
  return value;
};

/** A file path: not empty (an empty --db would otherwise be a temporary database, lost at exit). */
export const filePath = (value: string): string => {
  if (!value.trim()) throw new InvalidArgumentError('Give a file name, e.g. --db records.db.');
  return value;
};

/** One or more of the allowed words, comma-separated: "pdf,docx". */
export const oneOrMore = (allowed: readonly string[]) => (value: string): string[] => {
  const words = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (!words.length || words.some((w) => !allowed.includes(w))) throw new InvalidArgumentError(`Use ${allowed.join(', ')}, or several separated by commas (${allowed.join(',')}).`);
  return [...new Set(words)];
};

/** Exactly one of the allowed words: "--format csv". */
export const oneOf = (allowed: readonly string[]) => (value: string): string => {
  const v = value.trim().toLowerCase();
  if (!allowed.includes(v)) throw new InvalidArgumentError(`Use ${allowed.join(', ')}.`);
  return v;
};
