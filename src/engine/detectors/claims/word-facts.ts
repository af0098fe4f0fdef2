/**
 * What the claim features read about a token by its lower-case form alone, worked out once per distinct word
 * instead of at every occurrence: its marks and the phrases it opens (phrase-gate.ts), whether it holds a digit,
 * and whether it ends an approximator ("nearly", "at least": the first test estimate.ts makes of the token before
 * an amount). Each answer depends on the word alone and on tables fixed at module load, so a memo cannot change it.
 */
import { endsApproximator } from './estimate.ts';
import type { GatedWordInfo } from './phrase-gate.ts';

/** One word's facts. */
export interface WordFacts {
  /** Its entry in the features' word table (marks and phrases), if any. */
  info: GatedWordInfo | undefined;
  /** It holds an ASCII digit. */
  digit: boolean;
  /** It is the last word of an approximator. */
  approximatorEnd: boolean;
}

/** The facts of no word: where a loop has not read a token before this one yet. */
export const NO_FACTS: WordFacts = { info: undefined, digit: false, approximatorEnd: false };

/** Words remembered per reader before the memo is emptied: a bound on memory over a long-running process. */
const MEMO_LIMIT = 50_000;

/** True when the text holds an ASCII digit, what /\d/ tests, by its character codes: no regular expression per word. */
export function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A reader of word facts over this word table, with its own memo (one look-up per token after a word's first). */
export function wordFactsReader(table: ReadonlyMap<string, GatedWordInfo>): (lower: string) => WordFacts {
  const memo = new Map<string, WordFacts>();
  return (lower) => {
    let facts = memo.get(lower);
    if (facts === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      facts = { info: table.get(lower), digit: hasDigit(lower), approximatorEnd: endsApproximator(lower) };
      memo.set(lower, facts);
    }
    return facts;
  };
}
