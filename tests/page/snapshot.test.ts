// @vitest-environment jsdom
import JSDOMParser from '@mozilla/readability/JSDOMParser.js';
import { describe, expect, test } from 'vitest';
import { INDEX_ATTRIBUTE, snapshot } from '../../src/page/extract/snapshot.ts';
import { createSlicer } from '../../src/page/slicer.ts';

function page(body: string, head = '<title>T</title>'): void {
  document.head.innerHTML = head; // fixture markup written here
  document.body.innerHTML = body;
}
const take = (shown?: (e: Element) => boolean) => snapshot(document, createSlicer(1e9), shown);

describe('snapshot', () => {
  test('indexes every kept element, so the background can name them', async () => {
    page('<p id="x">Hello <b>world</b></p>');
    const { html, elements } = await take();
    const p = elements.indexOf(document.getElementById('x') as Element);
    expect(p).toBeGreaterThan(0);
    expect(html).toContain(`<p ${INDEX_ATTRIBUTE}="${p}" id="x">Hello <b ${INDEX_ATTRIBUTE}="${p + 1}">world</b></p>`);
  });

  test.each([
    ['scripts and styles', '<p>a</p><script>if (a < b) {}</script><style>p > b {}</style>', 'a'],
    ['media and controls', '<p>a</p><video>v</video><button>b</button><svg><text>s</text></svg>', 'a'],
  ])('leaves out %s', async (_name, body, text) => {
    page(body);
    const doc = new JSDOMParser().parse((await take()).html, 'https://x.example/');
    expect(doc.body.textContent).toBe(text);
  });

  test('escapes text and attributes so that markup in them stays text', async () => {
    page('<p title="x" class="a&quot;b">5 &lt; 6 &amp; "<img src=x onerror=alert(1)>"</p>');
    const { html } = await take();
    const doc = new JSDOMParser().parse(html, 'https://x.example/');
    const p = doc.getElementsByTagName('p')[0];
    expect(p.textContent).toBe('5 < 6 & ""');
    expect(p.getAttribute('class')).toBe('a"b');
    expect(html).not.toContain('onerror');
  });

  test('ends void elements with "/>" and gives every other element an end tag, as JSDOMParser needs', async () => {
    page('<p>one<br>two<img src="a.png"></p><div></div><ul><li>x</li></ul>');
    const doc = new JSDOMParser().parse((await take()).html, 'https://x.example/');
    expect(doc.body.textContent).toBe('onetwox');
    expect(doc.getElementsByTagName('br')).toHaveLength(1);
  });

  test('keeps the head (title, metadata, JSON-LD) and only attributes Readability reads', async () => {
    page('<p data-track="zzz" onclick="x()" class="lede" style="color:red">p</p>', '<title>My title</title><meta name="author" content="A. Writer"><script type="application/ld+json">{"a":"</b>"}</script>');
    const { html } = await take();
    expect(html).toContain('<title');
    expect(html).toContain('content="A. Writer"');
    expect(html).toContain('{"a":"\\u003c/b>"}');
    expect(html).not.toContain('data-track');
    expect(html).toContain('class="lede"');
  });

  test('leaves out what the page does not show', async () => {
    page('<p>shown</p><p class="gone">hidden</p>');
    const doc = new JSDOMParser().parse((await take((e) => !e.classList.contains('gone'))).html, 'https://x.example/');
    expect(doc.body.textContent).toBe('shown');
  });
});
