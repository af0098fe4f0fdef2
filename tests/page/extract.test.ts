// @vitest-environment jsdom
/**
 * The whole extraction in a DOM: snapshot in the page, Readability on it (the background's code, run here
 * directly instead of over messaging), the outline aligned back to the live text nodes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { readArticle } from '../../src/background/read-article.ts';
import type { ArticleOutline } from '../../src/messaging/protocol.ts';
import { outlineText } from '../../src/page/extract/align.ts';
import { extract, type ReadArticle, readAndAlign, readPage } from '../../src/page/extract/extract.ts';
import { createSlicer } from '../../src/page/slicer.ts';
import { ARTICLE_PAGES, NON_ARTICLE_PAGE } from '../e2e/harness/pages.ts';

const ROOT = join(import.meta.dirname, '../..');
const read: ReadArticle = async (html, url) => readArticle(html, url);
const slicer = () => createSlicer(1e9);

/** Loads a fixture page into the test document (fixture markup from this repository). */
function load(path: string): void {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages', path.replace('/pages/', '')), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe.each(ARTICLE_PAGES)('$path', ({ path, inside, outside }) => {
  beforeEach(() => load(path));

  test('finds the article, leaves out the furniture around it, and keeps its links', async () => {
    const { extraction } = await extract('article', read, document, slicer());
    if (extraction.kind !== 'article') throw new Error(extraction.reason);
    expect(extraction.source).toBe('readability');
    expect(extraction.text).toContain(inside);
    expect(extraction.text).not.toContain(outside);
    expect(extraction.links.length).toBeGreaterThan(0);
    for (const link of extraction.links) expect(extraction.text.slice(link.start, link.end).trim()).not.toBe('');
  });

  test("the outline alone predicts the page's text and links (the background starts the engine on it)", async () => {
    let outline: ArticleOutline | null = null;
    const keeping: ReadArticle = async (html, url) => {
      outline = readArticle(html, url);
      return outline;
    };
    const { extraction } = await extract('article', keeping, document, slicer());
    if (extraction.kind !== 'article' || !outline) throw new Error('no article');
    expect(outlineText(outline)).toEqual({ text: extraction.text, links: extraction.links });
  });

  test('every sentence of the analysed text maps to live nodes holding exactly its words', async () => {
    const { extraction, map } = await extract('article', read, document, slicer());
    if (extraction.kind !== 'article' || !map) throw new Error('no article');
    for (const m of extraction.text.matchAll(/[^.!?\n]+[.!?]/g)) {
      const range = map.range(m.index, m.index + m[0].length, document);
      expect(squash(range?.toString() ?? ''), m[0]).toBe(squash(m[0]));
      expect(document.body.contains(range?.startContainer ?? null)).toBe(true);
    }
  });
});

describe('pages that are not articles', () => {
  beforeEach(() => load(NON_ARTICLE_PAGE));

  test('say so in a sentence', async () => {
    const { extraction } = await extract('article', read, document, slicer());
    expect(extraction.kind).toBe('not-article');
    if (extraction.kind === 'not-article') expect(extraction.reason).toMatch(/does not look like a news article/);
  });

  test('"Analyse anyway" takes the largest block of text instead', async () => {
    const { extraction } = await extract('anyway', read, document, slicer());
    expect(extraction.kind).toBe('article');
    if (extraction.kind === 'article') expect(extraction.source).toBe('largest-block');
  });
});

describe('the selection', () => {
  beforeEach(() => load(ARTICLE_PAGES[0].path));

  test('is analysed alone', async () => {
    const paragraph = [...document.querySelectorAll('article p')].find((p) => p.textContent?.includes('Nobody here wanted this'));
    const range = document.createRange();
    range.selectNodeContents(paragraph as Element);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const { extraction } = await extract('selection', read, document, slicer());
    if (extraction.kind !== 'article') throw new Error('no selection text');
    expect(extraction.source).toBe('selection');
    expect(extraction.text.startsWith('"Nobody here wanted this,"')).toBe(true);
  });

  test('when empty, says how to select', async () => {
    document.getSelection()?.removeAllRanges();
    const { extraction } = await extract('selection', read, document, slicer());
    expect(extraction.kind === 'not-article' && extraction.reason).toMatch(/Select the passage/);
  });
});

