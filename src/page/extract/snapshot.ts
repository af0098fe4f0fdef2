/**
 * A snapshot of the page as simple, well-formed HTML for Readability to read in the background (so its
 * work, which grows with the article and passes 100 ms on a 20,000-word page, never runs on the page's
 * main thread). Each element carries `data-sl` = its index in `elements`, so whatever Readability keeps can
 * be traced back to the live element. Scripts, styles, media, hidden elements and editable regions (what the
 * reader types is not the article) are left out; every
 * element gets an end tag and void elements end in "/>", which is what Readability's own small parser
 * (JSDOMParser) expects; text escapes only &, < and >, which is all that parser decodes.
 */
import { createSlicer, type Slicer } from '../slicer.ts';
import { isEditableRoot, isSkipped } from './blocks.ts';

/** The attribute that carries an element's index in the snapshot. */
export const INDEX_ATTRIBUTE = 'data-sl';

/** The snapshot and the live elements its indices point to. */
export interface Snapshot {
  html: string;
  elements: Element[];
}

const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/**
 * The attributes Readability reads (to score, clean and date the article, and to keep links); the rest
 * (tracking data, inline images, event handlers) would only make the snapshot longer to send.
 */
const KEPT = new Set('id class style hidden role aria-hidden aria-modal href rel itemprop itemtype itemscope name property content lang dir datetime type charset'.split(' '));
/** Values longer than this (an inline style sheet in a style attribute, a data URL) are dropped too. */
const MAX_ATTRIBUTE_LENGTH = 400;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function openTag(element: Element, index: number): string {
  let tag = `<${element.localName} ${INDEX_ATTRIBUTE}="${index}"`;
  for (const { name, value } of element.attributes) {
    if (!KEPT.has(name) || (value.length > MAX_ATTRIBUTE_LENGTH && name !== 'class' && name !== 'id')) continue;
    tag += ` ${name}="${escapeAttribute(value)}"`;
  }
  return VOID.has(element.localName) ? `${tag}/>` : `${tag}>`;
}

/** JSON-LD metadata (byline, dates) is kept; '<' cannot appear in JSON outside strings, and inside them \u003c means the same. */
function isJsonLd(element: Element): boolean {
  return element.localName === 'script' && element.getAttribute('type') === 'application/ld+json';
}

/** <head> and its children are never "shown", yet their title and metadata matter. */
function inHead(element: Element): boolean {
  return element.localName === 'head' || element.parentElement?.localName === 'head';
}

/** Serialises the document, in time slices; elements the page does not show are left out. */
export async function snapshot(doc: Document, slicer: Slicer = createSlicer(), shown: (e: Element) => boolean = () => true): Promise<Snapshot> {
  const parts: string[] = [];
  const elements: Element[] = [];
  const root = doc.documentElement;
  let node: Node | null = root;
  let count = 0;
  while (node) {
    // One node can cost much more than another (the first visibility check computes the whole page's style).
    if (++count % 32 === 0) await slicer.maybeYield();
    let descend = false;
    if (node.nodeType === 3) parts.push(escapeText((node as Text).data));
    else if (node.nodeType === 1) {
      const element = node as Element;
      if (isJsonLd(element)) parts.push(`<script ${INDEX_ATTRIBUTE}="-1" type="application/ld+json">${(element.textContent ?? '').replace(/</g, '\\u003c')}</script>`);
      else if (!isSkipped(element.localName) && !isEditableRoot(element) && (element === root || inHead(element) || shown(element))) {
        parts.push(openTag(element, elements.push(element) - 1));
        descend = !VOID.has(element.localName);
        if (descend && !element.firstChild) {
          parts.push(`</${element.localName}>`);
          descend = false;
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing each element left behind.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node) parts.push(`</${(node as Element).localName}>`);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  await slicer.maybeYield();
  return { html: `<!DOCTYPE html>${parts.join('')}`, elements };
}
