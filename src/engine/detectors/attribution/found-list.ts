/** The list of attributions found in one sentence: adding without overlaps, merging a speaker's second cue. */
import type { Found } from './verbs.ts';

/** Adds an attribution unless it overlaps one found before; a second cue of the same speaker widens the first. */
export function addOrMerge(found: Found[], f: Found): void {
  // "Experts, speaking on condition of anonymity, have urged": one speaker, two cues, one attribution.
  const same = found.find((g) => g.speaker?.first === f.speaker?.first);
  if (same) {
    same.end = Math.max(same.end, f.end);
    if (f.clause) same.clause = f.clause;
    // "A report published on Monday by the trust said": the later cue may have found the document's publisher.
    if (f.guess.sourceName && !same.guess.sourceName && f.guess.source === same.guess.source) same.guess = f.guess;
    return;
  }
  // "A report published by the Harbour Trust said": the publishing inside a named document's description is part of it.
  const inner =
    f.guess.source === 'document' && f.guess.sourceName
      ? found.findIndex((g) => f.first < g.first && g.end < f.end)
      : -1;
  if (inner >= 0) found.splice(inner, 1);
  if (!overlapsAny(found, f)) found.push(f);
}

/** True when f shares a token with an attribution already found. */
export function overlapsAny(found: readonly Found[], f: Found): boolean {
  return found.some((g) => f.first < g.end && g.first < f.end);
}
