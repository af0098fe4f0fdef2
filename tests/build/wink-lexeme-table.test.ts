import { describe, expect, test } from 'vitest';
import { checkLexemeTable, lexemeDictionary, lexemeTable, TABLE_SLOTS } from '../../scripts/wink-lexeme-table.ts';

const words = ['harbour', 'Harbour', 'ferry', "ferry's", 'lantern', 'x', '', 'constructor', 'quay\nside'];

describe("the lexemes' table", () => {
  test('finds every word at its index, a word it lacks nowhere, and learned words in their own Map', () => {
    const table = lexemeTable(words);
    expect(table).toHaveLength(TABLE_SLOTS);
    checkLexemeTable(words, table);
    const dictionary = lexemeDictionary([...words], table);
    expect(words.map((word) => dictionary.get(word))).toEqual(words.map((_, index) => index));
    for (const missing of ['harbours', 'HARBOUR', 'toString', '__proto__', 'ferr']) expect(dictionary.get(missing)).toBeUndefined();
    expect(dictionary.get(7)).toBeUndefined();
    expect(dictionary.set('harbours', 9)).toBe(dictionary);
    expect(dictionary.get('harbours')).toBe(9);
  });

  test('refuses a list with a duplicate, whose first index a Map would have shadowed', () => {
    expect(() => lexemeTable(['quay', 'ferry', 'quay'])).toThrow(/duplicate/);
  });
});
