/**
 * Text normalisation at the edge: NFC, full-width to half-width, one middle dot for the many dots people
 * type in minority names. The original string is always kept beside the normalised one by callers.
 */

/** Dots seen between the parts of Uyghur and other minority names in Chinese transliteration. */
const NAME_DOTS = /[·•‧・∙⋅．·]/g;

/**
 * Characters that change how text is shown rather than what it says: C0 and C1 control characters (NUL,
 * terminal escapes), DEL, and the bidirectional embeddings, overrides, isolates and marks (U+202E turns a
 * name stored as 明李 into 李明 on the page). Tab, line feed and carriage return are text and stay.
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** True when `s` holds characters that `removeControlCharacters` removes. */
const CONTROL_CHARACTER = new RegExp(CONTROL_CHARACTERS.source);
export const hasControlCharacters = (s: string): boolean => CONTROL_CHARACTER.test(s);

/**
 * The one place where control and direction characters leave text coming in: record files (every cell),
 * response documents (every block) and, through `normalizeText`, every name. Vertical tab and form feed
 * become a space, so that the words they separated stay apart.
 */
export function removeControlCharacters(s: string): string {
  return s.replace(CONTROL_CHARACTERS, (c) => (c === '\u000B' || c === '\u000C' ? ' ' : ''));
}

/**
 * Longest name (in characters) that import and ingest accept. Real names, with a title or a religious name,
 * stay well under 40; a longer "name" is a pasted paragraph, and matching work grows with its length.
 */
export const MAX_NAME_LENGTH = 100;

/** Length in characters as a person counts them (a character outside the BMP is one, not two). */
export const nameLength = (s: string): number => s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/**
 * Radical signs typed (or converted from PDF fonts) in place of the characters they look like: "赖⻅君" is 赖见君,
 * "⻙亚妮" is 韦亚妮. Kangxi radicals (U+2F00–2FD5) by their compatibility mapping; the CJK Radicals Supplement
 * (U+2E80–2EFF) by the equivalents Unicode gives (EquivalentUnifiedIdeograph.txt), for the forms used as characters.
 * One code unit for one: offsets do not move.
 */
const RADICAL_LOOKALIKES: Record<string, string> = {
  '⺌': '小', '⺍': '小', '⺕': '彐', '⺜': '日', '⺢': '水', '⺣': '火', '⺤': '爫', '⺦': '丬', '⺨': '犭', '⺫': '罒', '⺭': '礻',
  '⺲': '罒', '⺹': '耂', '⺾': '艹', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝', '⻋': '车', '⻏': '阝', '⻐': '钅',
  '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻟': '飠',
  '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐',
  '⻮': '齿', '⻰': '龙', '⻳': '龟',
};
/**
 * Small and vertical forms of Chinese punctuation (﹐ ﹔ ﹑, as Big5 pages of the 1990s have them; ︐ ︒) as the
 * ordinary full-width marks, one character for one, so that sentences and clauses end where a reader sees them.
 */
const PUNCTUATION_FORMS: Record<string, string> = {
  '﹐': '，', '﹑': '、', '﹒': '。', '﹔': '；', '﹕': '：', '﹖': '？', '﹗': '！', '﹙': '（', '﹚': '）', '﹝': '〔', '﹞': '〕',
  '︐': '，', '︑': '、', '︒': '。', '︓': '：', '︔': '；', '︕': '！', '︖': '？',
};
export function unifyPunctuation(s: string): string {
  return s.replace(/[︐-︖﹐-﹞]/g, (c) => PUNCTUATION_FORMS[c] ?? c);
}

export function unifyRadicals(s: string): string {
  return s.replace(/[\u2E80-\u2EFF\u2F00-\u2FD5]/g, (c) => RADICAL_LOOKALIKES[c] ?? (c >= '\u2F00' ? c.normalize('NFKC') : c));
}

