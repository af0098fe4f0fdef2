/**
 * Console errors seen in the browser, and which of them are Sourcelight's. Real news pages log plenty of
 * their own (blocked trackers, missing jQuery); those say nothing about the extension. An error is ours when
 * it comes from the background or an extension page, when its source or stack is an extension file (the
 * content script), or when it appears on one of our fixture pages, which run no scripts of their own.
 */

/** One console error or uncaught exception. */
export interface SeenError {
  /** Where it surfaced: the background, or a tab. */
  source: 'background' | 'page';
  /** The URL of the tab's document (empty for the background). */
  pageUrl: string;
  /** The script URL the browser attributes it to, and the stack when there is one. */
  location: string;
  text: string;
}

/** A one-line description, e.g. "[page http://127.0.0.1:1234/pages/a.html] chrome-extension://…/content.js: boom". */
export function describeError(e: SeenError): string {
  return `[${e.source}${e.pageUrl ? ` ${e.pageUrl}` : ''}] ${e.location ? `${e.location}: ` : ''}${e.text}`;
}

/** Whether an error is attributable to Sourcelight (see the comment at the top). */
export function isSourcelightError(e: SeenError, extensionOrigin: string): boolean {
  if (e.source === 'background') return true;
  if (e.pageUrl.startsWith(extensionOrigin) || e.location.includes(extensionOrigin)) return true;
  return /^http:\/\/127\.0\.0\.1:\d+\/(pages|generated)\//.test(e.pageUrl);
}
