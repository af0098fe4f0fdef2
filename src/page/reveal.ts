/** Brings a finding into view: scrolls so its words sit in the upper part of the viewport, or of their own scrolling box. */

/** The nearest ancestor that scrolls on its own (not the page itself), if any. */
function ownScroller(element: Element | null, view: Window): Element | undefined {
  const page = element?.ownerDocument.scrollingElement;
  for (let e = element; e && e !== page && e !== e.ownerDocument.body; e = e.parentElement) {
    const overflow = view.getComputedStyle(e).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) return e;
  }
  return undefined;
}

/** Scrolls so that `range` is visible, smoothly unless the reader prefers reduced motion. */
export function scrollToRange(range: Range, doc: Document): void {
  const view = doc.defaultView;
  if (!view) return;
  const behavior: ScrollBehavior = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  const element = range.startContainer.parentElement;
  const box = range.getBoundingClientRect();
  if ((box.width === 0 && box.height === 0) || ownScroller(element, view)) {
    element?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  view.scrollBy({ top: box.top - view.innerHeight * 0.3, behavior });
}
