/**
 * Walks part of the live page (the reader's selection, or the largest block of prose) and collects its text
 * with a TextBuilder, time-sliced. The article itself comes through Readability in the background instead
 * (snapshot.ts, align.ts).
 */
import type { ArticleLink } from '../../messaging/protocol.ts';
import { createSlicer, type Slicer } from '../slicer.ts';
import { isBlock, isEditableRoot, isSkipped } from './blocks.ts';
import { TextBuilder } from './text-builder.ts';
import type { TextMap } from './text-map.ts';

/** How to collect. */
export interface CollectOptions {
  /** Collect only what this Range covers (the reader's selection, on the live page). */
  clip?: Range;
  /** Whether the page shows an element; text in hidden elements is left out. */
  visible?: (element: Element) => boolean;
  slicer?: Slicer;
  /** Leave out editable regions (true for a whole block; a selection the reader made inside one is kept). */
  skipEditable?: boolean;
}

/** The analysed text of an article, its map to the page, and its links. */
export interface Collected {
  map: TextMap;
  links: ArticleLink[];
}

function httpHref(anchor: Element): string | undefined {
  const raw = anchor.getAttribute('href');
  if (!raw) return undefined;
  try {
    const url = new URL(raw, anchor.ownerDocument.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Collects the text under `root`. */
export async function collectText(root: Node, options: CollectOptions = {}): Promise<Collected> {
  const { clip, visible, slicer = createSlicer(), skipEditable = false } = options;
  const doc = root.ownerDocument ?? (root as Document);
  const builder = new TextBuilder();
  const blockOf = new Map<Node, Node>();
  const anchorOf = new Map<Node, { element: Element; href: string } | undefined>();
  const shown = new Map<Element, boolean>();
  const findBlock = (node: Node): Node => {
    const known = blockOf.get(node);
    if (known) return known;
    const startsBlock = node === root || (node.nodeType === 1 && isBlock(node.nodeName));
    const block = startsBlock ? node : findBlock(node.parentNode ?? root);
    blockOf.set(node, block);
    return block;
  };
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) =>
      isSkipped(node.nodeName) || (skipEditable && node.nodeType === 1 && isEditableRoot(node as Element)) ? 2 /* FILTER_REJECT */ : 1 /* FILTER_ACCEPT */,
  });
  let lastBlock: Node | undefined;
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++count % 32 === 0) await slicer.maybeYield();
    if (node.nodeType === 1) {
      const name = node.nodeName.toUpperCase();
      if (name === 'BR') builder.lineBreak();
      else if (name === 'HR') builder.blockBreak();
      continue;
    }
    const text = node as Text;
    if (clip && !clip.intersectsNode(text)) continue;
    const parent = text.parentElement;
    if (!parent) continue;
    if (visible) {
      if (!shown.has(parent)) shown.set(parent, visible(parent));
      if (!shown.get(parent)) continue;
    }
    const block = findBlock(parent);
    if (lastBlock && block !== lastBlock) builder.blockBreak();
    lastBlock = block;
    const from = clip && text === clip.startContainer ? clip.startOffset : 0;
    const to = clip && text === clip.endContainer ? clip.endOffset : text.data.length;
    builder.addText(text, from, to, anchorFor(parent, root, anchorOf));
  }
  return builder.finish();
}

/** The nearest http(s) link around a node, inside root (cached per parent). */
function anchorFor(
  parent: Node | null,
  root: Node,
  cache: Map<Node, { element: Element; href: string } | undefined>,
): { element: Element; href: string } | undefined {
  if (!parent || parent === root.parentNode) return undefined;
  if (cache.has(parent)) return cache.get(parent);
  const href = parent.nodeName === 'A' ? httpHref(parent as Element) : undefined;
  const found = href ? { element: parent as Element, href } : parent === root ? undefined : anchorFor(parent.parentNode, root, cache);
  cache.set(parent, found);
  return found;
}
