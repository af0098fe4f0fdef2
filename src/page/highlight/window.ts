/**
 * Which of a long article's ranges are registered in CSS.highlights: a window of them around the reader's
 * place. Chromium rebuilds the markers of EVERY registered range of every highlight at the next frame after
 * any change to any highlight (blink's HighlightRegistry::ValidateHighlightMarkers), so on a 20,000-word page
 * with 3,249 ranges a frame that adds some cost 33 ms of CPU (51 ms wall) in a trace. A window of WINDOW_SIZE
 * ranges keeps every rebuild small (16 ms CPU); it moves with the reader (scroll.ts), so what they see is always
 * drawn. The price: a frame in which the window moves repaints its highlights (30-40 ms CPU, once every few
 * screens), measured with scripts/bench/browser-trace.ts.
 */

/** How many ranges (in reading order) are registered at most: several screens either side of the viewport. */
export const WINDOW_SIZE = 800;

/** A half-open span [lo, hi) of indices in reading order. */
export interface Span {
  lo: number;
  hi: number;
}

/** The window of `size` indices centred on `centre` among `count`, shifted inside [0, count) at either end. */
export function windowAround(centre: number, count: number, size = WINDOW_SIZE): Span {
  if (count <= size) return { lo: 0, hi: count };
  const lo = Math.min(Math.max(0, centre - (size >> 1)), count - size);
  return { lo, hi: lo + size };
}

/**
 * Whether the reader at index `at` is close enough to an edge of `span` that more of the article is about to
 * come on screen undrawn: within a quarter window of an edge that is not the article's own start or end. The
 * quarter window is slack so that small scrolls do not move the window (each move costs a rebuild).
 */
export function nearEdge(span: Span, at: number, count: number, size = WINDOW_SIZE): boolean {
  const margin = size >> 2;
  return (span.lo > 0 && at < span.lo + margin) || (span.hi < count && at > span.hi - margin);
}
