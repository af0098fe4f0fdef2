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

/** A letter or a digit anywhere in a stretch of text. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHARACTER.test(ch);
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

/**
 * What one findQuotes call has learnt about the text ahead. Without it, every unclosed mark of a paragraph scanned
 * to the paragraph's end again: a page of unclosed curly quotes took seconds per 100,000 characters (quadratic).
 */
interface Scan {
  text: string;
  /** Per closing mark of a double quote: from `from` to `to` (a paragraph break or the text's end) it never occurs. */
  noClose: Map<string, { from: number; to: number }>;
  /** The last paragraph looked up: any position in [from, breakAt] lies in it. */
  paragraph?: { from: number; breakAt: number; end: number; next: number };
  /** The first letter or digit at or after `from` is at `at` (the text's length when there is none). */
  word?: { from: number; at: number };
}

/** WORD_CHARACTER, for searching forwards from a position. */
const NEXT_WORD_CHARACTER = /[\p{L}\p{N}]/gu;

/** Whether a letter or digit lies in [from, end): one search per stretch, reused while later starts fall inside it. */
function hasWordBetween(scan: Scan, from: number, end: number): boolean {
  let known = scan.word;
  if (!known || from < known.from || from > known.at) {
    NEXT_WORD_CHARACTER.lastIndex = from;
    const match = NEXT_WORD_CHARACTER.exec(scan.text);
    known = { from, at: match ? match.index : scan.text.length };
    scan.word = known;
  }
  return known.at < end;
}

/** Returns the quotation spans of a text, in order, without overlaps. */
export function findQuotes(text: string): Span[] {
  const scan: Scan = { text, noClose: new Map() };
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
    const single = ch === '\u2018';
    const end = findClose(scan, i + close.length, close, single);
    if (end === UNCLOSED_IN_PARAGRAPH && (opensParagraph(text, i) || opensSentence(text, i))) {
      const parts = quotationOverParagraphs(scan, i, close, single);
      if (parts.length > 0) {
        quotes.push(...parts);
        i = parts[parts.length - 1].end;
        continue;
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    quotes.push({ start: i, end });
    i = end;
  }
  return quotes;
}

/** findClose's answer when the paragraph (or the text) ends before the quote closes. */
const UNCLOSED_IN_PARAGRAPH = -1;
/** findClose's answer when a single-quoted stretch grows past MAX_SINGLE_QUOTE: a stray mark, not a quote. */
const TOO_LONG = -2;

/**
 * Finds the end (just past the closing mark) of a quote opened before `from`, or UNCLOSED_IN_PARAGRAPH, or
 * TOO_LONG. A quote never runs past a paragraph break: an unbalanced mark must not turn the rest of an article
 * into "quotation".
 */
function findClose(scan: Scan, from: number, close: string, single: boolean): number {
  const { text } = scan;
  const known = single ? undefined : scan.noClose.get(close);
  // A later start inside a stretch already scanned without finding the mark cannot find it either.
  if (known && from >= known.from && from <= known.to) return UNCLOSED_IN_PARAGRAPH;
  const limit = single ? Math.min(text.length, from + MAX_SINGLE_QUOTE) : text.length;
  for (let j = from; j < limit; j++) {
    const c = text[j];
    if (c === '\n' && paragraphBreakAt(text, j) > 0) {
      if (!single) scan.noClose.set(close, { from, to: j });
      return UNCLOSED_IN_PARAGRAPH;
    }
    if (close.length > 1) {
      if (text.startsWith(close, j)) return j + close.length;
      continue;
    }
    // A closing single quote followed by a letter is an apostrophe (don’t), not the end of a quote.
    if (c === close && !(single && isLetterOrDigit(text[j + 1]))) return j + 1;
  }
  if (limit < text.length) return TOO_LONG;
  if (!single) scan.noClose.set(close, { from, to: text.length });
  return UNCLOSED_IN_PARAGRAPH;
}

/** The characters a blank line may hold besides its newlines. */
const BLANK = new Set([' ', '\t', '\r']);

/**
 * The length of the paragraph break starting at the newline at j (a blank line, which may hold spaces, tabs or
 * the \r of Windows line ends), or 0 when the newline only ends a line.
 */
function paragraphBreakAt(text: string, j: number): number {
  let k = j + 1;
  while (BLANK.has(text[k])) k++;
  if (text[k] !== '\n') return 0;
  while (BLANK.has(text[k + 1]) || text[k + 1] === '\n') k++;
  return k + 1 - j;
}

/** True when the mark at i is the first thing in its paragraph (only blanks between it and a blank line). */
function opensParagraph(text: string, i: number): boolean {
  let k = i - 1;
  while (BLANK.has(text[k])) k--;
  if (k < 0) return true;
  if (text[k] !== '\n') return false;
  k--;
  while (BLANK.has(text[k])) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * True when the mark at i follows the end of a sentence or a speaker's colon or comma ("…, the mayor said. “The
 * river", "Okafor said: “We"): where a quotation that runs on into the next paragraphs begins mid-paragraph. A
 * mark inside a clause ("called it “a mess") is more likely a stray.
 */
function opensSentence(text: string, i: number): boolean {
  let k = i - 1;
  while (BLANK.has(text[k])) k--;
  return k >= 0 && '.:!?,'.includes(text[k]);
}

/** The end of the paragraph holding `from` (its last non-blank character's end) and where the next one starts (-1: none). */
function paragraphAt(scan: Scan, from: number): { end: number; next: number } {
  const known = scan.paragraph;
  if (known && from >= known.from && from <= known.breakAt) return known;
  const { text } = scan;
  let found = { from, breakAt: text.length, end: trimmedEnd(text, text.length), next: -1 };
  for (let j = text.indexOf('\n', from); j >= 0; j = text.indexOf('\n', j + 1)) {
    const size = paragraphBreakAt(text, j);
    if (size > 0) {
      found = { from, breakAt: j, end: trimmedEnd(text, j), next: j + size < text.length ? j + size : -1 };
      break;
    }
  }
  scan.paragraph = found;
  return found;
}

/** `end` moved back over the blanks and line ends before it. */
function trimmedEnd(text: string, end: number): number {
  let k = end;
  while (k > 0 && (BLANK.has(text[k - 1]) || text[k - 1] === '\n')) k--;
  return k;
}

/**
 * The news convention for a quotation over several paragraphs: each paragraph opens with a mark and only the last
 * one closes. The mark at `open` opens a paragraph that never closes; while the next paragraph opens with the same
 * mark, the paragraph just read is the speaker's to its end and the quotation goes on, to the last paragraph's
 * closing mark (or that paragraph's end when it never closes either). One span per paragraph, so that each starts
 * at its own mark. Empty when no next paragraph takes the quotation up: one unclosed paragraph alone may be a stray.
 */
function quotationOverParagraphs(scan: Scan, open: number, close: string, single: boolean): Span[] {
  const { text } = scan;
  const mark = close === "''" ? "''" : text[open];
  const parts: Span[] = [];
  let start = open;
  for (;;) {
    const paragraph = paragraphAt(scan, start);
    // A paragraph of a bare mark and no words quotes nothing.
    if (!hasWordBetween(scan, start + mark.length, paragraph.end)) return parts;
    if (paragraph.next < 0 || !text.startsWith(mark, paragraph.next)) {
      if (parts.length > 0) parts.push({ start, end: paragraph.end });
      return parts;
    }
    parts.push({ start, end: paragraph.end });
    start = paragraph.next;
    const end = findClose(scan, start + mark.length, close, single);
    if (end >= 0) {
      parts.push({ start, end });
      return parts;
    }
  }
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
