/**
 * Chooses the text to analyse, by mode: the article (Readability on a snapshot, in the background, mapped back to the live page),
 * the reader's selection, or for "Analyse anyway" the largest block of prose. A page that is not an article
 * gets a kind sentence saying so, never a guess dressed up as an article.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleOutline, ExtractMode, Extraction, PageMeta } from '../../messaging/protocol.ts';
import { trace } from '../../platform/trace.ts';
import { createSlicer, type Slicer } from '../slicer.ts';
import { strings } from '../strings.ts';
import { alignOutline } from './align.ts';
import { type Collected, collectText } from './collect.ts';
import { largestBlock } from './largest-block.ts';
import { hasLargeFrame, hasTextInShadowRoots } from './out-of-reach.ts';
import { type Snapshot, snapshot } from './snapshot.ts';
import type { TextMap } from './text-map.ts';

/** Readability's metadata, as far as the page gives it. */
type ArticleMeta = ArticleOutline['meta'];

/** Runs Readability on a snapshot somewhere other than the page's main thread (the background). */
export type ReadArticle = (html: string, url: string) => Promise<ArticleOutline | null>;

/** Fewer characters than this is not an article worth a score (a teaser, a caption, a cookie notice). */
export const MIN_ARTICLE_CHARS = 400;

/** An extraction plus, for an article, the map the highlights are drawn with. */
export interface ExtractResult {
  extraction: Extraction;
  map?: TextMap;
}

function isShown(element: Element): boolean {
  // checkVisibility is in both target browsers; an older engine simply keeps the text.
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
}

function pageMeta(doc: Document, found: ArticleMeta = {}): PageMeta {
  const meta: PageMeta = { url: doc.location?.href ?? doc.URL, title: found.title ?? doc.title };
  if (found.byline) meta.byline = found.byline;
  if (found.siteName) meta.siteName = found.siteName;
  if (found.published) meta.published = found.published;
  const lang = found.lang ?? doc.documentElement.lang;
  if (lang) meta.lang = lang;
  return meta;
}

function article(collected: Collected, page: PageMeta, source: 'readability' | 'selection' | 'largest-block'): ExtractResult {
  return { extraction: { kind: 'article', text: collected.map.text, links: collected.links, page, source }, map: collected.map };
}

function notArticle(doc: Document, reason: string, meta?: ArticleMeta): ExtractResult {
  return { extraction: { kind: 'not-article', page: pageMeta(doc, meta), reason } };
}

/** Why the article may be where Sourcelight does not read (shadow DOM, a large frame), when it may. */
function outOfReach(doc: Document): string | undefined {
  if (hasTextInShadowRoots(doc, MIN_ARTICLE_CHARS)) return strings.articleInShadowRoot;
  return hasLargeFrame(doc) ? strings.articleInFrame : undefined;
}

/** "Not an article" for the page as a whole: says so when the article may sit where Sourcelight does not read. */
function noArticleHere(doc: Document, reason: string, meta?: ArticleMeta): ExtractResult {
  return notArticle(doc, outOfReach(doc) ?? reason, meta);
}

/** The page as read for an article: the cheap "looks like one" check, then (when it does) its snapshot and what Readability made of it. */
export interface PageReading {
  readerable: boolean;
  snap?: Snapshot;
  found?: ArticleOutline | null;
  /** Readability's outline put back on the live page, when it was done ahead (readAndAlign). */
  aligned?: Collected;
}

/**
 * Reads the page for an article. The snapshot and Readability are skipped for a page that does not look like
 * an article, unless `always` (the reader asked to analyse it anyway). Independent of the mode otherwise, so
 * the content script can start it the moment it is injected, before the background asks (controller.ts).
 */
export async function readPage(read: ReadArticle, doc: Document, slicer: Slicer, always: boolean): Promise<PageReading> {
  const readerable = isProbablyReaderable(doc);
  trace('page:readerable');
  if (!readerable && !always) return { readerable };
  const snap = await snapshot(doc, slicer, isShown);
  trace('page:snapshot');
  await slicer.maybeYield();
  const found = await slicer.wait(read(snap.html, doc.baseURI));
  trace('page:read');
  return { readerable, snap, found };
}

/**
 * readPage, then Readability's outline put back on the live page at once: the content script does this the
 * moment it is injected (controller.ts, prefetch), so the text is ready when the background asks for it.
 */
export async function readAndAlign(read: ReadArticle, doc: Document, slicer: Slicer, always: boolean): Promise<PageReading> {
  const reading = await readPage(read, doc, slicer, always);
  const { snap, found } = reading;
  return found && snap ? { ...reading, aligned: await alignOutline(found, snap.elements, slicer) } : reading;
}

/**
 * Extracts the text to analyse from the live page; `read` runs Readability on the page's snapshot elsewhere.
 * `early` is a reading started before the mode was known (ignored for a selection).
 */
export async function extract(
  mode: ExtractMode,
  read: ReadArticle,
  doc: Document = document,
  slicer: Slicer = createSlicer(),
  early?: Promise<PageReading>,
): Promise<ExtractResult> {
  if (mode === 'selection') {
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    if (!range || range.collapsed) return notArticle(doc, strings.noSelection);
    const container = range.commonAncestorContainer;
    const root = container.nodeType === 3 ? (container.parentNode ?? container) : container;
    const collected = await collectText(root, { clip: range, visible: isShown, slicer });
    if (collected.map.text.trim() === '') return notArticle(doc, strings.noSelection);
    return article(collected, pageMeta(doc), 'selection');
  }
  let reading = early ? await slicer.wait(early) : await readPage(read, doc, slicer, mode === 'anyway');
  if (mode === 'article' && !reading.readerable) return noArticleHere(doc, strings.notArticle);
  if (!reading.snap) reading = await readPage(read, doc, slicer, true);
  const { snap, found } = reading;
  if (found && snap) {
    const collected = reading.aligned ?? (await alignOutline(found, snap.elements, slicer));
    if (collected.map.text.length >= MIN_ARTICLE_CHARS) return article(collected, pageMeta(doc, found.meta), 'readability');
    if (mode === 'article') return noArticleHere(doc, strings.articleTooShort, found.meta);
  } else if (mode === 'article') return noArticleHere(doc, strings.notArticle);
  const block = largestBlock(doc);
  if (!block) return noArticleHere(doc, strings.noText);
  const collected = await collectText(block, { visible: isShown, slicer, skipEditable: true });
  if (collected.map.text.trim() === '') return noArticleHere(doc, strings.noText);
  // A few headings and menus around an article that lives in a frame or shadow DOM are not worth a score.
  const elsewhere = collected.map.text.length < MIN_ARTICLE_CHARS ? outOfReach(doc) : undefined;
  if (elsewhere) return notArticle(doc, elsewhere, found?.meta);
  return article(collected, pageMeta(doc, found?.meta), 'largest-block');
}
