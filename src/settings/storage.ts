/** Loading and saving the reader's settings in storage.local (through src/platform), always validated. */
import type { KeyValueStore } from '../platform/api.ts';
import { defaultSettings, type Settings } from './schema.ts';
import { type Validated, validateSettings } from './validate.ts';

/** The storage.local key the settings live under. */
export const SETTINGS_KEY = 'settings';

/**
 * The running extension's storage.local, imported only when used: the WebExtension polyfill throws when it is
 * loaded outside an extension, and validation and defaults must stay usable anywhere (tests, tools, workers).
 */
async function localStore(): Promise<KeyValueStore> {
  const { extensionApi } = await import('../platform/extension-api.ts');
  return extensionApi().storage.local;
}

/**
 * The stored settings, validated: nothing stored gives the defaults quietly; anything damaged or from another
 * version gives what could be kept plus notices. Repairs are not written back here: only a save does that, so
 * merely opening a page never overwrites settings that a newer Sourcelight (after a downgrade) still understands.
 */
export async function loadSettings(store: KeyValueStore | Promise<KeyValueStore> = localStore()): Promise<Validated> {
  let stored: unknown;
  try {
    stored = await (await store).get(SETTINGS_KEY);
  } catch {
    return { settings: defaultSettings(), notices: [{ kind: 'unreadable' }] };
  }
  if (stored === undefined) return { settings: defaultSettings(), notices: [] };
  return validateSettings(stored);
}

/** Validates and stores settings; resolves to what was stored (and what validation changed). */
export async function saveSettings(
  settings: Settings,
  store: KeyValueStore | Promise<KeyValueStore> = localStore(),
): Promise<Validated> {
  const checked = validateSettings(settings);
  await (await store).set(SETTINGS_KEY, checked.settings);
  return checked;
}
