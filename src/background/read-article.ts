/**
 * Readability in the background, on a page snapshot (src/page/extract/snapshot.ts): this work grows with the
 * article and would block the page's main thread for over 100 ms on a 20,000-word page. Chromium's service
 * worker has no DOM, so the snapshot is parsed with JSDOMParser, the small parser Readability ships for
 * exactly this (Firefox's reader view once ran it in a worker). The result goes back as an outline: each
 * stretch of text with the snapshot index of its element, so the page can find the live text node again.
 */
import { Readability } from '@mozilla/readability';
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import type { ArticleOutline, OutlineRun } from '../messaging/protocol.ts';
import { trace } from '../platform/trace.ts';
import { isBlock, isSkipped } from '../page/extract/blocks.ts';
import { INDEX_ATTRIBUTE } from '../page/extract/snapshot.ts';

/** The little of a DOM node the outline walk reads (JSDOMParser's nodes have exactly this much). */
interface MiniNode {
  nodeType: number;
  localName?: string;
  textContent: string;
  childNodes: MiniNode[];
  getAttribute?(name: string): string | null;
}

function indexOf(node: MiniNode): number | undefined {
  const value = node.getAttribute?.(INDEX_ATTRIBUTE);
  return value ? Number(value) : undefined;
}

function httpHref(node: MiniNode): string | undefined {
  const href = node.getAttribute?.('href') ?? '';
  return /^https?:\/\//i.test(href) ? href : undefined;
}

interface WalkState {
  runs: OutlineRun[];
  lastBlock: MiniNode | undefined;
  pending: '' | '\n' | '\n\n';
}

function walk(node: MiniNode, block: MiniNode, element: number | undefined, link: OutlineRun['link'], state: WalkState): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      if (element === undefined || child.textContent === '') continue;
      const before = state.lastBlock && state.lastBlock !== block ? '\n\n' : state.pending;
      state.runs.push({ element, text: child.textContent, before, ...(link ? { link } : {}) });
      state.lastBlock = block;
      state.pending = '';
    } else if (child.nodeType === 1 && child.localName && !isSkipped(child.localName)) {
      if (child.localName === 'br') state.pending ||= '\n';
      else if (child.localName === 'hr') state.pending = '\n\n';
      const index = indexOf(child);
      const href = child.localName === 'a' && index !== undefined ? httpHref(child) : undefined;
      const childLink = href && index !== undefined ? { element: index, href } : link;
      walk(child, isBlock(child.localName) ? child : block, index ?? element, childLink, state);
    }
  }
}

/** Finds the article in a snapshot; null when Readability finds none. */
export function readArticle(html: string, url: string): ArticleOutline | null {
  trace('bg:readability-start');
  const doc = new JSDOMParser().parse(html, url);
  const parsed = new Readability<MiniNode>(doc, { serializer: (node) => node as unknown as MiniNode }).parse();
  if (!parsed?.content) return null;
  const state: WalkState = { runs: [], lastBlock: undefined, pending: '' };
  walk(parsed.content, parsed.content, indexOf(parsed.content), undefined, state);
  const present = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);
  const meta = {
    title: present(parsed.title),
    byline: present(parsed.byline),
    siteName: present(parsed.siteName),
    published: present(parsed.publishedTime),
    lang: present(parsed.lang),
  };
  trace('bg:readability-end');
  return { runs: state.runs, meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) };
}
