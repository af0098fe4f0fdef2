import { describe, expect, test, vi } from 'vitest';
import { SETTINGS_KEY } from '../../src/settings/storage.ts';
import { watchSettings } from '../../src/settings/watch.ts';
import { FakeBrowser } from '../platform/fake-api.ts';

/** A fake browser, a watcher in one context, the API of another context, and a counter of what the watcher heard. */
function watched() {
  const fake = new FakeBrowser();
  let heard = 0;
  const stop = watchSettings(() => heard++, fake.api({ url: `${fake.origin}popup.html` }));
  return { api: fake.api({ url: `${fake.origin}options.html` }), stop, heard: () => heard };
}

describe('watchSettings', () => {
  test('hears a save of the settings made in another context (the settings page)', async () => {
    const { api, heard } = watched();
    await api.storage.local.set(SETTINGS_KEY, { version: 1 });
    expect(heard()).toBe(1);
  });

  test.each([
    ['another key in storage.local', (api: ReturnType<FakeBrowser['api']>) => api.storage.local.set('dismissed', {})],
    [
      'the same key in storage.session',
      (api: ReturnType<FakeBrowser['api']>) => api.storage.session.set(SETTINGS_KEY, {}),
    ],
  ])('ignores %s', async (_, change) => {
    const { api, heard } = watched();
    await change(api);
    expect(heard()).toBe(0);
  });

  test('hears nothing once stopped', async () => {
    const { api, stop, heard } = watched();
    stop();
    await api.storage.local.set(SETTINGS_KEY, {});
    expect(heard()).toBe(0);
  });

  test('waits for an API that is still loading, and an API that fails to load is no error', async () => {
    const fake = new FakeBrowser();
    const api = fake.api();
    let heard = 0;
    watchSettings(() => heard++, Promise.resolve(api));
    await Promise.resolve();
    await api.storage.local.set(SETTINGS_KEY, {});
    expect(heard).toBe(1);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const stop = watchSettings(() => heard++, Promise.reject(new Error('not in an extension')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(stop).not.toThrow();
    expect(warn).toHaveBeenCalledWith('Sourcelight: settings changes will not be followed', expect.any(Error));
    warn.mockRestore();
  });
});
