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
      // Tibetan and Mongolian names have no surname (dotted Uyghur names are split at the dot anyway).
      const noSurname = /^(tibetan|mongolian|藏族?|蒙古族?)$/i.test((input.ethnicity ?? '').trim());
      names.pinyin = formatPinyin(zh, { surname: !noSurname });
    }
  }
  if (en) names.en = en;
  return names;
}
