/** Starts the popup in a page: finds the tab, creates the state, renders, and cleans up when the page goes. */
import { render } from 'preact';
import type { BackgroundClient } from './background-client.ts';
import { App } from './components/App.tsx';
import { popupHost } from './host.ts';
import { createStore, type PopupStore } from './state/store.ts';
import { resolveTabId } from './tab-id.ts';

/** Renders the popup into `root` for the tab named by `search` (?tabId=N) or the active tab. */
export function mountPopup(
  root: Element,
  client: BackgroundClient,
  search: string,
  window_: Window = window,
): PopupStore {
  const store = createStore(client, () => resolveTabId(search, () => client.activeTabId()));
  // Preact diffs against what is already in the container; start from an empty one.
  root.replaceChildren();
  render(<App store={store} host={popupHost(search, window_)} />, root);
  void store.start();
  window_.addEventListener('pagehide', () => store.dispose(), { once: true });
  return store;
}
