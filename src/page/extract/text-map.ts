/**
 * The bridge between offsets in the analysed text and positions in the live page. The analysed text is the
 * article's text nodes with whitespace collapsed and "\n\n" between blocks; a Piece records where a stretch
 * of it sits in one text node, character for character, so an offset range turns into an exact DOM Range
 * and a DOM position (under the pointer) turns back into an offset.
 */

/** A stretch of the analysed text that is a 1:1 copy of part of one live text node. */
export interface Piece {
  /** Offset in the analysed text. */
  start: number;
  length: number;
  node: Text;
  /** Offset in node.data of the piece's first character. */
  nodeStart: number;
}

/** Analysed text plus the pieces that tie it to the page. */
export class TextMap {
  private readonly byNode = new Map<Text, Piece[]>();

  constructor(
    readonly text: string,
    readonly pieces: readonly Piece[],
  ) {
    for (const piece of pieces) {
      const list = this.byNode.get(piece.node);
      if (list) list.push(piece);
      else this.byNode.set(piece.node, [piece]);
    }
  }

  /** Index of the last piece starting at or before `offset` (-1 when none). */
  private pieceAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.pieces[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The live DOM Range for [start, end) of the analysed text; undefined when it maps to nothing. */
  range(start: number, end: number, doc: Document): Range | undefined {
    if (!(start >= 0 && end > start && end <= this.text.length)) return undefined;
    // The start may fall on an inserted block separator: move it to the next real character.
    let first = this.pieceAtOrBefore(start);
    if (first < 0 || start >= this.pieces[first].start + this.pieces[first].length) first += 1;
    const last = this.pieceAtOrBefore(end - 1);
    if (first >= this.pieces.length || last < first) return undefined;
    const a = this.pieces[first];
    const b = this.pieces[last];
    const range = doc.createRange();
    range.setStart(a.node, a.nodeStart + Math.max(0, start - a.start));
    range.setEnd(b.node, b.nodeStart + Math.min(b.length, end - b.start));
    return range;
  }

  /** The analysed-text offset of a DOM position, or undefined when the position is outside the article. */
  offsetAt(node: Node, offset: number): number | undefined {
    const pieces = this.byNode.get(node as Text);
    if (!pieces) return undefined;
    let best: Piece | undefined;
    for (const piece of pieces) if (piece.nodeStart <= offset) best = piece;
    best ??= pieces[0];
    return best.start + Math.min(Math.max(0, offset - best.nodeStart), best.length - 1);
  }
}
