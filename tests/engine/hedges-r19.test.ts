/**
 * Round 19's hedge rows. Hedge words used plainly in ordinary news: a place in an order ("appeared first on the
 * ballot"), an audience's cheers, a recommendation ("the suggested retail price"), a person's gesture ("the officer
 * pointed to a map"), a place in the table a win would have given, a poll's sample ("likely voters"), a definition
 * ("is understood to mean"), a belief with its holder ("police have reason to believe"), a news story with its
 * outlet, a final word, a modal in a clause of purpose ("so that lorries could pass"), doubts raised "with the
 * landlord by tenants" or "cast aside". Added: a crowd "in some quarters", and view holders with no amount ("...,
 * critics say"). Each has near misses. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const LOOK = 'rhetoric/hedge/appearance';
const SIGN = 'rhetoric/hedge/suggestion';
const ODDS = 'rhetoric/hedge/possibility';
const HEARSAY = 'rhetoric/hedge/hearsay';
const OPEN = 'rhetoric/hedge/open-question';
const MODAL = 'rhetoric/hedge/speculative-modal';
const CROWD = 'rhetoric/hedge/vague-crowd';
const DOUBT = 'rhetoric/hedge/unowned-doubt';

describe('flags', () => {
  test.each<Row>([
    // How a thing looks is still an impression, and a second "to" after the audience makes it one.
    ['The new rules appear unworkable.', 'appear unworkable', LOOK],
    ['The moon appears to the naked eye to be small.', 'appears to', LOOK],
    ['The leak appeared to be small.', 'appeared to', LOOK],
    // Evidence that points or suggests still plants a conclusion.
    ['The data point to a slowdown in hiring.', 'point to', SIGN],
    ['Drones were jammed, suggesting outside help.', 'suggesting', SIGN],
    // A likely outcome is a guess, whoever votes.
    ['Turnout is likely to fall among young voters.', 'likely', ODDS],
    // What unnamed people said a deal holds is hearsay.
    ['The deal is understood to include a loan from the bank.', 'is understood to', HEARSAY],
    // A belief with nobody holding it, lore with no teller, a rumour.
    ['There is reason to believe the man fled abroad.', 'reason to believe', OPEN],
    ['Local legend says that the king hid in the mill.', 'legend says that', OPEN],
    ['The word is that the manager will quit.', 'word is that', OPEN],
    // After a comma "so that" tells a result, where a modal can still guess; a plain "may have" guesses.
    ['The river rose, so that homes could be flooded.', 'could be', MODAL],
    ['The virus may have escaped from a lab.', 'may', MODAL],
    // A guess about where someone went or how a fire began.
    ['The gunman could have gone abroad.', 'could have', MODAL],
    ['The fire could have started in the kitchen.', 'could have', MODAL],
    // Evidence that suggests, even with an auxiliary.
    ['The survey has suggested that the town grew.', 'suggested', SIGN],
    ['Early results suggest turnout fell.', 'suggest', SIGN],
    // A person who suggests a claim offers it tentatively: still a hedge (round 15's rows keep it).
    ['Analysts suggest the bank will cut rates.', 'suggest', SIGN],
    // People in some quarters hold a view nobody can check.
    ['The move was welcomed in some quarters.', 'in some quarters', CROWD],
    ['The plan drew praise in certain circles.', 'in certain circles', CROWD],
    // View holders with no amount at all, after a comma or inside a clause.
    ['The plan will fail, critics say.', 'critics say', CROWD],
    ['The band sings in a made-up tongue that critics call glass-speak.', 'critics call', CROWD],
    ['Prices will rise, economists believe.', 'economists believe', CROWD],
    // A vague amount after "the" is still a crowd.
    ['The actor ignores the numerous critics who say he cannot act.', 'numerous critics', CROWD],
    // Doubts with nobody named, and doubts cast on something.
    ['Concerns were raised with the landlord.', 'Concerns were raised', DOUBT],
    ['Doubts have been cast on the figures.', 'Doubts have been cast', DOUBT],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A place in an order is read off the page: nothing only looks so.
    ['Her name appeared first on the ballot.', 'appeared', LOOK],
    ['The envoy appeared second on the list of witnesses.', 'appeared', LOOK],
    // An audience's cheers greet someone on stage; nothing seems to them.
    ['The singer appeared to loud cheers from the crowd.', 'appeared', LOOK],
    ['The band appeared to a standing ovation.', 'appeared', LOOK],
    // A feeling about how fast time went.
    ['It seems like only yesterday that the pier opened.', 'seems', LOOK],
    // "Suggested" as recommended.
    ['The phone sells at a suggested retail price of 499 dollars.', 'suggested', SIGN],
    ['The suggested route avoids the motorway.', 'suggested', SIGN],
    ['Entry is free, with a suggested donation of five pounds.', 'suggested', SIGN],
    // A person who points makes a gesture or an argument of their own.
    ['The officer pointed to a map of the valley.', 'pointed', SIGN],
    ['The coach points to his record in cup games.', 'points', SIGN],
    // A poll's sample.
    ['A poll of 900 likely voters put Ruiz ahead.', 'likely', ODDS],
    ['Among likely voters, the mayor leads by six points.', 'likely', ODDS],
    // A definition.
    ['The term resident is understood to mean anyone who has lived here for a year.', 'understood', HEARSAY],
    // A belief with its holder, a news story with its outlet or owner, a ruling.
    ['Police have reason to believe the man fled abroad.', 'reason', OPEN],
    ['We have every reason to believe the school will reopen.', 'reason', OPEN],
    ['A BBC story says that the minister resigned.', 'story', OPEN],
    ["The paper's story says that the minister resigned.", 'story', OPEN],
    ['The final word is that the club stays in the league.', 'word', OPEN],
    // A modal in a clause of purpose gives an aim.
    ['The road was widened so that the crowd could have a view.', 'could', MODAL],
    ['She saved for years so that she might have a house of her own.', 'might', MODAL],
    ['Seats were added in order that every pupil may have a desk.', 'may', MODAL],
    // A place in the table a result would have given: the result is known.
    ['Rovers could have gone top with a win.', 'could', MODAL],
    ['Rovers could easily have moved clear at the top.', 'could', MODAL],
    // Askers named after the listener; doubts dismissed.
    ['Concerns were raised with the landlord by tenants.', 'Concerns', DOUBT],
    ['Fears were voiced to the minister by farmers.', 'Fears', DOUBT],
    ['Doubts have been cast aside after the win.', 'Doubts', DOUBT],
    // View holders already named or counted.
    ['The film was long, the critics on the panel said.', 'critics', CROWD],
    ['The dam is safe, two experts said.', 'experts', CROWD],
    ['She had won, her supporters argued.', 'supporters', CROWD],
    ["She is too slow, the mayor's critics say.", 'critics', CROWD],
    // Districts of a town are no crowd.
    ['Rents rose in some quarters of the old town.', 'quarters', CROWD],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
