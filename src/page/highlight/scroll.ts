/** Tells the painter when the reader's view of the page may have moved, at most once per frame. */

/**
 * Calls `moved` after the page, or any scrolling box in it, scrolls or the window is resized, once per frame
 * however many events came (a fast scroll fires dozens), until `signal` aborts. Listens in the capture phase
 * because scroll events of an element do not bubble to the document.
 */
export function followScroll(view: Window, moved: () => void, signal: AbortSignal): void {
  let pending = false;
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    view.requestAnimationFrame(() => {
      pending = false;
      if (!signal.aborted) moved();
    });
  };
  const options = { capture: true, passive: true, signal };
  view.document.addEventListener('scroll', schedule, options);
  view.addEventListener('resize', schedule, options);
}
