/** The one-pass scan of several phrase lists gives, list by list, the answer a scan of each list alone gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compilePatterns, findPatterns } from '../../src/engine/detectors/attribution/patterns.ts';
import { listsFound, mergePhraseLists } from '../../src/engine/detectors/claims/phrase-scan.ts';
import { wordMark, MARK } from '../../src/engine/detectors/claims/word-marks.ts';
import { CAUSAL_PHRASES, OPINION_PHRASES, PREDICTION_PHRASES } from '../../src/engine/lexicon/claims-markers.ts';
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
