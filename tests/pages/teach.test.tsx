// @vitest-environment jsdom
/**
 * Teach mode in jsdom with the real engine in-thread, a recording highlighter and mark painter, and storage in
 * memory: choose a text, mark words by keyboard and mouse, remove a mark, reveal, export, reload, failures.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import type { ReadFileResult } from '../../pages/analyse/read-file.ts';
import { createTeachStore } from '../../pages/teach/store.ts';
import { TeachPage } from '../../pages/teach/TeachPage.tsx';
import { analyze } from '../../src/engine/analyze.ts';
import { compareMarks } from '../../src/teach/match.ts';
import { MAX_TITLE_CHARS, SAVED_KEY, type WorkStorage } from '../../src/teach/saved.ts';
import type { StudentMark } from '../../src/teach/types.ts';
import { fakeEngine, fakeHighlighter } from './fakes.ts';
import { button, click, flush, type, useEnglish } from './setup.ts';

useEnglish();
const SAMPLE = 'Critics slammed the reckless plan, experts say.\n\nThe bridge cost doubled last year, officials said.';

function memoryStorage(initial: Record<string, string> = {}): WorkStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

function setUp(
  options: {
    storage?: ReturnType<typeof memoryStorage>;
    engine?: ReturnType<typeof fakeEngine>;
    readFile?: ReadFileResult | Error;
  } = {},
) {
  const engine = options.engine ?? fakeEngine();
  const highlighter = fakeHighlighter();
  const painted: StudentMark[][] = [];
  const downloads: Array<{ content: string; type: string; name: string }> = [];
  const storage = options.storage ?? memoryStorage();
  const store = createTeachStore({
    engine,
    highlighter,
    marks: { paint: (_map, marks) => void painted.push([...marks]), clear: () => void painted.push([]) },
    storage,
    sampleText: SAMPLE,
    readFile: async () => {
      if (options.readFile instanceof Error) throw options.readFile;
      return options.readFile ?? { ok: false, error: 'analyse_file_wrongType', subs: ['x.pdf'] };
    },
    download: (content, type, name) => void downloads.push({ content, type, name }),
    glossaryBase: 'chrome-extension://id/',
    now: () => new Date('2026-11-26T14:00:00Z'),
  });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<TeachPage store={store} marksSupported={true} />, root));
  const region = () => root.querySelector('.article-text') as HTMLElement;
  return { engine, highlighter, painted, downloads, storage, store, root, region };
}

async function keys(target: Element, ...pressed: string[]) {
  for (const key of pressed) {
    const shiftKey = key.startsWith('Shift+');
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: key.replace('Shift+', ''), shiftKey, bubbles: true }));
    });
  }
  await flush();
}

async function started(options: Parameters<typeof setUp>[0] = {}) {
  const page = setUp(options);
  await click(button(page.root, 'Try the sample'));
  await click(button(page.root, 'Start marking'));
  return page;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('choosing a text', () => {
  test('an empty box says why not', async () => {
    const { root, engine } = setUp();
    await click(button(root, 'Start marking'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('There is no text to work on yet');
    expect(engine.calls).toEqual([]);
  });

  test('the text is shown read-only, one paragraph per line, and the engine reads it unseen', async () => {
    const { root, engine, highlighter } = await started();
    expect(root.querySelector('textarea')).toBeNull();
    expect([...root.querySelectorAll('.article-text p')].map((p) => p.textContent)).toEqual(SAMPLE.split(/\n+/));
    expect(engine.calls).toEqual([{ text: SAMPLE, links: [] }]);
    expect(highlighter.drawn.every((sources) => sources.every((s) => s.findings.length === 0))).toBe(true);
    expect(root.textContent).toContain('No marks yet');
    expect(root.querySelector('.article-text')?.getAttribute('aria-describedby')).toBe('teach-keys');
  });
});

describe('files', () => {
  test('a picked file fills the box and names the text', async () => {
    const { root } = setUp({ readFile: { ok: true, value: { text: SAMPLE, links: [], meta: { title: 'Bridge' } } } });
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'bridge.html')] });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe(SAMPLE);
    await click(button(root, 'Start marking'));
    expect(root.querySelector('#teach-text-heading')?.textContent).toBe('Bridge');
  });

  test('a refused file says why', async () => {
    const { root, store } = setUp();
    await act(() => store.loadFile(new File(['x'], 'x.pdf')));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('“x.pdf” is not a .txt or .html file');
  });

  test('a file whose reading throws says so, and the button stops saying it is reading', async () => {
    const { root, store } = setUp({ readFile: new Error('parser broke') });
    await act(() => store.loadFile(new File(['x'], 'odd.html')));
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('“odd.html” could not be read');
    expect(root.querySelector('.file-button')?.textContent).toContain('Open a file…');
  });

  test('a very long title is cut to what a reload keeps', async () => {
    const title = 'T'.repeat(MAX_TITLE_CHARS + 50);
    const { root, storage } = setUp({ readFile: { ok: true, value: { text: SAMPLE, links: [], meta: { title } } } });
    const input = root.querySelector('input[type="file"]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'long.html')] });
    act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    await click(button(root, 'Start marking'));
    expect(root.querySelector('#teach-text-heading')?.textContent).toBe('T'.repeat(MAX_TITLE_CHARS));
    expect(JSON.parse(storage.data[SAVED_KEY]).title).toHaveLength(MAX_TITLE_CHARS);
  });
});

describe('marking', () => {
  test('by keyboard: arrows pick words, Shift grows the selection, 1 marks it as loaded', async () => {
    const { root, region, store, painted, storage } = await started();
    await keys(region(), 'ArrowRight', 'ArrowRight');
    expect(root.querySelector('[role="toolbar"]')?.textContent).toContain('Mark “slammed” as:');
    expect(document.getSelection()?.toString()).toBe('slammed');
    expect(button(root, 'Loaded wording').disabled).toBe(false);
    await keys(region(), 'Shift+ArrowRight', 'Shift+ArrowRight', '1');
    expect(root.querySelector('[role="toolbar"]')?.textContent).toContain('Select words in the text');
    expect(button(root, 'Loaded wording').disabled).toBe(true);
    expect(store.work.value?.marks).toEqual([{ id: 'm1', start: 8, end: 28, kind: 'rhetoric' }]);
    expect(root.querySelector('.mark-list')?.textContent).toContain('Loaded wordingslammed the recklessRemove');
    // The count is a live region: a student who marks by keyboard hears the mark land.
    const heading = root.querySelector('#marks-heading');
    expect([heading?.getAttribute('aria-live'), heading?.textContent]).toEqual(['polite', 'Your marks: 1']);
    expect(painted.at(-1)).toEqual(store.work.value?.marks);
    expect(JSON.parse(storage.data[SAVED_KEY]).marks).toHaveLength(1);
    expect(document.getSelection()?.toString()).toBe('');
  });

  test('Escape lets the words go; a digit with nothing selected does nothing', async () => {
    const { root, region, store } = await started();
    await keys(region(), 'ArrowRight', 'Escape', '2');
    expect(root.querySelector('.kind-toolbar.active')).toBeNull();
    expect(store.work.value?.marks).toEqual([]);
  });

  test('by mouse: the selected words, then a kind from the toolbar', async () => {
    const { root, store } = await started();
    const second = root.querySelectorAll('.article-text p')[1].firstChild as Text;
    act(() => {
      const range = document.createRange();
      range.setStart(second, 0);
      range.setEnd(second, 'The bridge cost doubled'.length);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await flush();
    await click(button(root, 'Unsourced claims'));
    const start = SAMPLE.indexOf('The bridge');
    expect(store.work.value?.marks).toEqual([{ id: 'm1', start, end: start + 23, kind: 'unsourced' }]);
  });

  test('a mark can be removed, and marking the same words again changes its kind', async () => {
    const { root, region, store } = await started();
    await keys(region(), 'ArrowRight', '1', 'ArrowLeft', '2');
    expect(store.work.value?.marks.map((m) => m.kind)).toEqual(['weak-source']);
    // The arrows go on after the last marked words.
    await keys(region(), 'ArrowRight', '3');
    await click(button(root, 'Remove the mark on “Critics”'));
    expect(store.work.value?.marks.map((m) => SAMPLE.slice(m.start, m.end))).toEqual(['slammed']);
  });
});

describe('reveal', () => {
  test('counts, summary, three lists with glossary links, and the findings drawn', async () => {
    const { root, region, store, highlighter } = await started();
    await keys(region(), 'ArrowRight', 'ArrowRight', '1', 'ArrowRight', '3');
    await click(button(root, 'Reveal'));
    const report = analyze(SAMPLE);
    const expected = compareMarks(store.work.value?.marks ?? [], report.findings);
    expect(root.querySelector('.teach-score')?.textContent).toContain(
      `You found ${expected.counts.found} of the ${expected.counts.findings} things Sourcelight flagged.`,
    );
    expect(root.querySelectorAll('.matches li')).toHaveLength(expected.matches.length);
    expect(root.querySelectorAll('.misses li')).toHaveLength(expected.misses.length);
    expect(root.querySelectorAll('.extras li')).toHaveLength(expected.extras.length);
    expect(expected.matches.length).toBeGreaterThan(0);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('.result-list a.glossary-link'))
      expect(link.getAttribute('href')).toMatch(/^glossary\.html#[a-z-]+$/);
    const drawn = highlighter.drawn.at(-1)?.[0].findings ?? [];
    expect(drawn.length).toBe(expected.counts.findings);
    await click(button(root, 'Hide the findings'));
    expect(root.textContent).toContain('Reveal Sourcelight');
    expect(highlighter.drawn.at(-1)?.[0].findings).toEqual([]);
  });

  test.each([
    [[], 'You did not mark anything this time.', 'Not yet, and that is how everyone starts.'],
    [['ArrowRight', 'ArrowRight', '1'], 'Every one of your marks is among its findings.', 'A good start'],
    [['ArrowRight', '1'], '1 of your marks is not among its findings.', 'Not yet'],
    [
      ['ArrowRight', '1', 'ArrowRight', '1', 'ArrowRight', '1'],
      '2 of your marks are not among its findings.',
      'A good',
    ],
  ])('after the keys %j: "%s"', async (pressed, marks, summary) => {
    const { root, region } = await started();
    await keys(region(), ...pressed);
    await click(button(root, 'Reveal'));
    expect(root.querySelector('.teach-score')?.textContent).toContain(marks);
    expect(root.querySelector('.teach-summary')?.textContent).toContain(summary);
  });

  test('exports download Markdown and CSV for the teacher', async () => {
    const { root, region, downloads } = await started();
    await keys(region(), 'ArrowRight', 'ArrowRight', '1');
    await click(button(root, 'Reveal'));
    await click(button(root, 'Notes (Markdown)'));
    await click(button(root, 'Spreadsheet (CSV)'));
    expect(downloads.map((d) => d.type)).toEqual(['text/markdown;charset=utf-8', 'text/csv;charset=utf-8']);
    expect(downloads[0].name).toMatch(/^sourcelight-teach-sample-cross-border-[a-z-]+-2026-11-26\.md$/);
    expect(downloads[1].name).toBe(downloads[0].name.replace(/md$/, 'csv'));
    expect(downloads[0].content).toContain('## You both marked (1)');
    expect(downloads[0].content).toContain('chrome-extension://id/glossary.html#');
    expect(downloads[1].content.split('\r\n')[1]).toMatch(/^match,m1,rhetoric,slammed,/);
  });
});

describe('a reload', () => {
  test('brings back the text, the marks and the revealed comparison', async () => {
    const first = await started();
    await keys(first.region(), 'ArrowRight', 'ArrowRight', '1');
    await click(button(first.root, 'Reveal'));
    document.body.replaceChildren();
    const again = setUp({ storage: first.storage });
    await flush();
    expect(again.store.work.value?.marks).toEqual(first.store.work.value?.marks);
    expect(again.root.querySelector('.teach-score')?.textContent).toContain('You found');
    expect(again.root.querySelector('#teach-text-heading')?.textContent).toMatch(/^Sample: /);
  });

  test('drops marks that no longer fit, and says so', async () => {
    const saved = {
      version: 1,
      text: SAMPLE,
      revealed: false,
      marks: [
        { id: 'm1', start: 0, end: 7, kind: 'rhetoric' },
        { id: 'm2', start: 0, end: 999, kind: 'rhetoric' },
      ],
    };
    const { root, store } = setUp({ storage: memoryStorage({ [SAVED_KEY]: JSON.stringify(saved) }) });
    await flush();
    expect(store.work.value?.marks).toHaveLength(1);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('1 mark no longer fitted the text');
  });

  test('starts afresh from damaged work, and says so', async () => {
    const storage = memoryStorage({ [SAVED_KEY]: '{"version":1,"text":' });
    const { root } = setUp({ storage });
    expect(root.querySelector('textarea')).not.toBeNull();
    expect(root.textContent).toContain('could not be read back');
    expect(storage.data[SAVED_KEY]).toBeUndefined();
  });
});

test('an engine failure is reported, and the marks are kept', async () => {
  const { root, region, store } = await started({ engine: fakeEngine({ fail: 'out of memory' }) });
  await keys(region(), 'ArrowRight', '1');
  expect(root.querySelector('[role="alert"]')?.textContent).toContain('out of memory');
  expect(store.work.value?.marks).toHaveLength(1);
  await click(button(root, 'Reveal'));
  expect(root.textContent).toContain('Sourcelight could not read this text');
});

test('"Choose another text" goes back to the box with the text, and forgets the marks', async () => {
  const { root, region, storage } = await started();
  await keys(region(), 'ArrowRight', '1');
  await click(button(root, 'Choose another text'));
  expect((root.querySelector('textarea') as HTMLTextAreaElement).value).toBe(SAMPLE);
  expect(storage.data[SAVED_KEY]).toBeUndefined();
  await type(root.querySelector('textarea') as HTMLTextAreaElement, 'New words here.');
  await click(button(root, 'Start marking'));
  expect(root.textContent).toContain('No marks yet');
});
