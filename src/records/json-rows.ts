/**
 * Rows of cells from a JSON array of records, in either shape dialist knows: flat objects named like the CSV
 * columns ({"id", "name_zh", "aliases": [...]}), or the records `dialist records export --format json` writes
 * ({"id", "names": {"zh", "en", "aliases"}, "birth": {"value", "precision"}, ...}). A value of the wrong type
 * (an array as a name, a number as a name) is a BAD_TYPE error naming the row and the field, never coerced.
 */
import type { Alias, Diagnostic, Sentence } from '../model/index.js';
import { aliasesToText, sourcesToText } from './cell-lists.js';
import { fieldForHeader, type Field } from './columns.js';

export interface JsonRows {
  headers: string[];
  rows: { row: number; cells: Record<string, string> }[];
  diagnostics: Diagnostic[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LIST_FIELDS = new Set<Field>(['aliases', 'sources']);
const NUMBER_FIELDS = new Set<Field>(['id', 'birth_year']);

/** What a value looks like, for the message: `an array ["钱","进"]`. */
function describe(v: unknown): string {
  const kind = Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
  const json = JSON.stringify(v) ?? String(v);
  return `${kind} ${json.length > 60 ? json.slice(0, 57) + '...' : json}`;
}

function expectedFor(field: Field | undefined): string {
  if (field && LIST_FIELDS.has(field)) return 'text (separated by ";") or an array of texts';
  if (field && NUMBER_FIELDS.has(field)) return 'text or a whole number';
  return 'text';
}

/** A sentence object as the export writes it, back to words the importer reads. */
function sentenceText(s: Record<string, unknown>): string | undefined {
  if (s.kind === 'life') return 'life';
  if (s.kind === 'death') return 'death';
  if (s.kind === 'death_suspended') return '死缓';
  if (s.kind === 'fixed' && Number.isInteger(s.months)) return `${s.months} months`;
  return undefined;
}

/** Reads one JSON array into rows; `file` names the place in diagnostics. */
export function jsonRows(list: readonly unknown[], file: string): JsonRows {
  const diagnostics: Diagnostic[] = [];
  const headers: string[] = [];
  const seen = new Set<string>();
  const rows = list.map((item, i) => {
    const row = i + 1;
    const bad = (column: string | undefined, value: unknown, expected: string) =>
      diagnostics.push({
        code: 'BAD_TYPE', severity: 'error', place: { file, row, column },
        message: column ? `"${column}" has the wrong type` : 'a record must be an object of fields', found: describe(value), expected,
        hint: 'Write names and other fields as text; several aliases or sources as an array of texts or one text separated by ";".',
      });
    if (!isObject(item)) {
      bad(undefined, item, 'an object such as {"id": "R1", "name_zh": "朱东"}');
      return { row, cells: {} };
    }
    const cells = isObject(item.names) ? exportedCells(item, bad) : flatCells(item, bad);
    for (const h of Object.keys(cells)) if (!seen.has(h)) (seen.add(h), headers.push(h));
    return { row, cells };
  });
  return { headers, rows, diagnostics };
}

type Bad = (column: string | undefined, value: unknown, expected: string) => void;

/** Objects keyed by column names (English or Chinese). Keys the importer does not know are kept as text. */
function flatCells(item: Record<string, unknown>, bad: Bad): Record<string, string> {
  const cells: Record<string, string> = {};
  for (const [key, v] of Object.entries(item)) {
    const field = fieldForHeader(key);
    const text = cellOf(v, field);
    if (text === undefined) bad(key, v, expectedFor(field));
    else cells[key] = text;
  }
  return cells;
}

/** One value as cell text, or undefined when its type is wrong for the field. */
function cellOf(v: unknown, field: Field | undefined): string | undefined {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (!field) return typeof v === 'object' ? JSON.stringify(v) : String(v);
  if (typeof v === 'number') return NUMBER_FIELDS.has(field) && Number.isInteger(v) ? String(v) : undefined;
  if (Array.isArray(v) && LIST_FIELDS.has(field)) {
    if (v.every((x) => typeof x === 'string')) return (v as string[]).map((x) => x.trim()).join(';');
    if (field === 'aliases' && v.every((x) => isObject(x) && typeof x.name === 'string' && typeof x.kind === 'string')) {
      return aliasesToText(v as Alias[]);
    }
    if (field === 'sources' && v.every((x) => isObject(x) && typeof x.title === 'string')) {
      return sourcesToText((v as Record<string, unknown>[]).map((x) => ({ title: x.title as string, official: x.official === true })));
    }
  }
  return undefined;
}

/** A record as the JSON export writes it, as the cells of the CSV columns. */
function exportedCells(item: Record<string, unknown>, bad: Bad): Record<string, string> {
  const cells: Record<string, string> = {};
  const text = (column: Field, key: string, v: unknown) => {
    const t = cellOf(v, column);
    if (t === undefined) bad(key, v, expectedFor(column));
    else cells[column] = t;
  };
  const date = (key: string, v: unknown): string | undefined => {
    if (v === null || v === undefined) return '';
    if (isObject(v) && typeof v.value === 'string') return v.value;
    bad(key, v, 'an object {"value": "1968-03-12", "precision": "day"}');
    return undefined;
  };
  for (const [key, v] of Object.entries(item)) {
    switch (key) {
      case 'names': {
        const names = v as Record<string, unknown>;
        text('name_zh', 'names.zh', names.zh);
        text('name_en', 'names.en', names.en);
        text('aliases', 'names.aliases', names.aliases);
        break;
      }
      case 'birth': {
        const d = date(key, v);
        if (d === undefined) break;
        const yearOnly = isObject(v) && v.precision === 'year';
        cells[yearOnly || d === '' ? 'birth_year' : 'birth_date'] = d;
        break;
      }
      case 'detained': {
        const d = date(key, v);
        if (d !== undefined) cells.detention_date = d;
        break;
      }
      case 'sentence': {
        if (isObject(v)) {
          const s = sentenceText(v as Partial<Sentence> & Record<string, unknown>);
          if (s === undefined) bad(key, v, 'an object {"kind": "fixed", "months": 132} or a text such as "11 years"');
          else cells.sentence = s;
        } else text('sentence', key, v);
        break;
      }
      default: {
        const field = fieldForHeader(key);
        if (field) text(field, key, v);
        else {
          const t = cellOf(v, undefined);
          if (t !== undefined) cells[key] = t;
        }
      }
    }
  }
  return cells;
}
