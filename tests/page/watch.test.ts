// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { type PageChange, watchPage } from '../../src/page/watch.ts';

const ARTICLE = '<article><p>First paragraph of the story.</p><p>Second paragraph of the story.</p></article><aside>Ad</aside>';
const words = (n: number) => 'word '.repeat(n).trim();

function setUp() {
  document.body.innerHTML = ARTICLE; // test markup written here, not page text
  const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Node);
  const changes: PageChange[] = [];
  const life = new AbortController();
  watchPage(document, { url: location.href, nodes }, (c) => void changes.push(c), life.signal, { delayMs: 50, growthChars: 400 });
  const settle = async () => {
    await Promise.resolve(); // mutation records are delivered in a microtask
    vi.advanceTimersByTime(60);
  };
  return { changes, life, settle };
}

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState(null, '', '/news/story-1');
});
afterEach(() => vi.useRealTimers());

describe('a page that changed under its analysis', () => {
  test.each([
    [
      'a single-page app moved to another address (history.pushState) and showed another article',
      () => {
        history.pushState(null, '', '/news/story-2');
        (document.querySelector('article') as Element).replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Another story.' }));
      },
    ],
    [
      'the analysed article was replaced at the same address',
      () => (document.querySelector('article') as Element).replaceWith(Object.assign(document.createElement('article'), { textContent: 'Other' })),
    ],
  ])('%s: navigated', async (_name, change) => {
    const { changes, settle } = setUp();
    change();
    await settle();
    expect(changes).toEqual(['navigated']);
  });

  test('appended paragraphs (infinite scroll) count as grown, once', async () => {
    const { changes, settle } = setUp();
    for (let i = 0; i < 3; i++) {
      document.querySelector('article')?.append(Object.assign(document.createElement('p'), { textContent: words(100) }));
      await settle();
    }
    expect(changes).toEqual(['grown']);
  });
});

describe('a page that did not change its article', () => {
  test.each([
    ['an ad rotated', () => ((document.querySelector('aside') as Element).textContent = 'Another ad')],
    ['a jump to a heading (#fragment)', () => history.pushState(null, '', '/news/story-1#comments')],
    ['a little text was added (a comment count)', () => document.body.append('42 comments')],
    [
      'the reader typed a long reply in a comment box',
      () => {
        const box = Object.assign(document.createElement('div'), { contentEditable: 'true' });
        box.setAttribute('contenteditable', 'true');
        document.body.append(box);
        box.append(words(200));
      },
    ],
  ])('%s: nothing to tell', async (_name, change) => {
    const { changes, settle } = setUp();
    change();
    await settle();
    expect(changes).toEqual([]);
  });

  test('after the signal aborts, nothing is told', async () => {
    const { changes, life, settle } = setUp();
    life.abort();
    history.pushState(null, '', '/news/story-2');
    document.querySelector('article')?.remove();
    await settle();
    expect(changes).toEqual([]);
  });
});
