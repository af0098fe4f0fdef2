/**
 * Round 16 fixes after the reader's audit: "conceded that goals ... were" admits a clause (not play), points
 * granted in a debate are arguments, "conceded three times" / "too many chances" is play; "dismissed as manager",
 * "dismissed as part of the cuts" is a sacking, not a verdict.
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

/** A verdict given "as" something names its judge after "by"; a post lost or a sacking among cuts does not. */
const VERDICTS: [string, string, SourceType][] = [
  ['The scheme was dismissed as a gimmick by opponents.', 'dismissed as a gimmick by opponents', 'vague'],
  ['The report was dismissed as partisan by critics.', 'dismissed as partisan by critics', 'vague'],
  ['The move was seen as part of a purge by analysts.', 'seen as part of a purge by analysts', 'vague'],
];
const SACKINGS: string[] = [
  'She was dismissed as coach by the club in March.',
  'He was dismissed as chief executive by the board.',
  'The cook, dismissed as part of the savings by the new owners, sued the hotel.',
  'He was dismissed as manager.',
];

describe('flags', () => {
  test.each([...CONCEDE_SPEECH, ...VERDICTS])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([...CONCEDE_PLAY, ...SACKINGS])('%s', (text) => {
    expectNoAttribution(text);
  });
});
