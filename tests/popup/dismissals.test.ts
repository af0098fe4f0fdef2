import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import {
  applyDismissals,
  type Dismissal,
  dismissalKeys,
  DISMISSALS_PER_PAGE,
  NOTE_LIMIT,
  pageKey,
  readDismissals,
  rescore,
} from '../../src/messaging/dismissals.ts';
import { ARTICLE, FINDINGS } from './fixtures.ts';

const SAMPLE = readFileSync('/work/shared/samples/north-waziristan-raid.txt', 'utf8');
const AT = '2026-11-26T12:00:00.000Z';
const report = analyze(SAMPLE);
const keys = dismissalKeys(report.findings);
const dismiss = (id: string, reason: Dismissal['reason'] = 'not-loaded'): Dismissal => ({
  key: keys.get(id) as string,
  reason,
  at: AT,
});

describe('rescoring', () => {
  test('no dismissal leaves the report as the engine made it', () => {
    expect(applyDismissals(report, []).report).toBe(report);
  });

  test('the engine score over all findings is the one analyze() gave (the stand-in word count is exact)', () => {
    expect(rescore(report, report.findings)).toEqual(report.score);
  });

  test('dismissing every unsourced claim raises the score and removes them from the components', () => {
    const unsourced = report.findings.filter((f) => f.kind === 'claim' && f.sourcing === 'none');
    expect(unsourced.length).toBeGreaterThan(0);
    const { report: after, dismissed } = applyDismissals(
      report,
      unsourced.map((f) => dismiss(f.id, 'not-a-claim')),
    );
    expect(after.score.value).toBeGreaterThan(report.score.value);
    expect(after.findings).toHaveLength(report.findings.length - unsourced.length);
    expect(dismissed.map((d) => d.finding.id)).toEqual(unsourced.map((f) => f.id));
    const traced = after.score.components.flatMap((c) => c.findingIds);
    for (const f of unsourced) expect(traced).not.toContain(f.id);
  });

  test('dismissing loaded wording raises the tone component', () => {
    const loaded = report.findings.filter((f) => f.kind === 'rhetoric' && !f.inQuote);
    expect(loaded.length).toBeGreaterThan(0);
    const { report: after } = applyDismissals(
      report,
      loaded.map((f) => dismiss(f.id)),
    );
    const tone = (r: typeof report) => r.score.components.find((c) => c.id === 'tone')?.value ?? 0;
    expect(tone(after)).toBeGreaterThanOrEqual(tone(report));
    expect(after.score.value).toBeGreaterThanOrEqual(report.score.value);
  });

  test('a dismissal carries its reason and note to the dismissed list', () => {
    const [f] = report.findings;
    const { dismissed } = applyDismissals(report, [{ ...dismiss(f.id, 'other'), note: 'A quote box' }]);
    expect(dismissed).toEqual([{ finding: f, reason: 'other', note: 'A quote box' }]);
  });
});

describe('keys', () => {
  test('the same words twice get different keys, and the keys survive renumbering', () => {
    const twice = FINDINGS.slice(0, 2).map(
      (f, i) => ({ ...f, id: `f${i + 1}`, text: 'same words', kind: 'rhetoric', technique: 'hedge' }) as const,
    );
    const first = dismissalKeys(twice);
    expect(first.get('f1')).not.toBe(first.get('f2'));
    const renumbered = dismissalKeys(twice.map((f, i) => ({ ...f, id: `g${i}` })));
    expect(renumbered.get('g0')).toBe(first.get('f1'));
  });

  test('a key names kind, subtype and words', () => {
    expect(dismissalKeys(FINDINGS).get('f2')).toBe('attribution/document|according to a budget report|0');
    expect(ARTICLE).toContain('according to a budget report');
  });
});

describe('page keys', () => {
  test.each([
    ['https://news.example/a#comments', 'https://news.example/a'],
    ['https://news.example/a?id=2#', 'https://news.example/a?id=2'],
    ['https://news.example/a', 'https://news.example/a'],
  ])('%s is stored as %s', (url, key) => expect(pageKey(url)).toBe(key));
});

describe('reading stored dismissals', () => {
  const good = { key: 'rhetoric/hedge|x|0', reason: 'other', at: AT };
  test.each([
    ['not a list', { key: 'x' }, []],
    ['null', null, []],
    ['a good entry', [good], [good]],
    ['an unknown reason', [{ ...good, reason: 'boring' }], []],
    ['no key', [{ ...good, key: '' }], []],
    ['a bad date', [{ ...good, at: 'yesterday' }], []],
    ['a repeated key (first kept)', [good, { ...good, reason: 'not-loaded' }], [good]],
    ['a blank note (dropped)', [{ ...good, note: '  ' }], [good]],
    ['a damaged entry among good ones', [good, 7, 'x', { ...good, key: 'b' }], [good, { ...good, key: 'b' }]],
  ])('%s', (_, stored, expected) => expect(readDismissals(stored)).toEqual(expected));

  test('long notes are cut and long lists keep the latest', () => {
    const [one] = readDismissals([{ ...good, note: 'n'.repeat(NOTE_LIMIT + 50) }]);
    expect(one.note).toHaveLength(NOTE_LIMIT);
    const many = Array.from({ length: DISMISSALS_PER_PAGE + 5 }, (_, i) => ({ ...good, key: `k${i}` }));
    const kept = readDismissals(many);
    expect(kept).toHaveLength(DISMISSALS_PER_PAGE);
    expect(kept.at(-1)?.key).toBe(`k${DISMISSALS_PER_PAGE + 4}`);
  });
});
