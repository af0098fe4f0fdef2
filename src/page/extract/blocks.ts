/** Which elements break the text into blocks and which hold no prose: shared by every walk over article markup. */

/** Elements after which the reader sees a new block of text. */
export const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'.split(' '),
);

/** Elements whose text is not prose a reader reads (code, controls, embedded media). */
export const SKIPPED = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG MATH BUTTON SELECT TEXTAREA INPUT IFRAME OBJECT CANVAS VIDEO AUDIO'.split(' '));

/** Whether an element (by tag name, any case) starts a block. */
export const isBlock = (tagName: string): boolean => BLOCKS.has(tagName.toUpperCase());

/** Whether an element (by tag name, any case) holds no prose. */
export const isSkipped = (tagName: string): boolean => SKIPPED.has(tagName.toUpperCase());

/** contenteditable values that make an element editable ("false" and unknown values do not). */
const EDITABLE_VALUES = new Set(['', 'true', 'plaintext-only']);

/**
 * Whether an element is the start of a region the reader can type in (contenteditable): a comment box or an
 * editor holds what the reader writes, not the article, and Sourcelight must not get in the way of typing.
 */
export function isEditableRoot(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && EDITABLE_VALUES.has(value.toLowerCase());
}

/** Whether a node sits inside an editable region (or is one). */
export function isInEditable(node: Node | null): boolean {
  for (let e: Element | null = node?.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null); e; e = e.parentElement) {
    if (isEditableRoot(e)) return true;
  }
  return false;
}
