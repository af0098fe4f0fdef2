import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { textWithLinks } from '../../src/cli/html-text.ts';

/** Text and links of an HTML fragment, with every href kept as written. */
function walk(html: string) {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const result = textWithLinks(document.body, { linkHref: (raw) => raw || undefined });
  return { text: result.text, links: result.links.map((l) => [result.text.slice(l.start, l.end), l.href]) };
}

describe('text', () => {
  test.each([
    ['blocks are joined by a blank line', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    [
      'nested blocks give one blank line, not several',
      '<div><div><p>One.</p></div></div><section><h2>Two</h2></section>',
      'One.\n\nTwo',
    ],
    ['a line break is a single newline', '<p>Line one<br>line two</p>', 'Line one\nline two'],
    ['whitespace runs collapse to one space', '<p>  lots \n\t of   space  </p>', 'lots of space'],
    ['inline elements do not add spaces', '<p>un<b>believ</b><i>able</i></p>', 'unbelievable'],
    ['spaces between inline elements are kept', '<p><b>bold</b> <i>italic</i></p>', 'bold italic'],
    ['preformatted text keeps its lines', '<pre>a  b\n  c</pre><p>d</p>', 'a  b\n  c\n\nd'],
    ['list items are blocks', '<ul><li>first</li><li>second</li></ul>', 'first\n\nsecond'],
    ['table cells are blocks', '<table><tr><td>a</td><td>b</td></tr></table>', 'a\n\nb'],
    ['non-breaking spaces stay as they are', '<p>10\u00a0km</p>', '10\u00a0km'],
    [
      'scripts, styles and forms are not text',
      '<p>a</p><script>var x = 1;</script><style>p{}</style><form><button>Go</button></form><p>b</p>',
      'a\n\nb',
    ],
    ['page furniture is not text', '<nav>Menu</nav><p>a</p><aside>Related</aside><footer>Footer</footer>', 'a'],
    [
      'hidden elements are not text',
      '<p>a<span hidden>x</span><span style="display: none">y</span><span aria-hidden="true">z</span></p>',
      'a',
    ],
    ['an empty page is empty', '<div> </div>', ''],
  ])('%s', (_name, html, expected) => {
    expect(walk(html).text).toBe(expected);
  });

  test('a page nested 100,000 levels deep does not overflow the stack', () => {
    const depth = 100_000;
    const { document } = new JSDOM('').window;
    // Built from the inside out and never attached: jsdom's own attach step is recursive and would overflow first.
    let node: Node = document.createTextNode('deep');
    for (let i = 0; i < depth; i++) {
      const wrapper = document.createElement(i === depth / 2 ? 'p' : 'span');
      wrapper.appendChild(node);
      node = wrapper;
    }
    expect(textWithLinks(node, { linkHref: (raw) => raw }).text).toBe('deep');
  });
});

describe('links', () => {
  test.each([
    ['a plain link', '<p>See <a href="u">the report</a>.</p>', [['the report', 'u']]],
    [
      'spaces inside the link stay outside its span',
      '<p>See<a href="u"> the report </a>now.</p>',
      [['the report', 'u']],
    ],
    ['inline markup inside a link', '<p><a href="u">a <em>long</em> title</a></p>', [['a long title', 'u']]],
    ['a link across a line break', '<p><a href="u">one<br>two</a></p>', [['one\ntwo', 'u']]],
    [
      'two links in a row',
      '<p><a href="u">x</a> <a href="v">y</a></p>',
      [
        ['x', 'u'],
        ['y', 'v'],
      ],
    ],
    ['a link at the start of a later paragraph', '<p>a</p><p><a href="u">b</a></p>', [['b', 'u']]],
  ])('%s', (_name, html, expected) => {
    expect(walk(html).links).toEqual(expected);
  });

  test.each([
    ['a link with no text (an image link)', '<p>a <a href="u"><img src="x.png"></a> b</p>'],
    ['a link the caller drops', '<p><a href="">empty href</a></p>'],
    ['an anchor without href', '<p><a name="top">top</a></p>'],
    ['a link inside a hidden element', '<p>a<span hidden><a href="u">b</a></span></p>'],
  ])('no span for %s', (_name, html) => {
    expect(walk(html).links).toEqual([]);
  });
});
