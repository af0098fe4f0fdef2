/**
 * Round 16 fixes after the reader's audit: "conceded that goals ... were" admits a clause (not play), points
 * granted in a debate are arguments, "conceded three times" / "too many chances" is play; "dismissed as manager",
 * "dismissed as part of the cuts" is a sacking, not a verdict; a common noun opening a quotation is no name;
 * a work of fact is the subject of "claims that", "details how" even where wink tags the verb a noun;
 * an adverbial of time opening a clause ("Within hours", "Later that day", "Yesterday") is not the subject "and said"
 * borrows.
 */
import { describe, expect, test } from 'vitest';
import type { SourceType } from '../../src/engine/types.ts';
import { attributionsOf, expectNoAttribution, expectSourceOver } from './attribution-over.ts';

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

/** A quotation opens a sentence: its capitalised common noun is no name, and a crowd inside it is the speaker's. */
const QUOTED_CROWDS: [string, string][] = [
  ['"Inspectors knew," said a source.', 'Inspectors knew'],
  ['"Teachers warned us for years," said a parent.', 'Teachers warned'],
  ['"Economists have warned about this," said one official.', 'Economists have warned'],
];
const QUOTE_OPENERS_KEPT: [string, string, SourceType][] = [
  ['"Okafor warned us for years," said a parent.', 'Okafor warned', 'named'],
  ['Teachers warned us for years, said a parent.', 'Teachers warned', 'vague'],
  ['"Inspectors knew," said a source.', 'said a source', 'anonymous'],
];

/** A work of fact reporting a clause is a document, also with what it is about between it and its verb. */
const WORKS: [string, string, SourceType][] = [
  ['The exposé details how the bribes were paid.', 'The exposé details', 'document'],
  ['The documentary claims that the guards lied.', 'The documentary claims', 'document'],
  ['A documentary about the flood claims that the levee was neglected.', 'A documentary about the flood claims', 'document'],
  ['A report by the council says that the roads failed.', 'A report by the council says', 'document'],
];
const WORKS_SILENT: string[] = ['The documentary claims that were aired were false.', 'The exposé details were never printed.'];

/** The subject "and said" borrows comes after an opening adverbial of time, which stays out of the span. */
const OPENING_ADVERBIALS: [string, string, SourceType][] = [
  ['Within hours the police closed the bridge and said it was unsafe.', 'the police closed the bridge and said', 'named'],
  ['Later that day the mayor toured the site and said work would resume.', 'the mayor toured the site and said', 'pronoun'],
  ['Earlier the minister visited the mill and said jobs were safe.', 'the minister visited the mill and said', 'pronoun'],
  ['Earlier Tuesday, Okafor went on the radio and said he was innocent.', 'Okafor went on the radio and said', 'named'],
];
const OPENING_ADVERBIALS_OUT: [string, string][] = [
  ['Yesterday police searched the flat and said they found cash.', 'Yesterday'],
  ['Within hours the police closed the bridge and said it was unsafe.', 'Within hours'],
];

/** Reviewer's rows: a day opening a name is no time, a closing mark opens nothing, "by the time" is no judge. */
const REVIEW_SOURCES: [string, string, SourceType][] = [
  ['The scheme was described as a failure by the Sunday Herald.', 'by the Sunday Herald', 'named'],
  ['The move was criticised by the Tuesday Club of MPs.', 'by the Tuesday Club', 'named'],
  ['On Monday Lind visited the farm and said it was sold.', 'Lind visited the farm and said', 'named'],
  ["'It was a mistake,' Will Okafor said.", 'Will Okafor said', 'named'],
  ['The coach conceded that the club\'s points total was a disappointment.', 'The coach conceded', 'pronoun'],
  ['The plan was hailed as a success by the time the polls closed.', 'was hailed as', 'agentless'],
  ['The mayor was criticised as weak by then.', 'was criticised as', 'agentless'],
  ['The scheme was hailed as a success by the unions.', 'by the unions', 'pronoun'],
  ['The minister sided with farmers, and officials added that the plan was dead.', 'officials added', 'vague'],
  ['Talks ended with no deal and diplomats added that a new round was unlikely.', 'diplomats added', 'vague'],
  ['The mayor, whom many farmers believed was unfair, resigned.', 'many farmers believed', 'vague'],
];
const REVIEW_OUT: [string, string][] = [
  ["'It was a mistake,' Will Okafor said.", 'mistake'],
  ['The plan was hailed as a success by the time the polls closed.', 'the time the polls'],
  ['He said that residents questioned were angry.', 'residents questioned'],
];
const ADDED_THINGS: string[] = [
  'The stew is served with chopped pecans added at the end.',
  'Often the canal freezes in January.',
  'Often, errors are observed.',
];

/** A crowd calling a thing by a quoted name is a view; a frequency fronted before "are observed" hides the observer. */
const LATE_ITEMS: [string, string, SourceType][] = [
  ['They write in a script that critics call "Zorbic".', 'critics call', 'vague'],
  ['It is a budget that critics call a disaster.', 'critics call', 'vague'],
  ['Often errors are observed in early drafts.', 'Often errors are observed', 'agentless'],
  ['Errors are often observed in early drafts.', 'are often observed', 'agentless'],
  ['Sometimes flaws were noted in the pipes.', 'Sometimes flaws were noted', 'agentless'],
];

describe('flags', () => {
  test.each([...CONCEDE_SPEECH, ...VERDICTS, ...QUOTE_OPENERS_KEPT, ...WORKS, ...OPENING_ADVERBIALS, ...REVIEW_SOURCES, ...LATE_ITEMS])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([...CONCEDE_PLAY, ...SACKINGS, ...WORKS_SILENT, ...ADDED_THINGS])('%s', (text) => {
    expectNoAttribution(text);
  });
  test.each([...QUOTED_CROWDS, ...OPENING_ADVERBIALS_OUT, ...REVIEW_OUT])('%s: nothing over "%s"', (text, words) => {
    const at = text.indexOf(words);
    const over = attributionsOf(text).filter((f) => f.start < at + words.length && at < f.end);
    expect(over.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
