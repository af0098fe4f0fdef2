/**
 * Turns a file the reader drops or picks into text to analyse. A .txt file is read as it is. An .html file is
 * parsed with DOMParser into an inert document (no script runs, nothing loads, nothing is shown), Readability
 * finds the article in it, and the content script's own text collector turns the article into the text the
 * engine reads, with blank lines between paragraphs and the article's links kept (they count as sources).
 */
import { Readability } from '@mozilla/readability';
import type { LinkSpan } from '../../src/engine/types.ts';
import type { MessageKey } from '../../src/i18n/index.ts';
import { collectText } from '../../src/page/extract/collect.ts';
import type { ReportMeta } from '../../src/report/index.ts';

/** Files larger than this are refused before reading: no article is anywhere near it. */
export const MAX_FILE_BYTES = 10_000_000;

/** The text of a file, ready to analyse. */
export interface FileArticle {
  text: string;
  links: LinkSpan[];
  meta: ReportMeta;
}

/** A file's text, or the message that says why it could not be read (with its substitutions). */
export type ReadFileResult = { ok: true; value: FileArticle } | { ok: false; error: MessageKey; subs: string[] };

/** Parses HTML into an inert document. */
export type HtmlParser = (html: string) => Document;

const parseHtml: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

const isHtmlFile = (file: File) =>
  /\.(x?html?)$/i.test(file.name) || file.type === 'text/html' || file.type === 'application/xhtml+xml';
const isTextFile = (file: File) => /\.(txt|text)$/i.test(file.name) || file.type === 'text/plain';

/** Text with Windows and old Mac line ends made "\n" and a leading byte-order mark dropped. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** The article of an HTML document: Readability's choice, or the whole body when it finds none. */
export async function articleFromHtml(html: string, parse: HtmlParser = parseHtml): Promise<FileArticle> {
  const doc = parse(html);
  const pageTitle = doc.title.trim();
  // The serializer hands back the article element itself instead of an HTML string to parse again.
  const article = new Readability(doc, { serializer: (node) => node }).parse();
  const root = article?.content ?? doc.body;
  const { map, links } = await collectText(root ?? doc);
  const meta: ReportMeta = {};
  const title = article?.title?.trim() || pageTitle;
  if (title) meta.title = title;
  if (article?.byline) meta.byline = article.byline.trim();
  if (article?.siteName) meta.siteName = article.siteName.trim();
  if (article?.publishedTime) meta.published = article.publishedTime.trim();
  return { text: map.text, links, meta };
}

/** Reads a dropped or picked file: .txt as text, .html through Readability; anything else is refused. */
export async function readArticleFile(file: File, parse: HtmlParser = parseHtml): Promise<ReadFileResult> {
  const html = isHtmlFile(file);
  if (!html && !isTextFile(file)) return { ok: false, error: 'analyse_file_wrongType', subs: [file.name] };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'analyse_file_tooLarge', subs: [file.name] };
  let content: string;
  try {
    content = normaliseText(await file.text());
  } catch {
    return { ok: false, error: 'analyse_file_unreadable', subs: [file.name] };
  }
  if (!html) return { ok: true, value: { text: content, links: [], meta: { title: file.name } } };
  const article = await articleFromHtml(content, parse);
  if (article.text.trim() === '') return { ok: false, error: 'analyse_file_noText', subs: [file.name] };
  article.meta.title ??= file.name;
  return { ok: true, value: article };
}
