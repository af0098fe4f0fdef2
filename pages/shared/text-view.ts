/**
 * The read-only rendering of an analysed text on an extension page, and the TextMap that ties its offsets to
 * the DOM (the same map the content script builds over a news page, so the page's highlight code works
 * unchanged). Text is only ever put into Text nodes: page-derived text never becomes markup.
 */
import type { Piece } from '../../src/page/extract/text-map.ts';
import { TextMap } from '../../src/page/extract/text-map.ts';

/** A stretch of the analysed text that is shown: where it starts and its words. */
export interface Passage {
  start: number;
  text: string;
}

/**
 * Fills `container` with the passages (one for a whole text; several when only parts of it are known, with a
 * gap marker between passages that do not touch) and returns the map from text offsets to the new nodes.
 * `fullText` is the analysed text the offsets count in (unknown stretches may hold anything, e.g. spaces).
 */
export function renderPassages(
  container: HTMLElement,
  fullText: string,
  passages: readonly Passage[],
  gapLabel: string,
  doc: Document = container.ownerDocument,
): TextMap {
  const pieces: Piece[] = [];
  const nodes: Node[] = [];
  let end = 0;
  for (const passage of passages) {
    if (passage.start > end || (end > 0 && passage.start < end)) nodes.push(gap(doc, gapLabel));
    // One paragraph per line of text, each its own Text node: the browser then lays out, paints and
    // re-highlights a long text paragraph by paragraph (and skips those off screen) instead of as one block.
    for (const line of passage.text.matchAll(/[^\n]+/g)) {
      const block = doc.createElement('p');
      block.className = 'passage';
      const node = doc.createTextNode(line[0]);
      block.append(node);
      nodes.push(block);
      pieces.push({ start: passage.start + line.index, length: line[0].length, node, nodeStart: 0 });
    }
    end = passage.start + passage.text.length;
  }
  if (passages.length > 0 && end < fullText.length && fullText.slice(end).trim() !== '') nodes.push(gap(doc, gapLabel));
  container.replaceChildren(...nodes);
  return new TextMap(fullText, pieces);
}

/** The marker for words of the article that are not shown. */
function gap(doc: Document, label: string): HTMLElement {
  const marker = doc.createElement('p');
  marker.className = 'gap';
  marker.textContent = '[…]';
  marker.title = label;
  marker.setAttribute('aria-label', label);
  return marker;
}
