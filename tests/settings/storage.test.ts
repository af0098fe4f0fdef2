/** Loading and saving settings through a KeyValueStore (storage.local in the extension). */
import { describe, expect, test } from 'vitest';
import type { KeyValueStore } from '../../src/platform/api.ts';
import { defaultSettings, loadSettings, SETTINGS_KEY, saveSettings } from '../../src/settings/index.ts';

function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (key) => data.get(key),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    remove: async (key) => void data.delete(key),
  };
}

describe('loadSettings', () => {
  test('nothing stored: the defaults, quietly', async () => {
    expect(await loadSettings(memoryStore())).toEqual({ settings: defaultSettings(), notices: [] });
  });

  test('damaged storage: the defaults with a notice, and the stored value is left alone', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: 'garbage' });
    expect((await loadSettings(store)).notices).toEqual([{ kind: 'unreadable' }]);
    expect(store.data.get(SETTINGS_KEY)).toBe('garbage');
  });

  test('a store that fails: the defaults with a notice, no throw', async () => {
    const store = { ...memoryStore(), get: async () => Promise.reject(new Error('quota')) };
    expect(await loadSettings(store)).toEqual({ settings: defaultSettings(), notices: [{ kind: 'unreadable' }] });
  });
});

describe('saveSettings', () => {
  test('stores what validation kept, and loads it back', async () => {
    const store = memoryStore();
    const settings = { ...defaultSettings(), sensitivity: 'confident' as const, trustedSources: ['A', 'a', ''] };
    const saved = await saveSettings(settings, store);
    expect(saved.settings.trustedSources).toEqual(['A']);
    expect((await loadSettings(store)).settings).toEqual(saved.settings);
  });
});
