import { describe, expect, test } from 'vitest';
import { approximateMatches } from '../../src/report/fuzzy-match.ts';

describe('finds approximate occurrences', () => {
  test.each([
    ['one changed letter', 'the council voted to raise prices', 'the council voted to rise prices', 0],
    ['a word replaced', 'left at least a dozen dead in the valley', 'left at least a dozen killed in the valley', 0],
    ['an inserted word', 'prices will rise in March next year', 'prices will rise in early March next year', 0],
  ])('%s', (_name, pattern, text) => {
    const [match] = approximateMatches(text, pattern, Math.floor(pattern.length * 0.2)).matches;
    expect(match).toBeDefined();
    expect(match.errors).toBeGreaterThan(0);
    expect(text.slice(match.start, match.end).startsWith(text.slice(0, 5))).toBe(true);
    expect(match.end).toBeGreaterThanOrEqual(text.length - 2);
  });

  test('reports each distinct place once', () => {
    const text = 'alpha beta gamma. then alpha beta gamme.';
    const matches = approximateMatches(text, 'alpha beta gamma', 3).matches;
    expect(matches.map((m) => text.slice(m.start, m.end)).sort()).toEqual(['alpha beta gamma', 'alpha beta gamme']);
  });
});

describe('does not find', () => {
  test.each([
    ['a different sentence', 'the council voted to raise prices', 'nobody expected the storm to come today'],
    ['too many changes', 'the council voted to raise prices', 'a counsel noted the rise in price'],
    ['an empty pattern', '', 'anything'],
  ])('%s', (_name, pattern, text) => {
    expect(approximateMatches(text, pattern, Math.floor(pattern.length * 0.2)).matches).toEqual([]);
  });

  test('beyond its budget: cost is bounded on a huge repetitive text', () => {
    const text = 'the cat sat on the mat. '.repeat(40_000);
    const t0 = performance.now();
    const { spent } = approximateMatches(text, 'the dog sat on the rug and barked at the mat', 8, 0, 500_000);
    expect(spent).toBeLessThanOrEqual(500_000);
    expect(performance.now() - t0).toBeLessThan(1000); // about 60 ms here
  });
});
