import { describe, expect, test, vi } from 'vitest';
import { GRADE_COLOURS } from '../../src/background/badge.ts';
import { analyzeTab } from '../../src/background/analyze-tab.ts';
import type { Background } from '../../src/background/context.ts';
import { createEngine, type EngineApi, OPTIMISE_PIECES, PRACTICE_PIECES, PRACTICE_RUNS } from '../../src/background/engine.ts';
import { saveDismissals } from '../../src/background/dismissals.ts';
import { dismissalKeys } from '../../src/messaging/dismissals.ts';
import { type DrawPlan, fromDrawPlan } from '../../src/messaging/draw-plan.ts';
import type { ContentCalls } from '../../src/messaging/protocol.ts';
import { makeCaller } from '../../src/messaging/transport.ts';
import { outlineText } from '../../src/page/extract/align.ts';
import { SETTINGS_KEY } from '../../src/settings/index.ts';
import { pageAnswers, report, setUp } from './setup.ts';

describe('analysing a tab', () => {
  test('injects the content script and styles, extracts, runs the engine, draws, and shows the score', async () => {
    const { fake, call, events, calls } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const view = await call('analyzeTab', 7, 'article');
    expect(view.ok && view.value.status).toBe('result');
    expect(view.ok && view.value.report?.score.value).toBe(42);
    expect(fake.injected).toEqual([{ tabId: 7, file: 'content.js' }]);
    expect(fake.css.get(7)).toHaveLength(1);
    // The text is asked for as soon as the browser says the script ran; its answer shows the script runs.
    expect(calls.map((c) => c.method)).toEqual(['extract', 'drawPlan', 'diagnostics']);
    expect(view.ok && view.value.timings?.longestPageSlice).toBe(3);
    expect(fake.badges.get(7)).toEqual({ text: '42', background: GRADE_COLOURS.mixed, foreground: '#FFFFFF' });
    expect(events.map((e) => e.status)).toEqual(['analysing', 'analysing', 'analysing', 'result']);
    expect(events.map((e) => e.progress)).toEqual([0.1, 0.4, 0.8, 1]);
  });

  test('a page that already has the content script is not injected twice', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await call('analyzeTab', 7, 'article');
    await call('analyzeTab', 7, 'article');
    expect(fake.injected).toHaveLength(1);
  });

  test('a second request while one runs joins it', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const [a, b] = await Promise.all([call('analyzeTab', 7, 'article'), call('analyzeTab', 7, 'article')]);
    expect(a).toEqual(b);
    expect(fake.injected).toHaveLength(1);
  });

  test.each([
    ['chrome://settings/', 'restricted', /Browsers do not let extensions read their own pages/],
    ['https://chromewebstore.google.com/detail/x', 'restricted', /Extension stores/],
    ['https://addons.mozilla.org/en-US/firefox/', 'restricted', /Extension stores/],
    ['file:///home/me/story.html', 'restricted', /Allow access to file URLs/],
    ['https://example.org/paper.pdf', 'restricted', /PDF/],
  ])('%s is %s with a sentence, without injecting', async (url, status, message) => {
    const { fake, call } = setUp();
    fake.tabs.set(3, { id: 3, url });
    const view = await call('analyzeTab', 3, 'article');
    expect(view.ok && view.value.status).toBe(status);
    expect(view.ok && view.value.message).toMatch(message);
    expect(fake.injected).toEqual([]);
  });

  test.each([
    ['Cannot access a chrome:// URL', 'restricted'],
    ['Missing host permission for the tab', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'restricted'],
    ['Frame with ID 0 was removed.', 'error'],
  ])('an injection refused with "%s" becomes %s', async (error, status) => {
    const { fake, call } = setUp();
    fake.tabs.set(3, { id: 3 });
    fake.injectionError = () => new Error(error);
    const view = await call('analyzeTab', 3, 'article');
    expect(view.ok && view.value.status).toBe(status);
    expect(view.ok && view.value.message?.length).toBeGreaterThan(30);
  });

  test('an ordinary web page where the script ran but no longer answers was replaced meanwhile (a navigation)', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(3, { id: 3, url: 'https://news.example/a' });
    fake.onInject = () => undefined;
    const view = await call('analyzeTab', 3, 'article');
    expect(view.ok && [view.value.status, view.value.message]).toEqual(['error', expect.stringMatching(/changed .* while Sourcelight was reading it/)]);
  });

  test('a page where the script "ran" but does not answer is restricted (Firefox on about: pages)', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(3, { id: 3 });
    fake.onInject = () => undefined;
    const view = await call('analyzeTab', 3, 'article');
    expect(view.ok && view.value.status).toBe('restricted');
  });

  test('a page that is not an article says why, with a dash on the badge', async () => {
    const { fake, call, answers } = setUp();
    fake.tabs.set(4, { id: 4, url: 'https://shop.example/' });
    answers.set(4, { ...pageAnswers(), extract: () => ({ kind: 'not-article', page: { url: 'https://shop.example/', title: 'Shop' }, reason: 'Not a story.' }) });
    const view = await call('analyzeTab', 4, 'article');
    expect(view.ok && [view.value.status, view.value.message]).toEqual(['not-article', 'Not a story.']);
    expect(fake.badges.get(4)?.text).toBe('–');
  });

  test.each([
    ['extraction', { extract: () => Promise.reject(new Error('page changed')) }, /could not find the text.*page changed/],
    ['drawing', { drawPlan: () => Promise.reject(new Error('no map')) }, /could not be drawn.*no map/],
  ])('a failure in %s ends in an error view with a sentence', async (_step, override, message) => {
    const { fake, call, answers } = setUp();
    fake.tabs.set(5, { id: 5, url: 'https://news.example/b' });
    answers.set(5, { ...pageAnswers(), ...override });
    const view = await call('analyzeTab', 5, 'article');
    expect(view.ok && view.value.status).toBe('error');
    expect(view.ok && view.value.message).toMatch(message);
  });

  test('an engine failure ends in an error view, not a spinner', async () => {
    const { fake, call } = setUp({
      engine: async () => {
        throw new Error('model missing');
      },
    });
    fake.tabs.set(5, { id: 5, url: 'https://news.example/b' });
    const view = await call('analyzeTab', 5, 'article');
    expect(view.ok && view.value.status).toBe('error');
    expect(view.ok && view.value.message).toMatch(/model missing/);
  });

  test('a closed tab is an error view', async () => {
    const { call } = setUp();
    const view = await call('analyzeTab', 99, 'article');
    expect(view.ok && view.value.message).toBe('This tab is no longer open.');
  });

  test('the reader\'s hidden-highlights choice is applied to a new analysis', async () => {
    const { fake, call, calls } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await call('analyzeTab', 7, 'article');
    await call('setHighlightsVisible', 7, false);
    await call('analyzeTab', 7, 'anyway');
    expect(calls.filter((c) => c.method === 'setVisible').at(-1)).toEqual({ tabId: 7, method: 'setVisible', args: [false, ['unsourced', 'weak-source', 'rhetoric', 'sourced']] });
  });

  test('the report drawn is the one the engine made', async () => {
    const { fake, call, calls } = setUp({ engine: async () => report(7) });
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    await call('analyzeTab', 7, 'article');
    const plan = calls.find((c) => c.method === 'drawPlan')?.args[0] as { strings: string[] };
    expect(plan.strings).toContain('f1');
  });

  test("the reader's settings are read while the engine works, not after it", async () => {
    const keysRead: string[] = [];
    let readBeforeEngineEnded = false;
    const { fake, bg, call } = setUp({
      engine: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        readBeforeEngineEnded = keysRead.includes(SETTINGS_KEY);
        return report();
      },
    });
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    // The first analysis of a tab reads the settings at its start (which families to show); the second does not.
    await call('analyzeTab', 7, 'article');
    const local = bg.api.storage.local;
    const get = local.get.bind(local);
    local.get = (key) => {
      keysRead.push(key);
      return get(key);
    };
    const view = await call('analyzeTab', 7, 'article');
    expect(view.ok && view.value.status).toBe('result');
    expect(readBeforeEngineEnded).toBe(true);
  });
});

