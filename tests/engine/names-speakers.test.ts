/**
 * Speakers read through src/engine/names: a place or company phrase after a noun belongs to it ("residents near the
 * old mill said"), and people known by what they read, watch or write in to are people ("one reader noted").
 * Every sentence and name here is invented for this project.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { parse } from '../../src/engine/nlp.ts';
import { phraseEndingAt, phraseText } from '../../src/engine/names/phrase.ts';
import type { AttributionFinding } from '../../src/engine/types.ts';

const attributions = (text: string) => analyze(text).findings.filter((f): f is AttributionFinding => f.kind === 'attribution');

/** [sentence, the whole speaker span, rule, source kind]. */
const FLAGS: [string, string, string, string][] = [
  // A preposition of place or company after a people noun describes them; its object is not the speaker.
  ['Residents near the old mill said the water tasted odd.', 'Residents near the old mill said', 'attribution/vague-group', 'vague'],
  ['Teachers across the district said the heating failed.', 'Teachers across the district said', 'attribution/vague-group', 'vague'],
  ['Campaigners behind the petition said the vote was rigged.', 'Campaigners behind the petition said', 'attribution/vague-group', 'vague'],
  ['Nurses inside the ward said the heating failed.', 'Nurses inside the ward said', 'attribution/vague-group', 'vague'],
  ['Officials under the previous mayor said the budget was balanced.', 'Officials under the previous mayor said', 'attribution/vague-group', 'vague'],
  ['Onlookers near the harbour said the boat capsized.', 'Onlookers near the harbour said', 'attribution/vague-group', 'vague'],
  // "among" stays out of the phrase: the share of people polled is still read as a poll's finding.
  ['The mayor won by 20 points among the 40 percent of voters who said housing mattered most.', 'the 40 percent of voters who said', 'attribution/survey-share', 'document'],
  // People known by what they read, watch or listen to, or by writing in.
  ['One reader noted that the bridge was closed.', 'One reader noted', 'attribution/unnamed-person', 'anonymous'],
  ['A listener wrote in to say the ferry was late.', 'A listener wrote', 'attribution/unnamed-person', 'anonymous'],
  ['A longtime subscriber said the paper had changed.', 'A longtime subscriber said', 'attribution/unnamed-person', 'anonymous'],
  ['Another commenter argued that the fee was too high.', 'Another commenter argued', 'attribution/unnamed-person', 'anonymous'],
  ['Several viewers complained that the footage was cut.', 'Several viewers complained', 'attribution/vague-group', 'vague'],
  ['Readers of the Harbour Gazette said the crossword was too hard.', 'Readers of the Harbour Gazette said', 'attribution/vague-group', 'vague'],
];

/** Ordinary news sentences with the same prepositions and words, where nobody is quoted. */
const MISSES = [
  'The bridge near the old mill reopened to traffic after repairs costing 2 million pounds.',
  'Heavy rain across the north of the county closed roads near the river on Tuesday night.',
  'Fans without tickets gathered outside the stadium long before kick-off.',
  'The home side scored twice in the second half against a tired defence to win 3-1 at Kelbrook Park.',
  'Researchers at the University of Calder found the beetles under the bark of old oaks.',
  'The e-reader sold out within hours, and viewers of the launch event waited online.',
  'A reader of maps since childhood, Kettering led the survey team across the glacier.',
  'Ada Brennick, who ran the village bakery for forty years, died on Sunday at the age of 91.',
];

describe('flags', () => {
  test.each(FLAGS)('%s', (text, span, rule, source) => {
    const at = text.indexOf(span);
    const hit = attributions(text).find((f) => f.rule === rule);
    expect(hit, `no ${rule}`).toBeDefined();
    expect([hit?.start, hit?.end]).toEqual([at, at + span.length]);
    expect(hit?.source).toBe(source);
  });
});

describe('does not flag', () => {
  test.each(MISSES)('%s', (text) => {
    expect(attributions(text)).toEqual([]);
  });
});

describe('the phrase before a verb', () => {
  test.each([
    ['Families near the depot said', 'Families near the depot'],
    ['Crews along the coast road said', 'Crews along the coast road'],
    ['Staff without contracts said', 'Staff without contracts'],
    // A preposition after a verb starts no part of the phrase before it: "moved into" ends the walk.
    ['Parents who moved into the valley said', 'the valley'],
    ['The mayor won by 20 points among voters said', 'voters'],
  ])('%s -> %s', (text, expected) => {
    const doc = parse(text);
    const verb = doc.tokens.length - 1;
    const phrase = phraseEndingAt(doc, verb - 1, 0);
    expect(phrase && phraseText(doc, phrase)).toBe(expected);
  });
});
