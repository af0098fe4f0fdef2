// @vitest-environment jsdom
/** Each of the popup's screens, as a reader meets it: what it says and what its buttons do. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from '../../popup/components/App.tsx';
import { PAGE_SIZE } from '../../popup/components/FindingGroup.tsx';
import { createStore } from '../../popup/state/store.ts';
import { strings } from '../../popup/strings.ts';
import type { Finding } from '../../src/engine/types.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { fakeClient } from './fake-client.ts';
import { ARTICLE, makeReport, resultView } from './fixtures.ts';
import { button, buttons, click, type Rendered, renderPopup } from './render.tsx';

const families: TabView['families'] = ['unsourced', 'weak-source', 'rhetoric', 'sourced'];
const view = (status: TabView['status'], extra: Partial<TabView> = {}): TabView => ({
  tabId: 7,
  status,
  highlightsVisible: true,
  families,
  ...extra,
});

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

async function open(tabView: TabView, handlers: Parameters<typeof renderPopup>[1] = {}) {
  current = await renderPopup(tabView, handlers);
  return current;
}

describe('screens', () => {
  test('not analysed: offers to analyse, and opening the popup has already started it', async () => {
    const popup = await open(view('idle'), { analyzeTab: () => ({ ok: true, value: view('idle') }) });
    expect(popup.root.textContent).toContain(strings.idle.title);
    expect(popup.client.calls.filter((c) => c.method === 'analyzeTab')).toHaveLength(1);
    await click(button(popup.root, strings.idle.analyse), popup);
    expect(popup.client.calls.filter((c) => c.method === 'analyzeTab')).toHaveLength(2);
  });

  test.each([
    [0.4, '40%'],
    [undefined, null],
  ])('analysing with progress %s shows a progress bar and %s', async (progress, figure) => {
    const popup = await open(view('analysing', { progress }));
    const bar = popup.root.querySelector('progress');
    expect(bar?.getAttribute('aria-label')).toBe(strings.analysing.progressLabel);
    expect(bar?.hasAttribute('value')).toBe(progress !== undefined);
    expect(popup.root.querySelector('.progress-figure')?.textContent ?? null).toBe(figure);
    expect(popup.root.querySelector('[role="status"]')?.textContent).toBe(strings.analysing.title);
  });

  test('not an article: a kind sentence and "Analyse anyway", which analyses in that mode', async () => {
    const popup = await open(view('not-article'), { analyzeTab: () => ({ ok: true, value: resultView() }) });
    expect(popup.root.textContent).toContain(strings.notArticle.title);
    await click(button(popup.root, strings.notArticle.analyseAnyway), popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'analyzeTab', args: [7, 'anyway'] });
    expect(popup.root.querySelector('.score-value')?.textContent).toBe('42');
  });

  test('restricted page: the background’s sentence, and no button that cannot work', async () => {
    const popup = await open(view('restricted', { message: 'Browser settings pages cannot be read.' }));
    expect(popup.root.textContent).toContain(strings.restricted.title);
    expect(popup.root.textContent).toContain('Browser settings pages cannot be read.');
    expect(buttons(popup.root.querySelector('main') as HTMLElement)).toHaveLength(0);
  });

  test('error from the background: its sentence as an alert, and a retry that analyses again', async () => {
    const popup = await open(view('error', { message: 'The page changed while it was read. Try again.' }), {
      analyzeTab: () => ({ ok: true, value: resultView() }),
    });
    const alert = popup.root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('The page changed while it was read. Try again.');
    await click(button(popup.root, strings.error.retry), popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'analyzeTab', args: [7, 'article'] });
    expect(popup.root.querySelector('[role="alert"]')).toBeNull();
  });

  test('while the background has not answered yet: a sentence, not a blank popup', async () => {
    const store = createStore(fakeClient({ getTabView: () => new Promise(() => {}) }), async () => 7);
    const root = document.createElement('div');
    act(() => render(<App store={store} />, root));
    void store.start();
    expect(root.querySelector('.state-loading')?.textContent).toBe(strings.loading);
    act(() => render(null, root));
    store.dispose();
  });

  test('a background that cannot be reached: never a blank popup', async () => {
    const popup = await open(view('idle'), {});
    popup.client.handlers.getTabView = () => ({ ok: false, error: 'Sourcelight is restarting.' });
    await popup.store.start();
    await popup.flush();
    expect(popup.root.querySelector('[role="alert"]')?.textContent).toContain('Sourcelight is restarting.');
    expect(buttons(popup.root, strings.error.retry)).toHaveLength(1);
  });
});

describe('result', () => {
  test('score, grade, summary and announcement', async () => {
    const popup = await open(resultView());
    expect(popup.root.querySelector('.score-value')?.textContent).toBe('42');
    expect(popup.root.querySelector('.score-grade')?.textContent).toBe('Mixed');
    expect(popup.root.querySelector('.score-summary')?.textContent).toBe(
      '2 of 3 claims have no source; 2 sources are anonymous or vague',
    );
    expect(popup.root.querySelector('[role="status"]')?.textContent).toBe('Sourcing score 42 out of 100: Mixed.');
    expect(popup.root.querySelector('.page-title')?.textContent).toBe('Bridge to close');
  });

  test('one breakdown bar per score component, with points and detail', async () => {
    const popup = await open(resultView());
    const items = [...popup.root.querySelectorAll('.component')];
    expect(items.map((i) => i.querySelector('.component-points')?.textContent)).toEqual([
      '17 of 50 points',
      '16 of 20 points',
    ]);
    expect(items[0].textContent).toContain('2 of 3 claims have no source');
    expect((items[1].querySelector('.bar-fill') as HTMLElement).style.width).toBe('80%');
  });

  test('groups by family, in order, with counts, as lists', async () => {
    const popup = await open(resultView());
    const groups = [...popup.root.querySelectorAll('.group')];
    expect(
      groups.map((g) => [g.querySelector('.group-title')?.textContent, g.querySelector('.group-count')?.textContent]),
    ).toEqual([
      ['Unsourced claims', '2 findings'],
      ['Anonymous or vague sources', '3 findings'],
      ['Loaded wording', '3 findings'],
      ['Named sources and documents', '2 findings'],
    ]);
    expect(groups.every((g) => g.querySelectorAll('ul > li.finding').length > 0)).toBe(true);
  });

  test('an item shows its label, the flagged words inside their sentence, the explanation and the question', async () => {
    const popup = await open(resultView());
    const item = popup.root.querySelector('.group.family-rhetoric li.finding') as HTMLElement;
    expect(item.querySelector('.finding-kind')?.textContent).toBe('Loaded language');
    expect(item.querySelector('.sentence')?.textContent).toBe('Critics say the closure is a disaster for local shops.');
    expect(item.querySelector('mark')?.textContent).toBe('disaster');
    expect(item.querySelector('.finding-why')?.textContent).toBe('A charged word that judges.');
    const vague = popup.root.querySelectorAll('.group.family-weak-source li.finding')[1];
    expect(vague.querySelector('.finding-question')?.textContent).toBe('Ask: Who are the critics?');
  });

  test('clicking an item asks the page to reveal that finding', async () => {
    const popup = await open(resultView(), { revealFinding: () => ({ ok: true, value: true }) });
    const item = [...popup.root.querySelectorAll('li.finding')].find(
      (li) => li.querySelector('mark')?.textContent === 'Clearly',
    );
    await click(item?.querySelector('button.finding-reveal') as Element, popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'revealFinding', args: [7, 'f10'] });
  });

  test('a passage the page no longer has gives a notice and keeps the result', async () => {
    const popup = await open(resultView(), { revealFinding: () => ({ ok: true, value: false }) });
    await click(popup.root.querySelector('button.finding-reveal') as Element, popup);
    expect(popup.root.querySelector('.notice')?.textContent).toContain(strings.error.notFoundOnPage);
    expect(popup.root.querySelector('.score-value')?.textContent).toBe('42');
    await click(popup.root.querySelector('.notice button') as Element, popup);
    expect(popup.root.querySelector('.notice')).toBeNull();
  });

  test('a group folds away and back from its heading', async () => {
    const popup = await open(resultView());
    const toggle = popup.root.querySelector('.group-toggle') as HTMLButtonElement;
    const list = popup.root.querySelector(`#${toggle.getAttribute('aria-controls')}`) as HTMLElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click(toggle, popup);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
  });

  test('no findings at all: says so', async () => {
    const empty = resultView();
    empty.report = { ...(empty.report as NonNullable<TabView['report']>), findings: [] };
    const popup = await open(empty);
    expect(popup.root.querySelector('.empty')?.textContent).toBe(strings.groups.nothing);
    expect(popup.root.querySelector('.score-summary')?.textContent).toBe('No checkable claims found');
  });

  test('the analysed text, when the view carries it, gives each item its real sentence', async () => {
    const popup = await open({ ...resultView(), text: ARTICLE } as TabView);
    const item = [...popup.root.querySelectorAll('li.finding')].find(
      (li) => li.querySelector('mark')?.textContent === 'Clearly',
    );
    expect(item?.querySelector('.sentence')?.textContent).toBe('Clearly, nobody wants this.');
  });
});

describe('long articles', () => {
  const many = (n: number): Finding[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `f${i + 1}`,
      kind: 'rhetoric' as const,
      technique: 'hedge' as const,
      start: i * 10,
      end: i * 10 + 5,
      text: `w${i + 1}`,
      rule: 'test',
      confidence: 1,
      inQuote: false,
      explanation: `Explanation ${i + 1}.`,
    }));

  test('a group shows a page of findings and grows on request, moving focus to the first new one', async () => {
    const report = makeReport(many(60));
    const popup = await open(resultView({ report }));
    const items = () => popup.root.querySelectorAll('.family-rhetoric li.finding');
    expect(items()).toHaveLength(PAGE_SIZE);
    await click(button(popup.root, strings.groups.showMore(25, 35)), popup);
    expect(items()).toHaveLength(50);
    expect(document.activeElement?.closest('li')?.querySelector('mark')?.textContent).toBe('w26');
    await click(button(popup.root, strings.groups.showMore(10, 10)), popup);
    expect(items()).toHaveLength(60);
    expect(buttons(popup.root, /Show \d+ more/)).toHaveLength(0);
  });

  test('a folded group renders none of its findings', async () => {
    const popup = await open(resultView({ report: makeReport(many(30)) }));
    await click(popup.root.querySelector('.group-toggle') as Element, popup);
    expect(popup.root.querySelectorAll('li.finding')).toHaveLength(0);
    expect(buttons(popup.root, /Show \d+ more/)).toHaveLength(0);
  });
});
