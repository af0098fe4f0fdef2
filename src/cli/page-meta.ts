/** What the command line knows about the page an HTML input came from; added to reports as `page`. */
import type { ExtractedArticle } from './extract-html.ts';

/** Page metadata for reports (JSON's `page` field, the terminal report's header, the exporters' meta). */
export interface PageMeta {
  title?: string;
  byline?: string;
  siteName?: string;
  published?: string;
  lang?: string;
  url?: string;
}

/** The metadata of an extracted article, or undefined when there is none to show. */
export function pageMetaOf(article: ExtractedArticle, url?: string): PageMeta | undefined {
  const { title, byline, siteName, published, lang } = article;
  const meta: PageMeta = { title, byline, siteName, published, lang, url };
  const present = Object.entries(meta).filter(([, value]) => value !== undefined);
  return present.length > 0 ? (Object.fromEntries(present) as PageMeta) : undefined;
}
