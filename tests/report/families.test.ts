import { describe, expect, test } from 'vitest';
import { familyOf, groupByFamily, labelOf } from '../../src/report/families.ts';
import { buildReport, type FindingSpec } from './build-report.ts';

const TEXT = 'one two three four five six seven eight nine ten eleven twelve';
const finding = (spec: Omit<FindingSpec, 'find'>) =>
  buildReport(TEXT, [{ find: 'one', ...spec } as FindingSpec]).findings[0];

describe('familyOf', () => {
  test.each([
    [{ kind: 'claim', claimType: 'factual', sourcing: 'none' }, 'unsourced'],
    [{ kind: 'claim', claimType: 'causal', sourcing: 'vague' }, 'weak-source'],
    [{ kind: 'claim', claimType: 'factual', sourcing: 'anonymous' }, 'weak-source'],
    [{ kind: 'claim', claimType: 'statistical', sourcing: 'document' }, 'sourced'],
    [{ kind: 'claim', claimType: 'factual', sourcing: 'named' }, 'sourced'],
    [{ kind: 'attribution', source: 'named' }, 'sourced'],
    [{ kind: 'attribution', source: 'document' }, 'sourced'],
    [{ kind: 'attribution', source: 'anonymous' }, 'weak-source'],
    [{ kind: 'attribution', source: 'vague' }, 'weak-source'],
    [{ kind: 'attribution', source: 'agentless' }, 'weak-source'],
    [{ kind: 'attribution', source: 'pronoun' }, 'weak-source'],
    [{ kind: 'attribution', source: 'pronoun', sourceName: 'Jane Doe' }, 'sourced'],
    [{ kind: 'rhetoric', technique: 'hedge' }, 'rhetoric'],
  ] as const)('%j is %s', (spec, family) => {
    expect(familyOf(finding(spec))).toBe(family);
  });
});

describe('labelOf', () => {
  test.each([
    [{ kind: 'claim', claimType: 'statistical', sourcing: 'none' }, 'statistical claim with no source'],
    [{ kind: 'attribution', source: 'named', sourceName: 'Jane Doe' }, 'named source: Jane Doe'],
    [{ kind: 'rhetoric', technique: 'fear-appeal' }, 'appeal to fear'],
    [{ kind: 'rhetoric', technique: 'whataboutism' }, 'whataboutism'],
    [{ kind: 'rhetoric', technique: 'false-dilemma' }, 'false dilemma'],
  ] as const)('%j', (spec, label) => {
    expect(labelOf(finding(spec as Omit<FindingSpec, 'find'>))).toBe(label);
  });
});

test('groupByFamily keeps the reading order inside each family and drops empty families', () => {
  const report = buildReport(TEXT, [
    { find: 'three', kind: 'rhetoric', technique: 'hedge' },
    { find: 'one', kind: 'claim', claimType: 'factual', sourcing: 'none' },
    { find: 'five', kind: 'claim', claimType: 'factual', sourcing: 'none' },
  ]);
  expect(groupByFamily(report.findings).map((g) => [g.family, g.findings.map((f) => f.text)])).toEqual([
    ['unsourced', ['one', 'five']],
    ['rhetoric', ['three']],
  ]);
});
