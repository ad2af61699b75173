export {
  normalizeText, normalizeProse, removeControlCharacters, hasControlCharacters, MAX_NAME_LENGTH, nameLength, hasHan, hanOnly, foldLatin, latinWords, cleanName,
  type CleanedName,
} from './normalize.js';
export { toSimplified, toTraditional, readPinyin, formatPinyin, surnameLength, toneOf, COMPOUND_SURNAMES, type PinyinReading } from './chinese.js';
export {
  splitPinyin, wadeGilesToPinyin, foldCantonese, cantoneseReadings, skeleton, tibetanFromLatin, tibetanFromHan,
  readsAsPinyin, characterSpellings,
} from './romanize.js';
export { deriveNames } from './derive.js';
export { SURNAMES, surnameAt } from './surnames.js';
