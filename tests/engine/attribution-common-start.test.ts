/** A common word opening a sentence holds no view ("Exercise supports heart health"); names that are common words still do. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { isNameInWinkVocabulary } from '../../src/engine/names/known-names.ts';
import { parse } from '../../src/engine/nlp.ts';
import { featuresOf } from './claims-checks.ts';

/** The text of each attribution finding, with its source type. */
function attributions(text: string): string[] {
  return analyze(text)
    .findings.filter((f) => f.kind === 'attribution')
    .map((f) => `${text.slice(f.start, f.end)} (${(f as { source?: string }).source ?? ''})`);
}

describe('a common word before a verb of stance or thought is no source', () => {
  test.each([
    ['Exercise supports heart health.', []],
    ['Exercise supports heart health, doctors say.', ['doctors say (vague)']],
    ['Coffee protects the liver, a study found.', ['a study found (document)']],
    ['Patience favours the careful investor.', []],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});

describe('names stay sources', () => {
  test.each([
    ['Baker said the ward would close.', 'Baker said'],
    ['Labour supports the bill.', 'Labour supports'],
    ['Apple believes the law is unfair.', 'Apple believes'],
    ['Trump knows the rules.', 'Trump knows'],
    ['John Smith chairs the panel. Smith supports the plan.', 'Smith supports'],
    ['Oxfam opposes the plan.', 'Oxfam opposes'],
  ])('%s', (text, speaker) => {
    expect(attributions(text).some((a) => a.startsWith(speaker))).toBe(true);
  });
});

describe('the names list is asked by the written word too', () => {
  test('wink gives "Labour" as "labor": the written form still finds the party', () => {
    const labour = parse('Labour cut 40 jobs.').tokens[0];
    expect(labour.lower).toBe('labor');
    expect(isNameInWinkVocabulary(labour)).toBe(true);
    expect(featuresOf('Labour cut 40 jobs at the depot.').names).toBeGreaterThan(0);
  });
  test('a common word is no name', () => {
    expect(isNameInWinkVocabulary(parse('Exercise helps.').tokens[0])).toBe(false);
  });
});
