/** W3C Web Annotation selectors for a span of the analysed text: a quote with context, and a position. */
import type { TextQuote } from './types.ts';

/** Characters of context either side of a quote, as the W3C model suggests and Hypothesis uses. */
export const CONTEXT_LENGTH = 32;

/** The W3C TextQuoteSelector. */
export interface TextQuoteSelector extends TextQuote {
  type: 'TextQuoteSelector';
}

/** The W3C TextPositionSelector; offsets are UTF-16 code units, as in the contract and in Hypothesis. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The exact text of a span with up to `context` characters either side, never splitting an emoji in half. */
export function quoteAround(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextQuote {
  let from = Math.max(0, start - context);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/** Both selectors for a span, quote first: readers anchor by quote and use the position as a hint. */
export function selectorsFor(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  return [
    { type: 'TextQuoteSelector', ...quoteAround(text, start, end) },
    { type: 'TextPositionSelector', start, end },
  ];
}
