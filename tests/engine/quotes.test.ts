/** Table-driven tests of direct-quotation spans: which marks open and close a quotation, and which do not. */
import { describe, expect, test } from 'vitest';
import { findQuotes, isInside } from '../../src/engine/quotes.ts';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('flags', () => {
  test.each([
    ['straight double marks', '"We are ready," said the mayor.', ['"We are ready,"']],
    ['curly double marks', 'She said: “It is over.” Then she left.', ['“It is over.”']],
    ['guillemets', '«Nous gagnerons», a-t-il dit.', ['«Nous gagnerons»']],
    ['curly single marks with an apostrophe inside', '‘We don’t know,’ he said.', ['‘We don’t know,’']],
    ['two apostrophes, as some newspaper archives write double marks', "''We are ready,'' said the mayor.", ["''We are ready,''"]],
    ['two apostrophes twice in a sentence', "He said ''no'' at first and ''yes'' later.", ["''no''", "''yes''"]],
    ['two apostrophes after an opening bracket', "The sign (''Vote Today'') was taken down.", ["''Vote Today''"]],
  ])('%s', (_name, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('does not flag', () => {
  test.each([
    ['a plural possessive before an apostrophe', "The teachers' union and the nurses' union met."],
    ['two apostrophes straight after a letter', "The students'' books were late."],
    ['an unclosed mark', 'He said "we will see and walked out.'],
    ['a quotation that would run past a paragraph break', "''It starts here.\n\nAnd ends here.''"],
    ['three apostrophes (wiki bold markup)', "'''Bold''' text is not a quotation."],
  ])('%s', (_name, text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('isInside', () => {
  test('a span inside a two-apostrophe quotation is inside; one straddling its end is not', () => {
    const text = "''Nobody knows,'' she said.";
    const spans = findQuotes(text);
    expect(isInside(spans, 2, 9)).toBe(true);
    expect(isInside(spans, 10, 20)).toBe(false);
  });
});
