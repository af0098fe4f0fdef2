import { describe, expect, test } from 'vitest';
import type { ContentCalls } from '../../src/messaging/protocol.ts';
import { makeCaller } from '../../src/messaging/transport.ts';
import { setUp } from './setup.ts';

const URL_A = 'https://news.example/a';

/** An analysed tab 7, and a caller for its content script's "the page changed" message. */
async function analysed() {
  const context = setUp();
  context.fake.tabs.set(7, { id: 7, url: URL_A });
  await context.call('analyzeTab', 7, 'article');
  const fromPage = makeCaller<ContentCalls>('content', (m) => context.fake.api({ tabId: 7, url: URL_A }).runtime.send(m));
  /** The content script leaves, as it does after a single-page app showed another article. */
  const leave = () => context.fake.contexts.splice(context.fake.contexts.findIndex((c) => c.tabId === 7), 1);
  return { ...context, fromPage, leave };
}

describe('a page that changed under its analysis', () => {
  test('showed another article (the content script left): the view is idle and the badge cleared', async () => {
    const { fake, call, fromPage, leave, events } = await analysed();
    leave();
    expect(await fromPage('pageLoaded')).toEqual({ ok: true, value: 'idle' });
    expect(fake.badges.get(7)?.text).toBe('');
    expect(events.at(-1)?.status).toBe('idle');
    expect(await call('getTabView', 7)).toMatchObject({ ok: true, value: { status: 'idle' } });
  });

  test('added text: the result stays, saying it no longer covers the whole page', async () => {
    const { call, fromPage } = await analysed();
    expect(await fromPage('pageLoaded')).toEqual({ ok: true, value: 'result' });
    const view = await call('getTabView', 7);
    expect(view.ok && view.value.report?.score.value).toBe(42);
    expect(view.ok && view.value.message).toMatch(/added text since it was analysed/);
  });

  test('on a site the reader opted in to, the page is simply analysed again', async () => {
    const { fake, call, fromPage, leave, calls } = await analysed();
    fake.granted.add('https://news.example/*');
    await call('setSiteAutomation', 'https://news.example', true);
    leave();
    expect(await fromPage('pageLoaded')).toEqual({ ok: true, value: 'result' });
    expect(fake.injected).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'drawPlan')).toHaveLength(2);
  });

  test('a tab never analysed stays idle and keeps its badge untouched', async () => {
    const { fake } = setUp();
    fake.tabs.set(3, { id: 3, url: URL_A });
    const fromPage = makeCaller<ContentCalls>('content', (m) => fake.api({ tabId: 3, url: URL_A }).runtime.send(m));
    expect(await fromPage('pageLoaded')).toEqual({ ok: true, value: 'idle' });
    expect(fake.badges.has(3)).toBe(false);
  });
});
