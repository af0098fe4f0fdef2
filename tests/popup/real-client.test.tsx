// @vitest-environment jsdom
/** The popup over the real transport: the core's fake browser carries its messages to a fake background. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mountPopup } from '../../popup/mount.tsx';
import { realBackgroundClient } from '../../popup/real-client.ts';
import { strings } from '../../popup/strings.ts';
import type { BackgroundCalls, BackgroundEvents, TabView } from '../../src/messaging/protocol.ts';
import { type Handlers, makeEmitter, serve } from '../../src/messaging/transport.ts';
import { FakeBrowser } from '../platform/fake-api.ts';
import { settle } from './fake-client.ts';
import { resultView } from './fixtures.ts';

// The polyfill refuses to load outside an extension; every call here goes through the fake browser instead.
vi.mock('webextension-polyfill', () => ({ default: {} }));

function setup() {
  const fake = new FakeBrowser();
  const background = fake.api();
  const calls: unknown[][] = [];
  const handlers: Partial<Handlers<BackgroundCalls>> = {
    getTabView: (tabId) => {
      calls.push(['getTabView', tabId]);
      return resultView({ tabId });
    },
    getSiteAutomation: () => ({ origin: 'https://news.example', enabled: false }),
    setSiteAutomation: (origin, enabled) => {
      calls.push(['setSiteAutomation', origin, enabled]);
      return true;
    },
  };
  serve(background, 'background', handlers as Handlers<BackgroundCalls>);
  const emit = makeEmitter<BackgroundEvents>(background);
  const client = realBackgroundClient(fake.api({ url: `${fake.origin}popup.html` }));
  return { fake, calls, emit, client };
}

let root: HTMLElement | undefined;
afterEach(() => {
  root?.remove();
});

describe('realBackgroundClient', () => {
  test('calls the background and gets its answer', async () => {
    const { client, calls } = setup();
    const answer = await client.call('getTabView', 5);
    expect(answer.ok && answer.value.tabId).toBe(5);
    expect(calls).toEqual([['getTabView', 5]]);
  });

  test('hears tabViewChanged until it stops listening', async () => {
    const { client, emit } = setup();
    const heard: TabView[] = [];
    const stop = client.onTabViewChanged((v) => heard.push(v));
    await emit('tabViewChanged', resultView({ tabId: 3 }));
    stop();
    await emit('tabViewChanged', resultView({ tabId: 4 }));
    expect(heard.map((v) => v.tabId)).toEqual([3]);
  });

  test('finds the active tab', async () => {
    const { client, fake } = setup();
    expect(await client.activeTabId()).toBeUndefined();
    fake.tabs.set(12, { id: 12, url: 'https://news.example/a' });
    fake.activeTabId = 12;
    expect(await client.activeTabId()).toBe(12);
  });

  test('turning on automatic analysis asks for the site, then tells the background', async () => {
    const { client, fake, calls } = setup();
    expect(await client.enableSiteAutomation('https://news.example')).toEqual({ ok: true, value: true });
    expect([...fake.granted]).toEqual(['https://news.example/*']);
    expect(calls.at(-1)).toEqual(['setSiteAutomation', 'https://news.example', true]);
  });
});

describe('mountPopup', () => {
  test('renders the result of the tab named in ?tabId=', async () => {
    const { client, calls } = setup();
    root = document.createElement('div');
    document.body.append(root);
    mountPopup(root, client, '?tabId=9');
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls[0]).toEqual(['getTabView', 9]);
    expect(root.querySelector('.score-value')?.textContent).toBe('42');
  });

  test('a bad ?tabId= is an error the reader can read, not a blank popup', async () => {
    const { client } = setup();
    root = document.createElement('div');
    document.body.append(root);
    mountPopup(root, client, '?tabId=oops');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(strings.error.badTabId('oops'));
  });
});
