/**
 * The reader's gestures on highlighted text: hovering shows the explanation card after a short pause,
 * clicking pins it (and moves keyboard focus into it), Escape or a click elsewhere closes it. Every listener
 * is registered with the controller's AbortSignal, so turning Sourcelight off removes them all at once.
 * Inside a region the reader types in (contenteditable) gestures are left alone: a card there would take
 * the reader's focus and cover their words.
 */
import type { ExplanationCard } from './card/card.ts';
import { isInEditable } from './extract/blocks.ts';
import type { Entry } from './highlight/painter.ts';

/** What the gestures act on. */
export interface InteractionTarget {
  card: ExplanationCard;
  /** The shown findings at a viewport point, narrowest first. */
  hitTest(x: number, y: number): Entry[];
  /** Opens the card for entries (the first one anchors it). */
  open(entries: Entry[], pinned: boolean): void;
}

/** Timings of the hover card, in milliseconds. */
export const HOVER_DELAY_MS = 250;
/** How long a hover card survives the pointer leaving its words (time to move onto the card). */
export const HOVER_GRACE_MS = 400;

/** Registers the gesture listeners on `doc` until `signal` aborts. */
export function listenToGestures(doc: Document, target: InteractionTarget, signal: AbortSignal): void {
  const view = doc.defaultView;
  if (!view) return;
  let frame = 0;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let hovered: Entry | undefined;
  signal.addEventListener('abort', () => {
    view.cancelAnimationFrame(frame);
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
  });

  const onPointer = (x: number, y: number, overCard: boolean) => {
    if (overCard) {
      clearTimeout(hideTimer);
      return;
    }
    const hits = target.hitTest(x, y);
    const first = hits[0];
    if (first && first === hovered) return;
    hovered = first;
    clearTimeout(showTimer);
    if (first) {
      clearTimeout(hideTimer);
      if (!target.card.pinned) showTimer = setTimeout(() => target.open(hits, false), HOVER_DELAY_MS);
    } else if (target.card.isOpen && !target.card.pinned) {
      hideTimer = setTimeout(() => target.card.hide(), HOVER_GRACE_MS);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      const { clientX, clientY } = event;
      const overCard = target.card.contains(event.target);
      if (!overCard && isInEditable(event.target as Node | null)) return;
      view.cancelAnimationFrame(frame);
      // Hit-testing once per frame at most keeps a fast-moving pointer cheap.
      frame = view.requestAnimationFrame(() => onPointer(clientX, clientY, overCard));
    },
    { signal, passive: true },
  );
  doc.addEventListener(
    'click',
    (event) => {
      if (target.card.contains(event.target)) return;
      const hits = isInEditable(event.target as Node | null) ? [] : target.hitTest(event.clientX, event.clientY);
      clearTimeout(showTimer);
      if (hits.length > 0) target.open(hits, true);
      else if (target.card.isOpen) target.card.hide();
    },
    { signal },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && target.card.isOpen) target.card.hide();
    },
    { signal, capture: true },
  );
  const follow = () => target.card.reposition();
  view.addEventListener('scroll', follow, { signal, passive: true, capture: true });
  view.addEventListener('resize', follow, { signal, passive: true });
}
