/**
 * Which findings are under the pointer. Highlights are not elements, so there is nothing to receive a
 * mouse event: the caret position under the pointer (caretPositionFromPoint, or Chromium's older
 * caretRangeFromPoint) gives a DOM position, the TextMap turns it into a text offset, and the candidate
 * findings around that offset are confirmed against their Ranges' boxes (a caret is found even in the
 * margin beside a line, where no highlight is).
 */
import type { TextMap } from './extract/text-map.ts';
import type { Entry } from './highlight/painter.ts';

/** A DOM position. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position at viewport point (x, y), if the browser finds one. */
export function caretAt(doc: Document, x: number, y: number): Caret | undefined {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** Whether (x, y) lies inside one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left - slack && x <= box.right + slack && y >= box.top - slack && y <= box.bottom + slack) return true;
  }
  return false;
}

/** The shown findings under (x, y), narrowest first (the most specific explanation comes first). */
export function findingsAtPoint(
  doc: Document,
  map: TextMap,
  entries: readonly Entry[],
  x: number,
  y: number,
  isShown: (entry: Entry) => boolean,
): Entry[] {
  const caret = caretAt(doc, x, y);
  const offset = caret ? map.offsetAt(caret.node, caret.offset) : undefined;
  if (offset === undefined) return [];
  // A caret on the right half of a character reports the offset after it, hence the inclusive end.
  return entries
    .filter((e) => e.finding.start <= offset && offset <= e.finding.end && isShown(e) && rangeContainsPoint(e.range, x, y))
    .sort((a, b) => a.finding.end - a.finding.start - (b.finding.end - b.finding.start));
}
