import { describe, expect, test } from 'vitest';
import { readArticle } from '../../src/background/read-article.ts';

/** A snapshot as the page makes it: every element indexed, well formed. */
function snapshotOf(paragraphs: string[]): string {
  let i = 10;
  const body = paragraphs.map((p) => `<p data-sl="${i++}">${p}</p>`).join('');
  return `<!DOCTYPE html><html data-sl="0"><head data-sl="1"><title data-sl="2">Story</title></head><body data-sl="3"><article data-sl="4">${body}</article></body></html>`;
}

const prose = (n: number) =>
  `Paragraph ${n} of a news story, long enough that Readability treats it as prose, with commas, clauses, and the sort of detail a report has, such as the time, the place, and who said what.`;

describe('readArticle', () => {
  test('returns the article as runs of text tied to snapshot elements, blocks separated', () => {
    const outline = readArticle(snapshotOf([prose(1), prose(2), prose(3), prose(4)]), 'https://news.example/a');
    expect(outline?.runs.map((r) => [r.element, r.before])).toEqual([
      [10, ''],
      [11, '\n\n'],
      [12, '\n\n'],
      [13, '\n\n'],
    ]);
    expect(outline?.runs[0].text).toBe(prose(1));
    expect(outline?.meta.title).toBe('Story');
  });

  test('keeps links as absolute URLs with the index of their <a>, and line breaks', () => {
    const html = snapshotOf([
      `${prose(1)} See <a data-sl="50" href="/docs/report.pdf">the report</a>.`,
      `${prose(2)}<br data-sl="51"/>A second line.`,
      prose(3),
    ]);
    const runs = readArticle(html, 'https://news.example/story/1')?.runs ?? [];
    expect(runs.find((r) => r.text === 'the report')?.link).toEqual({ element: 50, href: 'https://news.example/docs/report.pdf' });
    expect(runs.find((r) => r.text === 'A second line.')?.before).toBe('\n');
  });

  test('a page with one short line gives just that line (the page then decides it is too short)', () => {
    const outline = readArticle('<!DOCTYPE html><html data-sl="0"><body data-sl="1"><p data-sl="2">Hi.</p></body></html>', 'https://x.example/');
    expect(outline?.runs.map((r) => r.text).join('')).toBe('Hi.');
  });

  test('an empty document has no article', () => {
    expect(readArticle('<!DOCTYPE html><html data-sl="0"><body data-sl="1"></body></html>', 'https://x.example/')).toBeNull();
  });
});
