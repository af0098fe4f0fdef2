// @vitest-environment jsdom
/** Exporting, copying and loading reports from the popup: the right exporter, file name and sentence each time. */
import { afterEach, describe, expect, test } from 'vitest';
import type { PopupHost } from '../../popup/host.ts';
import { strings } from '../../popup/strings.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { parseJsonLdReport, toCsv, toHtml, toJsonLd, toMarkdown } from '../../src/report/index.ts';
import type { ExportFormat } from '../../src/report/types.ts';
import { ARTICLE, FINDINGS, makeReport, resultView } from './fixtures.ts';
import { button, click, type Rendered, renderPopup } from './render.tsx';

let current: Rendered | undefined;
afterEach(() => {
  current?.unmount();
  current = undefined;
});

/** A fixed local time, so the date in file names is known. */
const NOW = new Date(2026, 10, 26, 14, 5);
const VIEW = resultView({ text: ARTICLE });
const INPUT = { report: makeReport(), text: ARTICLE, meta: VIEW.page ?? {} };

interface Saved {
  content: string;
  type: string;
  name: string;
}

async function open(
  options: {
    view?: TabView;
    clipboard?: Pick<Clipboard, 'writeText'>;
    host?: PopupHost;
    handlers?: Parameters<typeof renderPopup>[1];
  } = {},
) {
  const saved: Saved[] = [];
  current = await renderPopup(options.view ?? VIEW, options.handlers ?? {}, {
    host: options.host,
    store: {
      reports: {
        download: async (content, type, name) => void saved.push({ content, type, name }),
        now: () => NOW,
        ...('clipboard' in options ? { clipboard: options.clipboard } : {}),
      },
    },
  });
  return { popup: current, saved };
}

