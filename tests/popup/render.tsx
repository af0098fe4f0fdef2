/** Renders the popup into a jsdom document for tests, and finds things the way a reader would: by role and name. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { App } from '../../popup/components/App.tsx';
import type { PopupHost } from '../../popup/host.ts';
import { createStore, type PopupStore, type StoreOptions } from '../../popup/state/store.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { type FakeClient, fakeClient, settle } from './fake-client.ts';

/** A rendered popup with its fake background. */
export interface Rendered {
  root: HTMLElement;
  client: FakeClient;
  store: PopupStore;
  /** Lets pending calls finish and the popup re-render. */
  flush(): Promise<void>;
  unmount(): void;
}

/** Renders the popup for tab 7 whose getTabView answers `view` (other handlers, store options and host as given). */
export async function renderPopup(
  view: TabView,
  handlers: FakeClient['handlers'] = {},
  options: { store?: StoreOptions; host?: PopupHost } = {},
): Promise<Rendered> {
  const client = fakeClient({ getTabView: () => ({ ok: true, value: view }), ...handlers });
  const store = createStore(client, async () => 7, options.store);
  const root = document.createElement('div');
  document.body.append(root);
  const flush = () => act(() => settle());
  act(() => render(<App store={store} host={options.host} />, root));
  await act(() => store.start());
  await flush();
  return {
    root,
    client,
    store,
    flush,
    unmount() {
      render(null, root);
      root.remove();
      store.dispose();
    },
  };
}

/** Buttons whose accessible text contains `name`. */
export function buttons(root: HTMLElement, name?: string | RegExp): HTMLButtonElement[] {
  const all = [...root.querySelectorAll('button')];
  if (name === undefined) return all;
  return all.filter((b) => (typeof name === 'string' ? b.textContent?.includes(name) : name.test(b.textContent ?? '')));
}

/** The one button whose text contains `name`; throws if there is not exactly one. */
export function button(root: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const found = buttons(root, name);
  if (found.length !== 1) throw new Error(`expected one button named ${name}, found ${found.length}`);
  return found[0];
}

/** Clicks an element inside act, then lets the calls it made finish. */
export async function click(element: Element, rendered: Rendered): Promise<void> {
  act(() => {
    element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  await rendered.flush();
}
