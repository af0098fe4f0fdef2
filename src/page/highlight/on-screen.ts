/** Which highlight the reader can see first, so drawing starts there (painter.ts adds the rest a few hundred per frame). */
import type { Entry } from './painter.ts';

/**
 * Index of the first entry (in reading order) that is not above the viewport, found with a dozen layout
 * reads by bisection: the article's words run down the page in reading order. 0 when nothing is measurable.
 */
export function firstOnScreen(entries: readonly Entry[]): number {
  if (typeof entries[0]?.range.getBoundingClientRect !== 'function') return 0; // no layout (a test DOM)
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].range.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < entries.length ? lo : 0;
}
