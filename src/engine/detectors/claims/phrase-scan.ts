/**
 * Which of several phrase lists occur in a sentence, found in one pass. The lists' patterns are merged into
 * one index by first word, so each token is looked up once however many lists there are (a claim's features
 * read about ten lists; scanning each on its own cost ten lookups per token).
 */
import type { Token } from '../../nlp.ts';
import { compilePatternIndex, type PatternIndex } from '../attribution/patterns.ts';

/** A compiled pattern's steps, as the attribution matcher compiles them. */
type Steps = PatternIndex extends ReadonlyMap<string, readonly { steps: infer S }[]> ? S : never;

/** One pattern of the merged index and the list it came from. */
interface Entry {
  list: number;
  steps: Steps;
}

/** Phrase lists merged into one first-word index; a phrase of list i sets bit i. */
export interface MergedPhraseLists {
  byFirstWord: ReadonlyMap<string, readonly Entry[]>;
  /** Every list's bit: the scan stops once all are found. */
  all: number;
}

/** Compiles and merges up to 31 phrase lists (pattern syntax of attribution/patterns.ts). */
export function mergePhraseLists(lists: readonly (readonly string[])[]): MergedPhraseLists {
  if (lists.length > 31) throw new Error(`at most 31 phrase lists fit a bitmask, got ${lists.length}`);
  const byFirstWord = new Map<string, Entry[]>();
  lists.forEach((patterns, list) => {
    for (const [word, compiled] of compilePatternIndex(patterns)) {
      const entries = byFirstWord.get(word) ?? [];
      for (const p of compiled) entries.push({ list, steps: p.steps });
      byFirstWord.set(word, entries);
    }
  });
  return { byFirstWord, all: 2 ** lists.length - 1 };
}

/** True when `steps` match from token `i` on (before `limit`); optional steps may be skipped. */
function matchesFrom(tokens: Token[], i: number, limit: number, steps: Steps, s = 0): boolean {
  if (s === steps.length) return true;
  const step = steps[s];
  if (i < limit && step.words.has(tokens[i].lower) && matchesFrom(tokens, i + 1, limit, steps, s + 1)) return true;
  return step.optional && matchesFrom(tokens, i, limit, steps, s + 1);
}

/**
 * A bitmask of the lists with a phrase inside the token range [from, to): bit i for list i. Same answer as
 * `findPatterns(...).length > 0` per list, since that finds a match whenever any position starts one.
 */
export function listsFound(tokens: Token[], from: number, to: number, lists: MergedPhraseLists): number {
  let found = 0;
  for (let i = from; i < to && found !== lists.all; i++) {
    const entries = lists.byFirstWord.get(tokens[i].lower);
    if (entries) found = phrasesFrom(tokens, i, to, entries, found);
  }
  return found;
}

/** `found` plus the bits of the lists whose phrases (`entries`, all starting with token i's word) match from i. */
export function phrasesFrom(tokens: Token[], i: number, to: number, entries: readonly Entry[], found: number): number {
  for (const e of entries) {
    const bit = 1 << e.list;
    if ((found & bit) === 0 && matchesFrom(tokens, i, to, e.steps)) found |= bit;
  }
  return found;
}

/** A word's marker bits (word-marks.ts) and the merged phrases that start with it. */
export interface WordInfo {
  mark: number;
  entries: readonly Entry[] | undefined;
}

/**
 * Joins the word marks and a merged phrase index into one map: a loop that reads both at every token (the
 * claim features) then looks each token up once, not twice.
 */
export function joinWordInfo(marks: ReadonlyMap<string, number>, lists: MergedPhraseLists): ReadonlyMap<string, WordInfo> {
  const joined = new Map<string, WordInfo>();
  for (const [word, mark] of marks) joined.set(word, { mark, entries: undefined });
  for (const [word, entries] of lists.byFirstWord) joined.set(word, { mark: marks.get(word) ?? 0, entries });
  return joined;
}
