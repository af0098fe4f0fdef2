/** Table-driven tests of every attribution rule: what it flags, and the near misses it leaves alone. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { ATTRIBUTION_WORDING } from '../../src/engine/detectors/attribution/explain.ts';
import type { AttributionFinding } from '../../src/engine/types.ts';
import { ATTRIBUTION_CASES as FIRST_CASES, type FlagCase } from './attribution-cases.ts';
import { GRAMMAR_CASES } from './attribution-cases-grammar.ts';
import { REFERENCE_CASES } from './attribution-cases-reference.ts';
import { REVIEW_CASES } from './attribution-cases-review.ts';
import { ROUND10_CASES } from './attribution-cases-round10.ts';
import { ROUND11_CASES } from './attribution-cases-round11.ts';
import { ROUND12_CASES } from './attribution-cases-round12.ts';
import { ROUND12B_ADMISSIONS, ROUND12B_CASES } from './attribution-cases-round12b.ts';
import { SPEAKER_CASES } from './attribution-cases-speakers.ts';

/** Every table merged: a rule's rows from each file. */
const ATTRIBUTION_CASES: typeof FIRST_CASES = {};
for (const table of [FIRST_CASES, GRAMMAR_CASES, REFERENCE_CASES, SPEAKER_CASES, REVIEW_CASES, ROUND10_CASES, ROUND11_CASES, ROUND12_CASES, ROUND12B_CASES, ROUND12B_ADMISSIONS]) {
  for (const [rule, c] of Object.entries(table)) {
    const merged = ATTRIBUTION_CASES[rule] ?? { flags: [], misses: [] };
    ATTRIBUTION_CASES[rule] = { flags: [...merged.flags, ...c.flags], misses: [...merged.misses, ...c.misses] };
  }
}

const attributions = (text: string, links = []) =>
  analyze(text, { links }).findings.filter((f): f is AttributionFinding => f.kind === 'attribution');

const flagRows = Object.entries(ATTRIBUTION_CASES).flatMap(([rule, c]) => c.flags.map((f) => [rule, f] as [string, FlagCase]));
const missRows = Object.entries(ATTRIBUTION_CASES).flatMap(([rule, c]) => c.misses.map((m) => [rule, m] as [string, string]));

describe('flags', () => {
  test.each(flagRows)('%s: %o', (rule, c) => {
    const at = c.text.indexOf(c.phrase);
    expect(at, 'the phrase must be in the text').toBeGreaterThanOrEqual(0);
    const hit = attributions(c.text).find((f) => f.rule === rule && f.start < at + c.phrase.length && at < f.end);
    expect(hit, `no ${rule} over "${c.phrase}"`).toBeDefined();
    expect(hit?.source).toBe(c.source);
    if (c.sourceName) expect(hit?.sourceName).toBe(c.sourceName);
    if (c.reason) expect(hit?.reason).toBe(c.reason);
  });
});

describe('does not flag', () => {
  test.each(missRows)('%s: %s', (rule, text) => {
    expect(attributions(text).filter((f) => f.rule === rule)).toEqual([]);
  });
});

describe('links', () => {
  test('a hyperlink is a document source the reader can follow', () => {
    const text = 'The council published its figures on Monday.';
    const start = text.indexOf('its figures');
    const found = attributions(text, [{ start, end: start + 11, href: 'https://example.org/figures' }] as never);
    expect(found).toContainEqual(expect.objectContaining({ rule: 'attribution/link', source: 'document', sourceName: 'https://example.org/figures' }));
  });
});

describe('does not source', () => {
  // An owned noun that names a deed is no attribution, so the claim it heads stays unsourced.
  test.each([
    'His attacks on the village killed 12 people last year.',
    "The army's attacks on the city killed 40 civilians.",
    "Ukraine's response to the attack killed 30 soldiers.",
    'Their threats forced 300 families to flee the valley.',
  ])('%s', (text) => {
    const claims = analyze(text, { links: [] }).findings.filter((f) => f.kind === 'claim');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.kind === 'claim' && c.sourcing).toBe('none');
  });
});

describe('every rule', () => {
  test.each(Object.keys(ATTRIBUTION_WORDING).filter((r) => r !== 'attribution/link'))('%s has examples both ways', (rule) => {
    expect(ATTRIBUTION_CASES[rule]?.flags.length ?? 0).toBeGreaterThan(0);
    expect(ATTRIBUTION_CASES[rule]?.misses.length ?? 0).toBeGreaterThan(0);
  });

  test.each(Object.entries(ATTRIBUTION_WORDING))('%s explains itself and asks a question', (_rule, wording) => {
    expect(wording.explanation.length).toBeGreaterThan(40);
    expect(wording.question).toMatch(/\?$/);
  });
});
