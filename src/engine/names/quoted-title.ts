/**
 * A name or title in quotation marks, found from its closing mark: "fans of 'Night Shift'", 'the group “Harbour
 * Watch” said'. One walk back over at most a few words, so it costs O(1) per call; the callers decide what must
 * stand before the opening mark (a link word after a noun, or the noun the name names).
 */
import type { Token } from '../nlp.ts';
import { isCapitalised } from './tokens.ts';

/** Marks that may open a quoted title. */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
/** Marks that may close a quoted title. */
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "'", '’']);
/** How many words a quoted title may hold ("'The Long Road Home'"). */
const MAX_TITLE = 6;

/**
 * The index of the mark that opens a title in title case whose closing mark is at `close`, or -1: one to six words
 * back, each capitalised or one of `small` ("of", "the"), the first capitalised, never before `floor`. `opens`
 * says which tokens count as the opening mark.
 */
export function quotedTitleOpen(tokens: readonly Token[], close: number, floor: number, small: ReadonlySet<string>, opens: (t: Token) => boolean): number {
  for (let j = close - 1; j >= floor && close - j <= MAX_TITLE + 1; j--) {
    const t = tokens[j];
    if (opens(t)) return j < close - 1 && isCapitalised(tokens[j + 1]) ? j : -1;
    if (!isCapitalised(t) && !small.has(t.lower)) return -1;
  }
  return -1;
}
