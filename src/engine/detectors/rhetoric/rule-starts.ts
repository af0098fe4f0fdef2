/**
 * The words the pattern rules can start at, found for all of them in one pass. A rule files the word test its
 * own first check makes (on the first token's forms alone); textFacts reads each token's bits from a memo on the
 * shared forms object and keeps each test's tokens in text order. A rule then visits those tokens instead of
 * walking the whole text and skipping the rest at that same test: the same tokens, in the same order.
 */
import type { TokenForms } from './term-pattern.ts';

/** A test on a word's forms alone (no tag, no neighbour): its answer is the same wherever the word occurs. */
type WordTest = (forms: TokenForms) => boolean;

const tests: WordTest[] = [];
/** Bits per memo: one per test. */
const MAX_TESTS = 31;

/** Files a rule's first-word test; returns its number, the index of its token list in TextFacts.starts. */
export function fileStartTest(test: WordTest): number {
  if (tests.length >= MAX_TESTS) throw new Error('rule-starts: too many start tests for one bit mask');
  tests.push(test);
  return tests.length - 1;
}

/** The tests this word passes, as bits; worked out once per distinct word (formsOf shares the object). */
function startBits(forms: TokenForms): number {
  if (forms.startTests === tests.length) return forms.startBits;
  let bits = 0;
  for (let k = 0; k < tests.length; k++) if (tests[k](forms)) bits |= 1 << k;
  forms.startBits = bits;
  forms.startTests = tests.length;
  return bits;
}

/** For each filed test, the indexes of the tokens whose forms pass it, in text order. */
export function startLists(forms: readonly TokenForms[]): number[][] {
  const lists: number[][] = [];
  for (let k = 0; k < tests.length; k++) lists.push([]);
  for (let i = 0; i < forms.length; i++) {
    let bits = startBits(forms[i]);
    while (bits !== 0) {
      const low = bits & -bits;
      lists[31 - Math.clz32(low)].push(i);
      bits ^= low;
    }
  }
  return lists;
}
