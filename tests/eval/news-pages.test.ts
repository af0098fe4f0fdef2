import { describe, expect, test } from 'vitest';
import { wordCoverage, words } from '../../scripts/eval/sets/coverage.ts';
import { newsPages, wireAboveOpinion } from '../../scripts/eval/sets/news-pages.ts';
import { dataFolder, report } from './helpers.ts';

describe('wordCoverage', () => {
  test.each([
    ['The cat sat.', 'the CAT sat, and more', 1],
    ['the the cat', 'the cat', 2 / 3],
    ['a b c d', 'a b', 0.5],
    ['', 'anything', null],
  ])('%s found in %s: %s', (expected, found, share) => {
    if (share === null) expect(wordCoverage(expected, found)).toBeNull();
    else expect(wordCoverage(expected, found)).toBeCloseTo(share);
  });

  test('words ignore punctuation and keep letters of any script', () => {
    expect(words('Māori, “whale” 500!')).toEqual(['māori', 'whale', '500']);
  });
});

describe('wireAboveOpinion', () => {
  const kinds = { Wire: 'wire', Column: 'opinion', Blog: 'opinion' } as const;
  test.each([
    [[80, 20, 30], 1],
    [[25, 20, 30], 0.5],
    [[20, 20, 10], 0.5],
  ])('wire, column, blog scored %o: %s of pairs ordered', ([w, c, b], share) => {
    const pages = [
      { outlet: 'Wire', score: w },
      { outlet: 'Column', score: c },
      { outlet: 'Blog', score: b },
      { outlet: 'Unlisted', score: 99 },
    ];
    expect(wireAboveOpinion(pages, kinds)).toBe(share);
  });

  test('no pairs to order gives null', () => {
    expect(wireAboveOpinion([{ outlet: 'Wire', score: 50 }], kinds)).toBeNull();
  });
});

describe('news-pages', () => {
  const page = (body: string) =>
    `<!doctype html><html><head><title>T</title></head><body><article>${body}</article></body></html>`;
  const para = '<p>The council voted on Tuesday to repair the old bridge over the river before winter arrives.</p>';
  const index = [
    {
      file: 'wire.source.html',
      expected: 'wire.expected.txt',
      outlet: 'Associated Press (hosted.ap.org)',
      url: 'https://example.org/a',
    },
    { file: 'column.source.html', expected: 'column.expected.html', outlet: 'Herald Sun', url: null },
    { file: 'missing.source.html', expected: 'missing.expected.txt', outlet: 'Nowhere', url: null },
  ];
  const dir = dataFolder({
    'news-pages/index.json': JSON.stringify(index),
    'news-pages/wire.source.html': page(para.repeat(4)),
    'news-pages/wire.expected.txt':
      'The council voted on Tuesday to repair the old bridge over the river before winter arrives.',
    'news-pages/column.source.html': page(para),
    'news-pages/column.expected.html': '<p>The council voted <b>on Tuesday</b> to close the library.</p>',
  });
  const result = newsPages.run({ dir, analyzer: (text) => report(text, [], text.length > 200 ? 80 : 20) });
  const figure = (id: string) => result.figures.find((f) => f.id === id)?.value;

  test('a page that cannot be read is a failure, the others still count', () => {
    expect(figure('news-pages/analysed')).toBeCloseTo(2 / 3);
    expect(result.failures).toEqual([expect.stringMatching(/^missing\.source\.html: /)]);
  });

  test('coverage compares the words of the expected text, markup removed', () => {
    // wire: every expected word found; column: 7 of its 9 words found ("close" and "library" are not).
    expect(figure('news-pages/text-coverage')).toBeCloseTo((1 + 7 / 9) / 2);
    expect(result.errors).toEqual([expect.objectContaining({ type: 'fn', record: 'column.source.html' })]);
  });

  test('scores wire above opinion, and prints the score per outlet', () => {
    expect(figure('news-pages/wire-above-opinion')).toBe(1);
    expect(result.notes.find((n) => n.includes('Herald Sun'))).toMatch(/opinion\s+score\s+20/);
  });
});
