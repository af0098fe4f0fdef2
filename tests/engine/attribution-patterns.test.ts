/** The phrase-pattern matcher: longest matches, optional words, and the second-word look-up that rules patterns out early. */
import { describe, expect, test } from 'vitest';
import { compilePatterns, findPatterns } from '../../src/engine/detectors/attribution/patterns.ts';
import { parse } from '../../src/engine/nlp.ts';

const INDEX = compilePatterns([
  'is widely believed',
  'is believed',
  'was|is thought to',
  'is said? to be',
  'widely? reported',
  'on condition of anonymity',
]);

/** The matched words and pattern ids of a sentence. */
function matches(text: string): [string, number][] {
  const doc = parse(text);
  return findPatterns(doc.tokens, 0, doc.tokens.length, INDEX).map((m) => [
    doc.tokens
      .slice(m.first, m.end)
      .map((t) => t.text)
      .join(' '),
    m.id,
  ]);
}

describe('findPatterns', () => {
  test.each([
    ['The plan is widely believed to fail.', [['is widely believed', 0]]],
    ['The plan is believed to fail.', [['is believed', 1]]],
    ['The bridge was thought to be safe.', [['was thought to', 2]]],
    ['The dam is to be rebuilt.', [['is to be', 3]]],
    ['The dam is said to be unsafe.', [['is said to be', 3]]],
    ['The fire was widely reported.', [['widely reported', 4]]],
    ['The fire was reported at noon.', [['reported', 4]]],
    ['She spoke on condition of anonymity.', [['on condition of anonymity', 5]]],
    // Near misses: the second word rules the pattern out, or the sentence ends after the first word.
    ['The plan is popular.', []],
    ['What it is.', []],
    ['She spoke on condition that she stay unnamed.', []],
  ])('%s', (text, expected) => {
    expect(matches(text)).toEqual(expected);
  });

  test('a match never runs past the range it is given', () => {
    const doc = parse('The plan is believed to fail.');
    const is = doc.tokens.findIndex((t) => t.lower === 'is');
    expect(findPatterns(doc.tokens, 0, is + 1, INDEX)).toEqual([]);
    expect(findPatterns(doc.tokens, 0, is + 2, INDEX)).toEqual([{ first: is, end: is + 2, id: 1 }]);
  });
});
