// @vitest-environment jsdom
/**
 * The content script's controller in a DOM: the page read before the background asks, and leaving a page
 * that a single-page app replaced. Readability runs directly (the background's code) instead of over messaging.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { readArticle } from '../../src/background/read-article.ts';
import type { Finding } from '../../src/engine/types.ts';
import { toDrawPlan } from '../../src/messaging/draw-plan.ts';
import { PageController } from '../../src/page/controller.ts';
import type { ReadArticle } from '../../src/page/extract/extract.ts';
import type { HighlightEnv } from '../../src/page/highlight/painter.ts';
import type { PageChange } from '../../src/page/watch.ts';
import { ARTICLE_PAGES } from '../e2e/harness/pages.ts';

const ROOT = join(import.meta.dirname, '../..');
const FAMILIES = ['unsourced', 'weak-source', 'rhetoric', 'sourced'] as const;

function fakeEnv(): HighlightEnv & { registry: Map<string, Set<Range>> } {
  const registry = new Map<string, Set<Range>>();
  return { registry: registry as never, create: ((...ranges: Range[]) => new Set(ranges)) as never };
}

function setUp() {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages', ARTICLE_PAGES[0].path.replace('/pages/', '')), 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  history.replaceState(null, '', '/news/port-strike');
  let reads = 0;
  const read: ReadArticle = async (snapshot, url) => {
    reads++;
    return readArticle(snapshot, url);
  };
  const env = fakeEnv();
  const torn: string[] = [];
  const changes: PageChange[] = [];
  const controller = new PageController(document, env, read, () => void torn.push('teardown'), (c) => void changes.push(c));
  const handlers = controller.handlers() as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  return { controller, handlers, env, torn, changes, reads: () => reads };
}

beforeEach(() => document.getSelection()?.removeAllRanges());

describe('reading the page before the background asks', () => {
  test('the extraction uses the reading the script started on arrival', async () => {
    const { controller, handlers, reads } = setUp();
    controller.prefetch();
    const extraction = (await handlers.extract('article')) as { kind: string; text: string };
    expect(extraction.text).toContain(ARTICLE_PAGES[0].inside);
    expect(reads()).toBe(1);
    await handlers.extract('article'); // a later extraction reads the page as it is then
    expect(reads()).toBe(2);
  });

  test('is skipped when the reader has selected text (a selection needs no Readability)', async () => {
    const { controller, handlers, reads } = setUp();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article p') as Element);
    document.getSelection()?.addRange(range);
    controller.prefetch();
    const extraction = (await handlers.extract('selection')) as { kind: string };
    expect(extraction.kind).toBe('article');
    expect(reads()).toBe(0);
  });
});

describe('a single-page app that shows another article', () => {
  test('makes Sourcelight remove its highlights and leave, and tell the background', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { handlers, env, torn, changes } = setUp();
      const extraction = (await handlers.extract('article')) as { text: string };
      const at = extraction.text.indexOf('strike');
      const finding = { id: 'f1', kind: 'rhetoric', technique: 'hedge', start: at, end: at + 6, text: 'strike', rule: 'r', confidence: 1, explanation: 'e', inQuote: false } as Finding;
      expect(await handlers.drawPlan(toDrawPlan([finding]), [...FAMILIES])).toEqual({ drawn: 1, unmatched: 0 });
      expect(env.registry.size).toBeGreaterThan(0);
      history.pushState(null, '', '/news/another-story');
      document.querySelector('article')?.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Another story.' }));
      await Promise.resolve();
      vi.advanceTimersByTime(1000);
      expect(changes).toEqual(['navigated']);
      expect(torn).toEqual(['teardown']);
      expect(env.registry.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
