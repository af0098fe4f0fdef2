/**
 * Finds the article in an HTML page (Mozilla Readability over jsdom) and returns its text, its links as spans of
 * that text, and the page's metadata. The page never runs: jsdom executes no script and loads no resource.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { LinkSpan } from '../engine/types.ts';
import { textWithLinks } from './html-text.ts';

/** The article found in a page: plain text for the engine, its link spans, and what the page says about itself. */
export interface ExtractedArticle {
  text: string;
  links: LinkSpan[];
  title?: string;
  byline?: string;
  siteName?: string;
  published?: string;
  lang?: string;
}

/** Extracts the article of `html`; `url` (absolute) resolves relative links. Throws a TypeError on a bad url. */
export function extractArticleFromHtml(html: string, url?: string): ExtractedArticle {
  if (url !== undefined && !URL.canParse(url)) throw new TypeError(`not an absolute URL: ${url}`);
  const linkHref = (raw: string) => keptHref(raw, url);
  const dom = load(html, url);
  try {
    const found = new Readability<Node>(dom.window.document, { serializer: (node) => node }).parse();
    let body = found?.content ? textWithLinks(found.content, { linkHref }) : undefined;
    if (!body || body.text === '') {
      // Readability gave up (a very short or unusual page): fall back to the whole body without its furniture.
      const fresh = load(html, url);
      body = textWithLinks(fresh.window.document.body, { linkHref, skipChrome: true });
      fresh.window.close();
    }
    const meta = {
      title: clean(found?.title) ?? clean(dom.window.document.title),
      byline: clean(found?.byline),
      siteName: clean(found?.siteName),
      published: clean(found?.publishedTime),
      lang: clean(found?.lang) ?? clean(dom.window.document.documentElement?.getAttribute('lang')),
    };
    return { ...body, ...withoutEmpty(meta) };
  } finally {
    dom.window.close();
  }
}

/** A jsdom document that runs no script, fetches nothing, and keeps its CSS complaints to itself. */
function load(html: string, url: string | undefined): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

/** The URL a link keeps: web addresses and relative references; never javascript:, data:, mailto: and the like. */
export function keptHref(raw: string, base?: string): string | undefined {
  const href = raw.trim();
  if (href === '') return undefined;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(href);
  if (!hasScheme && base === undefined) return href;
  try {
    const resolved = new URL(href, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function withoutEmpty<T extends Record<string, string | undefined>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