export function normalizeText(input: string): string {
  let s = unifyRadicals(removeControlCharacters(input)).normalize('NFC').replace(NAME_DOTS, '·');
  // A full stop between two characters is a name dot typed (or OCR-read) as a period.
  s = s.replace(/(?<=\p{Script=Han})[.。](?=\p{Script=Han})/gu, '·');
  s = s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.replace(/\u3000/g, ' ').replace(/[\u200B-\u200D\uFEFF]/g, '');
  s = s.replace(NAME_DOTS, '·');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The same for running text: a full stop between two characters there ends a sentence (…本案。河南省…), so
 * it is not read as a name dot. Offsets are not kept: callers that need them work on the text as written.
 */
export function normalizeProse(input: string): string {
  let s = input.normalize('NFC').replace(/[•‧・∙⋅·]/g, '·');
  s = s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  s = s.replace(/\u3000/g, ' ').replace(/[\u200B-\u200D\uFEFF]/g, '');
  // A paragraph break stays one (sentences end there; see findDates); other runs of space are one space.
  // A long line of characters broken mid-word by the layout ("现羁押于新郑市看守\n所", "2013年12\n月25日") is one line
  // again: characters are written without spaces, and a wrapped line runs on; a short line (a heading, a name)
  // keeps its break.
  s = s.replace(/([^\n]{15,}?)(?<=[\p{Script=Han}\d])[ \t]*\n[ \t]*(?=\p{Script=Han})/gu, (m, line: string) => (/\p{Script=Han}/u.test(line) ? line : m));
  // (So is a stray space inside a word of characters, as some pages lay text out: "判处有 期徒刑三年", "量 刑".)
  // (Only between long runs: "朴英哲 男 朝鲜族" is a row of short cells and keeps its spaces.)
  s = s.replace(/(\p{Script=Han}{4})[ \t\u00a0](?=\p{Script=Han}{4})/gu, '$1');
  // (…and spaces set around figures in a date or a term: "2014 年 3 月 17 日", "被判刑 12 年".)
  s = s.replace(/(\d)[ \t\u00a0]+(?=[年月日号个])/g, '$1').replace(/(?<=[年月])[ \t\u00a0]+(?=\d)/g, '').replace(/(?<=\p{Script=Han})[ \t\u00a0]+(?=\d+[ \t\u00a0]*[年月日号个])/gu, '');
  return s.split(/\s*\n\s*\n\s*/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n\n');
}

const HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/u;
const HAN_G = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/gu;
export const hasHan = (s: string): boolean => HAN.test(s);
export const hanOnly = (s: string): string => (s.match(HAN_G) ?? []).join('');

/** Lower-case Latin with tone marks, tone numbers and apostrophes removed; ü becomes u. */
export function foldLatin(s: string, { keepUmlaut = false }: { keepUmlaut?: boolean } = {}): string {
  const d = s.normalize('NFD');
  return (keepUmlaut ? d.replace(/u\u0308/g, 'v').replace(/U\u0308/g, 'V') : d)
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`ʼ‘]/g, '')
    .replace(/([a-z])[1-5](?=[^a-z]|$)/g, '$1')
    .replace(/[^a-z\s-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Latin words of a name, each word keeping its hyphenated syllables: "Chan Tai-man" -> [[chan],[tai,man]]. */
export function latinWords(s: string, options: { keepUmlaut?: boolean } = {}): string[][] {
  return foldLatin(s, options)
    .split(' ')
    .filter(Boolean)
    .map((w) => w.split('-').filter(Boolean))
    .filter((w) => w.length > 0);
}

// Titles and honorifics that are not part of the name. Only stripped at the start or the end.
const LATIN_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'pastor', 'rev', 'reverend', 'father', 'fr', 'sister',
  'brother', 'bishop', 'imam', 'lama', 'geshe', 'rinpoche', 'lawyer', 'attorney', 'elder', 'monk', 'nun',
  'venerable', 'ven', 'sheikh', 'haji', 'hajji', 'mullah', 'tulku', 'khenpo',
]);
/** A Latin title or honorific ("Lama", "Pastor", "Mr"), folded to lower case, which is no part of a name. */
export const isLatinTitle = (word: string): boolean => LATIN_TITLES.has(word.toLowerCase().replace(/\.$/, ''));
const HAN_TITLES = [
  '牧师', '牧師', '活佛', '先生', '女士', '神父', '主教', '喇嘛', '阿訇', '阿匐', '律师', '律師', '教授', '博士',
  '修女', '长老', '長老', '仁波切', '格西', '堪布', '传道人', '傳道人', '同志', '罪犯', '服刑人员', '服刑人員',
  '犯人', '犯', '僧人', '尼姑', '阿卡', '上师', '上師',
];

export interface CleanedName {
  /** The name with titles, brackets and stray punctuation removed. */
  core: string;
  /** Text found in brackets, often the same name in another script: "王军 (Wang Jun)". */
  bracketed: string[];
  titles: string[];
}

/** Separates a name as written into its core, bracketed alternatives and titles. */
export function cleanName(written: string): CleanedName {
  let s = normalizeText(written);
  const bracketed: string[] = [];
  s = s.replace(/[（(\[【]([^）)\]】]*)[）)\]】]/g, (_m, inner: string) => {
    if (inner.trim()) bracketed.push(inner.trim());
    return ' ';
  });
  const titles: string[] = [];
  if (hasHan(s)) {
    let changed = true;
    while (changed) {
      changed = false;
      for (const t of HAN_TITLES) {
        const core = s.replace(/\s/g, '');
        if (core.length > t.length + 1 && core.endsWith(t)) {
          s = core.slice(0, -t.length);
          titles.push(t);
          changed = true;
        } else if (core.length > t.length + 1 && core.startsWith(t) && t.length > 1) {
          s = core.slice(t.length);
          titles.push(t);
          changed = true;
        }
      }
    }
  }
  const words = s.split(/\s+/).filter(Boolean);
  const isTitle = (w: string) => LATIN_TITLES.has(w.toLowerCase().replace(/\.$/, ''));
  while (words.length > 1 && isTitle(words[0])) titles.push(words.shift()!);
  while (words.length > 1 && isTitle(words[words.length - 1])) titles.push(words.pop()!);
  s = words.join(' ').replace(/[,;:!?"“”]/g, ' ').replace(/\s+/g, ' ').trim();
  return { core: s, bracketed, titles };
}
