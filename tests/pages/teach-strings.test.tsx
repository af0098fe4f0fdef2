// @vitest-environment jsdom
/**
 * No English hard-coded in teach mode (tests/i18n/markers.ts, as for the other pages): every message is a
 * marker (⟦key⟧), the text and findings are Greek, and the page is rendered in each of its states. Any Latin word
 * left in the text, or in an attribute a reader hears, did not come through the messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { createTeachStore } from '../../pages/teach/store.ts';
import { TeachPage } from '../../pages/teach/TeachPage.tsx';
import type { Finding, Report } from '../../src/engine/types.ts';
import { setMessageSource } from '../../src/i18n/index.ts';
import { SAVED_KEY } from '../../src/teach/saved.ts';
import { englishIn, MARKER_SOURCE } from '../i18n/markers.ts';
import { fakeHighlighter } from './fakes.ts';
import { button, click, flush, ROOT } from './setup.ts';

setMessageSource(MARKER_SOURCE);

const GREEK = 'Αλφα βήτα γάμμα δέλτα. Έψιλον ζήτα ήτα θήτα.';
const at = (words: string) => ({ start: GREEK.indexOf(words), end: GREEK.indexOf(words) + words.length, text: words });
const common = { rule: 'ρ', confidence: 0.5, inQuote: false, explanation: 'Εξήγηση.' };
const FINDINGS: Finding[] = [
  { ...common, ...at('βήτα'), id: 'f1', kind: 'rhetoric', technique: 'hedge' },
  { ...common, ...at('Έψιλον ζήτα ήτα θήτα.'), id: 'f2', kind: 'claim', claimType: 'factual', sourcing: 'none' },
  { ...common, ...at('δέλτα'), id: 'f3', kind: 'attribution', source: 'anonymous' },
];
const REPORT = {
  schemaVersion: 1,
  engine: { name: 'sourcelight', version: '0' },
  text: { length: GREEK.length, words: 8, sentences: 2, language: 'en' },
  findings: FINDINGS,
  score: { value: 40, grade: 'mixed', components: [] },
} as Report;

function mount(data: Record<string, string>) {
  const store = createTeachStore({
    engine: { analyse: async () => ({ report: REPORT, analyseMs: 1 }), cancel: () => undefined },
    highlighter: fakeHighlighter(),
    marks: { paint: () => undefined, clear: () => undefined },
    storage: {
      getItem: (key) => data[key] ?? null,
      setItem: (key, value) => void Object.assign(data, { [key]: value }),
      removeItem: (key) => void delete data[key],
    },
    sampleText: GREEK,
    readFile: async () => ({ ok: false, error: 'analyse_file_wrongType', subs: ['αρχείο.pdf'] }),
    download: () => undefined,
    glossaryBase: '',
  });
  const root = document.body.appendChild(document.createElement('div'));
  act(() => render(<TeachPage store={store} marksSupported={false} />, root));
  return { store, root };
}

afterEach(() => document.body.replaceChildren());

test('choosing a text, with an error', async () => {
  const { root, store } = mount({});
  await click(button(root, /teach_start⟧/));
  await act(() => store.loadFile(new File(['x'], 'αρχείο.pdf')));
  await flush();
  expect(root.querySelectorAll('[role="alert"]')).toHaveLength(1);
  expect(englishIn(root)).toEqual([]);
});

test('marking: restored work with a dropped mark, the toolbar, the list', async () => {
  const marks = [
    { id: 'm1', start: 0, end: 4, kind: 'weak-source' },
    { id: 'm2', start: 0, end: 999, kind: 'rhetoric' },
  ];
  const { root, store } = mount({
    [SAVED_KEY]: JSON.stringify({ version: 1, text: GREEK, title: 'Τίτλος', revealed: false, marks }),
  });
  await flush();
  act(() => store.select({ ...at('γάμμα'), focusAtStart: false }));
  await flush();
  expect(root.querySelector('.kind-toolbar.active')).not.toBeNull();
  expect(root.querySelectorAll('.mark-item')).toHaveLength(1);
  expect(root.querySelector('[role="status"]')).not.toBeNull();
  expect(englishIn(root)).toEqual([]);
});

test('revealed: a match, a miss, a mark of another kind and one with nothing there', async () => {
  const { root, store } = mount({});
  act(() => store.setDraft(GREEK));
  act(() => store.start());
  await flush();
  for (const [words, kind] of [
    ['βήτα', 'rhetoric'],
    ['Αλφα', 'unsourced'],
    ['δέλτα', 'rhetoric'],
  ] as const) {
    act(() => store.select({ ...at(words), focusAtStart: false }));
    act(() => store.mark(kind));
  }
  await click(button(root, /teach_reveal⟧/));
  for (const list of ['matches', 'misses', 'extras'])
    expect(root.querySelectorAll(`.${list} li`).length, list).toBeGreaterThan(0);
  expect(root.querySelectorAll('.extras .result-detail')).toHaveLength(1);
  expect(englishIn(root)).toEqual([]);
});

test('the check catches a hard-coded word', () => {
  const root = document.createElement('div');
  root.append('⟦key⟧ marks');
  expect(englishIn(root)).toEqual(['marks']);
});

test('components carry no literal text in readable attributes', () => {
  const dir = join(ROOT, 'pages/teach');
  const components = readdirSync(dir).filter((name) => name.endsWith('.tsx'));
  expect(components.length).toBeGreaterThan(5);
  for (const name of components)
    expect(readFileSync(join(dir, name), 'utf8'), name).not.toMatch(
      /\b(aria-label|title|alt|placeholder)="[^"]*[A-Za-z]/,
    );
});
