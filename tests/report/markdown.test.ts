/** The Markdown export, rendered by a real CommonMark parser: structure, and no markup from page text. */
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, escapeMarkdownLine } from '../../src/report/escape-markdown.ts';
import { toMarkdown } from '../../src/report/index.ts';
import { articleInput, NOW } from './article.ts';
import { HOSTILE_META, hostileInput } from './hostile.ts';

// The most permissive settings: raw HTML allowed and bare URLs linked, as on many Markdown sites.
const markdown = new MarkdownIt({ html: true, linkify: true });
const render = (source: string) => new JSDOM(markdown.render(source)).window.document;

/** Elements the export's own syntax makes; anything else came from page text. */
const OUR_ELEMENTS = new Set(
  'html head body h1 h2 h3 ul li p strong em blockquote table thead tbody tr th td a'.split(' '),
);

describe('escaping keeps text literal, alone on a line and after a label', () => {
  test.each([
    ['[x](javascript:alert(1))'],
    ['![pixel](http://tracker.example/p.gif)'],
    ['<img src=x onerror=alert(1)>'],
    ['<script>alert(1)</script>'],
    ['**bold** _em_ `code` ~~strike~~ | pipe'],
    ['&lt;b&gt; &#60;i&#62; &amp;'],
    ['https://evil.example www.evil.example x@evil.example'],
    ['back\\slash \\[escaped\\]'],
    ['# heading'],
    ['- list item'],
    ['1. numbered'],
    ['> quote'],
    ['<!-- comment -->'],
  ])('%s', (text) => {
    const alone = render(escapeMarkdownLine(text));
    expect(alone.body.querySelectorAll('*').length, alone.body.innerHTML).toBe(1); // one <p>
    expect(alone.body.textContent?.trim()).toBe(text);
    const afterLabel = render(`- **Label:** ${escapeMarkdown(text)}`);
    expect(afterLabel.body.querySelectorAll('*').length, afterLabel.body.innerHTML).toBe(3); // <ul><li><strong>
    expect(afterLabel.querySelector('li')?.textContent).toBe(`Label: ${text}`);
  });
});

describe.each([
  ['a hand-built report', articleInput()],
  ['hostile page text and metadata', hostileInput()],
])('%s', (_name, input) => {
  const source = toMarkdown(input, NOW);
  const doc = render(source);
  test('renders only the elements of its own syntax', () => {
    const foreign = [...doc.querySelectorAll('*')].map((e) => e.localName).filter((n) => !OUR_ELEMENTS.has(n));
    expect(foreign).toEqual([]);
  });
  test('links only to the page itself, when it has a web address', () => {
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(input.meta.url?.startsWith('https:') ? [input.meta.url] : []);
  });
  test('quotes each finding in its sentence, with the finding in bold', () => {
    const bold = [...doc.querySelectorAll('blockquote strong')].map((s) => s.textContent);
    expect(bold).toHaveLength(input.report.findings.length);
    for (const f of input.report.findings) expect(bold).toContain(f.text.replace(/\s+/g, ' ').trim());
  });
});

describe('structure', () => {
  const doc = render(toMarkdown(articleInput(), NOW));
  test('title, page, date and score', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(
      'Sourcelight report: Harbour Town raises water prices by 12 percent',
    );
    const header = doc.querySelector('ul')?.textContent ?? '';
    expect(header).toContain('Analysed: 2026-11-26 14:05 UTC by Sourcelight 0.1.0');
    expect(header).toContain('By: Sam Reporter');
    expect(doc.querySelectorAll('h2')[0].textContent).toBe('Sourcing score: 35/100 (weak)');
    expect([...doc.querySelectorAll('tbody tr')].map((r) => r.children[1].textContent)).toEqual([
      '12.5 of 50',
      '15 of 30',
      '8 of 20',
    ]);
  });
  test('findings grouped by family in the order unsourced, weak, rhetoric, sourced', () => {
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Unsourced claims (3)',
      'Weak sources (6)',
      'Rhetoric (4)',
      'Named and document sources (5)',
    ]);
  });
  test('each finding with its explanation and, when it has one, its question', () => {
    const text = doc.body.textContent ?? '';
    for (const f of articleInput().report.findings) expect(text).toContain(f.explanation);
    expect(text).toContain('Ask: Who measured the leaks?');
  });
  test('a report with no findings says so', () => {
    const input = { ...articleInput(), report: { ...articleInput().report, findings: [] } };
    expect(toMarkdown(input, NOW)).toContain('Sourcelight found nothing to annotate in this text.');
  });
});

test('a hostile title stays the same words, as text', () => {
  expect(render(toMarkdown(hostileInput(), NOW)).querySelector('h1')?.textContent).toBe(
    `Sourcelight report: ${HOSTILE_META.title}`,
  );
});
