// @vitest-environment jsdom
/** The compare page: two pasted texts or analysed tabs, the table, both texts drawn together, and the tab list. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { ComparePage } from '../../pages/compare/ComparePage.tsx';
import { passagesFromFindings } from '../../pages/compare/passages.ts';
import { createCompareStore, sideFromView } from '../../pages/compare/store.ts';
import { analysedTabs, type TabChoice } from '../../pages/compare/tabs.ts';
import { analyze } from '../../src/engine/analyze.ts';
import type { Finding } from '../../src/engine/types.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import type { Caller } from '../../src/messaging/transport.ts';
import { fakeEngine, fakeHighlighter, settingsAnswer } from './fakes.ts';
import { button, click, flush, type, useEnglish } from './setup.ts';

useEnglish();
const OPINION = 'The reckless plan is clearly a disaster. Experts say it will fail.';
const WIRE = 'The council voted 7 to 2 on Tuesday, council minutes show. "We will review it," Mayor Ana Ruiz said.';

function resultView(tabId: number, text: string, keepText: boolean): TabView & { text?: string } {
  const view = {
    tabId,
    status: 'result',
    report: analyze(text),
    page: { url: `https://n${tabId}.example/a`, title: `Tab ${tabId} story` },
    highlightsVisible: true,
    families: [],
  } as TabView;
  return keepText ? { ...view, text } : view;
}

function setUp(tabs: TabChoice[] | string = []) {
  const engine = fakeEngine();
  const highlighter = fakeHighlighter();
  const store = createCompareStore({
    engine,
    highlighter,
    settings: settingsAnswer(),
    listTabs: async () => (typeof tabs === 'string' ? { ok: false, error: tabs } : { ok: true, value: tabs }),
  });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<ComparePage store={store} />, root));
  return { engine, highlighter, store, root };
}

afterEach(() => document.body.replaceChildren());

describe('two pasted texts', () => {
  test('the table compares scores, components and families; both texts are drawn in one go', async () => {
    const { root, highlighter, engine } = setUp();
    const [a, b] = root.querySelectorAll('textarea');
    await type(a, OPINION);
    await type(b, WIRE);
    await click(button(root, /^Compare$/));
    expect(engine.calls.map((c) => c.text)).toEqual([OPINION, WIRE]);
    const rows = [...root.querySelectorAll('table.comparison tbody tr')].map(
      (tr) => tr.querySelector('th')?.textContent,
    );
    expect(rows[0]).toBe('Sourcing score');
    expect(rows).toContain('Unsourced claims');
    expect(rows).toContain('Named sources and documents');
    expect(rows.at(-1)).toBe('Words');
    const scores = [...root.querySelectorAll('.compare-score')].map((s) => Number(s.textContent));
    expect(scores).toEqual([analyze(OPINION).score.value, analyze(WIRE).score.value]);
    expect(scores[1]).toBeGreaterThan(scores[0]);
    expect([...root.querySelectorAll('.article-text')].map((t) => t.textContent)).toEqual([OPINION, WIRE]);
    expect(highlighter.drawn).toHaveLength(1);
    expect(highlighter.drawn[0].map((s) => s.map.text)).toEqual([OPINION, WIRE]);
  });

  test('comparing the same texts again draws them again', async () => {
    const { root, highlighter } = setUp();
    const [a, b] = root.querySelectorAll('textarea');
    await type(a, OPINION);
    await type(b, WIRE);
    await click(button(root, /^Compare$/));
    await click(button(root, /^Compare$/));
    expect(highlighter.drawn).toHaveLength(2);
  });

  test('a side with no text says which one', async () => {
    const { root } = setUp();
    await type(root.querySelectorAll('textarea')[0], OPINION);
    await click(button(root, /^Compare$/));
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('“Second article” has no text yet.');
    expect(root.querySelector('table')).toBeNull();
  });
});

describe('analysed tabs', () => {
  const tabs: TabChoice[] = [
    { tabId: 4, title: 'Tab 4 story', view: resultView(4, OPINION, true) },
    { tabId: 9, title: 'Tab 9 story', view: resultView(9, WIRE, false) },
  ];

  test('lists them, explains how to add one, and compares a tab with its text and one without', async () => {
    const { root, store } = setUp(tabs);
    await act(() => store.refreshTabs());
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      if (radio.parentElement?.textContent === 'An analysed tab') await click(radio);
    }
    const selects = root.querySelectorAll('select');
    expect([...selects[0].options].map((o) => o.textContent)).toEqual(['Tab 4 story', 'Tab 9 story']);
    expect(root.textContent).toContain('click its button there');
    act(() => {
      selects[1].value = '9';
      selects[1].dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button(root, /^Compare$/));
    const headings = [...root.querySelectorAll('.compare-side h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Tab 4 story', 'Tab 9 story']);
    const texts = [...root.querySelectorAll('.article-text')].map((t) => t.textContent ?? '');
    expect(texts[0]).toBe(OPINION);
    // Without its text, the tab shows the passages its findings cover, and says so.
    expect(root.textContent).toContain('Only the passages Sourcelight flagged are shown');
    expect(texts[1]).toContain('Mayor Ana Ruiz said');
  });

  test('a list that cannot be had says why, with the way to add tabs', async () => {
    const { root, store } = setUp('Unknown background call: listKnownTabs.');
    await act(() => store.refreshTabs());
    store.sides[0].mode.value = 'tab';
    await flush();
    expect(root.textContent).toContain('The list of tabs could not be loaded: Unknown background call: listKnownTabs.');
    expect(root.textContent).toContain('No analysed tabs yet.');
  });
});

describe('analysedTabs', () => {
  test('keeps finished results, most recent first, and drops tabs that failed or moved on', async () => {
    const views: Record<number, TabView> = {
      3: resultView(3, WIRE, true),
      5: { tabId: 5, status: 'idle', highlightsVisible: true, families: [] },
      8: resultView(8, OPINION, false),
    };
    const background = (async (_: string, tabId: number) =>
      views[tabId] ? { ok: true, value: views[tabId] } : { ok: false, error: 'gone' }) as unknown as Caller<never>;
    const pages = (async () => ({ ok: true, value: [8, 5, 3, 12] })) as unknown as Caller<never>;
    const listed = await analysedTabs({ background, pages });
    expect(listed.ok && listed.value.map((c) => [c.tabId, c.title])).toEqual([
      [8, 'Tab 8 story'],
      [3, 'Tab 3 story'],
    ]);
  });
});

describe('passagesFromFindings', () => {
  test('rebuilds the covered stretches at their offsets, with gaps between', () => {
    const text = 'Alpha beta. Gamma delta epsilon. Zeta eta.';
    const finding = (start: number, end: number) => ({ start, end, text: text.slice(start, end) }) as Finding;
    const rebuilt = passagesFromFindings([finding(0, 11), finding(6, 10), finding(33, 42)]);
    expect(rebuilt.passages).toEqual([
      { start: 0, text: 'Alpha beta.' },
      { start: 33, text: 'Zeta eta.' },
    ]);
    expect(rebuilt.text).toHaveLength(42);
    expect(rebuilt.text.slice(33, 42)).toBe('Zeta eta.');
  });

  test('ignores a finding whose text does not fit its offsets', () => {
    expect(passagesFromFindings([{ start: 0, end: 3, text: 'toolong' } as Finding]).passages).toEqual([]);
  });
});

test('sideFromView: a kept text must match the report, or the passages are used', () => {
  const view = resultView(1, WIRE, true);
  expect(sideFromView(view, 'x')?.partial).toBe(false);
  expect(sideFromView({ ...view, text: `${WIRE} more` }, 'x')?.partial).toBe(true);
  expect(sideFromView({ ...view, report: undefined }, 'x')).toBeNull();
});
