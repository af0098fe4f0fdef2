/**
 * Round 16 fixes after the reader's audit: "conceded that goals ... were" admits a clause (not play), points
 * granted in a debate are arguments, "conceded three times" / "too many chances" is play.
 */
import { describe, test } from 'vitest';
import type { SourceType } from '../../src/engine/types.ts';
import { expectNoAttribution, expectSourceOver } from './attribution-over.ts';

/** "Concede" admitting a clause or an argument reports; a side letting in goals or chances does not. */
const CONCEDE_SPEECH: [string, string, SourceType][] = [
  ['The coach conceded that penalties in the cup had been badly taken.', 'The coach conceded', 'pronoun'],
  ['The coach conceded that goals from corners were a problem.', 'The coach conceded', 'pronoun'],
  ['The owner conceded possession of the stadium was a burden.', 'The owner conceded', 'pronoun'],
  ['The senator conceded three points in the debate.', 'The senator conceded', 'pronoun'],
  ['She conceded twice that the scheme had failed.', 'She conceded', 'pronoun'],
];
const CONCEDE_PLAY: string[] = [
  'The hosts conceded too many chances.',
  'The hosts conceded three times before the break.',
  'United conceded twice in the second half.',
  'The visitors conceded 40 points in the second half.',
  'The club conceded two goals in the last minutes.',
];

describe('flags', () => {
  test.each([...CONCEDE_SPEECH])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([...CONCEDE_PLAY])('%s', (text) => {
    expectNoAttribution(text);
  });
});
