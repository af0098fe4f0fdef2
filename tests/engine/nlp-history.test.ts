import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { parse } from '../../src/engine/nlp.ts';

const words = (text: string) => parse(text).tokens.map((t) => t.text);

// wink files every unknown word it meets, and once a word is filed whole its tokenizer stops splitting it
// (src/engine/wink-tokens.ts, tokenizeAsFresh): a text must read the same whatever the process read before.
describe('a text is read the same whatever was read before it', () => {
  test.each([
    ['They backed Vantorski’s.', 'Vantorski’s plan failed.', ['Vantorski', '’s', 'plan', 'failed', '.']],
    [
      "The vote went to Quillimer's.",
      "Quillimer's aide said the bill would pass.",
      ['Quillimer', "'s", 'aide', 'said'],
    ],
  ])('after %s', (before, text, expected) => {
    const fresh = words(text);
    expect(fresh.slice(0, expected.length)).toEqual(expected);
    words(before);
    expect(words(text)).toEqual(fresh);
  });

  test('the findings of a sentence do not change after the same name was met at a sentence end', () => {
    const text = "Delacroixe's announcement of his plan came on Monday.";
    const first = analyze(text).findings.map((f) => `${f.rule}|${f.text}`);
    analyze("Nobody expected the result, least of all Delacroixe’s or Delacroixe's.");
    expect(analyze(text).findings.map((f) => `${f.rule}|${f.text}`)).toEqual(first);
  });
});
