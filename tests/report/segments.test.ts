import { describe, expect, test } from 'vitest';
import { segmentText } from '../../src/report/segments.ts';
import { buildReport } from './build-report.ts';

const TEXT = 'The big bad wolf ate the pig.';

/** Segments as "text[ids]" strings, for readable expectations. */
function show(cuts: number[] = []) {
  const report = buildReport(TEXT, [
    { find: 'big bad wolf', kind: 'claim', claimType: 'factual', sourcing: 'none' },
    { find: 'bad', kind: 'rhetoric', technique: 'loaded-language' },
    { find: 'wolf ate', kind: 'rhetoric', technique: 'figurative' },
  ]);
  return segmentText(TEXT.length, report.findings, cuts).map(
    (s) => `${TEXT.slice(s.start, s.end)}[${s.findings.map((f) => f.id).join(',')}]`,
  );
}

describe('segmentText', () => {
  test('cuts overlapping and nested findings into segments that carry every finding covering them', () => {
    expect(show()).toEqual([
      'The [f1]'.replace('[f1]', '[]'),
      'big [f1]',
      'bad[f1,f2]',
      ' [f1]',
      'wolf[f1,f3]',
      ' ate[f3]',
      ' the pig.[]',
    ]);
  });

  test('covers the whole text exactly once, in order', () => {
    const segments = segmentText(TEXT.length, buildReport(TEXT, []).findings);
    expect(segments).toEqual([{ start: 0, end: TEXT.length, findings: [] }]);
  });

  test('also cuts at extra offsets, such as paragraph ends', () => {
    expect(show([6])).toContain('bi[f1]');
  });
});
