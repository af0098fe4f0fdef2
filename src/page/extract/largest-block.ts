/**
 * The "Analyse anyway" fallback when Readability finds no article: the element holding the most paragraph
 * text, which on most pages that are not articles (a blog index, a forum thread, a press release) is still
 * where the prose is.
 */

/** Paragraph-like elements whose text counts towards their parent. */
const PROSE = 'p, li, blockquote, pre, dd, td';

/** The element with the most prose in its paragraph children; the body when there is too little anywhere. */
export function largestBlock(doc: Document, minChars = 200): Element | null {
  const totals = new Map<Element, number>();
  for (const paragraph of doc.body?.querySelectorAll(PROSE) ?? []) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    const length = (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    totals.set(parent, (totals.get(parent) ?? 0) + length);
  }
  let best: Element | null = null;
  let bestTotal = 0;
  for (const [element, total] of totals) {
    if (total > bestTotal) {
      best = element;
      bestTotal = total;
    }
  }
  return bestTotal >= minChars ? best : doc.body;
}
