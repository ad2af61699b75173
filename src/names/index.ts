export {
  normalizeText, normalizeProse, removeControlCharacters, hasControlCharacters, MAX_NAME_LENGTH, nameLength, hasHan, hanOnly, foldLatin, latinWords, cleanName, isLatinTitle,
  type CleanedName, unifyPunctuation, unifyRadicals
} from './normalize.js';
export { toSimplified, toTraditional, characterForms, convertToSimplified, plainPinyin, readPinyin, formatPinyin, surnameLength, toneOf, COMPOUND_SURNAMES, type PinyinReading } from './chinese.js';
export {
  splitPinyin, splitSyllables, wadeGilesToPinyin, foldCantonese, skeleton, tibetanFromLatin, tibetanFromHan,
  readsAsPinyin, readsAsChinese, nameSpellings,
} from './romanize.js';
export { deriveNames } from './derive.js';
export { SURNAMES, surnameAt } from './surnames.js';
export {
  foldHongKong, hongKongReadings, hongKongSpellings, splitHongKong, spellJyutping, readCharacterJyutping, tableJyutping, MAX_HONG_KONG_LENGTH,
} from './hong-kong.js';
export { isWesternGivenName } from './western-names.js';
