/** The exception index gives the same answer as trying every exception at every position before a candidate. */
import { describe, expect, test } from 'vitest';
import { coveredByException, indexExceptions } from '../../src/engine/detectors/rhetoric/exception-index.ts';
import { compileTermVariants, formsOf, matchTerm } from '../../src/engine/detectors/rhetoric/term-pattern.ts';
import { parse } from '../../src/engine/nlp.ts';

const EXCEPTIONS = [
  'heart attack',
  '{det} attack dog',
  'sudden? panic attack',
  'attack|assault on goal',
  'anti-attack',
];
const compiled = EXCEPTIONS.flatMap((e) => compileTermVariants(e, false));
const index = indexExceptions(compiled);

/** The answer by brute force: every exception at every position from four words before. */
function bruteForce(text: string, first: number, end: number): boolean {
  const doc = parse(text);
  const forms = doc.tokens.map(formsOf);
  const limit = doc.sentences[doc.tokens[first].sentence].endToken;
  return compiled.some((ex) => {
    for (let j = Math.max(0, first - 4); j <= first; j++) {
      const exEnd = matchTerm(ex, doc.tokens, forms, j, limit);
      if (exEnd > first && exEnd >= Math.min(end, first + 1)) return true;
    }
    return false;
  });
}

function viaIndex(text: string, first: number, end: number): boolean {
  const doc = parse(text);
  return coveredByException(index, doc.tokens, doc.sentences, doc.tokens.map(formsOf), first, end);
}

describe('exception index', () => {
  test('files exceptions by a required first word, others as any-start', () => {
    expect(index.byWord.get('heart')?.map((t) => t.source)).toEqual(['heart attack']);
    expect(index.byWord.get('assault')?.length).toBe(1);
    expect(index.anyStart.map((t) => t.source).sort()).toEqual(['sudden? panic attack', '{det} attack dog']);
  });

  test.each([
    ['He had a heart attack at home.', 4, 5, true],
    ['They planned an attack at dawn.', 3, 4, false],
    ['The attack dog barked.', 1, 2, true],
    ['A panic attack is frightening.', 2, 3, true],
    ['Their attack on goal was fierce.', 1, 2, true],
    ['Their attack on the city was fierce.', 1, 2, false],
    ['An attack came.', 1, 2, false],
  ])('%s (token %i) covered: %s', (text, first, end, covered) => {
    expect(viaIndex(text, first, end)).toBe(covered);
    expect(bruteForce(text, first, end)).toBe(covered);
  });

  test('a group without exceptions covers nothing', () => {
    const doc = parse('He had a heart attack.');
    expect(coveredByException(indexExceptions([]), doc.tokens, doc.sentences, doc.tokens.map(formsOf), 4, 5)).toBe(
      false,
    );
  });
});
