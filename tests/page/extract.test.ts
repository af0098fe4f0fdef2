// @vitest-environment jsdom
/**
 * The whole extraction in a DOM: snapshot in the page, Readability on it (the background's code, run here
 * directly instead of over messaging), the outline aligned back to the live text nodes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { readArticle } from '../../src/background/read-article.ts';
import { extract, type ReadArticle } from '../../src/page/extract/extract.ts';
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