describe('an analysis the page cannot finish', () => {
  /** The content script of tab 5 stops answering, as a closed or navigated page's does. */
  const pageGone = (fake: ReturnType<typeof setUp>['fake']) => {
    fake.contexts.splice(fake.contexts.findIndex((c) => c.tabId === 5), 1);
    return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  };

  test.each([
    ['closed while the page is read', 'extract', (fake: ReturnType<typeof setUp>['fake']) => fake.tabs.delete(5), 'This tab is no longer open.'],
    ['navigated while the page is read', 'extract', (fake: ReturnType<typeof setUp>['fake']) => fake.tabs.set(5, { id: 5, url: 'https://news.example/other' }), /changed .* while Sourcelight was reading it/],
    ['reloaded while the highlights are drawn', 'drawPlan', () => undefined, /changed .* while Sourcelight was reading it/],
    ['closed while the highlights are drawn', 'drawPlan', (fake: ReturnType<typeof setUp>['fake']) => fake.tabs.delete(5), 'This tab is no longer open.'],
  ])('a tab %s ends in an error view that says so, never "analysing"', async (_name, step, change, message) => {
    const { fake, call, answers } = setUp();
    fake.tabs.set(5, { id: 5, url: 'https://news.example/b' });
    answers.set(5, {
      ...pageAnswers(),
      [step]: () => {
        change(fake);
        return pageGone(fake);
      },
    });
    const view = await call('analyzeTab', 5, 'article');
    expect(view.ok && view.value.status).toBe('error');
    expect(view.ok && view.value.message).toMatch(message);
    expect(await call('getTabView', 5)).toMatchObject({ ok: true, value: { status: expect.not.stringMatching('analysing') } });
  });
});

