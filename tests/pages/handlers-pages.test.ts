/** The background's answers to the extension pages' two calls, over the fake browser, served the way main.ts will serve them. */
import { describe, expect, test } from 'vitest';
import type { Background } from '../../src/background/context.ts';
import { pagesHandlers } from '../../src/background/handlers-pages.ts';
import { setAutomation } from '../../src/background/site-automation.ts';
import { TabViews } from '../../src/background/tab-views.ts';
import type { PagesCalls, TabView } from '../../src/messaging/protocol.ts';
import { makeCaller, serve } from '../../src/messaging/transport.ts';
import { FakeBrowser } from '../platform/fake-api.ts';

function setUp() {
  const fake = new FakeBrowser();
  const api = fake.api();
  const views = new TabViews(api.storage.session);
  // The handlers read only the API; the rest of the background is not needed here.
  const bg = { api, views } as unknown as Background;
  serve<PagesCalls>(api, 'background', pagesHandlers(bg));
  const page = fake.api({ url: `${fake.origin}compare.html` });
  const call = makeCaller<PagesCalls>('background', (m) => page.runtime.send(m), 2_000);
  return { fake, api, views, call };
}

const view = (tabId: number, status: TabView['status'] = 'result'): TabView => ({
  tabId,
  status,
  highlightsVisible: true,
  families: ['unsourced'],
});

describe('listKnownTabs', () => {
  test('the tabs with a stored view, most recent first', async () => {
    const { views, call } = setUp();
    for (const tabId of [3, 7, 5]) await views.set(view(tabId, tabId === 5 ? 'error' : 'result'));
    await views.set(view(3));
    expect(await call('listKnownTabs')).toEqual({ ok: true, value: [3, 5, 7] });
  });

  test('none when nothing was ever analysed, or the index is damaged', async () => {
    const { fake, call } = setUp();
    expect(await call('listKnownTabs')).toEqual({ ok: true, value: [] });
    fake.session.set('tabViews', 'garbage');
    expect(await call('listKnownTabs')).toEqual({ ok: true, value: [] });
  });
});

describe('listAutomatedSites', () => {
  test('the sites whose script is registered and whose permission is still granted, sorted', async () => {
    const { fake, api, call } = setUp();
    for (const origin of ['https://zeta.example', 'https://alpha.example', 'http://127.0.0.1:8080']) {
      await api.permissions.request([`${origin.replace(/:\d+$/, '')}/*`]);
      await setAutomation(api, origin, true);
    }
    // The reader removed one site's permission in the browser's settings; another script is not ours.
    fake.granted.delete('https://zeta.example/*');
    await api.scripting.registerScript('someone-else', ['https://x.example/*'], 'x.js');
    expect(await call('listAutomatedSites')).toEqual({
      ok: true,
      value: ['http://127.0.0.1', 'https://alpha.example'],
    });
  });

  test('none when no site is automated', async () => {
    expect(await setUp().call('listAutomatedSites')).toEqual({ ok: true, value: [] });
  });
});
