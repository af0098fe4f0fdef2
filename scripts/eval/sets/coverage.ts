/** How much of an expected article text an extraction found: the share of its words, counted with repeats. */

/** Lower-cased words (letters and digits), so markup, spacing and punctuation differences do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of the expected words (as a multiset) present in the found text; null when nothing is expected. */
export function wordCoverage(expected: string, found: string): number | null {
  const want = words(expected);
  if (want.length === 0) return null;
  const have = new Map<string, number>();
  for (const w of words(found)) have.set(w, (have.get(w) ?? 0) + 1);
  let matched = 0;
  for (const w of want) {
    const left = have.get(w) ?? 0;
    if (left > 0) {
      matched++;
      have.set(w, left - 1);
    }
  }
  return matched / want.length;
}
