export { lookupProvince, lookupEthnicity, lookupStatus, statusTerm, sentenceWording, provinceTerms } from './vocabulary.js';
export { parseChineseNumber } from './numbers.js';
export { parseSentence, describeSentence, chineseNumeral } from './sentence.js';
export { parseDate } from './dates.js';
