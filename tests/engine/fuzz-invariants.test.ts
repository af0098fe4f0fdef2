/**
 * The fuzz test is only as good as its contract checker: this proves the checker catches each kind of
 * broken report (so a passing fuzz run means something) and accepts a correct one.
 */
import { describe, expect, test } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.ts';
import { reportViolations } from './fuzz-invariants.ts';

const TEXT = 'Officials said the plant 😀 will close.';

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'f1',
    kind: 'attribution',
    source: 'vague',
    start: 0,
    end: 14,
    text: 'Officials said',
    rule: 'test/rule',
    confidence: 0.8,
    explanation: 'Who are these officials?',
    inQuote: false,
    ...overrides,
  } as Finding;
}

function report(findings: Finding[], score: Partial<Report['score']> = {}): Report {
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: 'test' },
    text: { length: TEXT.length, words: 7, sentences: 1, language: 'en' },
    findings,
    score: {
      value: 40,
      grade: 'mixed',
      components: [{ id: 'c', label: 'c', weight: 10, value: 0.5, findingIds: ['f1'] }],
      ...score,
    },
  };
}

const emoji = TEXT.indexOf('😀');

describe('flags', () => {
  test.each([
    ['an end past the text', /offsets outside/, [finding({ end: TEXT.length + 1, text: TEXT.slice(0) })]],
    ['a negative start', /offsets outside/, [finding({ start: -1 })]],
    ['an empty span', /offsets outside/, [finding({ start: 3, end: 3, text: '' })]],
    ['a fractional offset', /offsets outside/, [finding({ end: 13.5 })]],
    ['text that is not the slice', /is not text\.slice/, [finding({ text: 'officials said' })]],
    [
      'a span that splits an emoji',
      /surrogate pair/,
      [finding({ start: emoji + 1, end: emoji + 2, text: TEXT.slice(emoji + 1, emoji + 2) })],
    ],
    ['a repeated id', /repeated/, [finding(), finding({ start: 15, end: 18, text: 'the' })]],
    [
      'findings out of order',
      /before the previous/,
      [finding({ id: 'f1', start: 15, end: 18, text: 'the' }), finding({ id: 'f2' })],
    ],
    ['a span shifted onto the space before its word', /off its words/, [finding({ start: 9, end: 14, text: ' said' })]],
    ['a span shifted off the end of its word', /off its words/, [finding({ start: 10, end: 15, text: 'said ' })]],
    ['an empty explanation', /empty explanation/, [finding({ explanation: '  ' })]],
    ['a confidence above 1', /confidence/, [finding({ confidence: 1.2 })]],
    [
      'a claim sourced by a missing attribution',
      /sourceFindingId/,
      [
        finding(),
        finding({
          id: 'f2',
          kind: 'claim',
          claimType: 'factual',
          sourcing: 'named',
          sourceFindingId: 'f9',
          start: 15,
          end: 38,
          text: TEXT.slice(15, 38),
        } as Partial<Finding>),
      ],
    ],
  ])('%s', (_name, expected, findings) => {
    expect(reportViolations(TEXT, report(findings as Finding[])).join('\n')).toMatch(expected);
  });

  test.each([
    ['a score above 100', /outside 0\.\.100/, { value: 101 }],
    ['a score that is not a number', /outside 0\.\.100/, { value: Number.NaN }],
    [
      'a component naming an unknown finding',
      /unknown finding/,
      { components: [{ id: 'c', label: 'c', weight: 1, value: 0, findingIds: ['f7'] }] },
    ],
  ])('%s', (_name, expected, score) => {
    expect(reportViolations(TEXT, report([finding()], score)).join('\n')).toMatch(expected);
  });
});

describe('does not flag', () => {
  test.each([
    ['no findings at all', []],
    ['one correct finding', [finding()]],
    ['a span that ends right after an emoji', [finding({ start: emoji, end: emoji + 2, text: '😀' })]],
    [
      'two findings starting together',
      [
        finding(),
        finding({ id: 'f2', kind: 'rhetoric', technique: 'hedge', end: 9, text: 'Officials' } as Partial<Finding>),
      ],
    ],
  ])('%s', (_name, findings) => {
    const components = findings.length > 0 ? undefined : [];
    expect(reportViolations(TEXT, report(findings as Finding[], components ? { components } : {}))).toEqual([]);
  });

  test('a link span the page passed in, even one with odd edges', () => {
    const link = { start: emoji + 1, end: emoji + 8, href: 'https://example.org' };
    const linked = finding({ start: link.start, end: link.end, text: TEXT.slice(link.start, link.end) });
    expect(reportViolations(TEXT, report([linked]), [link])).toEqual([]);
  });
});
