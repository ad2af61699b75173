import type { Alias, RecordNames } from '../model/index.js';
import { normalizeText, hasHan } from './normalize.js';
import { toSimplified, toTraditional, formatPinyin } from './chinese.js';

/**
 * Fills in the derived forms of a record's names: simplified and traditional characters and tone-marked
 * pinyin. What the user wrote is kept as written (NFC).
 *
 * @example deriveNames({ zh: '朱东', aliases: [] }).pinyin === 'Zhū Dōng'
 */
export function deriveNames(input: { zh?: string; en?: string; aliases?: Alias[]; ethnicity?: string }): RecordNames {
  const zh = input.zh ? normalizeText(input.zh) : undefined;
  const en = input.en ? normalizeText(input.en) : undefined;
  const aliases = (input.aliases ?? []).map((a) => ({ ...a, name: normalizeText(a.name) })).filter((a) => a.name);
  const names: RecordNames = { aliases };
  if (zh) {
    names.zh = zh;
    if (hasHan(zh)) {
      names.zhSimplified = toSimplified(zh);
      names.zhTraditional = toTraditional(names.zhSimplified);
      // Han names have a surname; Tibetan, Uyghur and other transliterated names do not.
      const han = !input.ethnicity || /^(han|汉族?|漢族?)$/i.test(input.ethnicity.trim());
      names.pinyin = formatPinyin(zh, { surname: han });
    }
  }
  if (en) names.en = en;
  return names;
}
