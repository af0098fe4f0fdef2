/**
 * The background (Chromium service worker, Firefox event page). Listeners are registered synchronously at
 * start-up, as both browsers require for an event-driven background to be woken by them. Nothing here
 * listens to navigation or tab events: a reader browsing pages they never analyse never wakes it.
 */
import { pageCaller } from '../messaging/page-client.ts';
import type { BackgroundCalls, BackgroundEvents, ContentCalls } from '../messaging/protocol.ts';
import { makeEmitter, serve } from '../messaging/transport.ts';
import { HIGHLIGHT_CSS } from '../page/highlight/styles.ts';
import { extensionApi } from '../platform/extension-api.ts';
import { allowLaterImport, loadPackagedScript } from '../platform/load-script.ts';
import { touchBackground } from '../platform/webextension.ts';
import type { Background } from './context.ts';
import { createEngine, ENGINE_SCRIPT, engineFromScript } from './engine.ts';
import { backgroundHandlers, contentHandlers } from './handlers.ts';
import { followPermissionRemovals } from './site-automation.ts';
import { TabViews } from './tab-views.ts';
import { createMenus, listenToTriggers } from './triggers.ts';
import { createKeepWarm } from './keep-warm.ts';

const api = extensionApi();
allowLaterImport(ENGINE_SCRIPT);
const engine = createEngine(() => engineFromScript(loadPackagedScript), createKeepWarm(touchBackground));
const extensionOrigin = api.runtime.getURL('');
const bg: Background = {
  api,
  views: new TabViews(api.storage.session),
  emit: makeEmitter<BackgroundEvents>(api),
  engine: (text, links, options) => engine.analyze(text, links, options),
  warmEngine: () => engine.warm(),
  // Idle means no tab is being analysed, including one still injecting or reading its page.
  optimiseEngine: () => engine.optimise(() => bg.inFlight.size === 0),
  page: (tabId, quick) => pageCaller(api, tabId, quick ? 2_000 : undefined),
  highlightCss: HIGHLIGHT_CSS,
  inFlight: new Map(),
  early: new Map(),
  now: () => performance.now(),
};

// Only our own extension pages may drive the background; content scripts may only report a loaded page.
serve<BackgroundCalls>(api, 'background', backgroundHandlers(bg), { accept: (s) => s.url?.startsWith(extensionOrigin) === true });
serve<ContentCalls>(api, 'content', contentHandlers(bg), { accept: (s) => s.tabId !== undefined });
createMenus(bg);
listenToTriggers(bg);
followPermissionRemovals(api);
