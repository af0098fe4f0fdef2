/**
 * Builds the article's plain text from a DOM subtree, the way a reader sees it: blocks separated by a blank
 * line, runs of whitespace collapsed to one space, and the spans that were links, with exact UTF-16 offsets.
 * textContent is not used because it glues paragraphs together ("end.Next") and keeps source indentation,
 * and wink-nlp only ends a sentence at a blank line between blocks, not at a single newline.
 */
import type { LinkSpan } from '../engine/types.ts';

/** The text of a DOM subtree and the spans of it that were hyperlinks. */
export interface TextWithLinks {
  text: string;
  links: LinkSpan[];
}

/** Options for textWithLinks. */
export interface WalkOptions {
  /** Turns an `<a href>` value into the URL to keep, or undefined to drop the link. */
  linkHref: (raw: string) => string | undefined;
}

const BLOCKS = new Set(
  (
    'address article blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'h1 h2 h3 h4 h5 h6 hgroup hr html legend li main menu ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
// Nothing a reader reads as article text lives in these. Page furniture (nav, header, footer, aside, form) is
// included: Readability keeps a stray one now and then, and on the news pages no article text was inside one.
const NEVER_TEXT = new Set(
  (
    'aside audio button canvas embed footer form head header iframe input math nav noscript object option script ' +
    'select style svg template textarea title video'
  ).split(' '),
);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Walks `root` (iteratively, so a hostile page nested 100,000 levels deep cannot overflow the stack). */
export function textWithLinks(root: Node, options: WalkOptions): TextWithLinks {
  const out = new TextBuilder();
  const links: LinkSpan[] = [];
  const open = new Map<Node, { href: string; start?: number }>();
  let preDepth = 0;
  const exit = (node: Node) => {
    const name = node.nodeName.toLowerCase();
    if (name === 'pre') preDepth--;
    if (BLOCKS.has(name)) out.breakBefore('paragraph');
    const link = open.get(node);
    if (link) {
      open.delete(node);
      if (link.start !== undefined && out.length > link.start)
        links.push({ start: link.start, end: out.length, href: link.href });
    }
  };
  let node: Node | null = root;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      out.write(node.nodeValue ?? '', preDepth > 0, open.values());
    } else if (node.nodeType === 1 && !skipped(node as Element)) {
      const element = node as Element;
      const name = element.nodeName.toLowerCase();
      if (BLOCKS.has(name)) out.breakBefore('paragraph');
      if (name === 'br') out.breakBefore('line');
      if (name === 'pre') preDepth++;
      const raw = name === 'a' ? element.getAttribute('href') : null;
      const href = raw === null ? undefined : options.linkHref(raw);
      if (href !== undefined) open.set(element, { href });
      descend = element.firstChild !== null;
      if (!descend) exit(element);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing every element left on the way; stop at the root.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit(node);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return { text: out.toString(), links: links.sort((a, b) => a.start - b.start) };
}

function skipped(element: Element): boolean {
  const name = element.nodeName.toLowerCase();
  if (NEVER_TEXT.has(name)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
}

type Separator = 'none' | 'space' | 'line' | 'paragraph';
const STRENGTH: Record<Separator, number> = { none: 0, space: 1, line: 2, paragraph: 3 };
const SEPARATOR_TEXT: Record<Separator, string> = { none: '', space: ' ', line: '\n', paragraph: '\n\n' };

/** Accumulates text; separators wait until real text follows, so none lead, trail or pile up. */
class TextBuilder {
  private readonly parts: string[] = [];
  private pending: Separator = 'none';
  length = 0;

  breakBefore(separator: Separator): void {
    if (STRENGTH[separator] > STRENGTH[this.pending]) this.pending = separator;
  }

  /** Appends a text node's value; links still waiting for their first character start where it lands. */
  write(value: string, preformatted: boolean, openLinks: Iterable<{ start?: number }>): void {
    if (preformatted) {
      if (value !== '') this.append(value.replace(/\r\n?/g, '\n'), openLinks);
      return;
    }
    const words = value.split(/[ \t\n\r\f]+/);
    words.forEach((word, i) => {
      if (i > 0) this.breakBefore('space');
      if (word !== '') this.append(word, openLinks);
    });
  }

  private append(value: string, openLinks: Iterable<{ start?: number }>): void {
    if (this.length > 0) this.push(SEPARATOR_TEXT[this.pending]);
    this.pending = 'none';
    for (const link of openLinks) link.start ??= this.length;
    this.push(value);
  }

  private push(value: string): void {
    this.parts.push(value);
    this.length += value.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}
