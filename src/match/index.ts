export { createMatcher, type Matcher } from './matcher.js';
export { MATCH_DEFAULTS, resolveMatchSettings, type MatchSettings, type Setting } from './config.js';
export { queryKeys, recordKeys, exactNameKeys, type NameKey, type KeyKind } from './keys.js';
