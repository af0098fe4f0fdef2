/**
 * Round 20, source types: an organisation brought in with "a" is nobody a reader can find; a state after a town
 * only places the town; an aide or friend named through whose they are is still unnamed; generations and gatherings
 * of people are crowds; views, fears and esteem that nobody is said to hold are agentless.
 */
import { describe, expect, test } from 'vitest';
import type { SourceType } from '../../src/engine/index.ts';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** Expects no attribution finding with the given source (any source when none is given) to reach the words. */
function expectNoneOver(text: string, words: string, source?: SourceType): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const hits = attributionsOf(text).filter((f) => f.start < at + words.length && f.end > at && (!source || f.source === source));
  expect(hits.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

// "The ministry said" points at one body you can look up. "A major charity said" could be any of hundreds: the
// writer knows which one but does not tell you, so you cannot check it, just as with "campaigners say".
describe('an organisation brought in with "a" is a vague source', () => {
  test.each([
    ["A leading tenants' group says the new rent law is unfair.", "A leading tenants' group says", 'vague'],
    ['A haulage firm she runs complained that the tender was rigged.', 'A haulage firm she runs complained', 'vague'],
    ['A group of nurses said the ward was full.', 'A group of nurses said', 'vague'],
    ['Another charity warned that the shelter would close.', 'Another charity warned', 'vague'],
    // A name given right after it names the body.
    ['A small firm, Harbour Tech, said the flats were damp.', 'A small firm, Harbour Tech, said', 'named'],
    ['A charity called Harbour Hope said the flats were damp.', 'Harbour Hope said', 'named'],
    // "the": a body met before or one the reader can find.
    ['The group said the ward was full.', 'The group said', 'named'],
    ['The ministry said the dam held.', 'The ministry said', 'named'],
    // A court rules on the record, named or not.
    ['A federal court ruled the levy void.', 'A federal court ruled', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    // "an inquiry the council said": the "an" belongs to the inquiry; the council after "the" is definite.
    ['It was an inquiry the council said had closed.', 'an inquiry the council said'],
  ])('%s keeps the body named', (text, phrase) => expectNoneOver(text, phrase, 'vague'));
});

// "A nurse in Dover, Delaware, said": the state between commas only says where Dover is. The nurse is speaking,
// and the nurse is not named, so the source is an unnamed person, not a place called Delaware.
describe('a state after a town is no speaker', () => {
  test.each([
    ['A retired nurse in Dover, Delaware, said the dam held.', 'A retired nurse in Dover, Delaware, said', 'anonymous'],
    ['Then a woman in Harbourton, Mass., told him she was worried.', 'a woman in Harbourton, Mass., told', 'anonymous'],
    ['A man from New Harbour, N.H., said the dam held.', 'A man from New Harbour, N.H., said', 'anonymous'],
    // After the verb too: the state closing the sentence only places the town.
    ['"The bus never comes," said a nurse in Elmford, Kansas.', 'said a nurse in Elmford', 'anonymous'],
    // A state that speaks for itself keeps its name.
    ['Ohio said it would appeal the ruling.', 'Ohio said', 'named'],
    ['On Monday, Ohio, heading an alliance of four states, said the rules were unlawful.', 'Ohio, heading an alliance of four states, said', 'named'],
    // A named person from a town stays named.
    ['Ann Lee, of Fairview, N.C., said the dam held.', 'N.C., said', 'named'],
    ['Tom Reyes, of Elmford, Md., who saw the regatta, said it was close.', 'Md., who saw the regatta, said', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['"The bus never comes," said a shopkeeper in Elmford, Kansas.', 'Kansas'],
  ])('%s does not name the state', (text, phrase) => expectNoneOver(text, phrase, 'named'));
});

// "The mayor's campaign manager said" names one person: a campaign has one manager. "The mayor's aide said" does
// not: a mayor has many aides, so saying whose aide it is still leaves the reader not knowing who spoke.
describe('a role many people hold is unnamed, whoever they work for', () => {
  test.each([
    ["Mayor Ann Lee's top aide said she would run again.", "Mayor Ann Lee's top aide said", 'anonymous'],
    ["Ann Lee's adviser said the plan was dead.", "Ann Lee's adviser said", 'anonymous'],
    ["Tom Reyes's friend told reporters he was ill.", "Tom Reyes's friend told", 'anonymous'],
    // One person holds the role: the owner's name names them.
    ["Ann Lee's campaign manager said she would run again.", "Ann Lee's campaign manager said", 'named'],
    ["Tom Reyes's lawyer said he would appeal.", "Tom Reyes's lawyer said", 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// "Millennials say" speaks for millions of people born in the same years; "a chorus of critics" says only that
// many spoke. Neither tells you who, so both are vague groups.
describe('generations and gatherings of people are crowds', () => {
  test.each([
    ['Millennials say they expect to work until they are seventy.', 'Millennials say', 'vague'],
    ['Boomers say the pension age is too high.', 'Boomers say', 'vague'],
    ['A chorus of farmers called on the minister to drop the levy.', 'A chorus of farmers called', 'vague'],
    ['A crowd of parents told the head the gate was unsafe.', 'A crowd of parents told', 'vague'],
    ['An army of volunteers said the beach was clean again.', 'An army of volunteers said', 'vague'],
    // A body with its own name is named.
    ['The Army of Harbourland said the border was calm.', 'The Army of Harbourland said', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    // "Having said that" opens a clause: "Having" is nobody's name.
    ['Having said that, the bridge still needs work.', 'Having said'],
    // A crowd that only gathers says nothing.
    ['A crowd of 500 gathered by the harbour.', 'A crowd of 500'],
  ])('%s says nothing', (text, phrase) => expectNoneOver(text, phrase));
  test.each([
    // An appositive that calls the word a band or a shop makes it that thing's name.
    ['Zoomers, the harbour folk band, said the last show was sold out.', 'Zoomers, the harbour folk band, said', 'named'],
    // One that calls them a generation keeps them a crowd.
    ['Boomers, the generation after the war, say pensions are too low.', 'Boomers, the generation after the war, say', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// "Fears of a strike grew" reports a fear without saying who is afraid: the writer passes on a mood nobody is
// named as holding. With an owner ("her fears about the dam") the fear is hers.
describe('views and fears that nobody holds are agentless', () => {
  test.each([
    ['Fears of a strike have grown this week.', 'Fears of', 'agentless'],
    ['There is deep distrust of the council in the valley.', 'distrust of', 'agentless'],
    ['Doubts about the bridge have spread.', 'Doubts about', 'agentless'],
    ['Criticism of the new timetable grew on Monday.', 'Criticism of', 'agentless'],
    ['Concerns about the dam were raised at the meeting.', 'Concerns about', 'agentless'],
    // With an owner the view is the owner's.
    ['Voters like her despite her sharp criticism of the harbour board.', 'her sharp criticism', 'pronoun'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    // Someone voicing or spreading the worry owns it.
    ['She voiced concerns about the dam.', 'concerns about'],
    ['Her opponents hoped to sow doubts over the budget.', 'doubts over'],
    // "The mayor's fears": an owner.
    ["The mayor's fears about the dam were real.", 'fears about'],
    // An owner after "by" or "from" owns it too.
    ['Criticism of the timetable by angry commuters grew louder.', 'Criticism of'],
    ['Doubts about the budget were raised by councillors in May.', 'Doubts about'],
  ])('%s has an owner', (text, phrase) => expectNoneOver(text, phrase, 'agentless'));
  test.each([
    // "by the day", "by ten percent": how the view grew, nobody holding it.
    ['Criticism of the timetable grew by the day.', 'Criticism of', 'agentless'],
    ['Fears about the dam rose by ten percent.', 'Fears about', 'agentless'],
    // A "from" inside the worry, or a range, is no holder.
    ['Concerns about how the levy would work from town to town linger.', 'Concerns about', 'agentless'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// "She is widely respected" tells you many people think well of her, without saying who. "Their privacy was
// respected" is a rule that was kept, not anybody's opinion.
describe('esteem and scorn with nobody holding them are agentless', () => {
  test.each([
    ['She is widely respected in the valley.', 'is widely respected', 'agentless'],
    ['The chef is highly regarded.', 'is highly regarded', 'agentless'],
    ['He was reviled in the town for years.', 'was reviled', 'agentless'],
    ['The bakery was long celebrated as the finest in town.', 'was long celebrated as', 'agentless'],
    // A readiness read off someone from the outside: to whom does it seem so?
    ['The new council seems eager to sign the deal.', 'seems eager', 'agentless'],
    ['He appeared eager to settle the case.', 'appeared eager', 'agentless'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['Their privacy was respected.', 'was respected'],
    ['The speed limit is generally respected on the bridge.', 'is generally respected'],
    ['The feast was celebrated on Sunday.', 'was celebrated'],
    // Praise needs whose quality or deed: a length of time is how long a party lasted.
    ['The late winner was celebrated for an hour.', 'was celebrated'],
    ['The harvest fair was celebrated for four days.', 'was celebrated'],
    // Readiness, being set or poised, and being unable are said of things and outcomes too: no one's view of a will.
    ['The ferry crew seemed unable to start the engine.', 'seemed unable'],
    ['The flood appears set to reach the town.', 'appears set'],
    ['Rents seem set to climb again.', 'seem set'],
    ['The old pier appeared ready to fall.', 'appeared ready'],
    ['The bond seemed poised for a fourth week of gains.', 'seemed poised'],
  ])('%s judges nobody', (text, phrase) => expectNoneOver(text, phrase, 'agentless'));
  test.each([
    ['The harbour poet was widely celebrated for her courage.', 'was widely celebrated for her', 'agentless'],
    ['The old mill had been celebrated for decades as the finest in the county.', 'been celebrated for decades as', 'agentless'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

// "Bakers insist the flour is fine": "insist" without an -s agrees with many bakers, so the word before it is a
// crowd, not a surname (a Mr Bakers would "insist" with an -s). "Audiences expect her to sing": the "her" is the
// singer, not a sign that "Audiences" is one person's name.
describe('a plural that agrees with its verb is a crowd, not a surname', () => {
  test.each([
    ['Bakers insist the flour is fine.', 'Bakers insist', 'vague'],
    ['Anglers insist the river is dirty.', 'Anglers insist', 'vague'],
    ['Farmers warn the harvest will fail.', 'Farmers warn', 'vague'],
    // A surname takes the -s form and stays a name.
    ['Sanders says the plan is bad.', 'Sanders says', 'named'],
    ['Waters told him to leave.', 'Waters told', 'named'],
    ['Parents complain the school bus is late.', 'Parents complain', 'vague'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test.each([
    ['Audiences expect her to sing the old songs.', 'Audiences expect'],
  ])('%s names nobody', (text, phrase) => expectNoneOver(text, phrase, 'named'));
  test.each([
    // Only people speak: horns, lamps and gales "warn" without being anybody's voice.
    ['Horns warn swimmers to leave the water.', 'Horns warn'],
    ['Lamps tell cyclists to stop.', 'Lamps tell'],
    ['Gales warn of a cold spring.', 'Gales warn'],
    // A club's plural nickname insisting is the club, not a crowd.
    ['Gulls insist they will keep their goalkeeper, the club said.', 'Gulls insist'],
  ])('%s is no crowd speaking', (text, phrase) => expectNoneOver(text, phrase, 'vague'));
});
