/**
 * Round 20, attribution recall: verbs of comparing, framing, praising, scolding, taking words back and putting an
 * idea forward, views seen ahead or regretted, and the adjectives of scorn, delight and speaking up. Each is a
 * person or a body saying or holding something; each has near misses with a thing as subject, an order, or a
 * different sense of the word, which must stay silent.
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

// Comparing one thing to another out loud, or calling on an event as a reason, is a view put into words.
describe('comparing and framing in words', () => {
  test.each([
    ['Mayor Vostrikova has likened the new tram line to a museum piece.', 'Mayor Vostrikova has likened', 'named'],
    ['Councillor Brandt equated the parking levy with theft.', 'Councillor Brandt equated', 'named'],
    ['Pellham alluded to the missing funds in her speech.', 'Pellham alluded', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // A song or a building that calls up a memory has no speaker.
  test.each([
    ['The old ballad invokes the harbour of the 1960s.', 'invokes'],
    // Invoking a clause, a power or a law is acting on it.
    ['The council invoked an emergency clause to close the road.', 'invoked'],
    ['The glass roof likens the station to a greenhouse.', 'likens'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Praise and scorn said to or of someone tell the reader what that person thinks.
describe('praising, mocking and scolding', () => {
  test.each([
    ['Coach Ferreira complimented the young keeper after the match.', 'Coach Ferreira complimented', 'named'],
    ['Halvorsen lampooned the council in a radio sketch.', 'Halvorsen lampooned', 'named'],
    ['Mayor Ruiz often belittles the protesters.', 'Mayor Ruiz often belittles', 'named'],
    ['Judge Amara admonished the lawyers for the delay.', 'Judge Amara admonished', 'named'],
    ['The union deplored the closure of the depot.', 'The union deplored', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // An order to the reader is not a report of anyone's words.
  test.each([
    ["Don't belittle the volunteers.", 'belittle'],
    ['Never taunt a tired dog.', 'taunt'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Taking one's words back, or standing by them again, is news about what someone said.
describe('taking words back or standing by them', () => {
  test.each([
    ['Senator Okafor disavowed the advert on Tuesday.', 'Senator Okafor disavowed', 'named'],
    ['Brandt later retracted his remarks about the nurses.', 'Brandt later retracted', 'named'],
    ['The ministry reaffirmed its pledge to reopen the line.', 'The ministry reaffirmed', 'named'],
    ['The new figures contradict the ministry.', 'The new figures contradict', 'document'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['The cat retracted its claws.', 'retracted'],
    // Acts, not words: "rebuff" and "renounce" were taken out of the speech verbs.
    ['The club rebuffed a bid from the rival owners.', 'rebuffed'],
    ['The keeper rebuffed every header in the first half.', 'rebuffed'],
    ['The actor renounced his French passport.', 'renounced'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Putting an idea forward, or seeing a future in one's mind, is a view held by whoever does it.
describe('ideas put forward, futures foreseen, regrets', () => {
  test.each([
    ['The economist Ana Lind posited that wages would rise.', 'Ana Lind posited', 'named'],
    ['Investigator Dahl theorised that the fire began in the kitchen.', 'Investigator Dahl theorised', 'named'],
    ['Finance Minister Osei foresees a deficit next year.', 'Finance Minister Osei foresees', 'named'],
    ['Brandt regrets his vote on the bridge.', 'Brandt regrets', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['The plan envisages two new stations by 2030.', 'envisages'],
    // Regret foreseen with "will" or "would" is a forecast in the writer's voice, nobody's view.
    ['Supporters will regret skipping the final.', 'regret'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Scorn or delight held for a plan, and speaking up about it, are views, like "critical of" already is.
describe('adjectives of scorn, delight and speaking up', () => {
  test.each([
    ['Senator Okafor has been outspoken on the issue of rents.', 'Senator Okafor has been outspoken', 'named'],
    ['Brandt was vocal about the cuts to the bus service.', 'Brandt was vocal', 'named'],
    ['The union is contemptuous of the new pay offer.', 'The union is contemptuous', 'named'],
    ['Local traders are not enamoured of the parking plan.', 'Local traders are not enamoured', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  // Vocal cords and an outspoken manner with no matter named hold no view.
  test.each([
    ['The singer rested her vocal cords before the show.', 'vocal'],
    ['Her outspoken manner won her friends.', 'outspoken'],
    ['The tenor was vocal in the second verse.', 'vocal'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Adjectives of intent before "to" were taken out: "the team was determined to win" describes resolve, and no test
// of sense tells a politician's stance from an athlete's will, so none of these names a source.
describe('adjectives of intent report no source', () => {
  test.each([
    ['Councillor Brandt is determined to cut fares.', 'determined'],
    ['Rovers were determined to win the cup.', 'determined'],
    ['Okafor was determined to finish the marathon.', 'determined'],
    ['Residents are reluctant to leave their homes.', 'reluctant'],
    ['The dog is eager to play.', 'eager'],
    ['Brandt is keen on cycling.', 'keen'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Doubts put into words: raising concerns or questions, casting doubt. Raising money or a roof says nothing.
describe('doubts raised in words', () => {
  test.each([
    ['Councillor Brandt raised concerns about the depot.', 'Councillor Brandt raised', 'named'],
    ['Brandt raised the question of fares.', 'Brandt raised', 'named'],
    ['Residents raised objections to the tower.', 'Residents raised', 'vague'],
    ['The new audit raised questions about the depot.', 'The new audit raised', 'document'],
    ['Brandt has cast doubt on the figures.', 'Brandt has cast', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['The club raised funds for the depot.', 'raised'],
    ['The crane raised the roof.', 'raised'],
    ['The fisherman cast his net.', 'cast'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Set phrases for a view held or a stand taken on one's own words: a ruling or belief "held that", "took the view
// that", standing apart from words, and retreating from or standing by them. The same verbs of walking, holding or
// doubling without words after them report nothing.
describe('views held and stands on words', () => {
  test.each([
    ['Judge Amara held that the contract was void.', 'Judge Amara held', 'named'],
    ['Judge Amara held that Okafor was liable for the damage.', 'Judge Amara held', 'named'],
    ['Brandt took the view that fares must rise.', 'Brandt took', 'named'],
    ['Brandt distanced himself from the advert.', 'Brandt distanced', 'named'],
    ['Senator Okafor distanced herself from the party leader.', 'Senator Okafor distanced', 'named'],
    ['In 1998 the senator distanced herself from then-governor Lena Ruiz.', 'the senator distanced', 'pronoun'],
    ['Brandt walked back his remarks.', 'Brandt walked', 'named'],
    ['Brandt backtracked on the pledge.', 'Brandt backtracked', 'named'],
    ['Brandt doubled down on his claim.', 'Brandt doubled', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['Brandt held that seat for years.', 'held'],
    // A name or a number before a noun is the thing held, not a clause.
    ['Brandt held that Senate seat for forty years.', 'held'],
    ['The visitors held that 2-0 lead until the break.', 'held'],
    ['Brandt walked back home.', 'walked'],
    ['The hikers backtracked on the trail.', 'backtracked'],
    ['Brandt doubled down on defence.', 'doubled'],
    ['The fence distanced the houses from the road.', 'distanced'],
    // A runner who draws away from the others moved; he said nothing.
    ['The favourite distanced himself from the chasing group.', 'distanced'],
    ['Okafor distanced herself from the field on the last lap.', 'distanced'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// Criticism or a question spoken in public: singling someone out for blame, holding back from calling something a
// name, quizzing a minister. A drug test, a bus stopping short, a pub quiz report no words.
describe('criticism and questions in public', () => {
  test.each([
    ['Councillor Brandt singled out the ministry for blame.', 'Councillor Brandt singled', 'named'],
    ['Councillor Brandt stopped short of calling it a failure.', 'Councillor Brandt stopped', 'named'],
    ['Councillor Brandt quizzed the minister about fares.', 'Councillor Brandt quizzed', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['The coach singled out the keeper for a drug test.', 'singled'],
    ['The bus stopped short of the station.', 'stopped'],
    ['The bus stopped short of hitting the wall.', 'stopped'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// A colon after a clause about a titled person, right before a quotation, hands the quotation to that person, as a
// reader takes it: "Mayor Ruiz was blunt: “…”". A place or a plan before the colon speaks no words.
describe('a quotation introduced by a colon clause about its speaker', () => {
  test.each([
    ['Mayor Lena Ruiz was blunt: "The depot will close in 2027."', '"The depot will close in 2027."', 'named'],
    ['Senator Okafor had a warning for drivers: "Fares will rise in May."', '"Fares will rise in May."', 'named'],
    ['She had one message for drivers: "The depot will close in 2027."', '"The depot will close in 2027."', 'pronoun'],
    ['President Varga was defiant: "We will not leave this valley."', '"We will not leave this valley."', 'named'],
    ['Mayor Ruiz put it bluntly: "The depot will close in 2027."', '"The depot will close in 2027."', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['New Paris was calm: "The depot will close in 2027."', 'unattributed'],
    ['The plan is simple: "The depot will close in 2027."', 'unattributed'],
    // Words read, found or shown are not the words of the person who holds them.
    ['He spotted a card on the dashboard: "Back in five minutes, do not tow."', 'unattributed'],
    ['Dr Okoye held up the jar: "Keep away from children and pets."', 'unattributed'],
    ['Senator Bale read out an email from a farmer: "The river floods every spring."', 'unattributed'],
    ['They were met by a banner at the bridge: "No trucks after nine tonight."', 'unattributed'],
  ])('%s', (text, rule) => {
    expect(attributionsOf(text).map((f) => f.rule)).toEqual([`attribution/${rule}-quotation`]);
  });
});

// "Understand" holds a view only of something stated in a clause ("could understand the anger" is sympathy), and
// knowing a person is acquaintance; knowing a fact or the rules stays knowledge held.
describe('knowing a clause, not a thing', () => {
  test.each([
    ['Insiders knew the minister had resigned.', 'Insiders knew', 'vague'],
    ['Engineers understand why the bridge cracked.', 'Engineers understand', 'vague'],
    ['Aides knew Omar al-Rashid was behind the leak.', 'Aides knew', 'vague'],
    ['Councillor Brandt knows the bylaws.', 'Councillor Brandt knows', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ["The neighbours didn't know him.", 'know'],
    ['Many viewers could understand the anger.', 'understand'],
  ])('%s', (text, words) => expectNoneOver(text, words));
});

// A quotation that runs over several sentences belongs to the speaker named after its closing mark, not to a crowd in
// the sentence before it.
describe('a running quotation and the speaker after it', () => {
  test('the closing speaker outranks a crowd before', () => {
    const text = 'Commuters say the timetable is a mess. "The trams never arrive on time. We queue for an hour," said Mayor Ruiz.';
    expectSourceOver(text, '"The trams never arrive on time.', 'named');
  });
});
