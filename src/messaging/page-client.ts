/** How the background calls the content script in one tab (PageCalls over tabs.sendMessage). */
import type { ExtensionApi } from '../platform/api.ts';
import type { PageCalls } from './protocol.ts';
import { type Caller, makeCaller } from './transport.ts';

/** Page calls wait this long: extraction and drawing on a 20,000-word page take well under it. */
export const PAGE_TIMEOUT_MS = 30_000;

/** A typed caller for the content script of one tab. */
export function pageCaller(api: ExtensionApi, tabId: number, timeoutMs = PAGE_TIMEOUT_MS): Caller<PageCalls> {
  return makeCaller<PageCalls>('page', (message) => api.tabs.send(tabId, message), timeoutMs);
}
