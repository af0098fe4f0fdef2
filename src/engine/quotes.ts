/**
 * Finds direct quotations, so that findings inside them can be marked `inQuote`: the words are the
 * speaker's, not the author's, and the score weighs them less.
 */

/** A half-open span [start, end) of the text; for quotes it includes the quote marks. */
export interface Span {
  start: number;
  end: number;
}

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE: Record<string, string> = { '\u201C': '\u201D', '\u201E': '\u201C', '\u00AB': '\u00BB' };
/** The longest single-quoted stretch we accept: past it, a ‘ is more likely a stray mark than a quote. */
const MAX_SINGLE_QUOTE = 300;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * True when two apostrophes at i open a quotation: some newspapers' archives (the New York Times' among them)
 * write ''...'' for double quotation marks. They open a quote only where a word may begin, not after a letter.
 */
function isTwoApostrophes(text: string, i: number): boolean {
  // Three in a row is wiki markup for bold, not a quotation.
  const prev = text[i - 1];
  return text[i] === "'" && text[i + 1] === "'" && !isLetterOrDigit(prev) && prev !== "'" && text[i + 2] !== "'";
}

/**
 * The characters that may open a quotation (straight and curly double quotes, guillemets, the opening single
 * quote, the apostrophe of ''): the scan jumps from one to the next in native code, where testing every
 * character of a 600,000-character text against the set cost more than the rest of finding the quotes.
 */
const MAY_OPEN = /["'\u201C\u201E\u00AB\u2018]/g;

/** Returns the quotation spans of a text, in order, without overlaps. */
export function findQuotes(text: string): Span[] {
  const quotes: Span[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    MAY_OPEN.lastIndex = i;
    if (MAY_OPEN.exec(text) === null) break;
    i = MAY_OPEN.lastIndex - 1;
    const ch = text[i];
    let close: string | undefined;
    if (ch === '"') close = '"';
    else if (isTwoApostrophes(text, i)) close = "''";
    else if (DOUBLE_OPEN.has(ch)) close = DOUBLE_CLOSE[ch];
    else if (ch === '\u2018' && !isLetterOrDigit(text[i - 1])) close = '\u2019';
    if (close === undefined) {
      i++;
      continue;
    }
    const end = findClose(text, i + close.length, close, ch === '\u2018');
    if (end < 0) {
      i++;
      continue;
    }
    quotes.push({ start: i, end });
    i = end;
  }
  return quotes;
}

/**
 * Finds the end (just past the closing mark) of a quote opened before `from`, or -1. A quote never runs past
 * a paragraph break: an unbalanced mark must not turn the rest of an article into "quotation".
 */
function findClose(text: string, from: number, close: string, single: boolean): number {
  const limit = single ? Math.min(text.length, from + MAX_SINGLE_QUOTE) : text.length;
  for (let j = from; j < limit; j++) {
    const c = text[j];
    if (c === '\n' && text[j + 1] === '\n') return -1;
    if (close.length > 1) {
      if (text.startsWith(close, j)) return j + close.length;
      continue;
    }
    // A closing single quote followed by a letter is an apostrophe (don’t), not the end of a quote.
    if (c === close && !(single && isLetterOrDigit(text[j + 1]))) return j + 1;
  }
  return -1;
}

/** True when [start, end) lies inside one of the (sorted) quote spans. Binary search: O(log n). */
export function isInside(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return end <= s.end;
  }
  return false;
}
