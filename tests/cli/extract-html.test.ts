import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wordCoverage } from '../../scripts/eval/sets/coverage.ts';
import { extractArticleFromHtml } from '../../src/cli/extract-html.ts';
import { root } from './helpers/cli-process.ts';

const fixtures = join(root, 'tests/fixtures/cli');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('a news page with navigation, adverts, comments and links to sources', () => {
  const url = 'https://ledger.example/news/harbour';
  const article = extractArticleFromHtml(fixture('harbour-article.html'), url);

  test('gives exactly the reviewed text, link spans and metadata', () => {
    expect(article).toEqual(JSON.parse(fixture('harbour-article.expected.json')));
  });

  test.each([
    ['minutes of the March meeting', 'https://example.org/council/minutes-2024-03.pdf'],
    ['survey by the port authority', 'https://example.org/survey'],
    ['independent review', 'https://ledger.example/reports/sea-wall-review'],
  ])('the link %j is a span of exactly its words', (words, href) => {
    const link = article.links.find((l) => l.href === href);
    expect(link).toBeDefined();
    expect(article.text.slice(link?.start, link?.end)).toBe(words);
    expect(link?.start).toBe(article.text.indexOf(words));
  });

  test.each([
    'Subscribe today',
    'Advertisement',
    'Related stories',
    'Ferry timetable',
    'SeaDog42',
    'Comments (3)',
    'Privacy',
    'trackPageView',
  ])('leaves out %j', (furniture) => {
    expect(article.text).not.toContain(furniture);
  });

  test('drops the javascript: link but keeps its words', () => {
    expect(article.text).toContain('statement here.');
    expect(article.links.some((l) => l.href.startsWith('javascript'))).toBe(false);
  });

  test('separates paragraphs with a blank line and keeps a line break as one newline', () => {
    expect(article.text).toContain('on Tuesday.\n\nHarbour master');
    expect(article.text).toContain('signatures.\nMooring fees');
  });

  test('keeps relative links relative when no URL is given', () => {
    const withoutUrl = extractArticleFromHtml(fixture('harbour-article.html'));
    expect(withoutUrl.links.map((l) => l.href)).toContain('/reports/sea-wall-review');
    expect(withoutUrl.text).toBe(article.text);
  });
});

describe('a hostile page', () => {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    response.setHeader('access-control-allow-origin', '*');
    response.end('');
  });
  let html = '';
  beforeAll(async () => {
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    html = fixture('hostile-page.html').replaceAll('PORT', String((server.address() as AddressInfo).port));
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  test('runs nothing, loads nothing, and keeps markup-looking text as text', async () => {
    const article = extractArticleFromHtml(html, 'http://127.0.0.1:1/page');
    // Every script and handler in the page would call the server; so would every resource. Wait for stragglers.
    await new Promise((wait) => setTimeout(wait, 500));
    expect(requests).toEqual([]);
    expect(article.text).toContain('<script>alert(1)</script> is how the page shows markup as text');
    expect(article.links.map((l) => l.href)).toEqual(['https://example.org/bridge-report']);
    expect(article.text.slice(article.links[0].start, article.links[0].end)).toBe('inspection report');
  });
});

describe('odd pages', () => {
  test.each([
    [
      'a fragment with no html or body',
      '<p>Officials said the road <a href="https://x.example/r">would reopen</a>.</p>',
      'Officials said the road would reopen.',
    ],
    [
      'a page that is only furniture and one line',
      '<nav><a href="/">Home</a></nav><p>One line only.</p><footer>Footer</footer>',
      'One line only.',
    ],
    ['an empty page', '', ''],
    ['broken markup', '<div><p>Unclosed <b>bold <i>both</div> after', 'Unclosed bold both\n\nafter'],
  ])('%s', (_name, html, text) => {
    expect(extractArticleFromHtml(html).text).toBe(text);
  });

  test('a page nested 1,000 levels deep is read without Readability (whose cost grows with depth squared)', () => {
    const html = `<title>Deep</title>${'<div>'.repeat(1000)}<p>Deep <a href="https://x.example/">text</a> here.</p>`;
    expect(extractArticleFromHtml(html)).toEqual({
      text: 'Deep text here.',
      links: [{ start: 5, end: 9, href: 'https://x.example/' }],
      title: 'Deep',
    });
  });

  test('a URL that is not absolute is refused', () => {
    expect(() => extractArticleFromHtml('<p>x</p>', 'news/page.html')).toThrow(/not an absolute URL/);
  });
});

describe('the real news pages of ../shared/data/news-pages', () => {
  const folder = join(process.env.SOURCELIGHT_DATA ?? join(root, '../shared/data'), 'news-pages');
  const present = existsSync(join(folder, 'index.json'));
  if (!present) console.warn(`notice: ${folder} is absent; skipping the real-page extraction checks`);
  // vitest fails a suite with no test at all, so the absent data gets a skipped test that says so.
  test.skipIf(present)(`skipped: ${folder} is absent`, () => {});
  const pages: { file: string; expected: string; url: string | null }[] = present
    ? JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'))
    : [];

  test.skipIf(!present).each(pages.map((p) => [p.file, p] as const))(
    '%s: the article found covers the expected text',
    (_file, page) => {
      const article = extractArticleFromHtml(readFileSync(join(folder, page.file), 'utf8'), page.url ?? undefined);
      const expectedHtml = readFileSync(join(folder, page.expected), 'utf8');
      const expected = page.expected.endsWith('.html')
        ? (new JSDOM(expectedHtml).window.document.body.textContent ?? '')
        : expectedHtml;
      // The same measure as the evaluation's news-pages set: the share of the expected words found.
      expect(wordCoverage(expected, article.text)).toBeGreaterThanOrEqual(0.98);
      for (const link of article.links) expect(article.text.slice(link.start, link.end).trim()).not.toBe('');
    },
    30_000,
  );
});
