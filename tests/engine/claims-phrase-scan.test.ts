/** The one-pass scan of several phrase lists gives, list by list, the answer a scan of each list alone gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compilePatternIndex, compilePatterns, findPatterns } from '../../src/engine/detectors/attribution/patterns.ts';
import { listsFound, mergePhraseLists } from '../../src/engine/detectors/claims/phrase-scan.ts';
import { wordMark, MARK } from '../../src/engine/detectors/claims/word-marks.ts';
import { CAUSAL_PHRASES, OPINION_PHRASES, PREDICTION_PHRASES } from '../../src/engine/lexicon/claims-markers.ts';
import { ANONYMITY_PHRASES } from '../../src/engine/lexicon/sources-anonymous.ts';
import { parse } from '../../src/engine/nlp.ts';

// Made-up lists: an optional first word, alternatives, and two lists sharing a first word ("go").
const LISTS = [['go home|away'], ['go to? school'], ['very? late'], ['stop']];
const MERGED = mergePhraseLists(LISTS);

/** The bitmask of the lists found in the whole of `text`. */
function found(text: string, lists = MERGED): number {
  const doc = parse(text);
  return listsFound(doc.tokens, 0, doc.tokens.length, lists);
}

describe('flags', () => {
  test.each([
    ['They go home now.', 0b0001],
    ['They go to school and go away.', 0b0011],
    ['We go school late.', 0b0110],
    ['It is very late, stop.', 0b1100],
  ])('%s -> %i', (text, bits) => {
    expect(found(text)).toBe(bits);
  });
});

describe('does not flag', () => {
  test.each([['They go to the park.'], ['The latest news.'], ['The stops were many.']])('%s', (text) => {
    expect(found(text)).toBe(0);
  });
});

describe('agrees with scanning each list alone', () => {
  const lists = [CAUSAL_PHRASES, PREDICTION_PHRASES, OPINION_PHRASES];
  const merged = mergePhraseLists(lists);
  const alone = lists.map((l) => compilePatterns(l));
  const doc = parse(readFileSync(new URL('../../samples/north-waziristan-raid.txt', import.meta.url), 'utf8'));
  test.each(doc.sentences.map((s) => [s.index, s] as const))('sentence %i', (_i, s) => {
    const bits = listsFound(doc.tokens, s.firstToken, s.endToken, merged);
    alone.forEach((index, list) => {
      const expected = findPatterns(doc.tokens, s.firstToken, s.endToken, index).length > 0;
      expect((bits & (1 << list)) !== 0).toBe(expected);
    });
  });
});

describe('word marks', () => {
  test.each([
    ['per', MARK.rate],
    ['thirds', MARK.fraction],
    ['you', MARK.secondPerson],
    ['most', MARK.comparative | MARK.ranking],
  ])('%s', (word, bits) => {
    expect(wordMark(word) & bits).toBe(bits);
  });
  test('an unlisted word has no mark', () => {
    expect(wordMark('halves')).toBe(0);
  });
  test('more than 31 lists is refused', () => {
    expect(() => mergePhraseLists(Array.from({ length: 32 }, () => ['x']))).toThrow(/31/);
  });
});

describe('findPatterns: the shared first-word marks find what a lookup per token finds', () => {
  const doc = parse(readFileSync(new URL('../../samples/north-waziristan-raid.txt', import.meta.url), 'utf8'));
  // compilePatternIndex registers nothing, so findPatterns scans it with a map lookup at every token.
  const lists = [ANONYMITY_PHRASES, CAUSAL_PHRASES, OPINION_PHRASES];
  test.each(lists.map((list, i) => [i, list] as const))('list %i, every sentence', (_i, list) => {
    const marked = compilePatterns(list);
    const plain = compilePatternIndex(list);
    for (const s of doc.sentences)
      expect(findPatterns(doc.tokens, s.firstToken, s.endToken, marked)).toEqual(
        findPatterns(doc.tokens, s.firstToken, s.endToken, plain),
      );
  });
  test('an index compiled after the text was first scanned still finds its phrases', () => {
    const tokens = parse('The ferry left at noon, then the dock master waved.').tokens;
    expect(findPatterns(tokens, 0, tokens.length, compilePatterns(['ferry left']))).toHaveLength(1);
    const later = compilePatterns(['dock master waved|smiled']);
    expect(findPatterns(tokens, 0, tokens.length, later)).toEqual([{ first: 8, end: 11, id: 0 }]);
  });
  test('indexes past the 31 that get a bit are still scanned', () => {
    const tokens = parse('The choir sang loudly.').tokens;
    const many = Array.from({ length: 40 }, () => compilePatterns(['choir sang']));
    for (const index of many)
      expect(findPatterns(tokens, 0, tokens.length, index)).toEqual([{ first: 1, end: 3, id: 0 }]);
  });
  test('a token no pattern starts with is never a match, at any position', () => {
    const tokens = parse('Sang the choir, choir sang.').tokens;
    expect(findPatterns(tokens, 0, tokens.length, compilePatterns(['choir sang']))).toEqual([
      { first: 4, end: 6, id: 0 },
    ]);
  });
});