const notice = (popup: Rendered) => popup.root.querySelector('.notice')?.textContent ?? '';
const status = (popup: Rendered) => popup.root.querySelector('.action-status')?.textContent ?? '';
function menuItem(popup: Rendered, format: ExportFormat): HTMLElement {
  const items = [...popup.root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const item = items.find(
    (i) => i.querySelector('.menu-item-name')?.textContent === strings.exports.formats[format].name,
  );
  if (!item) throw new Error(`no menu item for ${format}`);
  return item;
}

describe('each format is written by its exporter and saved under the page and date', () => {
  test.each([
    ['jsonld', toJsonLd(INPUT, NOW), 'application/ld+json;charset=utf-8'],
    ['md', toMarkdown(INPUT, NOW), 'text/markdown;charset=utf-8'],
    ['html', toHtml(INPUT, NOW), 'text/html;charset=utf-8'],
    ['csv', toCsv(INPUT), 'text/csv;charset=utf-8'],
  ] as const)('%s', async (format, content, type) => {
    const { popup, saved } = await open();
    await click(button(popup.root, strings.exports.menu), popup);
    await click(menuItem(popup, format), popup);
    expect(saved).toEqual([{ content, type, name: `sourcelight-news-example-bridge-to-close-2026-11-26.${format}` }]);
    expect(status(popup)).toBe(strings.exports.started(saved[0].name));
    expect(notice(popup)).toBe('');
  });

  test('the JSON-LD file loads back as the same report', async () => {
    const { popup, saved } = await open();
    await click(button(popup.root, strings.exports.menu), popup);
    await click(menuItem(popup, 'jsonld'), popup);
    const loaded = parseJsonLdReport(saved[0].content);
    expect(loaded.ok && loaded.value.report.findings).toEqual(FINDINGS);
  });
});

describe('exports that cannot be made say why', () => {
  test('a view without the analysed text', async () => {
    const { popup, saved } = await open({ view: resultView() });
    await click(button(popup.root, strings.exports.menu), popup);
    await click(menuItem(popup, 'md'), popup);
    expect(saved).toEqual([]);
    expect(notice(popup)).toContain(strings.exports.noText);
  });

  test('a text that does not match the report (the exporter refuses to mark the wrong words)', async () => {
    const { popup, saved } = await open({ view: resultView({ text: ARTICLE.replace('council', 'C') }) });
    await click(button(popup.root, strings.exports.menu), popup);
    await click(menuItem(popup, 'html'), popup);
    expect(saved).toEqual([]);
    expect(notice(popup)).toMatch(/could not be exported \(.+\)/);
  });
});

describe('Copy as Markdown', () => {
  test('writes the Markdown export to the clipboard inside the click, then says "Copied"', async () => {
    const written: string[] = [];
    const { popup } = await open({ clipboard: { writeText: async (text) => void written.push(text) } });
    const copy = button(popup.root, strings.exports.copy);
    copy.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    // Nothing awaited yet: the write happened in the click itself, where browsers allow it.
    expect(written).toEqual([toMarkdown(INPUT, NOW)]);
    await popup.flush();
    expect(status(popup)).toBe(strings.exports.copied);
  });

  test.each([
    [
      'the browser refuses',
      { writeText: async () => Promise.reject(new Error('Document is not focused.')) },
      strings.exports.copyFailed('Document is not focused.'),
    ],
    ['there is no clipboard', undefined, strings.exports.noClipboard],
  ])('says so clearly when %s', async (_case, clipboard, message) => {
    const { popup } = await open({ clipboard });
    await click(button(popup.root, strings.exports.copy), popup);
    expect(notice(popup)).toContain(message);
    expect(status(popup)).toBe('');
  });
});

/** Picks a file in the popup's file input the way the browser does after the reader chooses one. */
async function pick(popup: Rendered, file: File) {
  const input = popup.root.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  for (let i = 0; i < 5; i++) await popup.flush();
}

const exported = toJsonLd(INPUT, NOW);

describe('Load report refuses a wrong file with a sentence and leaves the page alone', () => {
  const broken = JSON.parse(exported);
  delete broken.first.items[2].target.selector;
  test.each([
    ['notes.json', 'not json at all', /not valid JSON/],
    ['array.json', '[1, 2, 3]', /not a JSON-LD object/],
    [
      'hypothesis.jsonld',
      JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' }),
      /Expected an AnnotationCollection/,
    ],
    ['report.md', toMarkdown(INPUT, NOW), /not valid JSON/],
    ['broken.jsonld', JSON.stringify(broken), /Annotation 3/],
  ])('%s', async (name, content, reason) => {
    const { popup } = await open();
    await pick(popup, new File([content], name));
    expect(notice(popup)).toContain(`${name} is not a report Sourcelight can load.`);
    expect(notice(popup)).toMatch(reason);
    expect(popup.client.calls.some((c) => c.method === 'loadReport')).toBe(false);
  });
});

describe('Load report with a good file', () => {
  const missing = FINDINGS.slice(0, 2);
  const loadedView: TabView = {
    ...VIEW,
    report: makeReport(FINDINGS.slice(2)),
    loaded: { fileName: 'bridge.jsonld', analysedAt: '2026-11-26T14:05:00.000Z', total: 10, unmatched: missing },
  };

  test('sends the file to the background and shows the loaded report with what could not be found', async () => {
    const { popup } = await open({ handlers: { loadReport: () => ({ ok: true, value: loadedView }) } });
    await pick(popup, new File([exported], 'bridge.jsonld'));
    expect(popup.client.calls.find((c) => c.method === 'loadReport')?.args).toEqual([7, 'bridge.jsonld', exported]);
    const banner = popup.root.querySelector('.loaded');
    expect(banner?.querySelector('h2')?.textContent).toBe(strings.loaded.heading('bridge.jsonld'));
    expect(banner?.textContent).toContain(strings.loaded.unmatched(2, 10));
    expect([...(banner?.querySelectorAll('.unmatched-quote') ?? [])].map((q) => q.textContent)).toEqual(
      missing.map((f) => f.text),
    );
    expect(popup.root.querySelectorAll('li.finding')).toHaveLength(8);
    expect(notice(popup)).toBe('');
  });

  test('a failure to draw it keeps the result on screen and says why', async () => {
    const { popup } = await open({
      handlers: { loadReport: () => ({ ok: false, error: 'There is no readable text on this page.' }) },
    });
    await pick(popup, new File([exported], 'bridge.jsonld'));
    expect(notice(popup)).toBe(strings.load.failed('There is no readable text on this page.') + strings.dismiss);
    expect(popup.root.querySelectorAll('li.finding')).toHaveLength(10);
    expect(popup.root.querySelector('.loaded')).toBeNull();
  });

  test('"Analyse the page again" replaces the loaded report with a fresh analysis', async () => {
    const { popup } = await open({
      view: loadedView,
      handlers: { analyzeTab: () => ({ ok: true, value: VIEW }) },
    });
    await click(button(popup.root, strings.loaded.analyseAgain), popup);
    expect(popup.client.calls.at(-1)).toEqual({ method: 'analyzeTab', args: [7, 'article'] });
    expect(popup.root.querySelector('.loaded')).toBeNull();
  });
});

describe('where a file picker would close the popup (Firefox)', () => {
  test('Load report reopens the popup in a tab instead of opening the picker there', async () => {
    const reopened: number[] = [];
    const host: PopupHost = {
      pickerClosesPopup: true,
      openedToLoad: false,
      reopenToLoad: (id) => void reopened.push(id),
    };
    const { popup } = await open({ host });
    let picked = 0;
    popup.root.querySelector('input[type="file"]')?.addEventListener('click', () => picked++);
    await click(button(popup.root, strings.load.button), popup);
    expect(reopened).toEqual([7]);
    expect(picked).toBe(0);
  });

  test('the tab it opens says what to do and puts focus on the button', async () => {
    const host: PopupHost = { pickerClosesPopup: false, openedToLoad: true, reopenToLoad: () => undefined };
    const { popup } = await open({ host });
    expect(popup.root.querySelector('#load-hint')?.textContent).toBe(strings.load.inTab);
    expect(document.activeElement).toBe(button(popup.root, strings.load.button));
  });
});
