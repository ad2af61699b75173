import { existsSync, readFileSync } from 'node:fs';
import { templatesPath } from '../config/paths.js';
import { DialistError } from '../model/index.js';

export const FIELDS = ['number', 'id', 'pinyin', 'name_zh', 'name_en', 'gender', 'birth_year', 'ethnicity', 'province', 'charge', 'sentence', 'detained', 'prison', 'status'] as const;
export type ListField = (typeof FIELDS)[number];

export interface Bilingual { zh: string; en: string }
export interface ListTemplate {
  name: string;
  description: string;
  page: { size: 'A4' | 'Letter'; orientation: 'portrait' | 'landscape'; margin: number; fontSize: number };
  heading: Bilingual;
  subheading: Bilingual;
  letter: { zh: string[]; en: string[] } | null;
  columns: ({ field: ListField; width: number } & Bilingual)[];
  footer: Bilingual;
}

/** Loads a bundled template by name ("bilingual-table") or a user's template file by path, and checks it. */
export function loadTemplate(nameOrPath: string): ListTemplate {
  const path = existsSync(nameOrPath) ? nameOrPath : templatesPath(`${nameOrPath.replace(/\.json$/, '')}.json`);
  if (!existsSync(path)) throw new DialistError('TEMPLATE_NOT_FOUND', `no template "${nameOrPath}": use bilingual-table, compact, cover-letter, or the path of a JSON template (see templates/README.md)`);
  let t: ListTemplate;
  try {
    t = JSON.parse(readFileSync(path, 'utf8')) as ListTemplate;
  } catch (cause) {
    throw new DialistError('TEMPLATE_SYNTAX', `${path}: not valid JSON: ${(cause as Error).message}`, { cause });
  }
  const bad = (t.columns ?? []).filter((c) => !(FIELDS as readonly string[]).includes(c.field));
  if (!t.columns?.length || bad.length) {
    throw new DialistError('TEMPLATE_COLUMNS', `${path}: columns must be a non-empty list of fields from ${FIELDS.join(', ')}${bad.length ? `; unknown: ${bad.map((c) => c.field).join(', ')}` : ''}`);
  }
  return t;
}
