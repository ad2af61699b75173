/** Splitting a run of letters into syllables: pinyin, Taiwan spellings and Hong Kong spellings share it. */

/**
 * Splits a run of letters into syllables of `known` (fewest syllables), or undefined when it cannot be.
 * `fold` turns a slice into the form `known` holds (Hong Kong spellings are folded); the syllables returned are
 * folded the same way.
 */
export function splitWith(word: string, known: { has(s: string): boolean }, fold: (s: string) => string = (s) => s): string[] | undefined {
  const n = word.length;
  // No name has a word this long; the search is quadratic in it.
  if (n > 40) return undefined;
  const best: (string[] | undefined)[] = new Array(n + 1);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prev = best[i];
    if (!prev) continue;
    for (let len = 1; len <= 6 && i + len <= n; len++) {
      const syl = fold(word.slice(i, i + len));
      if (!known.has(syl)) continue;
      const cand = [...prev, syl];
      const cur = best[i + len];
      if (!cur || cand.length < cur.length) best[i + len] = cand;
    }
  }
  return best[n];
}
