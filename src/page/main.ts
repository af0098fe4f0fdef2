/**
 * The content script, injected only when the reader asks for an analysis (or on a site they opted in to).
 * Injecting twice into the same page must not register twice, so a marker on the isolated world's global
 * remembers the running instance; teardown removes the marker so a later analysis starts fresh. Injection
 * always precedes an extraction, so the script starts reading the page at once (PageController.prefetch).
 */
import type { ContentCalls, PageCalls } from '../messaging/protocol.ts';
import { makeCaller, serve } from '../messaging/transport.ts';
import { contentApi } from '../platform/content-api.ts';
import { trace } from '../platform/trace.ts';
import { PageController } from './controller.ts';
import { highlightEnv } from './highlight/painter.ts';

const MARK = Symbol.for('sourcelight.content-script');
const scope = globalThis as typeof globalThis & { [MARK]?: true };

trace('page:script');
if (!scope[MARK]) {
  scope[MARK] = true;
  const life = new AbortController();
  const api = contentApi();
  const background = makeCaller<ContentCalls>('content', (message) => api.runtime.send(message));
  const read = async (html: string, url: string) => {
    const outline = await background('readArticle', html, url);
    if (!outline.ok) throw new Error(outline.error);
    return outline.value;
  };
  // A page that changed under its analysis tells the background, which re-analyses on a site the reader
  // opted in to and otherwise brings the popup and badge up to date (src/background/page-changed.ts).
  const changed = () => void background('pageLoaded');
  const controller = new PageController(
    document,
    highlightEnv(),
    read,
    () => {
      life.abort();
      delete scope[MARK];
    },
    changed,
  );
  serve<PageCalls>(api, 'page', controller.handlers(), { signal: life.signal });
  controller.prefetch();
}
