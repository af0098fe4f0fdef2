/** The HTML export: self-contained, printable, highlights right, and page text never becomes markup. */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { REPORT_CSS } from '../../src/report/html-style.ts';
import { toHtml } from '../../src/report/index.ts';
import { ARTICLE, articleInput, NOW } from './article.ts';
import { HOSTILE_META, HOSTILE_TEXT, hostileInput } from './hostile.ts';

/** Every element the exporter itself writes; anything else came from page text. */
const OUR_ELEMENTS = new Set(
  'html head meta title style body header p h1 h2 h3 dl dt dd section table thead tbody tr th td ul ol li mark sup a span article blockquote strong footer'.split(
    ' ',
  ),
);

const parse = (html: string) => new JSDOM(html).window.document;

/** Per finding id, the text of all highlight segments that name it. */
function highlightedText(doc: Document): Map<string, string> {
  const byId = new Map<string, string>();
  for (const mark of doc.querySelectorAll('article mark')) {
    for (const part of (mark.getAttribute('title') ?? '').split('; ')) {
      const id = part.slice(0, part.indexOf(':'));
      byId.set(id, (byId.get(id) ?? '') + mark.textContent);
    }
  }
  return byId;
}

describe.each([
  ['a hand-built report', articleInput()],
  ['hostile page text and metadata', hostileInput()],
])('%s', (_name, input) => {
  const html = toHtml(input, NOW);
  const doc = parse(html);

  test('contains only elements the exporter writes', () => {
    const foreign = [...doc.querySelectorAll('*')].map((e) => e.localName).filter((n) => !OUR_ELEMENTS.has(n));
    expect(foreign).toEqual([]);
  });
  test('has no event-handler attributes, and links only inside the document', () => {
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
    }
    for (const a of doc.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^#finding-/);
  });
  test('is self-contained: a strict CSP, one inline stylesheet that page text could not cut short', () => {
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect([...doc.querySelectorAll('style')].map((s) => s.textContent)).toEqual([REPORT_CSS]);
    const attributes = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name));
    expect(new Set(attributes)).toEqual(
      new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'title', 'href', 'id']),
    );
    expect(REPORT_CSS).not.toMatch(/url\(|@import/);
  });
  test('keeps every word of the text, in order', () => {
    const article = parse(html).querySelector('article') as Element; // a fresh copy: this test removes parts
    for (const sup of article.querySelectorAll('sup')) sup.remove();
    const paragraphs = [...article.querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs.join(' ').replace(/\s+/g, ' ')).toBe(input.text.replace(/\s+/g, ' ').trim());
  });
  test('highlights exactly the words of every finding', () => {
    const highlighted = highlightedText(doc);
    for (const f of input.report.findings)
      expect(highlighted.get(f.id)?.replace(/\s+/g, ' ')).toBe(f.text.replace(/\s+/g, ' '));
  });
  test('lists every finding once, with a reference in the text that links to it', () => {
    const items = [...doc.querySelectorAll('ol.findings > li')].map((li) => li.id);
    expect(items.sort()).toEqual(input.report.findings.map((f) => `finding-${f.id}`).sort());
    const refs = [...doc.querySelectorAll('article sup.ref a')].map((a) => a.getAttribute('href'));
    expect(refs.sort()).toEqual(items.map((id) => `#${id}`).sort());
  });
  test('prints with page breaks between sections', () => {
    expect(html).toMatch(/@media print \{[\s\S]*section \+ section \{ break-before: page; \}/);
  });
});

describe('hostile metadata', () => {
  const doc = parse(toHtml(hostileInput(), NOW));
  test('stays text, exactly as the page gave it', () => {
    expect(doc.title).toBe(`Sourcelight report: ${HOSTILE_META.title}`);
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE_META.title);
    const meta = doc.querySelector('dl.meta')?.textContent ?? '';
    for (const value of [HOSTILE_META.byline, HOSTILE_META.siteName, HOSTILE_META.published])
      expect(meta).toContain(value);
  });
  test('a javascript: URL is not shown as the page', () => {
    expect(doc.body.textContent).not.toContain('javascript:alert(document.cookie)');
    expect(doc.querySelector('dl.meta dd')?.textContent).toBe('pasted text');
  });
  test('names in attributes keep their quotes as text', () => {
    const titles = [...doc.querySelectorAll('article mark')].map((m) => m.getAttribute('title'));
    expect(titles.some((t) => t?.includes('<b onclick="alert(7)">"Mayor"</b>'))).toBe(true);
  });
  test('the text keeps its markup characters as text', () => {
    expect(doc.querySelector('article')?.textContent).toContain('<script>alert(1)</script>');
    expect(HOSTILE_TEXT).toContain('<script>alert(1)</script>');
  });
});

describe('the layout', () => {
  const doc = parse(toHtml(articleInput(), NOW));
  test('shows the score and one row per component', () => {
    expect(doc.querySelector('.headline')?.textContent).toBe('35/100 (weak)');
    expect(doc.querySelectorAll('section.score tbody tr')).toHaveLength(3);
  });
  test('has a legend with every highlight style the article uses', () => {
    const legend = new Set([...doc.querySelectorAll('.legend mark')].map((m) => m.className));
    for (const mark of doc.querySelectorAll('article mark')) {
      for (const cls of mark.classList) expect(legend).toContain(cls);
    }
  });
  test('a text with no blank lines is cut into paragraphs at its line breaks (heading + 4)', () => {
    const text = ARTICLE.replace(/\n\n/g, '\n');
    const input = { ...articleInput(), text, report: { ...articleInput().report, findings: [] } };
    expect(parse(toHtml(input, NOW)).querySelectorAll('article p')).toHaveLength(5);
  });
  test('a report that does not belong to its text is a clear error', () => {
    expect(() => toHtml({ ...articleInput(), text: 'something else' }, NOW)).toThrow(/does not match the text/);
  });
});

describe('a malformed report is refused before anything is written', () => {
  test.each([
    ['an unknown kind', { kind: '"><script>alert(1)</script>' }, /unknown kind/],
    ['a confidence that is not a number', { confidence: 'high' }, /confidence/],
    ['offsets outside the text', { start: 5000, end: 5010, text: 'abcdefghij' }, /does not match the text/],
  ])('%s', (_name, change, message) => {
    const input = articleInput();
    const findings = [{ ...input.report.findings[0], ...change }, ...input.report.findings.slice(1)];
    const bad = { ...input, report: { ...input.report, findings } } as typeof input;
    expect(() => toHtml(bad, NOW)).toThrow(message);
  });
});
