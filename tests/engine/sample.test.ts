/**
 * The canonical sample: every row of north-waziristan-raid.expected.md is found with the right family and
 * subtype, and the score is at most 30 with a breakdown naming the unsourced claims and the two unverifiable
 * attributions. The rhetoric rows belong to the rhetoric detector (src/engine/detectors/rhetoric*.ts): they run
 * here too, and a failure there names its owner.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { Finding } from '../../src/engine/types.ts';
import { type SampleRow, sampleRows, sampleText } from './sample-rows.ts';

const report = analyze(sampleText);
const rows = sampleRows();

/** The subtype a finding carries, whatever its family. */
function subtypeOf(f: Finding): string {
  if (f.kind === 'attribution') return f.source;
  if (f.kind === 'claim') return f.sourcing;
  return f.technique;
}

/** Findings of the row's family overlapping one of its phrases. */
function overlapping(row: SampleRow, phrase: string): Finding[] {
  const at = sampleText.indexOf(phrase);
  expect(at, `"${phrase}" is not in the sample text`).toBeGreaterThanOrEqual(0);
  return report.findings.filter((f) => f.kind === row.kind && f.start < at + phrase.length && at < f.end);
}

const cases = (kind: SampleRow['kind']) =>
  rows.filter((r) => r.kind === kind).flatMap((r) => r.phrases.map((p) => [p, r] as [string, SampleRow]));

test('the expected file has rows of every family', () => {
  expect(cases('attribution').length).toBeGreaterThanOrEqual(3);
  expect(cases('claim').length).toBeGreaterThanOrEqual(7);
  expect(cases('rhetoric').length).toBeGreaterThanOrEqual(11);
});

describe.each(['attribution', 'claim'] as const)('%s rows', (kind) => {
  test.each(cases(kind))('"%s"', (phrase, row) => {
    const found = overlapping(row, phrase);
    if (row.subtypes.length === 0) {
      // "must not be credited as a named source": whatever covers it, it is not named.
      expect(found.filter((f) => subtypeOf(f) === 'named')).toEqual([]);
      return;
    }
    expect(found.map(subtypeOf), `${row.kind} over "${phrase}" should be ${row.subtypes.join(' or ')}`).toEqual(
      expect.arrayContaining([expect.toSatisfy((s: string) => row.subtypes.includes(s))]),
    );
  });
});

describe('rhetoric rows (the rhetoric detector’s; run here so the sample is checked end to end)', () => {
  test.each(cases('rhetoric'))('"%s"', (phrase, row) => {
    const found = overlapping(row, phrase).map(subtypeOf);
    expect(found, `rhetoric detector: no ${row.subtypes.join(' or ')} over "${phrase}"`).toEqual(
      expect.arrayContaining([expect.toSatisfy((s: string) => row.subtypes.includes(s))]),
    );
  });
});

describe('score', () => {
  test('is at most 30', () => {
    expect(report.score.value).toBeLessThanOrEqual(30);
    expect(report.score.grade).toBe('poor');
  });

  test('names the unsourced claims and the two unverifiable attributions', () => {
    const byId = new Map(report.findings.map((f) => [f.id, f]));
    const named = report.score.components.flatMap((c) => c.findingIds.map((id) => byId.get(id)));
    for (const [phrase, row] of cases('claim')) {
      expect(overlapping(row, phrase).some((f) => named.includes(f)), `breakdown misses "${phrase}"`).toBe(true);
    }
    const quality = report.score.components.find((c) => c.id === 'source-quality');
    const sources = quality?.findingIds.map((id) => byId.get(id)?.text) ?? [];
    expect(sources).toHaveLength(2);
    expect(sources.join(' | ')).toMatch(/field reports.*anonymity/);
  });
});
