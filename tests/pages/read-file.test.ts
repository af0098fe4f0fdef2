// @vitest-environment jsdom
/** Files dropped on the analyse page: .txt as text, .html through Readability (links kept), others refused. */
import { describe, expect, test } from 'vitest';
import { articleFromHtml, MAX_FILE_BYTES, normaliseText, readArticleFile } from '../../pages/analyse/read-file.ts';

const paragraphs = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the report. The council met on Tuesday and voted on the budget for the coming year, officials said. ${i === 2 ? 'The <a href="https://council.example/budget.pdf">budget document</a> lists every line.' : ''}</p>`,
).join('\n');
const page = `<!doctype html><html><head><title>Council passes budget for the coming year | Valley Courier</title>
<meta property="og:site_name" content="Valley Courier"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council passes budget for the coming year</h1><p class="byline">By Ana Ruiz</p>${paragraphs}
<script>document.title = 'hacked'</script></article>
<footer>Copyright Valley Courier. Subscribe now!</footer></body></html>`;

describe('articleFromHtml', () => {
  test('finds the article, separates paragraphs with a blank line, keeps its links and metadata', async () => {
    const article = await articleFromHtml(page);
    expect(article.text).toMatch(/^.*Paragraph 1 of the report/s);
    expect(article.text).toContain('the coming year, officials said.\n\nParagraph 2');
    expect(article.text).not.toContain('Subscribe now');
    expect(article.text).not.toContain('hacked');
    const link = article.links[0];
    expect(article.text.slice(link.start, link.end)).toBe('budget document');
    expect(link.href).toBe('https://council.example/budget.pdf');
    expect(article.meta).toMatchObject({
      title: 'Council passes budget for the coming year',
      siteName: 'Valley Courier',
    });
  });

  test('markup in the text stays text: nothing is parsed into the page', async () => {
    const article = await articleFromHtml(`<p>${'Plain words. '.repeat(40)}&lt;img src=x onerror=alert(1)&gt;</p>`);
    expect(article.text).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('readArticleFile', () => {
  const file = (content: string, name: string, type = '') => new File([content], name, { type });

  test('reads a .txt file as it is, line ends made "\\n" and a byte-order mark dropped', async () => {
    expect(await readArticleFile(file('\uFEFFOne.\r\n\r\nTwo.', 'story.txt', 'text/plain'))).toEqual({
      ok: true,
      value: { text: 'One.\n\nTwo.', links: [], meta: { title: 'story.txt' } },
    });
  });

  test('reads an .html file through Readability', async () => {
    const read = await readArticleFile(file(page, 'budget.html', 'text/html'));
    expect(read.ok && read.value.meta.title).toBe('Council passes budget for the coming year');
  });

  test.each<[string, File, string]>([
    ['a picture', file('GIF89a', 'photo.gif', 'image/gif'), 'analyse_file_wrongType'],
    ['a PDF', file('%PDF', 'report.pdf', 'application/pdf'), 'analyse_file_wrongType'],
    [
      'an HTML page with no text',
      file('<html><body><img src="a.png"></body></html>', 'empty.html'),
      'analyse_file_noText',
    ],
  ])('refuses %s with a sentence naming the file', async (_, input, error) => {
    expect(await readArticleFile(input)).toEqual({ ok: false, error, subs: [input.name] });
  });

  test('refuses a file too large to be an article, before reading it', async () => {
    const huge = {
      name: 'dump.txt',
      type: 'text/plain',
      size: MAX_FILE_BYTES + 1,
      text: () => Promise.reject(new Error('read')),
    } as unknown as File;
    expect(await readArticleFile(huge)).toEqual({ ok: false, error: 'analyse_file_tooLarge', subs: ['dump.txt'] });
  });

  test('a file that cannot be read says so', async () => {
    const gone = {
      name: 'gone.txt',
      type: 'text/plain',
      size: 10,
      text: () => Promise.reject(new Error('NotFound')),
    } as unknown as File;
    expect(await readArticleFile(gone)).toEqual({ ok: false, error: 'analyse_file_unreadable', subs: ['gone.txt'] });
  });
});

test('normaliseText', () => {
  expect(normaliseText('a\rb\r\nc\n')).toBe('a\nb\nc\n');
});
