/**
 * Engine fuzzing (issue 5): hostile and broken input never makes analyze() throw or break the contract, and
 * time stays linear. Deterministic: fixed seeds, and every failure prints the generator call that replays it.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { AnalyzeOptions } from '../../src/engine/types.ts';
import { reportViolations } from './fuzz-invariants.ts';
import { caseRandom, seededRandom } from './fuzz-random.ts';
import { hostileCases } from './fuzz-hostile.ts';
import {
  damagedNews,
  newsOfLength,
  noPunctuationLine,
  randomLinks,
  unicodeSoup,
  WINK_DROPPED_SPACES,
} from './fuzz-text.ts';
import { longWordMsPerChar, timeLadder } from './fuzz-timing.ts';

const SEED = 0x5eed_2026;
const SOUP_CASES = 1_500;
const NEWS_CASES = 1_000;
/** Per-character cost at 1 MB may be at most this multiple of the cost at 100 KB (generous: GC, cache). */
const LINEAR_FACTOR = 4;

/** How many findings problems() has checked so far: proof that the fuzzing reached the detectors' output. */
let findingsChecked = 0;

/** Analyses the text; a throw, a contract violation or (when asked) a second run that differs is a problem. */
function problems(text: string, options?: AnalyzeOptions, twice = false): string[] {
  try {
    const report = analyze(text, options);
    findingsChecked += report.findings.length;
    const found = reportViolations(text, report, options?.links);
    // A second run must give the same report: a shared /g regex or module state would make it differ.
    if (twice && JSON.stringify(analyze(text, options)) !== JSON.stringify(report))
      found.push('a second run gave another report');
    return found;
  } catch (error) {
    return [
      `threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' | ') : String(error)}`,
    ];
  }
}

/** A failure line that can be replayed: the generator call, the input (abridged) and what broke. */
function failure(replay: string, text: string, found: string[]): string {
  return `${replay} ${JSON.stringify(text.slice(0, 120))}: ${found.slice(0, 3).join('; ')}`;
}

const prose = newsOfLength(3_000);

describe('analyze() survives hostile input and keeps the contract', () => {
  test.each(hostileCases(prose))('%s', (_name, text) => {
    expect(problems(text, undefined, true)).toEqual([]);
  });
});

describe(`random input (seed 0x${SEED.toString(16)})`, () => {
  test(`${SOUP_CASES} texts of random Unicode`, () => {
    const failures: string[] = [];
    for (let i = 0; i < SOUP_CASES; i++) {
      const text = unicodeSoup(caseRandom(SEED, i), 120);
      const found = problems(text, undefined, i % 10 === 0);
      if (found.length > 0) failures.push(failure(`unicodeSoup(caseRandom(SEED, ${i}), 120)`, text, found));
    }
    expect(failures.slice(0, 5), `${failures.length} of ${SOUP_CASES} cases failed`).toEqual([]);
  }, 60_000);

  test(`${NEWS_CASES} damaged news texts with broken link spans`, () => {
    const failures: string[] = [];
    const checkedBefore = findingsChecked;
    for (let i = 0; i < NEWS_CASES; i++) {
      const random = caseRandom(SEED + 1, i);
      const text = damagedNews(random, 1_000);
      const found = problems(text, { links: randomLinks(random, text.length) }, i % 10 === 0);
      if (found.length > 0) failures.push(failure(`damagedNews(caseRandom(SEED + 1, ${i}), 1_000)`, text, found));
    }
    expect(failures.slice(0, 5), `${failures.length} of ${NEWS_CASES} cases failed`).toEqual([]);
    // News prose is full of sources, claims and loaded words: if no finding came back, nothing was fuzzed.
    expect(findingsChecked - checkedBefore).toBeGreaterThan(NEWS_CASES);
  }, 60_000);
});

// Regression: wink-nlp drops twelve white-space characters from its tokens (neither a token nor part of
// precedingSpaces). When src/engine/nlp.ts summed token lengths, every later finding shifted left by one
// character per occurrence: analyze('\u2028It was reportedly closed.') reported " reportedl".
test('findings stay on their words after the white space wink drops', () => {
  const failures: string[] = [];
  for (const space of WINK_DROPPED_SPACES) {
    const text = `${space}${prose.replace(/\n\n/g, space)}`;
    const found = problems(text);
    if (found.length > 0) failures.push(`U+${space.charCodeAt(0).toString(16)}: ${found[0]}`);
  }
  for (let i = 0; i < 300; i++) {
    const text = unicodeSoup(caseRandom(SEED + 3, i), 120);
    const found = problems(text);
    if (found.length > 0) failures.push(failure(`unicodeSoup(caseRandom(SEED + 3, ${i}), 120)`, text, found));
  }
  expect(failures.slice(0, 5)).toEqual([]);
}, 60_000);

describe('time stays linear in the length of the text', () => {
  test.each([
    ['news prose', () => newsOfLength(1_000_000)],
    ['one 1 MB line with no punctuation', () => noPunctuationLine(1_000_000, seededRandom(SEED))],
    // One sentence of a thousand speakers: each new cue is checked against those before it (found-list.ts FoundIndex).
    ['one 1 MB line of aged speakers', () => 'The defendant , 41 , told '.repeat(40_000).slice(0, 1_000_000)],
    ['one 1 MB line of crowds of a quoted title', () => "Critics of 'X' said ".repeat(50_000).slice(0, 1_000_000)],
    // Unclosed curly quotation marks, mid-clause and after a full stop: each used to scan to its paragraph's end.
    [
      'one 1 MB line of unclosed quotation marks',
      () => '\u201Cthe depot will close. \u201CIt '.repeat(34_000).slice(0, 1_000_000),
    ],
  ])(
    `%s: 1 MB costs under ${LINEAR_FACTOR}x per character what 100 KB does`,
    (_name, makeText) => {
      const ladder = timeLadder(makeText());
      expect(ladder.stoppedEarly).toBeUndefined();
      const [small, , large] = ladder.rungs;
      expect(large.msPerChar / small.msPerChar).toBeLessThan(LINEAR_FACTOR);
      const { text, report } = ladder.largest ?? { text: '', report: analyze('') };
      expect(reportViolations(text, report)).toEqual([]);
    },
    60_000,
  );

  // Regression: wink-nlp's tokenizer is quadratic in the length of one run without white space (a 40,000-letter
  // word cost 10-20x per character what a 4,000-letter word did); a base64 blob or a minified line in a page
  // would stall analysis for minutes. src/engine/nlp.ts now cuts overlong runs in the copy wink reads.
  test(`one long word: 40,000 letters cost under ${LINEAR_FACTOR}x per character what 4,000 do`, () => {
    const random = seededRandom(SEED + 2);
    longWordMsPerChar(4_000, random); // warm-up
    const small = Math.min(...[1, 2, 3].map(() => longWordMsPerChar(4_000, random)));
    const large = longWordMsPerChar(40_000, random);
    expect(large / small).toBeLessThan(LINEAR_FACTOR);
  }, 60_000);
});
