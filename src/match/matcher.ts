import type { MatchContext, MatchResult, PrisonerRecord } from '../model/index.js';
import { resolveMatchSettings, type MatchSettings } from './config.js';
import { queryKeys } from './keys.js';
import { buildNameIndex, type NameIndex } from './name-index.js';
import { scoreCandidates } from './score.js';
import { decide } from './decide.js';

export interface Matcher {
  /** Matches one name as written, with whatever context is known. */
  matchName(name: string, context?: MatchContext): MatchResult;
  /**
   * Which of these keys (from `queryKeys(...).keys`) some live record has: finds known names in prose.
   * Batched: tens of thousands of keys in one call are fine.
   */
  knownKeys(keys: readonly string[]): Set<string>;
  readonly size: number;
}

/**
 * A matcher over any name index. `beforeMatch` runs before each lookup (the stored index uses it to re-key
 * records changed since, by any path).
 */
export function createIndexedMatcher(index: NameIndex, { settings, beforeMatch }: { settings?: Partial<MatchSettings>; beforeMatch?: () => void } = {}): Matcher {
  const resolved = resolveMatchSettings(settings);
  if (resolved.errors.length) throw new Error(resolved.errors.join('; '));
  return {
    get size() {
      beforeMatch?.();
      return index.size;
    },
    matchName(name, context = {}) {
      beforeMatch?.();
      return decide(scoreCandidates(queryKeys(name), context, index, resolved.settings), resolved.settings, { context });
    },
    knownKeys(keys) {
      beforeMatch?.();
      return index.knownKeys(keys);
    },
  };
}

/**
 * Builds a matcher over records in memory. (A database has its own stored index: `loadMatcher(db)`.)
 *
 * @example
 * const m = createMatcher(records);
 * m.matchName('Liu Hsiao-po', { birthYear: 1955 }) // { id: 'R00042X', decision: 'auto', candidates: [...] }
 */
export function createMatcher(records: Iterable<PrisonerRecord>, { settings }: { settings?: Partial<MatchSettings> } = {}): Matcher {
  return createIndexedMatcher(buildNameIndex(records), { settings });
}
