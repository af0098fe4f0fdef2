/**
 * Opens one of Sourcelight's pages (a glossary entry) from the explanation card. A content script cannot open an
 * extension page itself (Chromium refuses links to pages that are not web-accessible, and Firefox's addresses
 * differ per install), so it asks the background. The analyse page draws with the same card; there, being an
 * extension page, it opens the page directly.
 */
import type { ContentCalls } from '../../messaging/protocol.ts';
import { makeCaller } from '../../messaging/transport.ts';
import { contentApi } from '../../platform/content-api.ts';

/** Opens `path` (e.g. "glossary.html#technique-hedge") in a new tab. */
export async function openExtensionPage(path: string, doc: Document): Promise<void> {
  if (/^(chrome|moz)-extension:$/.test(doc.location?.protocol ?? '')) {
    doc.defaultView?.open(path, '_blank', 'noopener');
    return;
  }
  // The content script's own small API (content-api.ts), not the polyfill's: it is bundled into every page's script.
  const api = contentApi();
  await makeCaller<ContentCalls>('content', (message) => api.runtime.send(message))('openExtensionPage', path);
}
