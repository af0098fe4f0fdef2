/** Matching a student's marks with findings: same family and at least one shared character. */
import { describe, expect, test } from 'vitest';
import { compareMarks, isMarkable, outcomeOf, overlaps } from '../../src/teach/match.ts';
import type { Finding } from '../../src/engine/types.ts';
import type { StudentMark } from '../../src/teach/types.ts';
import { FINDINGS, mark, spanOf } from './fixtures.ts';

const ids = (findings: { id: string }[]) => findings.map((f) => f.id);

describe('matches', () => {
  test.each([
    ['the exact words', mark('slammed', 'rhetoric'), ['f1']],
    ['a part of a finding', mark('experts', 'weak-source'), ['f3']],
    ['more than a finding', mark('Critics slammed the', 'rhetoric'), ['f1']],
    ['two findings of the family at once', mark('slammed the reckless', 'rhetoric'), ['f1', 'f2']],
    ['a few words of an unsourced sentence', mark('cost doubled', 'unsourced'), ['f4']],
    ['a mark across sentences, for the family it shares', mark('say. The bridge', 'unsourced'), ['f4']],
  ])('%s', (_, m, expected) => {
    const result = compareMarks([m], FINDINGS);
    expect(result.matches).toHaveLength(1);
    expect(ids(result.matches[0].findings)).toEqual(expected);
    expect(result.extras).toEqual([]);
  });
});

describe('does not match', () => {
  test.each([
    ['a mark of the wrong kind', mark('slammed', 'unsourced'), 'f1'],
    ['a vague source marked as loaded', mark('experts say', 'rhetoric'), 'f3'],
  ])('%s, and says what Sourcelight saw there', (_, m, other) => {
    const result = compareMarks([m], FINDINGS);
    expect(result.matches).toEqual([]);
    expect(result.extras).toEqual([{ mark: m, otherFinding: expect.objectContaining({ id: other }) }]);
  });

  test.each([
    ['words just before a finding (touching, not overlapping)', mark('Critics ', 'rhetoric')],
    ['words with no finding', mark('plan', 'rhetoric')],
    ['a named source (never a target)', mark('Mayor Ana Ruiz', 'weak-source')],
  ])('%s', (_, m) => {
    const result = compareMarks([m], FINDINGS);
    expect(result.matches).toEqual([]);
    expect(result.extras).toEqual([{ mark: m }]);
  });
});

describe('counts and misses', () => {
  test('named sources are neither counted nor missed', () => {
    expect(FINDINGS.filter(isMarkable).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4']);
    const result = compareMarks([], FINDINGS);
    expect(ids(result.misses)).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(result.counts).toEqual({ findings: 4, found: 0, missed: 4, marks: 0, matched: 0, extra: 0 });
  });

  test('two marks on one finding find it once; marks come back in text order', () => {
    const marks: StudentMark[] = [mark('cost', 'unsourced'), mark('slammed', 'rhetoric'), mark('bridge', 'unsourced')];
    const result = compareMarks(marks, FINDINGS);
    expect(result.matches.map((m) => m.mark.start)).toEqual([
      spanOf('slammed').start,
      spanOf('bridge').start,
      spanOf('cost').start,
    ]);
    expect(ids(result.misses)).toEqual(['f2', 'f3']);
    expect(result.counts).toEqual({ findings: 4, found: 2, missed: 2, marks: 3, matched: 3, extra: 0 });
  });

  test.each([
    [[], 'none'],
    [[mark('slammed', 'rhetoric')], 'some'],
    [[mark('slammed', 'rhetoric'), mark('experts', 'weak-source')], 'most'],
    [
      [
        mark('slammed', 'rhetoric'),
        mark('experts', 'weak-source'),
        mark('plan', 'rhetoric'),
        mark('May', 'unsourced'),
        mark('Critics', 'rhetoric'),
      ],
      'some',
    ],
    [[mark('slammed the reckless', 'rhetoric'), mark('say', 'weak-source'), mark('doubled', 'unsourced')], 'all'],
  ] as Array<[StudentMark[], string]>)('outcome of %j is %s', (marks, outcome) => {
    expect(outcomeOf(compareMarks(marks, FINDINGS))).toBe(outcome);
  });

  test('nothing to find', () => {
    expect(outcomeOf(compareMarks([mark('plan', 'rhetoric')], [FINDINGS[4]]))).toBe('nothing');
  });
});

describe('the sweep finds what checking every pair finds', () => {
  // Spans laid out by a fixed rule: long and short, nested, touching, given out of order.
  const spans = (n: number, seed: number) =>
    Array.from({ length: n }, (_, i) => {
      const start = (i * seed * 7) % 97;
      return { start, end: start + 1 + ((i * seed) % 23) };
    });
  test.each([
    [5, 3],
    [40, 11],
    [60, 29],
  ])('%i marks and findings, layout %i', (n, seed) => {
    const findings: Finding[] = spans(n, seed)
      .map((s, i) => ({ ...FINDINGS[i % 4], ...s, id: `g${i}` }))
      .sort((a, b) => a.start - b.start);
    const marks = spans(n, seed + 1).map((s, i): StudentMark => ({ id: `m${i}`, ...s, kind: 'rhetoric' }));
    const result = compareMarks(marks, findings);
    const byMark = new Map<string, string[]>([
      ...result.matches.map((m): [string, string[]] => [m.mark.id, ids(m.findings)]),
      ...result.extras.map((e): [string, string[]] => [
        e.mark.id,
        e.otherFinding ? [`other ${e.otherFinding.id}`] : [],
      ]),
    ]);
    // Slow and plainly right: every finding tried against every mark.
    for (const m of marks) {
      const under = findings.filter((f) => isMarkable(f) && overlaps(m, f));
      const same = under.filter((f) => f.kind === 'rhetoric');
      const expected = same.length > 0 ? ids(same) : under.length > 0 ? [`other ${under[0].id}`] : [];
      expect(byMark.get(m.id), m.id).toEqual(expected);
    }
    expect(result.counts.found).toBe(new Set([...byMark.values()].flat().filter((id) => !id.startsWith('other'))).size);
  });
});

describe('overlaps', () => {
  test.each([
    [{ start: 0, end: 5 }, { start: 4, end: 9 }, true],
    [{ start: 0, end: 5 }, { start: 5, end: 9 }, false],
    [{ start: 3, end: 4 }, { start: 0, end: 9 }, true],
    [{ start: 9, end: 12 }, { start: 0, end: 9 }, false],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});
