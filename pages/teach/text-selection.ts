/**
 * Between the reader's selection in the DOM and offsets in the text: a mouse selection inside the text becomes
 * a span to mark, and a keyboard selection (src/teach/words.ts) is shown as the document's selection so the
 * student sees the words they picked, exactly as if dragged with a mouse.
 */
import type { TextMap } from '../../src/page/extract/text-map.ts';

/** The first (or last) Text node at or inside `node`: a TreeWalker never returns its own root, so a Text child is itself. */
function textIn(node: Node, last: boolean): Node | null {
  if (node.nodeType === Node.TEXT_NODE) return node;
  const walker = node.ownerDocument?.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text: Node | null = walker?.nextNode() ?? null;
  if (last) for (let next = text; next; next = walker?.nextNode() ?? null) text = next;
  return text;
}

/** The text offset of a selection boundary; an element boundary counts from the text node it sits next to. */
function boundaryOffset(map: TextMap, node: Node, offset: number, isEnd: boolean): number | undefined {
  if (node.nodeType !== Node.TEXT_NODE) {
    // A triple-click ends the selection at the very start of the next paragraph: the end is where its text begins.
    if (isEnd && offset === 0) return boundaryOffset(map, node, 0, false);
    // A boundary between children (double- and triple-clicks give these): use the nearest text inside.
    const child = node.childNodes[isEnd ? offset - 1 : offset];
    const text = child ? textIn(child, isEnd) : null;
    if (!text) return undefined;
    return boundaryOffset(map, text, isEnd ? (text.nodeValue?.length ?? 0) : 0, isEnd);
  }
  // TextMap.offsetAt names a character; an end boundary, or a start after a node's last character (a drag that
  // begins at the end of a line), sits just after the character before it.
  if (offset === 0 || (!isEnd && offset < (node.nodeValue?.length ?? 0))) return map.offsetAt(node, offset);
  const last = map.offsetAt(node, offset - 1);
  return last === undefined ? undefined : last + 1;
}

/** The selected span of the text, or null when the selection is empty or not wholly inside `box`. */
export function selectedSpan(
  map: TextMap,
  selection: Selection | null,
  box: Node,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return null;
  const start = boundaryOffset(map, range.startContainer, range.startOffset, false);
  const end = boundaryOffset(map, range.endContainer, range.endOffset, true);
  return start === undefined || end === undefined || end <= start ? null : { start, end };
}

/** Makes [start, end) the document's selection (or clears it for null). */
export function showSelection(map: TextMap, span: { start: number; end: number } | null, doc: Document): void {
  const selection = doc.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  const range = span ? map.range(span.start, span.end, doc) : undefined;
  if (range) selection.addRange(range);
}
