/**
 * The content script, injected only when the reader asks for an analysis (or on a site they opted in to).
 * Injecting twice into the same page must not register twice, so a marker on the isolated world's global
 * remembers the running instance; teardown removes the marker so a later analysis starts fresh.
 */
import type { ContentCalls, PageCalls } from '../messaging/protocol.ts';
import { makeCaller, serve } from '../messaging/transport.ts';
import { extensionApi } from '../platform/extension-api.ts';
import { PageController } from './controller.ts';
import { highlightEnv } from './highlight/painter.ts';

const MARK = Symbol.for('sourcelight.content-script');
const scope = globalThis as typeof globalThis & { [MARK]?: true };

if (!scope[MARK]) {
  scope[MARK] = true;
  const life = new AbortController();
  const api = extensionApi();
  const background = makeCaller<ContentCalls>('content', (message) => api.runtime.send(message));
  const read = async (html: string, url: string) => {
    const outline = await background('readArticle', html, url);
    if (!outline.ok) throw new Error(outline.error);
    return outline.value;
  };
  const controller = new PageController(document, highlightEnv(), read, () => {
    life.abort();
    delete scope[MARK];
  });
  serve<PageCalls>(api, 'page', controller.handlers(), { signal: life.signal });
}