describe("the reader's dismissals", () => {
  test('a finding dismissed while the engine works stays off the new report', async () => {
    const dismissWhileAnalysing: Background['engine'] = async () => {
      // The reader dismisses the finding on the report still shown while this analysis runs.
      const [key] = dismissalKeys(report().findings).values();
      await saveDismissals(setup.bg.api.storage.local, 'https://news.example/a', [{ key, reason: 'not-a-claim', at: '2026-11-26T16:00:00Z' }]);
      return report();
    };
    const setup = setUp({ engine: (text, links) => dismissWhileAnalysing(text, links) });
    setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const view = await setup.call('analyzeTab', 7, 'article');
    expect(view.ok && view.value.dismissed?.map((d) => d.reason)).toEqual(['not-a-claim']);
    const drawn = setup.calls.find((c) => c.method === 'drawPlan')?.args[0] as DrawPlan;
    expect(fromDrawPlan(drawn, () => '')).toEqual([]);
  });
});

describe("the reader's dismissals, read early", () => {
  test("are the page's own when the page's address is not the tab's", async () => {
    const setup = setUp();
    const [key] = dismissalKeys(report().findings).values();
    await saveDismissals(setup.bg.api.storage.local, 'https://news.example/b', [{ key, reason: 'not-a-claim', at: '2026-11-26T16:00:00Z' }]);
    setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const extraction = pageAnswers().extract as () => object;
    setup.answers.set(7, { ...pageAnswers(), extract: () => ({ ...extraction(), page: { url: 'https://news.example/b', title: 'B' } }) as never });
    const view = await setup.call('analyzeTab', 7, 'article');
    expect(view.ok && view.value.dismissed?.map((d) => d.reason)).toEqual(['not-a-claim']);
  });
});

describe('what starts early so the reader waits less', () => {
  test('the engine starts loading once the content script has been asked for, once per analysis', async () => {
    const { fake, call, warmed } = setUp();
    let injectedBeforeWarm = false;
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const inject = fake.onInject;
    fake.onInject = async (tabId, file) => {
      injectedBeforeWarm = warmed.length === 0;
      await inject(tabId, file);
    };
    await call('analyzeTab', 7, 'article');
    expect(warmed).toHaveLength(1);
    expect(injectedBeforeWarm).toBe(true);
    await call('analyzeTab', 7, 'article'); // the script is already there: warmed after the ping
    expect(warmed).toHaveLength(2);
  });

  test('with two tabs analysed at once, the engine may optimise only once both have settled', async () => {
    let finishFirst: () => void = () => undefined;
    const firstEngine = new Promise<void>((resolve) => (finishFirst = resolve));
    let engineCalls = 0;
    const { fake, bg, call, optimised } = setUp({
      engine: async () => {
        if (++engineCalls === 1) await firstEngine; // the first tab's analysis takes longer
        return report();
      },
    });
    const inFlightWhenAsked: number[] = [];
    bg.optimiseEngine = () => void inFlightWhenAsked.push(bg.inFlight.size);
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    fake.tabs.set(8, { id: 8, url: 'https://news.example/b' });
    const first = call('analyzeTab', 7, 'article');
    await call('analyzeTab', 8, 'article');
    expect(inFlightWhenAsked).toEqual([]); // the second settled while the first still runs
    finishFirst();
    await first;
    expect(inFlightWhenAsked).toEqual([0]);
    expect(optimised).toEqual([]);
  });

  test('an analysis that starts while the engine optimises makes it stop; the rest runs once that one settles', async () => {
    const text = 'Perhaps it rains today. '.repeat(400);
    const pieces: { inFlight: number }[] = [];
    let second: Promise<unknown> | undefined;
    const api: EngineApi = {
      analyze: (analysed) => {
        if (analysed === text) return report();
        pieces.push({ inFlight: bg.inFlight.size });
        second ??= analyzeTab(bg, 8, 'article'); // begins right after the first piece, while the rest waits
        return report();
      },
      warm: () => undefined,
    };
    const engine = createEngine(async () => api);
    const { fake, bg, call, answers } = setUp({ engine: (t, links) => engine.analyze(t, links) });
    bg.warmEngine = () => engine.warm();
    bg.optimiseEngine = () => engine.optimise(() => bg.inFlight.size === 0);
    const article = {
      kind: 'article' as const,
      links: [],
      page: { url: 'https://news.example/a', title: 'A' },
      source: 'readability' as const,
    };
    answers.set(7, { ...pageAnswers(), extract: () => ({ ...article, text }) });
    // The second tab's page takes a while to read: time enough for every piece, were they not stopped.
    answers.set(8, {
      ...pageAnswers(),
      extract: () => new Promise((resolve) => setTimeout(() => resolve({ ...article, text }), 50)),
    });
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    fake.tabs.set(8, { id: 8, url: 'https://news.example/b' });
    await call('analyzeTab', 7, 'article');
    await vi.waitFor(() => expect(second).toBeDefined());
    await second;
    const queued = OPTIMISE_PIECES + PRACTICE_RUNS * PRACTICE_PIECES; // the first text's pieces, then the practice runs'
    await vi.waitFor(() => expect(pieces).toHaveLength(queued));
    expect(pieces.slice(1).map((p) => p.inFlight)).toEqual(Array(queued - 1).fill(0));
  });

  test('script and styles are injected together; a second attempt repeats only the step that failed', async () => {
    const { fake, call } = setUp();
    fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    let refusals = 1;
    fake.injectionError = () => (refusals-- > 0 ? new Error('Frame with ID 0 is showing error page') : undefined);
    const view = await call('analyzeTab', 7, 'article');
    expect(view.ok && view.value.status).toBe('result');
    expect(fake.css.get(7)).toHaveLength(1);
    expect(fake.injected).toHaveLength(1);
  });
});

