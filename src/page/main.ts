/**
 * The content script, injected only when the reader asks for an analysis (or on a site they opted in to).
 * Injecting twice into the same page must not register twice, so a marker on the isolated world's global
 * remembers the running instance; teardown removes the marker so a later analysis starts fresh.
 */
import type { PageCalls } from '../messaging/protocol.ts';
import { serve } from '../messaging/transport.ts';
import { extensionApi } from '../platform/extension-api.ts';
import { PageController } from './controller.ts';
import { highlightEnv } from './highlight/painter.ts';

const MARK = Symbol.for('sourcelight.content-script');
const scope = globalThis as typeof globalThis & { [MARK]?: true };

if (!scope[MARK]) {
  scope[MARK] = true;
  const life = new AbortController();
  const controller = new PageController(document, highlightEnv(), () => {
    life.abort();
    delete scope[MARK];
  });
  serve<PageCalls>(extensionApi(), 'page', controller.handlers(), { signal: life.signal });
}
