/** Which highlights the reader can see first, so drawing starts there (painter.ts adds the rest a few hundred per frame). */
import type { Entry } from './painter.ts';

/**
 * The stretch [first, end) of `items` (in reading order) whose ranges are on screen, found with a dozen layout
 * reads at each end by bisection: the article's words run down the page in reading order, and only the ranges
 * looked at are built. `first` is the first item not above the viewport (0 when every one is above it); `end`
 * the first one after it below the viewport's bottom at `viewHeight`. The whole list when nothing is measurable.
 */
export function onScreen<T>(items: readonly T[], rangeOf: (item: T) => Range | undefined, viewHeight: number): [number, number] {
  const rect = (i: number) => rangeOf(items[i])?.getBoundingClientRect();
  if (items.length === 0 || typeof rangeOf(items[0])?.getBoundingClientRect !== 'function') return [0, items.length]; // no layout (a test DOM)
  const firstWhere = (from: number, past: (box: DOMRect | undefined) => boolean) => {
    let lo = from;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (past(rect(mid))) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  let first = firstWhere(0, (box) => !box || box.bottom >= 0);
  if (first >= items.length) first = 0;
  return [first, Math.max(first + 1, firstWhere(first, (box) => !!box && box.top > viewHeight))];
}

/** Index of the first entry (in reading order) that is not above the viewport; 0 when nothing is measurable. */
export function firstOnScreen(entries: readonly Entry[]): number {
  return onScreen(entries, (e) => e.range, Number.POSITIVE_INFINITY)[0];
}
