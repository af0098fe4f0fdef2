// @vitest-environment jsdom
/**
 * No UI string is hard-coded in the extension pages: every page is rendered, in each of its states, with every
 * message replaced by a marker (⟦key⟧), the popup components it reuses given marker strings too, and all page
 * data (texts, titles, explanations, site names) written in Greek letters. Any Latin word left in the text or
 * in an attribute a reader hears is English that did not come through the messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnalysePage } from '../../pages/analyse/AnalysePage.tsx';
import { createAnalyseStore } from '../../pages/analyse/store.ts';
import { ComparePage } from '../../pages/compare/ComparePage.tsx';
import { createCompareStore } from '../../pages/compare/store.ts';
import { GlossaryPage } from '../../pages/glossary/GlossaryPage.tsx';
import { OptionsPage } from '../../pages/options/OptionsPage.tsx';
import { createOptionsStore } from '../../pages/options/store.ts';
import type { EngineRunner } from '../../pages/shared/engine-client.ts';
import type { Finding, Report } from '../../src/engine/types.ts';
import { setMessageSource } from '../../src/i18n/index.ts';
import { englishIn, greekReport, MARKER_SOURCE } from './markers.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { defaultSettings, type SettingsNotice } from '../../src/settings/index.ts';
import { fakeHighlighter } from '../pages/fakes.ts';
import { button, click, flush, ROOT, type } from '../pages/setup.ts';

vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../popup/strings.ts', async (original) => {
  const markers = (value: unknown, path: string): unknown => {
    if (typeof value === 'string') return `⟦${path}⟧`;
    if (typeof value === 'function') return () => `⟦${path}⟧`;
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markers(v, `${path}.${k}`)]));
    return value;
  };
  return { strings: markers(((await original()) as { strings: unknown }).strings, 'popup') };
});

setMessageSource(MARKER_SOURCE);
Element.prototype.scrollIntoView = () => undefined;

const GREEK = 'Αλφα βήτα γάμμα δέλτα. Έψιλον ζήτα ήτα θήτα.';
const span = {
  start: 0,
  end: 10,
  text: GREEK.slice(0, 10),
  rule: 'ρ',
  confidence: 0.5,
  inQuote: true,
  explanation: 'Εξήγηση.',
  question: 'Ερώτηση;',
};
const FINDINGS: Finding[] = [
  { ...span, id: 'f1', kind: 'claim', claimType: 'statistical', sourcing: 'none' },
  { ...span, id: 'f2', kind: 'attribution', source: 'named', sourceName: 'Όνομα' },
  { ...span, id: 'f3', kind: 'attribution', source: 'anonymous' },
  { ...span, id: 'f4', kind: 'rhetoric', technique: 'hedge' },
];
const REPORT: Report = greekReport(GREEK, FINDINGS);
const engine = (hold = false): EngineRunner => ({
  analyse: () => (hold ? new Promise(() => undefined) : Promise.resolve({ report: REPORT, analyseMs: 3 })),
  cancel: () => undefined,
});

function mount(page: preact.ComponentChild): HTMLElement {
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(page, root));
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('no English hard-coded in the pages', () => {
  const analyse = (hold = false) =>
    createAnalyseStore({
      engine: engine(hold),
      highlighter: fakeHighlighter(),
      settings: Promise.resolve({ settings: defaultSettings(), notices: [] }),
      sampleText: GREEK,
      readFile: async () => ({ ok: false, error: 'analyse_file_wrongType', subs: ['αρχείο.pdf'] }),
    });

  test('analyse: editing, with an error', async () => {
    const store = analyse();
    const root = mount(<AnalysePage store={store} highlightsSupported={false} />);
    await act(() => store.loadFile(new File(['x'], 'αρχείο.pdf')));
    await flush();
    await type(root.querySelector('textarea') as HTMLTextAreaElement, GREEK);
    expect(englishIn(root)).toEqual([]);
  });

  test('analyse: working, then the result', async () => {
    const held = analyse(true);
    const working = mount(<AnalysePage store={held} highlightsSupported={true} />);
    held.setDraft(GREEK);
    void held.analyse();
    await flush();
    expect(working.querySelector('progress')).not.toBeNull();
    expect(englishIn(working)).toEqual([]);
    const store = analyse();
    const root = mount(<AnalysePage store={store} highlightsSupported={false} />);
    store.setDraft(GREEK);
    await act(() => store.analyse());
    await flush();
    expect(root.querySelectorAll('li.finding').length).toBe(4);
    expect(englishIn(root)).toEqual([]);
  });

  test('glossary', () => {
    const root = mount(<GlossaryPage />);
    expect(root.querySelectorAll('article.entry').length).toBeGreaterThan(19);
    expect(englishIn(root)).toEqual([]);
  });

  test('compare: the pickers with analysed tabs, then a comparison', async () => {
    const view = {
      tabId: 1,
      status: 'result',
      report: REPORT,
      text: GREEK,
      highlightsVisible: true,
      families: [],
    } as TabView;
    const store = createCompareStore({
      engine: engine(),
      highlighter: fakeHighlighter(),
      settings: Promise.resolve({ settings: defaultSettings(), notices: [] }),
      listTabs: async () => ({ ok: true, value: [{ tabId: 1, title: 'Καρτέλα', view }] }),
    });
    const root = mount(<ComparePage store={store} />);
    await act(() => store.refreshTabs());
    store.sides[0].mode.value = 'tab';
    store.sides[1].draft.value = GREEK;
    await flush();
    expect(englishIn(root)).toEqual([]);
    await click(button(root, /compare_compare/));
    expect(root.querySelector('table.comparison')).not.toBeNull();
    expect(englishIn(root)).toEqual([]);
  });

  test('settings: every notice, lists, and every error', async () => {
    const notices: SettingsNotice[] = [
      { kind: 'unreadable' },
      { kind: 'older-version', version: 0 },
      { kind: 'newer-version', version: 9 },
      { kind: 'field-reset', field: 'sensitivity' },
      { kind: 'entries-dropped', field: 'customTerms', count: 2 },
    ];
    const settings = {
      ...defaultSettings(),
      customTerms: [{ term: 'όρος', technique: 'hedge' as const, explanation: 'Εξήγηση.' }],
      trustedSources: ['Πηγή'],
    };
    const store = createOptionsStore({
      load: async () => ({ settings, notices }),
      save: async () => Promise.reject(new Error('quota')),
      sites: {
        list: async () => ({ ok: true, value: ['αβγ.δοκιμή'] }),
        add: async () => ({ ok: false, error: 'Σφάλμα' }),
        remove: async () => ({ ok: true, value: false }),
      },
      download: () => undefined,
    });
    const root = mount(<OptionsPage store={store} />);
    await act(() => store.start());
    await flush();
    await act(() => store.importSettings('{'));
    await click(button(root, /options_backup_reset⟧/));
    const siteInput = root.querySelector('#site-input') as HTMLInputElement;
    await type(siteInput, 'λάθος');
    act(() => void siteInput.closest('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    act(
      () =>
        void root
          .querySelector('#term-input')
          ?.closest('form')
          ?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })),
    );
    await flush();
    expect(root.querySelectorAll('[role="alert"]').length).toBeGreaterThanOrEqual(4);
    expect(englishIn(root)).toEqual([]);
  });

  test('the check catches a hard-coded word', () => {
    const root = document.createElement('div');
    root.append('⟦key⟧ findings');
    expect(englishIn(root)).toEqual(['findings']);
  });

  test('the HTML page holds no words but the name', () => {
    const html = readFileSync(join(ROOT, 'pages/shared/page.html'), 'utf8');
    expect(
      html
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Sourcelight');
  });

  test('components carry no literal text in readable attributes', () => {
    const components = ['analyse', 'compare', 'glossary', 'options', 'shared'].flatMap((dir) =>
      readdirSync(join(ROOT, 'pages', dir))
        .filter((name) => name.endsWith('.tsx'))
        .map((name) => join(ROOT, 'pages', dir, name)),
    );
    expect(components.length).toBeGreaterThan(15);
    for (const file of components)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\b(aria-label|title|alt|placeholder)="[^"]*[A-Za-z]/);
  });
});
