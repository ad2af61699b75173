export { createMatcher, createIndexedMatcher, type Matcher } from './matcher.js';
export { MATCH_DEFAULTS, resolveMatchSettings, type MatchSettings, type Setting } from './config.js';
export { queryKeys, recordKeys, exactNameKeys, KEY_VERSION, type NameKey, type KeyKind } from './keys.js';
export {
  buildNameIndex, storedNameIndex, indexEntry, indexHash, encodeIndexedRecord, encodeKind, type NameIndex, type IndexEntry,
  type StoredIndexSource,
} from './name-index.js';
export { AGE_DOES_NOT_FIT } from './score.js';
