// @vitest-environment jsdom
/** Saving a file from the popup, and knowing when a file picker would close the popup. */
import { describe, expect, test } from 'vitest';
import { createDownloader, OWN_URL_LIFETIME_MS } from '../../popup/download.ts';
import { popupHost } from '../../popup/host.ts';

/** A fake URL maker that numbers its URLs and records revocations. */
function fakeUrls() {
  const made: Blob[] = [];
  const revoked: string[] = [];
  return {
    made,
    revoked,
    createObjectURL: (blob: Blob) => `blob:own/${made.push(blob)}`,
    revokeObjectURL: (url: string) => void revoked.push(url),
  };
}

/** Records the links clicked in a document (jsdom does not download). */
function clicks(doc: Document) {
  const seen: { href: string; download: string; inDocument: boolean }[] = [];
  doc.addEventListener('click', (event) => {
    const a = event.target as HTMLAnchorElement;
    seen.push({ href: a.href, download: a.download, inDocument: doc.body.contains(a) });
    event.preventDefault();
  });
  return seen;
}

describe('downloads', () => {
  test('use the background URL when there is one, clicking a link named after the file', async () => {
    const urls = fakeUrls();
    const seen = clicks(document);
    const asked: [string, string][] = [];
    const download = createDownloader(
      async (content, type) => {
        asked.push([content, type]);
        return 'blob:moz-extension://background/1';
      },
      document,
      urls,
    );
    await download('# Report', 'text/markdown', 'report.md');
    expect(asked).toEqual([['# Report', 'text/markdown']]);
    expect(seen).toEqual([{ href: 'blob:moz-extension://background/1', download: 'report.md', inDocument: true }]);
    expect(urls.made).toEqual([]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  test('make their own URL when the background cannot, revoke it later (not at once), and stop asking', async () => {
    const urls = fakeUrls();
    const seen = clicks(document);
    const timers: [() => void, number][] = [];
    let asked = 0;
    const download = createDownloader(
      async () => {
        asked++;
        return null;
      },
      document,
      urls,
      ((fn: () => void, ms: number) => timers.push([fn, ms])) as unknown as typeof setTimeout,
    );
    await download('a,b\r\n', 'text/csv', 'one.csv');
    await download('c,d\r\n', 'text/csv', 'two.csv');
    expect(asked).toBe(1);
    expect(seen.map((s) => [s.href, s.download])).toEqual([
      ['blob:own/1', 'one.csv'],
      ['blob:own/2', 'two.csv'],
    ]);
    expect(await urls.made[0].text()).toBe('a,b\r\n');
    expect(urls.made[0].type).toBe('text/csv');
    expect(urls.revoked).toEqual([]);
    expect(timers.map(([, ms]) => ms)).toEqual([OWN_URL_LIFETIME_MS, OWN_URL_LIFETIME_MS]);
    for (const [fn] of timers) fn();
    expect(urls.revoked).toEqual(['blob:own/1', 'blob:own/2']);
  });

  test('a background that fails counts as one that cannot', async () => {
    const urls = fakeUrls();
    clicks(document);
    const download = createDownloader(() => Promise.reject(new Error('gone')), document, urls, (() => 0) as never);
    await download('x', 'text/plain', 'x.txt');
    expect(urls.made).toHaveLength(1);
  });
});

/** A window-like object with the given location and recorders for open and close. */
function fakeWindow(href: string) {
  const opened: string[] = [];
  let closed = false;
  const window_ = {
    location: new URL(href),
    open: (url: string) => void opened.push(url),
    close: () => {
      closed = true;
    },
  } as unknown as Window;
  return { window_, opened, closed: () => closed };
}

describe('the popup host', () => {
  test.each([
    ['moz-extension://id/popup.html', '', true],
    ['moz-extension://id/popup.html?tabId=3', '?tabId=3', false],
    ['chrome-extension://id/popup.html', '', false],
    ['chrome-extension://id/popup.html?tabId=3', '?tabId=3', false],
  ])('%s: a file picker closes the popup: %s', (href, search, expected) => {
    expect(popupHost(search, fakeWindow(href).window_).pickerClosesPopup).toBe(expected);
  });

  test('reopening to load opens the popup for the tab in a tab, then closes the toolbar popup', () => {
    const fake = fakeWindow('moz-extension://id/popup.html');
    const host = popupHost('', fake.window_);
    expect(host.openedToLoad).toBe(false);
    host.reopenToLoad(12);
    expect(fake.opened).toEqual(['popup.html?tabId=12&load=1']);
    expect(fake.closed()).toBe(true);
    expect(popupHost('?tabId=12&load=1', fake.window_).openedToLoad).toBe(true);
  });
});
