// @vitest-environment jsdom
/** The analyse page in jsdom with the real engine in-thread and a recording highlighter: write, analyse, read, filter, edit. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import { AnalysePage } from '../../pages/analyse/AnalysePage.tsx';
import { countWords } from '../../pages/analyse/InputForm.tsx';
import type { ReadFileResult } from '../../pages/analyse/read-file.ts';
import { createAnalyseStore, MAX_CHARS } from '../../pages/analyse/store.ts';
import { defaultSettings, type Settings } from '../../src/settings/index.ts';
import { fakeEngine, fakeHighlighter, settingsAnswer } from './fakes.ts';
import { button, click, flush, type, useEnglish } from './setup.ts';

useEnglish();
const SAMPLE =
  'Officials said the bridge will reopen. Critics slammed the plan as a catastrophe.\n\nIt is widely believed the cost doubled.';

function setUp(
  options: { engine?: ReturnType<typeof fakeEngine>; settings?: Partial<Settings>; readFile?: ReadFileResult } = {},
) {
  const engine = options.engine ?? fakeEngine();
  const highlighter = fakeHighlighter();
  const store = createAnalyseStore({
    engine,
    highlighter,
    settings: settingsAnswer(options.settings),
    sampleText: SAMPLE,
    readFile: async () => options.readFile ?? { ok: false, error: 'analyse_file_wrongType', subs: ['x.pdf'] },
  });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<AnalysePage store={store} highlightsSupported={true} />, root));
  const textarea = () => root.querySelector('textarea') as HTMLTextAreaElement;
  return { engine, highlighter, store, root, textarea };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('writing', () => {
  test('the text box has a label, help and a word count', async () => {
    const { root, textarea } = setUp();
    await type(textarea(), 'Three short words');
    expect(root.querySelector(`label[for="${textarea().id}"]`)?.textContent).toBe('Text to analyse');
    expect(root.textContent).toContain('3 words');
  });

  test('"Try the sample" fills the box', async () => {
    const { root, textarea } = setUp();
    await click(button(root, 'Try the sample'));
    expect(textarea().value).toBe(SAMPLE);
  });

  test.each([
    ['nothing', '   ', 'There is no text to analyse yet'],
    ['too much', 'x'.repeat(MAX_CHARS + 1), 'too long to analyse here (the limit is 2,000,000 characters)'],
  ])('analysing %s says why not, and keeps the text', async (_, text, message) => {
    const { root, textarea, engine } = setUp();
    await type(textarea(), text);
    await click(button(root, /^Analyse$/));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(engine.calls).toEqual([]);
    expect(textarea().value).toBe(text);
  });

  test('a refused file says why, naming it', async () => {
    const { store, root } = setUp();
    await act(() => store.loadFile(new File(['x'], 'x.pdf')));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('“x.pdf” is not a .txt or .html file');
  });

  test('a read file fills the box, and its links go to the engine', async () => {
    const links = [{ start: 0, end: 9, href: 'https://council.example' }];
    const { store, root, engine } = setUp({
      readFile: { ok: true, value: { text: SAMPLE, links, meta: { title: 'Bridge' } } },
    });
    await act(() => store.loadFile(new File(['x'], 'bridge.html')));
    await flush();
    await click(button(root, /^Analyse$/));
    expect(engine.calls[0]).toEqual({ text: SAMPLE, links });
    expect(root.querySelector('#text-heading')?.textContent).toBe('Bridge');
  });
});

describe('the result', () => {
  async function analysed(options: Parameters<typeof setUp>[0] = {}) {
    const page = setUp(options);
    await type(page.textarea(), SAMPLE);
    await click(button(page.root, /^Analyse$/));
    return page;
  }

  test('shows the score, the breakdown, the findings and the exports, and draws the text', async () => {
    const { root, highlighter, store } = await analysed();
    expect(root.querySelector('.score-value')?.textContent).toBe(String(store.result.value?.report.score.value));
    expect(root.textContent).toContain('How the score is made');
    expect(root.querySelectorAll('li.finding').length).toBeGreaterThan(0);
    expect(root.textContent).toContain('Printable page (HTML)');
    // One paragraph per line: the line breaks separate paragraphs instead of sitting in the text.
    expect([...root.querySelectorAll('.article-text p')].map((p) => p.textContent)).toEqual(SAMPLE.split(/\n+/));
    expect(highlighter.drawn).toHaveLength(1);
    expect(highlighter.drawn[0][0].map.text).toBe(SAMPLE);
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/^Analysed\. Sourcing score \d+ out of 100\.$/);
  });

  test('clicking a finding reveals it in the text', async () => {
    const { root, highlighter } = await analysed();
    await click(root.querySelector('button.finding-reveal') as Element);
    expect(highlighter.revealed).toHaveLength(1);
  });

  test('family filters hide families in the list and the highlights', async () => {
    const { root, highlighter } = await analysed();
    await click(button(root, 'Rhetoric'));
    expect(highlighter.visible.at(-1)).toEqual([true, ['unsourced', 'weak-source', 'sourced']]);
    expect(root.querySelector('.group.family-rhetoric')).toBeNull();
  });

  test('settings hide findings from the list and the highlights, and the page says how many', async () => {
    const { root, highlighter, store } = await analysed({
      settings: { techniques: { ...defaultSettings().techniques, 'loaded-language': false, exaggeration: false } },
    });
    const all = store.result.value?.report.findings ?? [];
    const hidden = all.filter(
      (f) => f.kind === 'rhetoric' && ['loaded-language', 'exaggeration'].includes(f.technique),
    );
    expect(hidden.length).toBeGreaterThan(0);
    expect(highlighter.drawn[0][0].findings).toHaveLength(all.length - hidden.length);
    expect(root.textContent).toContain(
      `${hidden.length} finding${hidden.length === 1 ? ' is' : 's are'} hidden by your settings`,
    );
  });

  test('"Edit the text" goes back to the box with the text', async () => {
    const { root, textarea } = await analysed();
    await click(button(root, 'Edit the text'));
    expect(textarea().value).toBe(SAMPLE);
  });

  test('an engine failure is reported and the text kept', async () => {
    const { root, textarea } = await analysed({ engine: fakeEngine({ fail: 'out of memory' }) });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'The analysis failed: out of memory. Try again, or try a shorter text.',
    );
    expect(textarea().value).toBe(SAMPLE);
  });
});

test('while analysing: the step, a busy bar and Cancel, which goes back to the text quietly', async () => {
  const engine = fakeEngine({ hold: true });
  const { root, textarea } = setUp({ engine });
  await type(textarea(), SAMPLE);
  await click(button(root, /^Analyse$/));
  expect(root.querySelector('#working-heading')?.textContent).toBe('Analysing the text…');
  expect(root.querySelector('progress')).not.toBeNull();
  await click(button(root, 'Cancel'));
  expect(textarea().value).toBe(SAMPLE);
  expect(root.querySelector('[role="alert"]')).toBeNull();
});

test('countWords', () => {
  expect([countWords(''), countWords(' one  two\nthree ')]).toEqual([0, 3]);
});
