import { describe, expect, test } from 'vitest';
import { nearEdge, windowAround } from '../../src/page/highlight/window.ts';

describe('windowAround', () => {
  test.each([
    ['a short article, whole', 5, 300, 800, { lo: 0, hi: 300 }],
    ['exactly one window, whole', 0, 800, 800, { lo: 0, hi: 800 }],
    ['centred on the reader', 2_000, 3_000, 800, { lo: 1_600, hi: 2_400 }],
    ['shifted in at the start', 100, 3_000, 800, { lo: 0, hi: 800 }],
    ['shifted in at the end', 2_990, 3_000, 800, { lo: 2_200, hi: 3_000 }],
    ['past the end (all above the viewport)', 3_000, 3_000, 800, { lo: 2_200, hi: 3_000 }],
  ])('%s', (_, centre, count, size, span) => {
    expect(windowAround(centre, count, size)).toEqual(span);
  });
});

describe('nearEdge', () => {
  const span = { lo: 1_000, hi: 1_800 };
  describe('flags', () => {
    test.each([
      ['near the top edge', 1_100],
      ['above the window', 200],
      ['near the bottom edge', 1_700],
      ['below the window', 2_900],
    ])('%s (%i)', (_, at) => expect(nearEdge(span, at, 3_000, 800)).toBe(true));
  });
  describe('does not flag', () => {
    test.each([
      ['the middle', 1_400, span],
      ['just inside the top slack', 1_200, span],
      ['just inside the bottom slack', 1_600, span],
      ['the article start, which has nothing above', 10, { lo: 0, hi: 800 }],
      ['the article end, which has nothing below', 2_999, { lo: 2_200, hi: 3_000 }],
    ])('%s', (_, at, s) => expect(nearEdge(s, at, 3_000, 800)).toBe(false));
  });
});
