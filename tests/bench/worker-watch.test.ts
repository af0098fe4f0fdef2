import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackedExtensionOrigin, watchWorker } from '../../scripts/bench/worker-watch.ts';

type Version = { versionId: string; scriptURL: string; status: string; runningStatus: string };

/** A fake DevTools session: the test plays Chromium's ServiceWorker events; stopAllWorkers calls `onStop`. */
function fakeBrowser(initial: Version[], onStop: (emit: (v: Version[]) => void) => void = () => undefined) {
  let listener: (event: { versions: Version[] }) => void = () => undefined;
  const emit = (versions: Version[]) => listener({ versions });
  const sent: string[] = [];
  const cdp = {
    on: (_name: string, fn: typeof listener) => {
      listener = fn;
    },
    send: async (method: string) => {
      sent.push(method);
      if (method === 'ServiceWorker.enable') emit(initial); // Chromium reports the current versions at once
      if (method === 'ServiceWorker.stopAllWorkers') onStop(emit);
    },
    detach: async () => undefined,
  };
  const context = { newCDPSession: async () => cdp } as unknown as BrowserContext;
  return { context, page: {} as Page, emit, sent };
}

const ORIGIN = `chrome-extension://${'a'.repeat(32)}/`;
const URL = `${ORIGIN}background.js`;
const v = (status: string, runningStatus: string): Version => ({ versionId: '0', scriptURL: URL, status, runningStatus });

describe('watchWorker: waits on the worker states Chromium reports', () => {
  test('activated waits while the worker is still installing', async () => {
    const b = fakeBrowser([v('installing', 'running')]);
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    let done = false;
    const activated = watch.activated(1_000).then(() => {
      done = true;
    });
    b.emit([v('installed', 'running')]);
    b.emit([v('activating', 'running')]);
    await Promise.resolve();
    expect(done).toBe(false);
    b.emit([v('activated', 'running')]);
    await activated;
    expect(done).toBe(true);
  });

  test('activated resolves at once for a worker already activated and running', async () => {
    const b = fakeBrowser([v('activated', 'running')]);
    await (await watchWorker(b.context, b.page, ORIGIN)).activated(1_000);
  });

  test("a worker restarted to finish activating is not 'activated' until it runs again", async () => {
    const b = fakeBrowser([v('activating', 'stopped')]);
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    const activated = watch.activated(1_000);
    b.emit([v('activated', 'starting')]);
    b.emit([v('activated', 'running')]);
    await activated;
  });

  test('stop resolves only once the worker is reported stopped', async () => {
    const b = fakeBrowser([v('activated', 'running')], (emit) => {
      emit([v('activated', 'stopping')]);
      setTimeout(() => emit([v('activated', 'stopped')]), 20);
    });
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    await watch.stop(1_000);
    expect(watch.describe()).toBe('0: activated/stopped');
    expect(b.sent).toContain('ServiceWorker.stopAllWorkers');
  });

  test('a worker that never stops is an error naming its state, not a silent warm run', async () => {
    const b = fakeBrowser([v('activated', 'running')]);
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    await expect(watch.stop(50)).rejects.toThrow(/not stopped within .*0: activated\/running/);
  });

  test("another extension's or a web page's worker is not ours", async () => {
    const b = fakeBrowser([
      { versionId: '7', scriptURL: 'http://127.0.0.1/sw.js', status: 'activated', runningStatus: 'running' },
      { versionId: '8', scriptURL: `chrome-extension://${'b'.repeat(32)}/background.js`, status: 'activated', runningStatus: 'running' },
    ]);
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    expect(watch.describe()).toBe('no worker registered');
    await expect(watch.activated(50)).rejects.toThrow(/not activated and running/);
  });

  test('an origin that names no one extension is refused', async () => {
    const b = fakeBrowser([]);
    await expect(watchWorker(b.context, b.page, 'chrome-extension://')).rejects.toThrow(/not an extension's origin/);
  });

  test('two waits at once both hear the events (a stop while activated() still waits)', async () => {
    const b = fakeBrowser([v('activating', 'running')], (emit) => setTimeout(() => emit([v('activated', 'stopped')]), 10));
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    const activated = watch.activated(1_000);
    const stopped = watch.stop(1_000);
    b.emit([v('activated', 'running')]);
    await Promise.all([activated, stopped]);
  });
});

describe('assertStopped: a cold trigger needs a stopped worker', () => {
  test('passes once the worker is stopped', async () => {
    const b = fakeBrowser([v('activated', 'running')], (emit) => emit([v('activated', 'stopped')]));
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    await watch.stop(1_000);
    expect(() => watch.assertStopped()).not.toThrow();
  });

  test('a worker woken after the stop fails clearly, naming its state', async () => {
    const b = fakeBrowser([v('activated', 'running')], (emit) => emit([v('activated', 'stopped')]));
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    await watch.stop(1_000);
    b.emit([v('activated', 'starting')]);
    expect(() => watch.assertStopped()).toThrow(/needs the extension's service worker stopped.*0: activated\/starting/);
  });

  test('no worker at all is not a cold start either', async () => {
    const b = fakeBrowser([]);
    const watch = await watchWorker(b.context, b.page, ORIGIN);
    expect(() => watch.assertStopped()).toThrow(/no worker registered/);
  });
});

describe("unpackedExtensionOrigin: Chromium's id for a folder", () => {
  test('32 letters a-p, the same through a symbolic link as for the real folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-origin-'));
    try {
      symlinkSync(dir, `${dir}-link`);
      const origin = unpackedExtensionOrigin(dir);
      expect(origin).toMatch(/^chrome-extension:\/\/[a-p]{32}\/$/);
      expect(unpackedExtensionOrigin(`${dir}-link`)).toBe(origin);
      expect(unpackedExtensionOrigin(`${dir}/`)).toBe(origin);
    } finally {
      rmSync(`${dir}-link`, { force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
