/**
 * A background wired to a FakeBrowser, as main.ts wires the real one, plus a fake content script that the
 * fake browser "injects" into a tab: tests steer what the page answers and read what the background did.
 */
import type { Report } from '../../src/engine/types.ts';
import type { Background } from '../../src/background/context.ts';
import { backgroundHandlers, contentHandlers } from '../../src/background/handlers.ts';
import { TabViews } from '../../src/background/tab-views.ts';
import { pageCaller } from '../../src/messaging/page-client.ts';
import type { BackgroundCalls, BackgroundEvents, ContentCalls, PageCalls, TabView } from '../../src/messaging/protocol.ts';
import { type Handlers, makeCaller, makeEmitter, listen, serve } from '../../src/messaging/transport.ts';
import { FakeBrowser } from '../platform/fake-api.ts';

/** A small valid report (the engine's own output is tested elsewhere). */
export function report(value = 42): Report {
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: 'test' },
    text: { length: 20, words: 4, sentences: 1, language: 'en' },
    findings: [{ id: 'f1', kind: 'rhetoric', technique: 'hedge', start: 0, end: 7, text: 'Perhaps', rule: 'r', confidence: 0.5, explanation: 'e', inQuote: false }],
    score: { value, grade: 'mixed', components: [] },
  };
}

/** What the fake page answers, per call; tests override entries. */
export function pageAnswers(): Handlers<PageCalls> {
  return {
    ping: () => true,
    extract: () => ({ kind: 'article', text: 'Perhaps it rains today.', links: [], page: { url: 'https://news.example/a', title: 'A' }, source: 'readability' }),
    draw: () => ({ drawn: 1, unmatched: 0 }),
    drawPlan: () => ({ drawn: 1, unmatched: 0 }),
    setVisible: () => undefined,
    reveal: () => true,
    teardown: () => undefined,
    diagnostics: () => ({ longestSliceMs: 3 }),
  };
}

/** A background and a popup over one fake browser. */
export function setUp(options: { engine?: Background['engine'] } = {}) {
  const warmed: number[] = [];
  const optimised: number[] = [];
  const fake = new FakeBrowser();
  const api = fake.api();
  const bg: Background = {
    api,
    views: new TabViews(api.storage.session),
    emit: makeEmitter<BackgroundEvents>(api),
    engine: options.engine ?? (async () => report()),
    warmEngine: () => void warmed.push(Date.now()),
    optimiseEngine: () => void optimised.push(Date.now()),
    page: (tabId, quick) => pageCaller(api, tabId, quick ? 200 : 2_000),
    highlightCss: '::highlight(x) {}',
    inFlight: new Map(),
    early: new Map(),
    now: () => 0,
  };
  const origin = api.runtime.getURL('');
  serve<BackgroundCalls>(api, 'background', backgroundHandlers(bg), { accept: (s) => s.url?.startsWith(origin) === true });
  serve<ContentCalls>(api, 'content', contentHandlers(bg), { accept: (s) => s.tabId !== undefined });
  const popup = fake.api({ url: `${origin}popup.html` });
  const call = makeCaller<BackgroundCalls>('background', (m) => popup.runtime.send(m), 5_000);
  const events: TabView[] = [];
  listen<BackgroundEvents>(popup, { tabViewChanged: (view) => void events.push(view) });
  const answers = new Map<number, Handlers<PageCalls>>();
  const calls: { tabId: number; method: string; args: unknown[] }[] = [];
  fake.onInject = (tabId) => {
    const handlers = answers.get(tabId) ?? pageAnswers();
    const logged = Object.fromEntries(
      Object.entries(handlers).map(([method, fn]) => [
        method,
        (...args: unknown[]) => {
          calls.push({ tabId, method, args: args.slice(0, -1) });
          return (fn as (...a: unknown[]) => unknown)(...args);
        },
      ]),
    ) as Handlers<PageCalls>;
    serve<PageCalls>(fake.api({ tabId, url: fake.tabs.get(tabId)?.url }), 'page', logged);
  };
  return { fake, bg, call, events, answers, calls, warmed, optimised };
}
