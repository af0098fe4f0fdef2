/**
 * Builds the analysed text and its TextMap one text node at a time, the way a reader sees the text: runs of
 * HTML whitespace collapse to one space, blocks are separated by "\n\n" (wink-nlp needs a blank line to see
 * a sentence boundary between paragraphs), <br> becomes "\n", and hyperlinked stretches are kept as links.
 */
import type { ArticleLink } from '../../messaging/protocol.ts';
import { type Piece, TextMap } from './text-map.ts';

/** HTML's whitespace (not every Unicode space: a no-break space is text, as it is in the browser). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

/** Accumulates text, pieces and links. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly pieces: Piece[] = [];
  private readonly links: ArticleLink[] = [];
  private pendingBreak: '' | '\n' | '\n\n' = '';
  private pendingSpace: { node: Text; offset: number } | undefined;
  private link: { anchor: Element; href: string; start: number; end: number } | undefined;

  /** Starts a new block: the next text is separated from the previous by a blank line. */
  blockBreak(): void {
    this.pendingBreak = '\n\n';
  }

  /** A <br>: a line break, unless a stronger break is already pending. */
  lineBreak(): void {
    if (this.pendingBreak === '') this.pendingBreak = '\n';
  }

  /** Adds node.data[from, to), inside `anchor` (an http(s) link) when given. */
  addText(node: Text, from: number, to: number, anchor?: { element: Element; href: string }): void {
    const data = node.data;
    let i = from;
    HTML_SPACE.lastIndex = from;
    for (let m = HTML_SPACE.exec(data); m && m.index < to; m = HTML_SPACE.exec(data)) {
      // A single ordinary space between words is kept as it is: the stretch goes on (fewer, longer pieces).
      if (m[0] === ' ' && m.index > i && m.index + 1 < to) continue;
      this.addWord(node, i, m.index, anchor);
      this.pendingSpace ??= { node, offset: m.index };
      i = Math.min(to, m.index + m[0].length);
    }
    this.addWord(node, i, to, anchor);
  }

  private addWord(node: Text, from: number, to: number, anchor?: { element: Element; href: string }): void {
    if (to <= from) return;
    if (this.link && this.link.anchor !== anchor?.element) this.closeLink();
    this.flushSeparator();
    const previous = this.pieces.at(-1);
    if (previous && previous.node === node && previous.nodeStart + previous.length === from && previous.start + previous.length === this.length) {
      previous.length += to - from;
    } else {
      this.pieces.push({ start: this.length, length: to - from, node, nodeStart: from });
    }
    this.append(node.data.slice(from, to));
    if (anchor) {
      this.link ??= { anchor: anchor.element, href: anchor.href, start: this.length - (to - from), end: 0 };
      this.link.end = this.length;
    }
  }

  private flushSeparator(): void {
    if (this.length > 0) {
      if (this.pendingBreak) this.append(this.pendingBreak);
      else if (this.pendingSpace) {
        this.pieces.push({ start: this.length, length: 1, node: this.pendingSpace.node, nodeStart: this.pendingSpace.offset });
        this.append(' ');
      }
    }
    this.pendingBreak = '';
    this.pendingSpace = undefined;
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private closeLink(): void {
    if (this.link) this.links.push({ start: this.link.start, end: this.link.end, href: this.link.href });
    this.link = undefined;
  }

  /** The analysed text, its map to the page, and its links. */
  finish(): { map: TextMap; links: ArticleLink[] } {
    this.closeLink();
    return { map: new TextMap(this.parts.join(''), this.pieces), links: this.links };
  }
}