test('a page whose snapshot cannot be read in the background reports the failure', async () => {
  load(ARTICLE_PAGES[0].path);
  const failing: ReadArticle = async () => {
    throw new Error('background asleep');
  };
  await expect(extract('article', failing, document, slicer())).rejects.toThrow('background asleep');
});

describe('editable regions (a comment box, an editor) hold what the reader types, not the article', () => {
  const BOX = 'Draft reply: everyone knows this paper lies about everything.';
  beforeEach(() => {
    load(ARTICLE_PAGES[0].path);
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.append(Object.assign(document.createElement('p'), { textContent: BOX }));
    document.querySelector('article')?.append(box);
  });

  test.each(['article', 'anyway'] as const)('%s: the region is left out of the analysed text', async (mode) => {
    const { extraction } = await extract(mode, read, document, slicer());
    if (extraction.kind !== 'article') throw new Error('no article');
    expect(extraction.text).toContain(ARTICLE_PAGES[0].inside);
    expect(extraction.text).not.toContain('Draft reply');
  });

  test('a selection the reader made inside the region is analysed (they asked for it)', async () => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('[contenteditable] p') as Element);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const { extraction } = await extract('selection', read, document, slicer());
    expect(extraction.kind === 'article' && extraction.text).toBe(BOX);
  });
});

describe('a reading started before the mode is known', () => {
  beforeEach(() => load(ARTICLE_PAGES[0].path));

  test('is used instead of reading the page again', async () => {
    let reads = 0;
    const counting: ReadArticle = async (html, url) => {
      reads++;
      return readArticle(html, url);
    };
    const early = readPage(counting, document, slicer(), false);
    const { extraction } = await extract('article', counting, document, slicer(), early);
    expect(extraction.kind).toBe('article');
    expect(reads).toBe(1);
  });

  test('aligned ahead (the content script does so once injected), gives the text it aligned, unchanged', async () => {
    const early = readAndAlign(read, document, slicer(), false);
    const aligned = (await early).aligned;
    const { extraction, map } = await extract('article', read, document, slicer(), early);
    const fresh = await extract('article', read, document, slicer());
    expect(aligned?.map).toBe(map);
    expect(extraction).toEqual(fresh.extraction);
  });

  test('of a page that is not an article skips the snapshot, and "Analyse anyway" then takes it', async () => {
    load(NON_ARTICLE_PAGE);
    let reads = 0;
    const counting: ReadArticle = async (html, url) => {
      reads++;
      return readArticle(html, url);
    };
    const early = readPage(counting, document, slicer(), false);
    expect(await early).toEqual({ readerable: false });
    const { extraction } = await extract('anyway', counting, document, slicer(), early);
    expect(extraction.kind).toBe('article');
    expect(reads).toBe(1);
  });
});

describe('an article where Sourcelight does not read', () => {
  const story = 'The council voted on Tuesday to close the old bridge, officials said. '.repeat(12);

  test.each(['article', 'anyway'] as const)('%s: text inside web components (shadow DOM) is named as the reason', async (mode) => {
    document.body.innerHTML = '<main><story-body></story-body></main>';
    const host = document.querySelector('story-body') as Element;
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: story }));
    const { extraction } = await extract(mode, read, document, slicer());
    expect(extraction.kind === 'not-article' && extraction.reason).toMatch(/inside web components \(shadow DOM\)/);
  });

  test('an article inside a large embedded frame is named as the reason', async () => {
    document.body.innerHTML = '<header>Menu</header><iframe src="https://other.example/story"></iframe>';
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    frame.getBoundingClientRect = () => ({ width: 800, height: 2000, top: 0, left: 0, right: 800, bottom: 2000, x: 0, y: 0, toJSON: () => '' });
    const { extraction } = await extract('article', read, document, slicer());
    expect(extraction.kind === 'not-article' && extraction.reason).toMatch(/inside an embedded frame/);
  });

  test('a small frame (an ad, a video) does not change the reason', async () => {
    document.body.innerHTML = '<p>Welcome to the shop.</p><iframe src="https://ads.example/"></iframe>';
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    frame.getBoundingClientRect = () => ({ width: 300, height: 250, top: 0, left: 0, right: 300, bottom: 250, x: 0, y: 0, toJSON: () => '' });
    const { extraction } = await extract('article', read, document, slicer());
    expect(extraction.kind === 'not-article' && extraction.reason).toMatch(/does not look like a news article/);
  });
});
