/** Words and number formats every renderer of the report shares, in Chinese and English. */
import type { Estimate } from './stats.js';
import type { Bilingual } from './types.js';

export const EVENT_LABELS: Record<string, Bilingual> = {
  detained: { zh: '被拘留', en: 'detained' },
  sentenced: { zh: '判刑', en: 'sentenced' },
  sentence_reduced: { zh: '减刑', en: 'sentence reduced' },
  commuted: { zh: '改判（减为有期徒刑）', en: 'sentence commuted' },
  paroled: { zh: '假释', en: 'paroled' },
  medical_parole: { zh: '保外就医', en: 'medical parole' },
  released: { zh: '释放', en: 'released' },
  released_early: { zh: '刑满前释放', en: 'released before the term’s end' },
  died: { zh: '死亡', en: 'died' },
};

export const eventLabel = (type: string): Bilingual => EVENT_LABELS[type] ?? { zh: type, en: type };

export const YEAR_COLUMNS: { key: string; label: Bilingual }[] = [
  { key: 'lists', label: { zh: '递交名单', en: 'Lists handed over' } },
  { key: 'namesListed', label: { zh: '列入人数', en: 'Names listed' } },
  { key: 'newNames', label: { zh: '首次列入', en: 'Listed first time' } },
  { key: 'responses', label: { zh: '收到答复', en: 'Responses' } },
  { key: 'namesWithNews', label: { zh: '有消息人数', en: 'Names with news' } },
  { key: 'clemencyActs', label: { zh: '宽大处理', en: 'Clemency acts' } },
  { key: 'namesWithClemency', label: { zh: '获宽大人数', en: 'Names with clemency' } },
];

export const SECTION_TITLES = {
  years: { zh: '按年份', en: 'By year' },
  recipients: { zh: '按对话方', en: 'By dialogue partner' },
  senders: { zh: '按答复方', en: 'By sender' },
  responsiveness: { zh: '答复速度', en: 'Responsiveness' },
  impact: { zh: '列入名单的影响', en: 'Impact of listing' },
  biases: { zh: '影响这一比较的偏差', en: 'What biases this comparison' },
  overdueLists: { zh: '逾期未答复的名单', en: 'Lists without an answer' },
  overduePeople: { zh: '多次列入、从未获答复的人', en: 'People listed repeatedly and never answered' },
  notes: { zh: '说明', en: 'Notes' },
} satisfies Record<string, Bilingual>;

export const COVARIATE_LABELS: Record<string, Bilingual> = {
  sentence: { zh: '刑期', en: 'sentence length' },
  timeServed: { zh: '已服刑期', en: 'time served' },
  charge: { zh: '罪名类别', en: 'kind of charge' },
};

/** Why a characteristic was not matched on. */
export function notMatchedReason(c: { known: number; reason: 'unrecorded' | 'too_few_to_match' }): Bilingual {
  return c.reason === 'unrecorded'
    ? { zh: `仅 ${percent(c.known)} 有记录`, en: `recorded for ${percent(c.known)}` }
    : { zh: '人数太少，无法同时匹配', en: 'too few people alike to match on it as well' };
}

/** 0.25 -> "25%"; null -> "–". */
export const percent = (x: number | null, digits = 0): string => (x === null ? '–' : `${(100 * x).toFixed(digits)}%`);

/** A share with its interval: "60% (23–88%)". */
export const percentWithInterval = (e: Estimate): string => (e.value === null ? '–' : `${percent(e.value)} (${percent(e.low)}–${percent(e.high)})`);

/** A ratio with its interval: "2.10 (0.95–4.64)". */
export function ratioWithInterval(e: Estimate): string {
  if (e.value === null) return '–';
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(2));
  return e.low === null ? f(e.value) : `${f(e.value)} (${f(e.low)}–${f(e.high)})`;
}

export const days = (x: number | null): string => (x === null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(1));

/** The share of lists answered within `day` days, from a Kaplan–Meier curve. */
export function answeredWithin(steps: readonly { time: number; survival: number }[], day: number): number | null {
  if (!steps.length) return null;
  let survival = 1;
  for (const s of steps) {
    if (s.time > day) break;
    survival = s.survival;
  }
  return 1 - survival;
}

export const CHECKPOINTS = [30, 90, 180, 365];
