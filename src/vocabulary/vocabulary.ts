/** The bilingual vocabulary (data/vocabulary.json, data/charges.json): provinces, statuses, ethnicities, sentences. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../config/paths.js';
import type { Status } from '../model/index.js';
import { convertToSimplified, normalizeText } from '../names/index.js';

interface Term { zh: string; en: string; alt?: string[] }
interface VocabularyFile {
  provinces: Term[];
  statuses: (Term & { key: Status })[];
  ethnicities: Term[];
  sentences: Record<'life' | 'death_suspended' | 'death' | 'fixed', { zh: string; en: string }>;
}

const fold = (s: string) => convertToSimplified(normalizeText(s)).toLowerCase().replace(/[\s_-]+/g, ' ').trim();

let cache: { file: VocabularyFile; provinces: Map<string, Term>; statuses: Map<string, Status>; ethnicities: Map<string, Term> } | undefined;

function load() {
  if (cache) return cache;
  const file = JSON.parse(readFileSync(dataPath('vocabulary.json'), 'utf8')) as VocabularyFile;
  const index = <T extends Term>(terms: T[], value: (t: T) => T | Status) => {
    const m = new Map<string, any>();
    for (const t of terms) for (const k of [t.zh, t.en, ...(t.alt ?? []), (t as { key?: string }).key ?? '']) if (k) m.set(fold(k), value(t));
    return m;
  };
  cache = {
    file,
    provinces: index(file.provinces, (t) => t),
    statuses: index(file.statuses, (t) => t.key),
    ethnicities: index(file.ethnicities, (t) => t),
  };
  return cache;
}

/** A province in English as stored ("Inner Mongolia"), from any accepted spelling, or undefined. */
/** A province as written: "Sichuan", "四川省", and in English with its kind ("Tibet Autonomous Region", "Sichuan Province"). */
export const lookupProvince = (s: string): Term | undefined => load().provinces.get(fold(s))
  ?? load().provinces.get(fold(s.replace(/\s+(?:(?:Uyghur|Uighur|Zhuang|Hui)\s+)?(?:Province|Autonomous\s+Region|Municipality|Special\s+Administrative\s+Region|SAR)$/i, '')));
export const lookupEthnicity = (s: string): Term | undefined => load().ethnicities.get(fold(s));
export const lookupStatus = (s: string): Status | undefined => load().statuses.get(fold(s));
export const statusTerm = (key: Status): Term => load().file.statuses.find((s) => s.key === key)!;
export const sentenceWording = () => load().file.sentences;
export const provinceTerms = (): readonly Term[] => load().file.provinces;
