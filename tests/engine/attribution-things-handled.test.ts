/**
 * Report verbs used of a thing handled rather than words passed on: goods recalled by their maker, an object
 * unveiled to the public, a number dialled. Each has a row where the same verb still reports:
 * a memory recalled, a plan unveiled, a demand made. All rows written for this project.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { AttributionFinding, SourceType } from '../../src/engine/types.ts';

const attributions = (text: string) =>
  analyze(text, { links: [] }).findings.filter((f): f is AttributionFinding => f.kind === 'attribution');

/** text, the words the finding must cover, its source type. */
const FLAGS: [string, string, SourceType][] = [
  ['She recalled that the road was dark.', 'She recalled', 'pronoun'],
  ['Odile Brenn recalled the night the river rose.', 'Odile Brenn recalled', 'named'],
  ['Fans recalled the final as the best in years.', 'Fans recalled', 'vague'],
  ['Forecasters unveiled a warning for heavy rain.', 'Forecasters unveiled', 'vague'],
  ['The council unveiled plans to cut bus fares.', 'The council unveiled', 'named'],
  ['The minister unveiled a proposal that would end the levy.', 'The minister unveiled', 'pronoun'],
  ['Plans to widen the road were unveiled by the council.', 'unveiled by the council', 'named'],
  ['The suspect was accused of lying to the inquiry.', 'was accused', 'agentless'],
  ['The ferry company urged passengers to check times online.', 'The ferry company urged', 'named'],
];

/** Sentences with no attribution at all. */
const SILENT: string[] = [
  'The car maker recalled 12,000 vehicles over a brake fault.',
  'The toy firm recalled its wooden cots after a safety check.',
  'Pellmoor recalled its ambassador from the capital.',
  'Police recalled officers from leave after the riot.',
  'The museum unveiled a new wing on Friday.',
  'The company unveiled its latest phone.',
  'The statue will be unveiled by the mayor.',
  'A plaque was unveiled on Saturday at the old mill.',
  'Residents can ring 111 for advice.',
  'The boy called 999 when his grandmother fell.',
];

describe('flags', () => {
  test.each(FLAGS)('%s', (text, phrase, source) => {
    const at = text.indexOf(phrase);
    expect(at, 'the phrase must be in the text').toBeGreaterThanOrEqual(0);
    const hit = attributions(text).find((f) => f.start <= at && f.end >= at + phrase.length);
    expect(hit, `no attribution over "${phrase}"`).toBeDefined();
    expect(hit?.source).toBe(source);
  });
});

describe('does not flag', () => {
  test.each(SILENT)('%s', (text) => {
    expect(attributions(text).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});

describe('the addressee of an appeal is no source', () => {
  test('"urged people to call 999" names only the service', () => {
    const text = 'The ambulance service urged people to call 999 only in an emergency.';
    expect(attributions(text).map((f) => f.text)).toEqual(['The ambulance service urged']);
  });
});
