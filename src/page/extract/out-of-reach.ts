/**
 * Where an article can be that Sourcelight does not read, so that "not an article" can say why. Sourcelight
 * reads the page's own document only: not embedded frames (whatever their origin: a cross-origin frame is
 * another site, which the reader did not ask to have read, and even a same-origin one is a separate document
 * the highlights could not reach), and not text inside web components' shadow roots (the page's highlight
 * styles do not apply there, so highlights would be invisible).
 */
/** A frame at least this share of the viewport, or this tall, could hold the article. */
const LARGE_FRAME_SHARE = 0.25;
const LARGE_FRAME_HEIGHT = 300;

/** Whether the page shows an embedded frame large enough to hold an article. */
export function hasLargeFrame(doc: Document): boolean {
  const view = doc.defaultView;
  const area = (view?.innerWidth ?? 0) * (view?.innerHeight ?? 0);
  for (const frame of doc.querySelectorAll('iframe, frame, object, embed')) {
    const box = frame.getBoundingClientRect();
    if (box.height >= LARGE_FRAME_HEIGHT || (area > 0 && box.width * box.height >= area * LARGE_FRAME_SHARE)) return true;
  }
  return false;
}

/** Whether an open shadow root in the page holds an article's worth of text. */
export function hasTextInShadowRoots(doc: Document, minChars: number): boolean {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const root = (node as Element).shadowRoot;
    if (root && (root.textContent ?? '').replace(/\s+/g, ' ').trim().length >= minChars) return true;
  }
  return false;
}
