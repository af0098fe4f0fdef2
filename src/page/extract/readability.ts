/**
 * Finds the article with Mozilla's Readability, which rewrites the document it reads: so it reads a clone,
 * and every text node of its result is traced back to the live page's own text node. Readability moves text
 * nodes around the clone but keeps them (so a clone->live map made before parsing finds them); when it
 * rebuilds part of the clone from HTML (its retry path) the new nodes are matched by their text instead, in
 * document order.
 */
import { Readability } from '@mozilla/readability';

/** Readability's metadata, as far as the page gives it. */
export interface ArticleMeta {
  title?: string;
  byline?: string;
  siteName?: string;
  published?: string;
  lang?: string;
}

/** The article Readability found: its root in the clone, and the live node behind each of its text nodes. */
export interface FoundArticle {
  root: Element;
  live: (node: Text) => Text | undefined;
  meta: ArticleMeta;
}

function textNodes(doc: Document): Text[] {
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(doc, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** Pairs each text node of the clone with the live node it was copied from (they come in the same order). */
function pairClone(liveNodes: Text[], clone: Document): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const copies = textNodes(clone);
  for (let i = 0; i < copies.length && i < liveNodes.length; i++) {
    // Equal text confirms the pairing; a difference means the page changed while we read it: stop there.
    if (copies[i].data !== liveNodes[i].data) break;
    pairs.set(copies[i], liveNodes[i]);
  }
  return pairs;
}

/** Matches text nodes Readability re-created to unused live nodes with the same text, in document order. */
function matcherByText(liveNodes: Text[]): (node: Text) => Text | undefined {
  let byText: Map<string, number[]> | undefined;
  let after = -1;
  return (node) => {
    if (!byText) {
      byText = new Map();
      liveNodes.forEach((n, i) => {
        const list = byText?.get(n.data);
        if (list) list.push(i);
        else byText?.set(n.data, [i]);
      });
    }
    const index = byText.get(node.data)?.find((i) => i > after);
    if (index === undefined) return undefined;
    after = index;
    return liveNodes[index];
  };
}

/** Runs Readability on a clone of `doc`; null when it finds no article. */
export function findArticle(doc: Document): FoundArticle | null {
  const clone = doc.cloneNode(true) as Document;
  const liveNodes = textNodes(doc);
  const pairs = pairClone(liveNodes, clone);
  const byText = matcherByText(liveNodes);
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;
  const present = (value: string | null | undefined) => (value ? value.trim() || undefined : undefined);
  return {
    root: parsed.content,
    live: (node) => pairs.get(node) ?? byText(node),
    meta: {
      title: present(parsed.title),
      byline: present(parsed.byline),
      siteName: present(parsed.siteName),
      published: present(parsed.publishedTime),
      lang: present(parsed.lang),
    },
  };
}