describe("the engine starts on Readability's outline, before the page sends its text", () => {
  const prose = (n: number) =>
    `Paragraph ${n} of a news story, long enough that Readability treats it as prose, with commas, clauses, and the detail a report has.`;
  const snapshot = `<!DOCTYPE html><html data-sl="0"><head data-sl="1"><title data-sl="2">Story</title></head><body data-sl="3"><article data-sl="4">${[1, 2, 3, 4].map((n) => `<p data-sl="${n + 9}">${prose(n)}</p>`).join('')}</article></body></html>`;

  /** A background whose engine notes every text it analyses (and scores a report by the text's length). */
  function recording() {
    const analysed: string[] = [];
    const setup = setUp({
      engine: async (text) => {
        analysed.push(text);
        return report(text.length);
      },
    });
    return { analysed, setup };
  }

  /** A tab whose page reads itself through the background's Readability, then sends `text` (the outline's own text by default). */
  function pageReadingItself(setup: ReturnType<typeof setUp>, text?: (predicted: string) => string) {
    const url = 'https://news.example/a';
    setup.fake.tabs.set(7, { id: 7, url });
    const content = makeCaller<ContentCalls>('content', (m) => setup.fake.api({ tabId: 7, url }).runtime.send(m));
    setup.answers.set(7, {
      ...pageAnswers(),
      extract: async () => {
        const outline = await content('readArticle', snapshot, url);
        if (!outline.ok || !outline.value) throw new Error('no outline');
        const predicted = outlineText(outline.value).text;
        await new Promise((resolve) => setTimeout(resolve, 20)); // the page aligns meanwhile
        return {
          kind: 'article',
          text: text ? text(predicted) : predicted,
          links: [],
          page: { url, title: 'A' },
          source: 'readability',
        };
      },
    });
  }

  test("the page's text is the predicted one: the early report is the analysis, the engine runs once", async () => {
    const { analysed, setup } = recording();
    pageReadingItself(setup);
    const view = await setup.call('analyzeTab', 7, 'article');
    expect(view.ok && view.value.status).toBe('result');
    expect(analysed).toHaveLength(1);
    expect(view.ok && view.value.text).toBe(analysed[0]);
    expect(view.ok && view.value.report?.score.value).toBe(analysed[0].length);
  });

  test('a page that changed meanwhile sends another text: that text is analysed, the early report dropped', async () => {
    const { analysed, setup } = recording();
    pageReadingItself(setup, (predicted) => `${predicted} Added later.`);
    const view = await setup.call('analyzeTab', 7, 'article');
    expect(analysed).toHaveLength(2);
    expect(analysed[1]).toMatch(/Added later\.$/);
    expect(view.ok && view.value.report?.score.value).toBe(analysed[1].length);
  });

  test('no analysis under way, no early start (a page reading itself for another reason)', async () => {
    const { analysed, setup } = recording();
    setup.fake.tabs.set(7, { id: 7, url: 'https://news.example/a' });
    const content = makeCaller<ContentCalls>('content', (m) =>
      setup.fake.api({ tabId: 7, url: 'https://news.example/a' }).runtime.send(m),
    );
    expect((await content('readArticle', snapshot, 'https://news.example/a')).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(analysed).toEqual([]);
  });
});
