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
    [
      'two apostrophes, as some newspaper archives write double marks',
      "''We are ready,'' said the mayor.",
      ["''We are ready,''"],
    ],
    ['two apostrophes twice in a sentence', "He said ''no'' at first and ''yes'' later.", ["''no''", "''yes''"]],
    ['two apostrophes after an opening bracket', "The sign (''Vote Today'') was taken down.", ["''Vote Today''"]],
    [
      'a quotation over three paragraphs, each opening with a mark and only the last closing',
      'Ms Varga said:\n\n“The river rose four feet overnight.\n\n“We had sandbags on every street by dawn.\n\n“Nobody was hurt.”\n\nThe council meets today.',
      ['“The river rose four feet overnight.', '“We had sandbags on every street by dawn.', '“Nobody was hurt.”'],
    ],
    [
      'a quotation over two paragraphs in straight marks, then the author again',
      '"This is the worst season we have had.\n\n"The players know it," Brandt said.\n\nThe club sits ninth.',
      ['"This is the worst season we have had.', '"The players know it,"'],
    ],
    [
      'a quotation over two paragraphs whose last one never closes either',
      '“We will appeal.\n\n“The ruling is wrong.\n\nThe court declined to comment.',
      ['“We will appeal.', '“The ruling is wrong.'],
    ],
    [
      'paragraphs split by blank lines with Windows line ends and spaces',
      '“First we rebuild the bridge.\r\n \r\n“Then the school,” Okafor said.',
      ['“First we rebuild the bridge.', '“Then the school,”'],
    ],
    [
      'a quotation that opens after a sentence mid-paragraph and runs on into the next paragraphs',
      'The mayor spoke after the vote. “The river rose four feet.\n\n“We had sandbags out by dawn,” she said.',
      ['“The river rose four feet.', '“We had sandbags out by dawn,”'],
    ],
    [
      'a quotation that opens after a speaker’s colon and runs on into the next paragraph',
      'Okafor said: “First we rebuild the bridge.\n\n“Then the school.”\n\nWork starts in May.',
      ['“First we rebuild the bridge.', '“Then the school.”'],
    ],
    [
      'only the next paragraph’s own quotation after a stray mark mid-paragraph',
      'He called it “a mess and left.\n\n“Later,” he said.',
      ['“Later,”'],
    ],
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
    [
      'a stray opening mark mid-paragraph, capped at its paragraph',
      'He called it “a mess and left.\n\nThe talks resume “soon, he said.',
    ],
    ['paragraphs of bare marks', '"\n\n"\n\n"'],
    [
      'a paragraph opening with a mark it never closes, followed by the author',
      '“We will appeal.\n\nThe court declined to comment.',
    ],
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
