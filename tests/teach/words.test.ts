/** Keyboard selection by words: arrows pick a word, Shift+arrows grow or shrink from the end that last moved. */
import { describe, expect, test } from 'vitest';
import { stepWord, type WordSelection, type WordStep, wordSpans } from '../../src/teach/words.ts';

const TEXT = 'Officials’ well-known plan, 2,000 jobs.';
const WORDS = wordSpans(TEXT);
const words = (s: WordSelection | null) => (s ? TEXT.slice(s.start, s.end) : null);

test('words keep inner apostrophes and hyphens, and leave punctuation out', () => {
  expect(WORDS.map((w) => TEXT.slice(w.start, w.end))).toEqual(['Officials', 'well-known', 'plan', '2', '000', 'jobs']);
});

/** Presses the keys in order from no selection; returns the selected words. */
function press(keys: string): string | null {
  let selection: WordSelection | null = null;
  for (const key of keys.split(' ')) {
    const step: WordStep = { direction: key.endsWith('→') ? 'next' : 'previous', extend: key.startsWith('⇧') };
    selection = stepWord(WORDS, selection, step);
  }
  return words(selection);
}

describe('moves and selects', () => {
  test.each([
    ['→', 'Officials'],
    ['←', 'jobs'],
    ['→ →', 'well-known'],
    ['→ → ←', 'Officials'],
    ['→ ⇧→', 'Officials’ well-known'],
    ['→ ⇧→ ⇧→', 'Officials’ well-known plan'],
    ['→ ⇧→ ⇧→ ⇧←', 'Officials’ well-known'],
    ['→ → → ⇧←', 'well-known plan'],
    ['→ → → ⇧← ⇧←', 'Officials’ well-known plan'],
    ['→ → → ⇧← ⇧→', 'plan'],
    ['→ ⇧→ →', 'plan'],
  ])('%s selects %s', (keys, expected) => {
    expect(press(keys)).toBe(expected);
  });
});

describe('stays put at the ends', () => {
  test.each([
    ['→ ←', 'Officials'],
    ['← →', 'jobs'],
    ['← ⇧→', 'jobs'],
    ['→ ⇧←', 'Officials'],
    ['→ ⇧→ ←', 'Officials’ well-known'],
  ])('%s keeps %s', (keys, expected) => {
    expect(press(keys)).toBe(expected);
  });
});

test('a text with no words selects nothing', () => {
  expect(stepWord(wordSpans(' … — '), null, { direction: 'next', extend: false })).toBeNull();
});
