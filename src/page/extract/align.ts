/**
 * Puts the outline Readability made of a snapshot back onto the live page: each run of text is found again
 * among the text nodes of its live element (by its exact text, in order), and the analysed text is built
 * from those live nodes, so offsets map to what the reader sees. A run that cannot be found (the page
 * changed meanwhile) is left out rather than guessed.
 */
import type { ArticleLink, ArticleOutline, OutlineRun } from '../../messaging/protocol.ts';
import { trace } from '../../platform/trace.ts';
import type { Slicer } from '../slicer.ts';
import type { Collected } from './collect.ts';
import { TextBuilder } from './text-builder.ts';

/** Finds the first unused text node of `element` with exactly `text`, starting after the last one taken. */
function findText(element: Element, text: string, used: Set<Text>, cursor: Map<Element, number>): Text | undefined {
  const children = element.childNodes;
  const start = cursor.get(element) ?? 0;
  for (let k = 0; k < children.length; k++) {
    const i = (start + k) % children.length;
    const child = children[i];
    if (child.nodeType === 3 && !used.has(child as Text) && (child as Text).data === text) {
      cursor.set(element, i + 1);
      return child as Text;
    }
  }
  // Rare: the text sits deeper than its recorded element (Readability re-created a wrapper). Search below.
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!used.has(n as Text) && (n as Text).data === text) return n as Text;
  }
  return undefined;
}

/** Adds one run of an outline to `builder`: its break, then its text node (none: the run is left out). */
function addRun(builder: TextBuilder, run: OutlineRun, node: Text | undefined, anchor: Element | undefined): void {
  if (run.before === '\n\n') builder.blockBreak();
  else if (run.before === '\n') builder.lineBreak();
  if (node) builder.addText(node, 0, node.data.length, run.link && anchor ? { element: anchor, href: run.link.href } : undefined);
}

/** Builds the analysed text and its map from an outline and the snapshot's live elements. */
export async function alignOutline(outline: ArticleOutline, elements: readonly Element[], slicer: Slicer): Promise<Collected> {
  const builder = new TextBuilder();
  const used = new Set<Text>();
  const cursor = new Map<Element, number>();
  for (const run of outline.runs) {
    if (slicer.overBudget()) await slicer.maybeYield();
    const element = elements[run.element];
    const node = element && findText(element, run.text, used, cursor);
    if (node) used.add(node);
    addRun(builder, run, node, run.link ? elements[run.link.element] : undefined);
  }
  const collected = builder.finish();
  trace('page:aligned');
  return collected;
}

/**
 * The text and links alignOutline builds from `outline` when the live page still holds every run, worked out
 * without the page (the background starts the engine on it while the page aligns; extract's text confirms it).
 */
export function outlineText(outline: ArticleOutline): { text: string; links: ArticleLink[] } {
  const builder = new TextBuilder();
  // Stand-ins for the live nodes and anchors: one per run and one per element, as on the page.
  const anchors = new Map<number, Element>();
  const anchorOf = (element: number) => {
    const anchor = anchors.get(element) ?? ({} as Element);
    anchors.set(element, anchor);
    return anchor;
  };
  for (const run of outline.runs) addRun(builder, run, { data: run.text } as Text, run.link ? anchorOf(run.link.element) : undefined);
  const { map, links } = builder.finish();
  return { text: map.text, links };
}
