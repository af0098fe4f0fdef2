/**
 * Hears when the reader's settings change (the settings page saves at every change), so an open popup and the
 * highlights on a page follow without a reload.
 */
import type { ExtensionApi } from '../platform/api.ts';
import { SETTINGS_KEY } from './storage.ts';

type StorageEvents = Pick<ExtensionApi, 'storage'>;

/**
 * The running extension's storage events, imported only when used: the WebExtension polyfill throws when it is
 * loaded outside an extension, and the popup's and pages' modules are also loaded by unit tests.
 */
async function extensionStorage(): Promise<StorageEvents> {
  const { extensionApi } = await import('../platform/extension-api.ts');
  return extensionApi();
}

/**
 * Calls `onChange` whenever the stored settings change; returns the function that stops listening. The
 * background passes its API so the listener is registered while its script first runs (Chromium wakes a
 * stopped service worker only for events registered then); pages and the popup may let it be found.
 */
export function watchSettings(
  onChange: () => void,
  api: StorageEvents | Promise<StorageEvents> = extensionStorage(),
): () => void {
  const stop = new AbortController();
  const listen = (events: StorageEvents) =>
    events.storage.onChanged((keys, area) => {
      if (area === 'local' && keys.includes(SETTINGS_KEY)) onChange();
    }, stop.signal);
  // Without the API, settings changes would silently stop reaching this page: say so in its console.
  if (api instanceof Promise)
    api.then(listen, (error) => console.warn('Sourcelight: settings changes will not be followed', error));
  else listen(api);
  return () => stop.abort();
}
