/**
 * Sentences and words of running text, as offsets into the text (never copies), in Chinese and English.
 */
import { toSimplified } from '../../names/index.js';

export interface Piece {
  start: number;
  end: number;
}

// Words before a full stop that do not end a sentence: titles, "No. 2", months, "U.S.", "e.g.".
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'ven', 'fr', 'st', 'jr', 'sr', 'no', 'nos', 'gen', 'col', 'lt', 'capt', 'sgt', 'mt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'eg', 'ie', 'cf',
  'art', 'arts', 'para', 'paras', 'approx', 'co', 'inc', 'ltd', 'u.s', 'u.n', 'e.g', 'i.e', 'p', 'pp', 'vol', 'op',
]);

/** Sentences: after 。！？； and after . ! ? that end a sentence (not "Mr.", "No. 2", "U.S.", an initial). */
export function splitSentences(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    if (end > s) out.push({ start: s, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A paragraph break ends a sentence, whatever stands before it (a heading, a clause cut at a name).
    if (c === '\n' && text[i + 1] === '\n') {
      push(i);
      continue;
    }
    // A half-width ; or ! between characters ends a sentence too (copies of Chinese pages often have them).
    // (…or after a bracket closed in a run of characters: "武见男长老(…秋雨圣约教会);临汾…".)
    if ('。！？；'.includes(c) || ((c === ';' || c === '!' || c === '?') && (isHan(text[i - 1]) || ('）)」』”'.includes(text[i - 1] ?? '') && isHan(text[i - 2]) && isHan(text[i + 1]))))) {
      let end = i + 1;
      while (end < text.length && '”’」』）)'.includes(text[end])) end++;
      push(end);
      i = end - 1;
    } else if ('.!?'.includes(c)) {
      let end = i + 1;
      while (end < text.length && '"”’\')'.includes(text[end])) end++;
      // "... on March 26, 2023.The remaining ...": a missing space after a full stop still ends the sentence.
      const glued = c === '.' && end === i + 1 && /[\p{Ll}\d]/u.test(text[i - 1] ?? '') && /^\p{Lu}\p{Ll}+\b/u.test(text.slice(end));
      if (end < text.length && !/\s/.test(text[end]) && !glued) continue;
      const next = text.slice(end).trimStart();
      if (next && !/^["“‘(\[\p{Lu}\d\p{Script=Han}]/u.test(next)) continue;
      if (c === '.') {
        const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
        if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
      }
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

export interface Word extends Piece {
  text: string;
  /** Written with a capital: "Zhou", "LIU", "Kwun-chung". */
  capital: boolean;
  /** Written all in capitals (two letters or more): "LIU", "SAN". */
  upper: boolean;
}

const WORD = /[\p{L}][\p{L}\p{M}'’‘ʼ\-]*/gu;

/** Latin-script words with offsets; a possessive "'s" is left out of the word ("Zhou's" -> "Zhou"). */
export function latinWordsIn(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    let w = m[0];
    if (/\p{Script=Han}/u.test(w)) continue;
    w = w.replace(/['’‘ʼ]s$/u, '').replace(/[-'’‘ʼ]+$/u, '');
    if (!w) continue;
    const start = m.index!;
    // Two words run together where a page lost the space between them ("Court RecordsHuang Chengjun").
    const glued = /^(\p{Lu}?\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u.exec(w);
    const parts = glued ? [{ text: glued[1], at: 0 }, { text: glued[2], at: glued[1].length }] : [{ text: w, at: 0 }];
    for (const p of parts) {
      const s = start + p.at;
      out.push({ start: s, end: s + p.text.length, text: p.text, capital: /^\p{Lu}/u.test(p.text), upper: p.text.length > 1 && p.text === p.text.toUpperCase() && /\p{Lu}/u.test(p.text) });
    }
  }
  return out;
}

/**
 * The text in simplified characters, character for character (same length, same offsets), so that
 * offsets found in it point into the text as written.
 */
export function simplifiedAligned(text: string): string {
  const whole = toSimplified(text);
  const out = whole.length === text.length ? whole : [...text].map((c) => { const s = toSimplified(c); return s.length === c.length ? s : c; }).join('');
  // A name dot typed as a full stop or a bullet between characters, "乃比江.艾比布拉", "买吾拉尼•努尔买买提", is the name dot.
  return out.replace(/(?<=\p{Script=Han})[.．•‧・∙⋅](?=\p{Script=Han})/gu, '·');
}

export const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);

/** Titles written after a Chinese name: 李洁传道, 高全福牧师, 郝志娓牧师和两位同工. */
export const HAN_TITLE_WORDS = '(?:牧师|传道人|传道|长老|执事|弟兄|姊妹|姐妹|律师|先生|女士|神父|修女|教授|博士|老师|活佛|喇嘛|阿訇|同学)';
