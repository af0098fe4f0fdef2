/**
 * findPatterns (attribution/patterns.ts) picks its candidates through a first-word mark and an index by first and
 * second word (round 19's speed work). These tests compare it with a plain matcher that tries every pattern a
 * token may open, on random token runs from a small vocabulary: the same matches, the same pattern ids on ties.
 */
import { describe, expect, test } from 'vitest';
import { compilePatternIndex, compilePatterns, findPatterns } from '../../src/engine/detectors/attribution/patterns.ts';
import type { Token } from '../../src/engine/nlp.ts';
import { plainFind, plainList } from './plain-patterns.ts';

/** Invented patterns: optional steps first, between and last, shared first words, a tie between two lists. */
const PATTERNS = [
  'was|is quietly|often? praised',
  'was|is quietly|often? praised|mocked as',
  'was plainly? seen',
  'the|a? rumour goes',
  'a rumour goes round',
  'so - called',
  'often mocked',
  'was seen',
];

/** The plain matcher's reading of the same patterns. */
const PLAIN = plainList(PATTERNS);

const WORDS = [
  'was',
  'is',
  'quietly',
  'often',
  'praised',
  'mocked',
  'as',
  'plainly',
  'seen',
  'the',
  'a',
  'rumour',
  'goes',
  'round',
  'so',
  '-',
  'called',
  'fog',
];

/** A token list from lower-case words (only `lower` matters to the matcher). */
function tokens(words: readonly string[]): Token[] {
  return words.map((w, i) => ({
    index: i,
    text: w,
    lower: w,
    lemma: w,
    pos: 'X',
    type: 'word',
    start: i,
    end: i + 1,
    sentence: 0,
  }));
}

/** A fixed-seed generator, so a failure replays. */
function seeded(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

describe('findPatterns by first and second word', () => {
  const registered = compilePatterns(PATTERNS);
  const unregistered = compilePatternIndex(PATTERNS);

  test('matches a plain matcher on random runs, whole and in part', () => {
    const random = seeded(19);
    for (let run = 0; run < 400; run++) {
      const words = Array.from(
        { length: 1 + Math.floor(random() * 14) },
        () => WORDS[Math.floor(random() * WORDS.length)],
      );
      const t = tokens(words);
      const from = Math.floor(random() * t.length);
      const to = from + Math.floor(random() * (t.length - from + 1));
      const expected = plainFind(PLAIN, t, from, to);
      expect(findPatterns(t, from, to, registered), `${words.join(' ')} [${from}, ${to})`).toEqual(expected);
      expect(findPatterns(t, from, to, unregistered), `${words.join(' ')} [${from}, ${to})`).toEqual(expected);
    }
  });

  test('an optional word between the first and a required one', () => {
    const t = tokens(['fog', 'was', 'quietly', 'praised', 'as', 'fog']);
    expect(findPatterns(t, 0, t.length, registered)).toEqual([{ first: 1, end: 5, id: 1 }]);
    // The range's end cuts the longer pattern off: the shorter one matches.
    expect(findPatterns(t, 0, 4, registered)).toEqual([{ first: 1, end: 4, id: 0 }]);
  });
});
