/**
 * Known names in running text: the responses stage proposes strings that could be names (runs of
 * characters that start with a surname, runs of capitalised words); this says which of them some record
 * has, through the matcher's exact keys, in one batched lookup per document.
 */
import { exactNameKeys, type Matcher } from '../match/index.js';
import type { NameFinder } from '../responses/index.js';

export function nameFinder(matcher: Pick<Matcher, 'knownKeys'>): NameFinder {
  return {
    knownNames(candidates) {
      const keysOf = new Map<string, string[]>();
      for (const c of candidates) {
        // Three words or more must be known with every word ("Aktivist Tashi Wangchuk" is not a name because "Tashi
        // Wangchuk" is: the matcher drops a leading English given name, but here that word may be anything).
        const letters = c.replace(/[^\p{L}]/gu, '').length;
        const words = c.trim().split(/\s+/).length;
        keysOf.set(c, words >= 3 && /^[\p{Script=Latin}\s'’.-]+$/u.test(c) ? exactNameKeys(c).filter((k) => k.replace(/^[a-z]+:/, '').replace(/\s/g, '').length >= letters) : exactNameKeys(c));
      }
      const known = matcher.knownKeys([...new Set([...keysOf.values()].flat())]);
      return new Set(candidates.filter((c) => keysOf.get(c)!.some((k) => known.has(k))));
    },
  };
}
