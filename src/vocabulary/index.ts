export { lookupProvince, lookupEthnicity, lookupStatus, statusTerm, sentenceWording, provinceTerms } from './vocabulary.js';
export { parseChineseNumber } from './numbers.js';
export { parseSentence, describeSentence, chineseNumeral } from './sentence.js';
export { parseDate } from './dates.js';
export { lookupCharge, chargeNames, type Charge } from './charges.js';
export { translatePlace } from './places.js';
export { lookupPrison, placeEnglish, foldPlaceEn, type PrisonPlace } from './prisons.js';
