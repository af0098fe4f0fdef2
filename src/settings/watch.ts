/**
 * Hears when the reader's settings change (the settings page saves at every change), so an open popup and the
 * highlights on a page follow without a reload. storage.onChanged is not part of src/platform's ExtensionApi
 * yet: it is reached on `browser` (Firefox) or `chrome` (Chromium), whose listeners have the same shape.
 */
import { SETTINGS_KEY } from './storage.ts';

type ChangeListener = (changes: Record<string, unknown>, area: string) => void;
interface StorageEvents {
  storage?: { onChanged?: { addListener(l: ChangeListener): void; removeListener(l: ChangeListener): void } };
}

/** Calls `onChange` whenever the stored settings change; returns the function that stops listening. */
export function watchSettings(onChange: () => void, scope: object = globalThis): () => void {
  const { browser, chrome } = scope as { browser?: StorageEvents; chrome?: StorageEvents };
  const events = browser?.storage?.onChanged ?? chrome?.storage?.onChanged;
  if (!events) return () => undefined;
  const listener: ChangeListener = (changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange();
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
