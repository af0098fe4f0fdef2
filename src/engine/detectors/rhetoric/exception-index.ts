/**
 * A lexicon group's exceptions filed by the words their first slot accepts. A group can carry dozens of
 * exceptions and each is tried at the five positions from four words before a candidate: filed this way, a
 * position tries only the exceptions that can start with its word, and the answer is the same as trying all.
 */
import type { Sentence, Token } from '../../nlp.ts';
import { type CompiledTerm, matchTerm, type TokenForms } from './term-pattern.ts';

/** The longest phrase an exception may start before the term ("a heart attack": one word before). */
const EXCEPT_LOOKBEHIND = 4;

/** A group's compiled exceptions: by the words a required first word slot accepts, and those that start otherwise. */
export interface ExceptionIndex {
  byWord: Map<string, CompiledTerm[]>;
  /** Exceptions whose first slot is optional or a word class ("{det} claim"): tried at every position. */
  anyStart: CompiledTerm[];
  /** The most slots an exception has: none starting further back than this can reach the candidate. */
  longest: number;
}

/** The exceptions filed by first word; an empty index when the group has none. */
export function indexExceptions(terms: readonly CompiledTerm[]): ExceptionIndex {
  const index: ExceptionIndex = { byWord: new Map(), anyStart: [], longest: 0 };
  for (const term of terms) {
    index.longest = Math.max(index.longest, term.slots.length);
    const first = term.slots[0];
    if (first.optional || !first.words) {
      index.anyStart.push(term);
      continue;
    }
    for (const word of first.words) {
      const list = index.byWord.get(word);
      if (list) list.push(term);
      else index.byWord.set(word, [term]);
    }
  }
  return index;
}

/** True when the index holds no exception at all (most groups): nothing to try. */
export function hasNoExceptions(index: ExceptionIndex): boolean {
  return index.byWord.size === 0 && index.anyStart.length === 0;
}

/**
 * True when an exception starting at most four words before the candidate covers it: it runs past the
 * candidate's first word and, for a phrase, to at least the candidate's end or one word in.
 */
export function coveredByException(
  index: ExceptionIndex,
  tokens: Token[],
  sentences: Sentence[],
  forms: TokenForms[],
  first: number,
  end: number,
): boolean {
  if (hasNoExceptions(index)) return false;
  const limit = sentences[tokens[first].sentence]?.endToken ?? tokens.length;
  const { anyStart, byWord } = index;
  // Index loops and a module function, not a closure made per call: this runs for every candidate that fits.
  const back = Math.min(EXCEPT_LOOKBEHIND, index.longest - 1);
  for (let j = Math.max(0, first - back); j <= first; j++) {
    for (let k = 0; k < anyStart.length; k++) if (covers(anyStart[k], tokens, forms, j, limit, first, end)) return true;
    if (byWord.size === 0) continue;
    const { keys } = forms[j];
    for (let k = 0; k < keys.length; k++) {
      const list = byWord.get(keys[k]);
      if (!list) continue;
      for (let e = 0; e < list.length; e++) if (covers(list[e], tokens, forms, j, limit, first, end)) return true;
    }
  }
  return false;
}

/** True when the exception matched at `at` runs past the candidate's first word and far enough into it. */
function covers(
  ex: CompiledTerm,
  tokens: Token[],
  forms: TokenForms[],
  at: number,
  limit: number,
  first: number,
  end: number,
): boolean {
  // Each slot takes at most one token: an exception too short to reach the candidate from here is not tried
  // ("heart attack" is tried one word before "attack", not four).
  if (at + ex.slots.length <= first) return false;
  // A required first slot takes this token, so a required second word must be the next token: most tries end
  // here with one look at the next word ("{verb} as many" after a verb not followed by "as").
  const second = ex.nextKeys;
  if (second !== undefined && !ex.slots[0].optional && !(at + 1 < limit && hasAnyKey(forms[at + 1], second)))
    return false;
  const exEnd = matchTerm(ex, tokens, forms, at, limit);
  return exEnd > first && exEnd >= Math.min(end, first + 1);
}

/** True when one of the token's forms is one of the words. */
function hasAnyKey(forms: TokenForms, words: readonly string[]): boolean {
  const { keys } = forms;
  for (let k = 0; k < keys.length; k++) if (words.includes(keys[k])) return true;
  return false;
}
