/** The popup's state: what it asks the background, and how it turns silence and refusals into sentences. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createStore } from '../../popup/state/store.ts';
import { strings } from '../../popup/strings.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { type FakeClient, fakeClient, settle } from './fake-client.ts';
import { resultView } from './fixtures.ts';

const idle: TabView = {
  tabId: 7,
  status: 'idle',
  highlightsVisible: true,
  families: ['unsourced', 'weak-source', 'rhetoric', 'sourced'],
};
const analysing: TabView = { ...idle, status: 'analysing', progress: 0.1 };

function setup(client: FakeClient, options = {}) {
  const store = createStore(client, async () => 7, { callTimeoutMs: 1_000, stuckMs: 5_000, ...options });
  return store;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('opening the popup', () => {
  test('analyses a page that has not been analysed yet', async () => {
    const client = fakeClient({
      getTabView: () => ({ ok: true, value: idle }),
      analyzeTab: () => ({ ok: true, value: resultView() }),
    });
    const store = setup(client);
    await store.start();
    expect(client.calls.filter((c) => c.method !== 'getSiteAutomation').map((c) => [c.method, ...c.args])).toEqual([
      ['getTabView', 7],
      ['analyzeTab', 7, 'article'],
    ]);
    expect(store.view.value?.status).toBe('result');
  });

  test('does not analyse again a page that already has a result', async () => {
    const client = fakeClient({ getTabView: () => ({ ok: true, value: resultView() }) });
    await setup(client).start();
    expect(client.calls.map((c) => c.method)).not.toContain('analyzeTab');
  });

  test('a tab it cannot find becomes an error with the reason, and no call is made', async () => {
    const client = fakeClient();
    const store = createStore(client, async () => {
      throw new Error('no such tab');
    });
    await store.start();
    expect(store.failure.value?.message).toBe('no such tab');
    expect(client.calls).toEqual([]);
  });

  test('a background that refuses becomes an error whose retry asks again', async () => {
    const client = fakeClient({ getTabView: () => ({ ok: false, error: 'The page was closed.' }) });
    const store = setup(client);
    await store.start();
    expect(store.failure.value?.message).toBe('The page was closed.');
    client.handlers.getTabView = () => ({ ok: true, value: resultView() });
    store.failure.value?.retry?.();
    await settle();
    expect(store.failure.value).toBeNull();
    expect(store.view.value?.status).toBe('result');
  });

  test('a background that never answers becomes an error, not a spinner forever', async () => {
    vi.useFakeTimers();
    const client = fakeClient({ getTabView: () => new Promise(() => {}) });
    const store = setup(client);
    const started = store.start();
    await vi.advanceTimersByTimeAsync(1_000);
    await started;
    expect(store.failure.value?.message).toBe(strings.error.noAnswer);
  });
});

describe('analysing', () => {
  test('follows progress events for its own tab only, then shows the result', async () => {
    const client = fakeClient({
      getTabView: () => ({ ok: true, value: idle }),
      analyzeTab: () => ({ ok: true, value: analysing }),
    });
    const store = setup(client);
    await store.start();
    client.emit({ ...analysing, progress: 0.6 });
    expect(store.view.value?.progress).toBe(0.6);
    client.emit({ ...resultView(), tabId: 99 });
    expect(store.view.value?.status).toBe('analysing');
    client.emit(resultView());
    expect(store.view.value?.status).toBe('result');
    store.dispose();
  });

  test('an analysis with no news for too long becomes an error whose retry analyses again in the same mode', async () => {
    vi.useFakeTimers();
    const client = fakeClient({
      getTabView: () => ({ ok: true, value: { ...idle, status: 'not-article' } }),
      analyzeTab: () => ({ ok: true, value: analysing }),
    });
    const store = setup(client);
    await store.start();
    await store.analyse('anyway');
    await vi.advanceTimersByTimeAsync(4_000);
    client.emit({ ...analysing, progress: 0.5 }); // news: the watchdog starts over
    await vi.advanceTimersByTimeAsync(4_000);
    expect(store.failure.value).toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(store.failure.value?.message).toBe(strings.error.stuck);
    client.handlers.analyzeTab = () => ({ ok: true, value: resultView() });
    store.failure.value?.retry?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(client.calls.at(-1)?.args).toEqual([7, 'anyway']);
    expect(store.failure.value).toBeNull();
    expect(store.view.value?.status).toBe('result');
  });

  test('a result stops the watchdog', async () => {
    vi.useFakeTimers();
    const client = fakeClient({
      getTabView: () => ({ ok: true, value: idle }),
      analyzeTab: () => ({ ok: true, value: analysing }),
    });
    const store = setup(client);
    await store.start();
    client.emit(resultView());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.failure.value).toBeNull();
  });
});

describe('settings', () => {
  async function started(client: FakeClient) {
    client.handlers.getTabView = () => ({ ok: true, value: resultView() });
    const store = setup(client);
    await store.start();
    return store;
  }

  test('families change at once and the background is told', async () => {
    const client = fakeClient({ setFamilies: (_id, families) => ({ ok: true, value: resultView({ families }) }) });
    const store = await started(client);
    const pending = store.setFamilies(['rhetoric']);
    expect(store.view.value?.families).toEqual(['rhetoric']);
    await pending;
    expect(client.calls.at(-1)).toEqual({ method: 'setFamilies', args: [7, ['rhetoric']] });
  });

  test('a refused setting puts back what the reader had and says why', async () => {
    const client = fakeClient({ setHighlightsVisible: () => ({ ok: false, error: 'The page went away.' }) });
    const store = await started(client);
    await store.setHighlightsVisible(false);
    expect(store.view.value?.highlightsVisible).toBe(true);
    expect(store.notice.value).toBe('The page went away.');
    store.dismissNotice();
    expect(store.notice.value).toBeNull();
  });

  test.each([
    [true, null],
    [false, strings.error.notFoundOnPage],
  ])('revealing a finding the page %s finds leaves notice %s', async (found, notice) => {
    const client = fakeClient({ revealFinding: () => ({ ok: true, value: found }) });
    const store = await started(client);
    await store.reveal('f4');
    expect(client.calls.at(-1)).toEqual({ method: 'revealFinding', args: [7, 'f4'] });
    expect(store.notice.value).toBe(notice);
  });
});

describe('automatic analysis on this site', () => {
  const origin = 'https://news.example';
  async function started(enabled: boolean, granted: boolean) {
    const client = fakeClient({
      getTabView: () => ({ ok: true, value: resultView() }),
      getSiteAutomation: () => ({ ok: true, value: { origin, enabled } }),
      setSiteAutomation: () => ({ ok: true, value: true }),
    });
    client.permission.granted = granted;
    const store = setup(client);
    await store.start();
    await settle();
    return { client, store };
  }

  test('turning it on asks the browser for the site first, then tells the background', async () => {
    const { client, store } = await started(false, true);
    const callsBefore = client.calls.length;
    await store.toggleAutomation();
    expect(client.permission.requested).toEqual([origin]);
    expect(client.permission.requestedBeforeCalls).toEqual([callsBefore]);
    expect(client.calls.at(-1)).toEqual({ method: 'setSiteAutomation', args: [origin, true] });
    expect(store.automation.value).toEqual({ origin, enabled: true });
  });

  test('a refused permission changes nothing and says so', async () => {
    const { client, store } = await started(false, false);
    await store.toggleAutomation();
    expect(client.calls.map((c) => c.method)).not.toContain('setSiteAutomation');
    expect(store.automation.value?.enabled).toBe(false);
    expect(store.notice.value).toBe('Access was not granted.');
  });

  test('turning it off needs no permission', async () => {
    const { client, store } = await started(true, false);
    await store.toggleAutomation();
    expect(client.permission.requested).toEqual([]);
    expect(client.calls.at(-1)).toEqual({ method: 'setSiteAutomation', args: [origin, false] });
    expect(store.automation.value?.enabled).toBe(false);
  });
});
