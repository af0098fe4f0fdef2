/**
 * What the popup and other extension pages use to talk to the background: `call` for the calls of
 * BackgroundCalls, `listen` for its events, and `enableSiteAutomation` for the one call that must first ask
 * the reader for a permission inside their click.
 */
import { t } from '../i18n/index.ts';
import { extensionApi } from '../platform/extension-api.ts';
import type { ExtensionApi } from '../platform/api.ts';
import type { BackgroundCalls, BackgroundEvents, Result } from './protocol.ts';
import { originPattern } from './site.ts';
import { type Caller, type Handlers, listen as listenTo, makeCaller, retryUndelivered } from './transport.ts';

/** Calls the background: `await call('analyzeTab', tabId, 'article')` resolves to a Result, never throws. */
export const call: Caller<BackgroundCalls> = makeCaller(
  'background',
  retryUndelivered((message) => extensionApi().runtime.send(message)),
);

/** Receives background events (e.g. tabViewChanged) until the signal aborts. */
export function listen(handlers: Partial<Handlers<BackgroundEvents>>, signal?: AbortSignal, api = extensionApi()): void {
  listenTo(api, handlers, signal);
}

/**
 * Turns automatic analysis on for a site. Call it directly from the click handler: browsers only show the
 * permission prompt inside a user gesture, so the request comes first, before any other await.
 */
export async function enableSiteAutomation(origin: string, api: ExtensionApi = extensionApi()): Promise<Result<boolean>> {
  const granted = await api.permissions.request([originPattern(origin)]).catch(() => false);
  if (!granted) return { ok: false, error: t('messaging_notGranted') };
  const callWith = makeCaller<BackgroundCalls>('background', retryUndelivered((message) => api.runtime.send(message)));
  return callWith('setSiteAutomation', origin, true);
}
