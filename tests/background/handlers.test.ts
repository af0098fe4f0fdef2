import { describe, expect, test } from 'vitest';
import { makeCaller } from '../../src/messaging/transport.ts';
import type { ContentCalls } from '../../src/messaging/protocol.ts';
import { pageAnswers, setUp } from './setup.ts';

describe('refuses malformed calls with a sentence naming the problem', () => {
  test.each([
    ['getTabView', ['7'], /Expected a tab id/],
    ['getTabView', [-1], /Expected a tab id/],
    ['analyzeTab', [1, 'everything'], /Expected an analysis mode/],
    ['setFamilies', [1, ['colours']], /Expected a list of families/],
    ['setHighlightsVisible', [1, 'yes'], /Expected true or false/],
    ['revealFinding', [1, ''], /Expected a finding id/],
    ['setSiteAutomation', ['chrome://settings', true], /not a web site/],
  ])('%s(%j)', async (method, args, error) => {
    const { call } = setUp();
    const result = await (call as (m: string, ...a: unknown[]) => Promise<{ ok: boolean; error?: string }>)(method, ...args);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(error);
  });
});

describe('the tab view', () => {
  test('is idle for a tab never analysed', async () => {
    const { call } = setUp();
    expect(await call('getTabView', 3)).toMatchObject({ ok: true, value: { tabId: 3, status: 'idle', highlightsVisible: true } });
  });

  test('keeps a result while the page still answers, and resets to idle once the tab navigated away', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await call('analyzeTab', 7, 'article');
    expect((await call('getTabView', 7)).ok && (await call('getTabView', 7))).toMatchObject({ value: { status: 'result' } });
    fake.contexts.splice(fake.contexts.findIndex((c) => c.tabId === 7), 1); // the page is gone with its content script
    expect(await call('getTabView', 7)).toMatchObject({ ok: true, value: { status: 'idle' } });
  });

  test('survives the background being stopped (read back from storage.session)', async () => {
    const first = setUp();
    first.fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await first.call('analyzeTab', 7, 'article');
    const stored = [...first.fake.session.entries()];
    const second = setUp();
    for (const [k, v] of stored) second.fake.session.set(k, v);
    second.fake.onInject(7, 'content.js'); // the page still runs its content script
    expect(await second.call('getTabView', 7)).toMatchObject({ ok: true, value: { status: 'result', report: { score: { value: 42 } } } });
  });
});

describe('controls', () => {
  test('families and visibility reach the page and the view', async () => {
    const { fake, call, calls } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await call('analyzeTab', 7, 'article');
    const view = await call('setFamilies', 7, ['rhetoric']);
    expect(view.ok && view.value.families).toEqual(['rhetoric']);
    expect(calls.at(-1)).toEqual({ tabId: 7, method: 'setVisible', args: [true, ['rhetoric']] });
    const hidden = await call('setHighlightsVisible', 7, false);
    expect(hidden.ok && hidden.value.highlightsVisible).toBe(false);
  });

  test('reveal asks the page, and says whether it found the finding', async () => {
    const { fake, call, answers } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    answers.set(7, { ...pageAnswers(), reveal: (id) => id === 'f1' });
    await call('analyzeTab', 7, 'article');
    expect(await call('revealFinding', 7, 'f1')).toEqual({ ok: true, value: true });
    expect(await call('revealFinding', 7, 'f9')).toEqual({ ok: true, value: false });
  });

  test('turning off tears the page down, removes the styles and the badge, and leaves an idle view', async () => {
    const { fake, call, calls } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await call('analyzeTab', 7, 'article');
    const view = await call('turnOff', 7);
    expect(view.ok && view.value.status).toBe('idle');
    expect(calls.map((c) => c.method)).toContain('teardown');
    expect(fake.css.get(7)).toEqual([]);
    expect(fake.badges.get(7)?.text).toBe('');
  });
});

describe('automatic analysis per site', () => {
  test('needs the site permission first, then registers the tiny script, and can be turned off', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a/b' });
    expect(await call('getSiteAutomation', 7)).toEqual({ ok: true, value: { origin: 'https://news.example', enabled: false } });
    const refused = await call('setSiteAutomation', 'https://news.example', true);
    expect(refused.ok).toBe(false);
    fake.granted.add('https://news.example/*');
    expect(await call('setSiteAutomation', 'https://news.example', true)).toEqual({ ok: true, value: true });
    expect([...fake.registered.values()]).toEqual([{ matches: ['https://news.example/*'], file: 'content-auto.js' }]);
    expect(await call('getSiteAutomation', 7)).toEqual({ ok: true, value: { origin: 'https://news.example', enabled: true } });
    expect(await call('setSiteAutomation', 'https://news.example', false)).toEqual({ ok: true, value: false });
    expect(fake.registered.size).toBe(0);
    expect(fake.granted.has('https://news.example/*')).toBe(false);
  });

  test('a permission removed in the browser settings unregisters the script', async () => {
    const { fake, call } = setUp();
    fake.granted.add('https://news.example/*');
    await call('setSiteAutomation', 'https://news.example', true);
    const { followPermissionRemovals } = await import('../../src/background/site-automation.ts');
    followPermissionRemovals(fake.api());
    for (const listener of fake.permissionRemovedListeners) listener(['https://news.example/*']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.registered.size).toBe(0);
  });

  test('a loaded page of an opted-in site is analysed; of any other site, it is not', async () => {
    const { fake, call } = setUp();
    fake.granted.add('https://news.example/*');
    await call('setSiteAutomation', 'https://news.example', true);
    fake.tabs.set(8, { id: 8, url: 'https://news.example/today' });
    fake.tabs.set(9, { id: 9, url: 'https://other.example/' });
    const fromTab = (tabId: number, url: string) => makeCaller<ContentCalls>('content', (m) => fake.api({ tabId, url }).runtime.send(m));
    expect(await fromTab(8, 'https://news.example/today')('pageLoaded')).toEqual({ ok: true, value: 'result' });
    expect(await fromTab(9, 'https://other.example/')('pageLoaded')).toEqual({ ok: true, value: 'idle' });
  });
});

describe('who may call', () => {
  test('a content script cannot drive the background\'s popup calls', async () => {
    const { fake } = setUp();
    const fromPage = makeCaller<{ turnOff(tabId: number): unknown }>('background', (m) => fake.api({ tabId: 1, url: 'https://evil.example/' }).runtime.send(m));
    expect(await fromPage('turnOff', 1)).toEqual({ ok: false, error: 'turnOff may not be called from here.' });
  });

  test('readArticle refuses anything but a snapshot and a URL', async () => {
    const { fake } = setUp();
    const fromTab = makeCaller<ContentCalls>('content', (m) => fake.api({ tabId: 1, url: 'https://a.example/' }).runtime.send(m));
    const result = await (fromTab as (m: string, ...a: unknown[]) => Promise<{ ok: boolean; error?: string }>)('readArticle', 42, null);
    expect(result).toEqual({ ok: false, error: 'Expected a page snapshot (HTML) and its address.' });
  });
});
