/** The BackgroundClient of the running extension: src/messaging for calls and events, src/platform for tabs. */
import { enableSiteAutomation, listen } from '../src/messaging/client.ts';
import type { BackgroundCalls } from '../src/messaging/protocol.ts';
import { makeCaller } from '../src/messaging/transport.ts';
import type { ExtensionApi } from '../src/platform/api.ts';
import { extensionApi } from '../src/platform/extension-api.ts';
import type { BackgroundClient } from './background-client.ts';

/** Creates the client over an extension API (the running extension's, or a test's fake). */
export function realBackgroundClient(api: ExtensionApi = extensionApi()): BackgroundClient {
  return {
    // A caller over `api` rather than the module-wide `call`, so that every part of this client uses one seam.
    call: makeCaller<BackgroundCalls>('background', (message) => api.runtime.send(message)),
    onTabViewChanged(listener) {
      const stop = new AbortController();
      listen({ tabViewChanged: (view) => listener(view) }, stop.signal, api);
      return () => stop.abort();
    },
    activeTabId: async () => (await api.tabs.active())?.id,
    enableSiteAutomation: (origin) => enableSiteAutomation(origin, api),
  };
}
