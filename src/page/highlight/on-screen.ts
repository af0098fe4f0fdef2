/** Which highlight the reader can see first, so drawing starts there and the drawn window follows the reader. */

/** Anything with a live Range (an Entry, or the painter's own record of a drawn range). */
interface Placed {
  range: Range;
}

/**
 * Index of the first item (in reading order) that is not above the viewport, found with a dozen layout reads
 * by bisection (the article's words run down the page in reading order); `items.length` when all are above.
 */
export function firstNotAbove(items: readonly Placed[]): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].range.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first entry on screen, where drawing starts; 0 when nothing is measurable or all are above. */
export function firstOnScreen(entries: readonly Placed[]): number {
  if (typeof entries[0]?.range.getBoundingClientRect !== 'function') return 0; // no layout (a test DOM)
  const first = firstNotAbove(entries);
  return first < entries.length ? first : 0;
}
