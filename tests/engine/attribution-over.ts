/**
 * The checks that attribution row tests share: a text's attribution findings, one of them covering a phrase with
 * the expected source type, and a text with none.
 */
import { expect } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { AttributionFinding, SourceType } from '../../src/engine/types.ts';

/** The attribution findings of a text analysed on its own (no page links). */
export const attributionsOf = (text: string): AttributionFinding[] =>
  analyze(text, { links: [] }).findings.filter((f): f is AttributionFinding => f.kind === 'attribution');

/** Expects an attribution covering the whole phrase, with the given source type. */
export function expectSourceOver(text: string, phrase: string, source: SourceType): void {
  const at = text.indexOf(phrase);
  expect(at, 'the phrase must be in the text').toBeGreaterThanOrEqual(0);
  const hit = attributionsOf(text).find((f) => f.start <= at && f.end >= at + phrase.length);
  expect(hit, `no attribution over "${phrase}"`).toBeDefined();
  expect(hit?.source).toBe(source);
}

/** Expects no attribution at all (a failure lists each finding's rule and words). */
export function expectNoAttribution(text: string): void {
  expect(attributionsOf(text).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}
