/**
 * A preview of the popup for layout tests in a real browser, without the extension around it: the test puts a
 * TabView on `window.previewView` before the page loads, and this entry mounts the real popup over a fake
 * background that answers with it (settings echo back; revealing records the id on `window.revealed`).
 */
import english from '../../../_locales/en/messages.json';
import { mountPopup } from '../../../popup/mount.tsx';
import { messagesSource, setMessageSource } from '../../../src/i18n/index.ts';
import type { TabView } from '../../../src/messaging/protocol.ts';
import { fakeClient } from '../fake-client.ts';

declare global {
  interface Window {
    previewView?: TabView;
    revealed?: string[];
  }
}

// Outside the extension there is no browser i18n: the popup reads the English messages file, as an English browser would.
setMessageSource(messagesSource(english));
const view = window.previewView as TabView;
window.revealed = [];
const client = fakeClient({
  getTabView: () => ({ ok: true, value: view }),
  analyzeTab: () => ({ ok: true, value: view }),
  getSiteAutomation: () => ({
    ok: true,
    value: { origin: view.page?.url ? new URL(view.page.url).origin : 'https://news.example', enabled: false },
  }),
  setFamilies: (_id, families) => ({ ok: true, value: { ...view, families } }),
  setHighlightsVisible: (_id, highlightsVisible) => ({ ok: true, value: { ...view, highlightsVisible } }),
  revealFinding: (_id, findingId) => {
    window.revealed?.push(findingId);
    return { ok: true, value: true };
  },
});
mountPopup(document.getElementById('app') as HTMLElement, client, `?tabId=${view.tabId}`);
