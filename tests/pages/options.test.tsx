// @vitest-environment jsdom
/** The settings page with fake storage and a fake background: every change saved, notices shown, sites asked of the background. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { OptionsPage } from '../../pages/options/OptionsPage.tsx';
import { siteFromInput } from '../../pages/options/sites.ts';
import { createOptionsStore } from '../../pages/options/store.ts';
import type { Result } from '../../src/messaging/protocol.ts';
import {
  defaultSettings,
  type Settings,
  settingsToJson,
  type Validated,
  validateSettings,
} from '../../src/settings/index.ts';
import { button, click, flush, type, useEnglish } from './setup.ts';

// sites.ts also holds the real client, over the extension API: the polyfill throws outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
useEnglish();

function setUp(
  stored: unknown = defaultSettings(),
  sites: Result<string[]> = { ok: true, value: ['https://news.example'] },
) {
  const saved: Settings[] = [];
  const downloads: Array<{ content: string; name: string }> = [];
  const siteCalls: string[] = [];
  let list = sites;
  const store = createOptionsStore({
    load: async (): Promise<Validated> => validateSettings(stored),
    save: async (settings) => {
      saved.push(settings);
      return validateSettings(settings);
    },
    sites: {
      list: async () => list,
      add: async (origin) => {
        siteCalls.push(`add ${origin}`);
        if (list.ok) list = { ok: true, value: [...list.value, origin].sort() };
        return { ok: true, value: true };
      },
      remove: async (origin) => {
        siteCalls.push(`remove ${origin}`);
        if (list.ok) list = { ok: true, value: list.value.filter((o) => o !== origin) };
        return { ok: true, value: false };
      },
    },
    download: (content, _type, name) => downloads.push({ content, name }),
    now: () => new Date('2026-11-26T10:00:00Z'),
  });
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<OptionsPage store={store} />, root));
  return { store, root, saved, downloads, siteCalls, start: () => act(() => store.start()).then(() => flush()) };
}

const submit = async (form: Element | null) => {
  act(() => {
    form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
};

afterEach(() => document.body.replaceChildren());

describe('loading', () => {
  test('damaged settings: the page opens with what could be kept and says what was replaced', async () => {
    const page = setUp({ ...defaultSettings(), sensitivity: 'loud', trustedSources: ['A', 5] });
    await page.start();
    const alert = page.root.querySelector('.settings-notice')?.textContent ?? '';
    expect(alert).toContain('“Sensitivity” was damaged and is back to its default.');
    expect(alert).toContain('1 entry of “Trusted sources” could not be used and was left out.');
    expect(page.root.textContent).toContain('A');
    await click(button(page.root, 'Dismiss'));
    expect(page.root.querySelector('.settings-notice')).toBeNull();
  });

  test('unreadable settings: the defaults, with a notice', async () => {
    const page = setUp('{{{');
    await page.start();
    expect(page.root.textContent).toContain('Your saved settings could not be read, so the defaults are in use.');
  });
});

describe('changes are saved at once', () => {
  test('a family switch', async () => {
    const page = setUp();
    await page.start();
    await click(button(page.root, 'Loaded wording'));
    expect(page.saved.at(-1)?.families.rhetoric).toBe(false);
    expect(page.root.querySelector('.save-status')?.textContent).toBe('Saved.');
  });

  test('a technique switch, beside a link to its glossary entry', async () => {
    const page = setUp();
    await page.start();
    await click(button(page.root, 'Speculation'));
    expect(page.saved.at(-1)?.techniques.hedge).toBe(false);
    expect(page.root.querySelector('a[href="glossary.html#technique-hedge"]')?.getAttribute('aria-label')).toBe(
      'What does “Speculation” mean? (glossary)',
    );
  });

  test('the sensitivity', async () => {
    const page = setUp();
    await page.start();
    await click(page.root.querySelector('#sensitivity-confident') as Element);
    expect(page.saved.at(-1)?.sensitivity).toBe('confident');
  });

  test('a custom term: refused with a reason until it is complete, then listed, then removed', async () => {
    const page = setUp();
    await page.start();
    const form = page.root.querySelector('#term-input')?.closest('form') ?? null;
    await type(page.root.querySelector('#term-input') as HTMLInputElement, 'war on motorists');
    await submit(form);
    expect(form?.querySelector('[role="alert"]')?.textContent).toBe('Write a short explanation for the reader.');
    await type(
      page.root.querySelector('#term-explanation') as HTMLTextAreaElement,
      'Frames a road policy as an attack.',
    );
    await submit(form);
    expect(page.saved.at(-1)?.customTerms).toEqual([
      { term: 'war on motorists', technique: 'loaded-language', explanation: 'Frames a road policy as an attack.' },
    ]);
    expect(page.root.textContent).toContain('Frames a road policy as an attack.');
    await type(page.root.querySelector('#term-input') as HTMLInputElement, 'War on Motorists');
    await type(page.root.querySelector('#term-explanation') as HTMLTextAreaElement, 'Again.');
    await submit(form);
    expect(form?.querySelector('[role="alert"]')?.textContent).toBe('This is already in the list.');
    await click(button(page.root, 'Remove “war on motorists”'));
    expect(page.saved.at(-1)?.customTerms).toEqual([]);
  });

  test('a trusted source', async () => {
    const page = setUp();
    await page.start();
    const input = page.root.querySelector('#source-input') as HTMLInputElement;
    await type(input, '  The Valley   Courier ');
    await submit(input.closest('form'));
    expect(page.saved.at(-1)?.trustedSources).toEqual(['The Valley Courier']);
    expect(input.value).toBe('');
  });
});

describe('sites', () => {
  test('listed from the background; added from a typed address; removed', async () => {
    const page = setUp();
    await page.start();
    expect(page.root.querySelector('ul[aria-label="Sites analysed automatically"]')?.textContent).toContain(
      'https://news.example',
    );
    const input = page.root.querySelector('#site-input') as HTMLInputElement;
    await type(input, 'www.courier.example/news/today');
    await submit(input.closest('form'));
    await click(button(page.root, 'Stop analysing https://news.example automatically'));
    expect(page.siteCalls).toEqual(['add https://www.courier.example', 'remove https://news.example']);
    expect(page.root.querySelector('ul[aria-label="Sites analysed automatically"]')?.textContent).toBe(
      'https://www.courier.exampleRemove',
    );
  });

  test('an address that is not a site is refused without asking the browser', async () => {
    const page = setUp();
    await page.start();
    const input = page.root.querySelector('#site-input') as HTMLInputElement;
    await type(input, 'not a site');
    await submit(input.closest('form'));
    expect(page.root.textContent).toContain('That is not a web address.');
    expect(page.siteCalls).toEqual([]);
  });

  test('a list the background cannot give says why', async () => {
    const page = setUp(defaultSettings(), { ok: false, error: 'Unknown background call: listAutomatedSites.' });
    await page.start();
    expect(page.root.textContent).toContain(
      'The list of sites could not be loaded: Unknown background call: listAutomatedSites.',
    );
  });
});

describe('backup and reset', () => {
  test('export writes the settings file', async () => {
    const page = setUp({ ...defaultSettings(), trustedSources: ['A'] });
    await page.start();
    await click(button(page.root, 'Save settings to a file'));
    expect(page.downloads[0].name).toBe('sourcelight-settings.json');
    expect(JSON.parse(page.downloads[0].content).settings.trustedSources).toEqual(['A']);
  });

  test('import saves what the file holds, and refuses a file that is not settings', async () => {
    const page = setUp();
    await page.start();
    await act(() => page.store.importSettings('{"some": "json"}'));
    await flush();
    expect(page.root.textContent).toContain('That file is not a Sourcelight settings file.');
    expect(page.saved).toEqual([]);
    await act(() => page.store.importSettings(settingsToJson({ ...defaultSettings(), sensitivity: 'confident' })));
    await flush();
    expect(page.saved.at(-1)?.sensitivity).toBe('confident');
  });

  test('reset asks first, then restores the defaults', async () => {
    const page = setUp({ ...defaultSettings(), trustedSources: ['A'] });
    await page.start();
    await click(button(page.root, 'Reset to defaults'));
    expect(page.saved).toEqual([]);
    await click(button(page.root, 'Keep my settings'));
    expect(page.saved).toEqual([]);
    await click(button(page.root, 'Reset to defaults'));
    await click(button(page.root, 'Yes, reset'));
    expect(page.saved.at(-1)).toEqual(defaultSettings());
  });

  test('a save that fails says so and suggests exporting', async () => {
    const failing = createOptionsStoreWithFailingSave();
    await failing.start();
    await act(() => failing.update((s) => ({ ...s, sensitivity: 'confident' })));
    expect(failing.saved.value).toBe('failed');
  });
});

describe('siteFromInput', () => {
  test.each<[string, string | null]>([
    ['example.com', 'https://example.com'],
    ['  https://www.example.com/news/1?x=2 ', 'https://www.example.com'],
    ['http://example.com:8080/a', 'http://example.com:8080'],
    ['http://localhost', 'http://localhost'],
    ['news', null],
    ['two words.com', null],
    ['javascript:alert(1)', null],
    ['ftp://example.com', null],
    ['', null],
  ])('%j -> %j', (raw, origin) => {
    expect(siteFromInput(raw)).toBe(origin);
  });
});

function createOptionsStoreWithFailingSave() {
  return createOptionsStore({
    load: async () => validateSettings(defaultSettings()),
    save: async () => Promise.reject(new Error('quota')),
    sites: {
      list: async () => ({ ok: true, value: [] }),
      add: async () => ({ ok: true, value: true }),
      remove: async () => ({ ok: true, value: false }),
    },
    download: () => undefined,
  });
}
