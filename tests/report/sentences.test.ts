import { describe, expect, test } from 'vitest';
import { sentenceFinder, sentenceStarts } from '../../src/report/sentences.ts';

/** The sentence around the first occurrence of `phrase`, as text. */
function sentenceAround(text: string, phrase: string, maxLength?: number): string {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" not in text`);
  const s = sentenceFinder(text, maxLength)(start, start + phrase.length);
  return `${s.clippedBefore ? '…' : ''}${text.slice(s.start, s.end)}${s.clippedAfter ? '…' : ''}`;
}

describe('finds the enclosing sentence', () => {
  test.each([
    ['First one. Second one here. Third.', 'one here', 'Second one here.'],
    ['Is it? Yes it is! Fine.', 'it is', 'Yes it is!'],
    ['He said: "It is over." Then he left.', 'over', 'He said: "It is over."'],
    ['Heading without stop\n\nThe body starts here. More.', 'body', 'The body starts here.'],
    ['Heading without stop\n\nThe body starts here.', 'Heading', 'Heading without stop'],
    ['A line that is\nwrapped by hand. Next.', 'wrapped', 'A line that is\nwrapped by hand.'],
    ['Spans cross. Two sentences here. End.', 'cross. Two', 'Spans cross. Two sentences here.'],
    ['  Leading spaces go. Next.', 'Leading', 'Leading spaces go.'],
    ['It rose 3.5 percent today. Next.', 'percent', 'It rose 3.5 percent today.'],
  ])('%j around %j', (text, phrase, expected) => {
    expect(sentenceAround(text, phrase)).toBe(expected);
  });
});

describe('does not break at', () => {
  test.each([
    ['Mr. Smith and Dr. Jones met. Next.', 'Jones', 'Mr. Smith and Dr. Jones met.'],
    ['Officials in the U.S. Army said so. Next.', 'Army', 'Officials in the U.S. Army said so.'],
    ['It costs approx. five dollars. Next.', 'five', 'It costs approx. five dollars.'],
    ['Visit example.com today. Next.', 'today', 'Visit example.com today.'],
  ])('%j', (text, phrase, expected) => {
    expect(sentenceAround(text, phrase)).toBe(expected);
  });
});

describe('long sentences', () => {
  const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
  test('are cut around the span at spaces, and say so', () => {
    const s = sentenceAround(words, 'word100', 60);
    expect(s.startsWith('…word') && s.endsWith('…')).toBe(true);
    expect(s).toContain('word100');
    expect(s.length).toBeLessThanOrEqual(62);
  });
  test('never cut the span itself', () => {
    const span = words.slice(words.indexOf('word10 '), words.indexOf(' word150'));
    expect(sentenceAround(words, span, 60)).toContain(span);
  });
});

describe('sentenceStarts', () => {
  test('is linear: a megabyte of text without full stops is scanned quickly', () => {
    const text = 'a '.repeat(500_000);
    const t0 = performance.now();
    expect(sentenceStarts(text)).toEqual([0]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
