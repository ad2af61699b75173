import type { MatchContext, MatchResult, PrisonerRecord } from '../model/index.js';
import { resolveMatchSettings, type MatchSettings } from './config.js';
import { queryKeys } from './keys.js';
import { buildNameIndex, type NameIndex } from './name-index.js';
import { scoreCandidates } from './score.js';
import { decide } from './decide.js';

export interface Matcher {
  /** Matches one name as written, with whatever context is known. */
  matchName(name: string, context?: MatchContext): MatchResult;
  /** Which of these keys some record has (to find known names in running text). */
  knownKeys(keys: readonly string[]): Set<string>;
  readonly size: number;
}

/**
 * Builds a matcher over records.
 *
 * @example
 * const m = createMatcher(records);
 * m.matchName('Liu Hsiao-po', { birthYear: 1955 }) // { id: 'R00042X', decision: 'auto', candidates: [...] }
 */
export function createMatcher(records: Iterable<PrisonerRecord>, { settings }: { settings?: Partial<MatchSettings> } = {}): Matcher {
  const resolved = resolveMatchSettings(settings);
  if (resolved.errors.length) throw new Error(resolved.errors.join('; '));
  const index: NameIndex = buildNameIndex(records);
  return {
    size: index.records.size,
    knownKeys(keys) {
      return new Set(keys.filter((k) => index.postings.has(k)));
    },
    matchName(name, context = {}) {
      return decide(scoreCandidates(queryKeys(name), context, index, resolved.settings), resolved.settings, { context });
    },
  };
}
