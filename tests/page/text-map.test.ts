// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { collectText } from '../../src/page/extract/collect.ts';
import { createSlicer } from '../../src/page/slicer.ts';

function page(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, written here, not page-derived text
  return document.body;
}

const collect = (root: Node, options = {}) => collectText(root, { slicer: createSlicer(1e9), ...options });

describe('the analysed text', () => {
  test.each([
    ['collapses HTML whitespace', '<p>One   two\n\tthree</p>', 'One two three'],
    ['keeps a no-break space as text', '<p>10\u00a0km away</p>', '10\u00a0km away'],
    ['separates blocks with a blank line', '<h1>Title</h1><p>First.</p><div>Second.</div>', 'Title\n\nFirst.\n\nSecond.'],
    ['separates list items', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
    ['turns <br> into a line break', '<p>line one<br>line two</p>', 'line one\nline two'],
    ['joins inline elements without a break', '<p>a <b>bold</b> and <i>italic</i> word</p>', 'a bold and italic word'],
    ['leaves out scripts, styles and controls', '<p>kept</p><script>var x = 1;</script><style>p{}</style><button>Share</button>', 'kept'],
    ['trims leading and trailing space', '<p>\n   padded   \n</p>', 'padded'],
  ])('%s', async (_name, html, expected) => {
    expect((await collect(page(html))).map.text).toBe(expected);
  });

  test('keeps hyperlinked stretches with absolute URLs, and drops non-web links', async () => {
    const { map, links } = await collect(
      page('<p>Read <a href="https://example.org/report">the full report</a> or <a href="javascript:void(0)">this</a> or <a href="mailto:x@y.z">mail</a>.</p>'),
    );
    expect(links).toEqual([{ start: 5, end: 20, href: 'https://example.org/report' }]);
    expect(map.text.slice(5, 20)).toBe('the full report');
  });

  test('leaves out text the page hides', async () => {
    const root = page('<p>seen</p><p class="hidden">hidden</p>');
    const { map } = await collect(root, { visible: (e: Element) => !e.classList.contains('hidden') });
    expect(map.text).toBe('seen');
  });

  test('collects only a selected range, clipping its first and last text nodes', async () => {
    const root = page('<p id="a">Alpha beta gamma.</p><p id="b">Delta epsilon.</p>');
    const range = document.createRange();
    range.setStart(root.querySelector('#a')?.firstChild as Text, 6);
    range.setEnd(root.querySelector('#b')?.firstChild as Text, 5);
    expect((await collect(root, { clip: range })).map.text).toBe('beta gamma.\n\nDelta');
  });
});

describe('offsets to DOM ranges and back', () => {
  const html = '<h2>The  headline</h2><p>First   sentence with <a href="https://a.example/">a link</a>.\n Second <em>sentence</em> here.</p>';

  test('every word of the analysed text maps to a range with exactly that word', async () => {
    const { map } = await collect(page(html));
    for (const m of map.text.matchAll(/\S+/g)) {
      const range = map.range(m.index, m.index + m[0].length, document);
      expect(range?.toString()).toBe(m[0]);
    }
  });

  test('a span across collapsed whitespace and elements covers the same words', async () => {
    const { map } = await collect(page(html));
    const start = map.text.indexOf('First');
    const end = map.text.indexOf('here.') + 5;
    expect(map.range(start, end, document)?.toString().replace(/\s+/g, ' ')).toBe(map.text.slice(start, end));
  });

  test('a span starting on a block separator starts at the next word', async () => {
    const { map } = await collect(page(html));
    const gap = map.text.indexOf('\n\n');
    expect(map.range(gap, gap + 7, document)?.toString()).toBe('First');
  });

  test.each([
    [-1, 3],
    [5, 5],
    [0, 10_000],
  ])('refuses the impossible span [%i, %i)', async (start, end) => {
    const { map } = await collect(page(html));
    expect(map.range(start, end, document)).toBeUndefined();
  });

  test('a DOM position turns back into its offset', async () => {
    const { map } = await collect(page(html));
    const em = document.querySelector('em')?.firstChild as Text;
    expect(map.offsetAt(em, 3)).toBe(map.text.indexOf('sentence here') + 3);
    expect(map.offsetAt(document.body, 0)).toBeUndefined();
  });
});
