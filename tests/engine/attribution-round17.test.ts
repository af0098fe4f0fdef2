/**
 * Round 17, attribution recall: frames that hand a clause to its holder ("In Okafor's view", "by the council's
 * count", "by some estimates"), and verbs that report speech through a noun of words ("made similar comments",
 * "offered his congratulations", "sounded a cautious note").
 */
import { describe, expect, test } from 'vitest';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** Expects no attribution finding to reach the words (the first time they occur). */
function expectNoneOver(text: string, words: string): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const hits = attributionsOf(text).filter((f) => f.start < at + words.length && f.end > at);
  expect(hits.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

describe('a view or a count framed by its holder', () => {
  test.each([
    ["In Okafor's view, the bridge is safe.", "In Okafor's view", 'named'],
    ["The only remedy, in Professor Lind's view, would be more funding.", "in Professor Lind's view", 'named'],
    ['In the opinion of the tribunal, the contract stands.', 'In the opinion of the tribunal', 'named'],
    ["By the council's count, 300 homes were flooded.", "By the council's count", 'named'],
    ['In the view of most engineers, the bridge is safe.', 'In the view of most engineers', 'vague'],
    ['In his view, the pitch was too wet to play on.', 'In his view', 'pronoun'],
    ['By her own account, she left the office at noon.', 'By her own account', 'pronoun'],
    ['The pitch, in her eyes, was too wet.', 'in her eyes', 'pronoun'],
    ['In his own words, the plan is dead.', 'In his own words', 'pronoun'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: an account at a bank, eyes looked into, other words, a hand that did it, and the law's eyes.
  test.each([
    ["She kept the money in Lind's account at the bank.", "Lind's account"],
    ['He looked in his eyes and saw fear.', 'his eyes'],
    ['In other words, the plan is dead.', 'In other words'],
    ['The letter was signed by his own hand.', 'his own hand'],
    ['Several accounts were frozen by the bank.', 'accounts'],
    ['In the eyes of the law, he is a minor.', 'eyes of the law'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('a reckoning whose reckoner is not said', () => {
  test.each([
    ['By some accounts, the bridge is unsafe.', 'By some accounts'],
    ['By some estimates, the repairs will cost a million pounds.', 'By some estimates'],
    ['By one reckoning, forty shops have closed.', 'By one reckoning'],
    ['By all accounts, the bridge is unsafe.', 'By all accounts'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'agentless'));
  // Near misses: a margin counted, a boxer's count, accounts at a bank; the same words cited with their author.
  test.each([
    ['The motion was lost by one count.', 'one count'],
    ['The boxer got up by the count of nine.', 'count of nine'],
    ['The bank froze some accounts by mistake.', 'some accounts'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test('accounts given by a named body are its documents', () =>
    expectSourceOver(
      'According to some accounts from the Harbour Trust, the pier is safe.',
      'According to',
      'document',
    ));
});

describe('speech reported through a noun of words', () => {
  test.each([
    ['Senator Reyes made similar comments on the radio on Thursday.', 'Senator Reyes made'],
    ['Ms Okafor made lewd remarks about the staff, the tribunal heard.', 'Ms Okafor made'],
    ['Mayor Lind made a promise to the voters.', 'Mayor Lind made'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  // Near misses: a note written down, a call placed, a fashion statement, an insurance claim.
  test.each([
    ['Mayor Lind made a note of the time.', 'made'],
    ['Mayor Lind made a call to the fire chief.', 'made'],
    ['Mayor Lind made a fashion statement with her hat.', 'made'],
    ['Mayor Lind made insurance claims after the flood.', 'made'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('a verdict "called" in the passive, its judge after "by"', () => {
  test.each([
    ['The plan was called reckless by critics.', 'called reckless by critics', 'vague'],
    ['The chef has been called a fraud by fellow doctors.', 'called a fraud by fellow doctors', 'vague'],
    ['The mayor was called a liar by Tom Reyes.', 'called a liar by Tom Reyes', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: a call made, a crew sent for, a name given, a deadline.
  test.each([
    ['The doctor was called by neighbours after the fall.', 'called by neighbours'],
    ['The fire crew was called to the scene by police.', 'called to the scene'],
    ['The baby was called Ada by her parents.', 'called Ada'],
    ['The race was called a draw by the time the polls closed.', 'by the time'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('rivals as speakers, pronouncements made', () => {
  test.each([
    ['Rival bakers said the prize was rigged.', 'Rival bakers said', 'vague'],
    ['Two rivals complained that the count was rigged.', 'Two rivals complained', 'vague'],
    ['Mayor Lind made no pronouncements on the budget.', 'Mayor Lind made', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near miss: a rival bid is a thing, not a speaker.
  test('a rival bid', () => expectNoneOver('The rival bid was rejected on Monday.', 'rival bid'));
});

describe('consensus and talk with nobody named', () => {
  test.each([
    ['It was what most would agree was a blunder.', 'most would agree'],
    ['The leaked memo got people talking about a merger.', 'got people talking about'],
    ['The photos set tongues wagging in the village.', 'set tongues wagging'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'agentless'));
  // A crowd word with a speech verb of its own stays the vague group it was.
  test('few would dispute that', () =>
    expectSourceOver('Few would dispute that the bridge is too narrow.', 'Few would dispute', 'vague'));
  // Near misses: talk brought back between people, a body that would agree on terms.
  test.each([
    ['The coach got people talking to each other again.', 'talking'],
    ['The unions would agree to the deal if pay rose.', 'would agree'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('suggestions and proposals voiced, relief held', () => {
  test.each([
    ['The plan drew suggestions from residents.', 'suggestions from residents', 'vague'],
    ['The news was met with relief among farmers.', 'relief among farmers', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: a painkiller's relief, ideas drawn from a place.
  test.each([
    ['The tablets gave relief from the pain.', 'relief'],
    ['The architect took ideas from Roman villas.', 'ideas from'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('an owned saying whose clause follows "is"', () => {
  test.each([
    ["Okafor's boldest claim is that a judge rigged the inquiry.", "Okafor's boldest claim", 'named'],
    ["Lind's argument was that the bridge is unsafe.", "Lind's argument", 'named'],
    ["Reyes's most daring claim was that the mayor lied.", "Reyes's most daring claim", 'named'],
    ['His view is that the bridge is unsafe.', 'His view', 'pronoun'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: a view from a window, a statement that is only somewhere.
  test.each([
    ["Lind's view is blocked by the new tower.", 'view'],
    ['Her most recent statement is on the website.', 'statement'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('a poll named after the share or the standing it measured', () => {
  test.each([
    ['In June, the mayor won 41 percent backing in a Herald poll.', 'in a Herald poll'],
    ["Reyes holds a clear lead in the polls before Sunday's vote.", 'in the polls'],
    ['Six percent of voters in the survey were undecided.', 'in the survey'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'document'));
  // Near misses: who took part, a place to vote, a speaker who cites the polls herself.
  test.each([
    ['Forty people took part in the survey.', 'in the survey'],
    ['Turnout was 40 percent in the poll booth area.', 'poll booth'],
    ['The mayor said she was ahead in the polls.', 'in the polls'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('what an inquiry uncovered', () => {
  test.each([
    ['The audit uncovered serious failings at the port.', 'The audit uncovered', 'document'],
    ['Investigators uncovered that the money had been moved.', 'Investigators uncovered', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: things dug up with no record behind the find.
  test.each([
    ['Police uncovered a cache of weapons.', 'uncovered'],
    ['Builders uncovered a Roman floor under the car park.', 'uncovered'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('inquiries in the plural, words parroted, a case made to a long audience', () => {
  test.each([
    [
      'Investigations have revealed that the funds were moved before the vote.',
      'Investigations have revealed',
      'vague',
    ],
    ['Two audits found that the pier was unsafe.', 'Two audits found', 'document'],
    ['Senator Reyes parroted these views during a radio interview.', 'Senator Reyes parroted', 'named'],
    [
      'Mayor Lind is making a passionate case to a packed hall of angry local traders that the pier must close.',
      'Mayor Lind is making',
      'named',
    ],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Near misses: inquiries going on, a bird's mimicry, a case of wine.
  test.each([
    ['Inquiries are continuing into the fire.', 'Inquiries'],
    ['The bird parroted the words of its owner.', 'parroted'],
    ['Mayor Lind made a case of wine for the raffle.', 'made'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('speech reported through a noun of words after other verbs', () => {
  test.each([
    ['Senator Reyes offered some pointed advice to the mayor on Friday.', 'Senator Reyes offered'],
    ['Tom Lind, a pollster for the Herald, sounded a wary note on the rent figures.', 'Tom Lind'],
    ['Mayor Lind delivered a forceful promise to rebuild the pier.', 'Mayor Lind delivered'],
    ['Ms Okafor gave a speech on housing at the conference.', 'Ms Okafor gave'],
    ['Mayor Lind voiced concern about the closures.', 'Mayor Lind voiced'],
    ['Mayor Lind sent condolences to the families.', 'Mayor Lind sent'],
    ['Ms Okafor posed questions about the budget.', 'Ms Okafor posed'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  // Near misses: help offered, a bell sounded, goods delivered, a speech therapist, a parcel sent, a risk posed.
  test.each([
    ['Mayor Lind offered help to the families.', 'offered'],
    ['The bell sounded a note at noon.', 'sounded'],
    ['Mayor Lind delivered the parcels herself.', 'delivered'],
    ['Ms Okafor gave a speech therapist a lift.', 'gave'],
    ['Mayor Lind sent a parcel to the families.', 'sent'],
    ['The storm posed risks to the pier.', 'posed'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

describe('a name ending in -s before a verb of saying in -s', () => {
  test.each([
    ['The Harbour News reports that the pier will close.', 'The Harbour News reports'],
    ['Ferris Times reports that the pier will close.', 'Ferris Times reports'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  // Near miss: reports as a noun after a name, the subject of another verb.
  test('reports as a noun', () => expectNoneOver('The Harbour News reports were read by few.', 'reports were'));
});

describe("a headline's progressive verb of words", () => {
  test.each([
    ['Mayor Lind Is Now Calling The Pier A Disgrace', 'Calling'],
    ['Ms Okafor Is Now Saying The Pier Must Close', 'Saying'],
  ])('%s', (text, words) => expect(attributionsOf(text).some((f) => f.text.includes(words))).toBe(true));
  // Near miss: a plan, not words.
  test('a plan in a headline', () => expectNoneOver('Mayor Lind Is Planning A New Pier', 'Planning'));
});
