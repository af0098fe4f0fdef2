/**
 * A plain reading of attribution/patterns.ts's pattern syntax, for tests that hold its indexed matcher (and the gates
 * before it) to what the patterns say: every pattern a token may open, longest match, first pattern on a tie.
 */
import type { PatternMatch } from '../../src/engine/detectors/attribution/patterns.ts';
import type { Token } from '../../src/engine/nlp.ts';

/** A pattern's steps: each step's words and whether it may be skipped. */
export type Steps = { words: Set<string>; optional: boolean }[];

/** A list's patterns as steps, and for each word the ids of the patterns it may open (a first step's word, or a later
 * step's when every step before it is optional), in list order: the plain matcher's only short cut. */
export interface PlainList {
  steps: Steps[];
  opens: Map<string, number[]>;
}

/** Reads a list of patterns in their syntax: words split by spaces, `a|b` alternatives, a trailing `?` optional. */
export function plainList(patterns: readonly string[]): PlainList {
  const steps = patterns.map((p) =>
    p
      .split(' ')
      .filter(Boolean)
      .map((part) => ({ optional: part.endsWith('?'), words: new Set(part.replace(/\?$/, '').split('|')) })),
  );
  const opens = new Map<string, number[]>();
  steps.forEach((s, id) => {
    const words = new Set<string>();
    for (let k = 0; k < s.length && (k === 0 || s[k - 1].optional); k++) for (const w of s[k].words) words.add(w);
    for (const w of words) opens.set(w, [...(opens.get(w) ?? []), id]);
  });
  return { steps, opens };
}

/** The plain reading of the pattern syntax: every pattern it may open at every token, longest match, first on a tie. */
export function plainFind(list: PlainList, t: readonly Token[], from: number, to: number): PatternMatch[] {
  const match = (i: number, s: Steps, k: number): number => {
    if (k === s.length) return i;
    let best = i < to && s[k].words.has(t[i].lower) ? match(i + 1, s, k + 1) : -1;
    if (s[k].optional) best = Math.max(best, match(i, s, k + 1));
    return best;
  };
  const found: PatternMatch[] = [];
  for (let i = from; i < to; ) {
    let best: PatternMatch | undefined;
    for (const id of list.opens.get(t[i].lower) ?? []) {
      const end = match(i, list.steps[id], 0);
      if (end > i && (!best || end > best.end)) best = { first: i, end, id };
    }
    if (best) found.push(best);
    i = best ? best.end : i + 1;
  }
  return found;
}
