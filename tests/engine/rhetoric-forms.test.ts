/** A token's match forms come from its own text and lemma, whatever was cached for the same text before. */
import { describe, expect, test } from 'vitest';
import { formsOf } from '../../src/engine/detectors/rhetoric/term-pattern.ts';
import type { Token } from '../../src/engine/nlp.ts';

/** A token with only the fields formsOf reads. */
const token = (text: string, lemma: string | undefined): Token =>
  ({
    index: 0,
    text,
    lower: text.toLowerCase(),
    lemma,
    pos: 'VERB',
    type: 'word',
    start: 0,
    end: text.length,
    sentence: 0,
  }) as Token;

describe('forms of one text with several lemmas', () => {
  test.each([
    ['Saw', 'see', 'see'],
    ['Saw', 'saw', 'saw'],
    ['Saw', 'see', 'see'],
    ['Saw', undefined, 'saw'],
    ['Saw', 'saw', 'saw'],
  ])('%s with lemma %s -> %s', (text, lemma, expected) => {
    expect(formsOf(token(text, lemma)).lemma).toBe(expected);
  });
  test('the same text and lemma share one forms object', () => {
    expect(formsOf(token('Rips', 'rip'))).toBe(formsOf(token('Rips', 'rip')));
  });
});

describe('the keys a token is looked up by', () => {
  test.each([
    ['Saw', 'see', ['saw', 'see']],
    ['rips', 'rip', ['rips', 'rip']],
    ['Smeared', 'smeared', ['smeared', 'smear', 'smeare']],
    ['cannot', undefined, ['cannot']],
    ['Pandora’s', 'pandora’s', ["pandora's", "pandora'"]],
  ])('%s (lemma %s): %j, each once, in this order', (text, lemma, keys) => {
    expect(formsOf(token(text, lemma)).keys).toEqual(keys);
  });
});
