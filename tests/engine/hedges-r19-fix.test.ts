/**
 * Round 19's review of the hedge narrowings: each narrowing kept to the plain use it was written for. "Suggested"
 * as recommended only before the thing (after an article or a preposition); a purpose clause needs its own subject;
 * a belief's holder must be named; only a term is defined; "maintain" and "call" voice a view only before a clause,
 * "that", a name given or a demand; business quarters and circles flown are no crowd; a league place only after a
 * team or a name; a place in an order only in a running order. View holders opening a sentence ("Critics say") are a
 * crowd as after a comma. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const LOOK = 'rhetoric/hedge/appearance';
const SIGN = 'rhetoric/hedge/suggestion';
const HEARSAY = 'rhetoric/hedge/hearsay';
const OPEN = 'rhetoric/hedge/open-question';
const MODAL = 'rhetoric/hedge/speculative-modal';
const CROWD = 'rhetoric/hedge/vague-crowd';

describe('flags', () => {
  test.each<Row>([
    // 1. "Suggested" as the verb: a sign offered for a conclusion.
    ['Early figures suggested prices would keep rising through the winter.', 'suggested', SIGN],
    ['The study suggested age was a bigger factor than income.', 'suggested', SIGN],
    ['Sales data suggested changes were coming at the firm.', 'suggested', SIGN],
    // 2. "So that" with no subject of its own: "that" is the subject, and the modal guesses.
    ['Rates are rising and so that could mean higher rents for families.', 'could', MODAL],
    ['The pump failed, and so that might explain the flooding.', 'might', MODAL],
    // 3. A belief whose holders are not named.
    ['They have reason to believe the vote was rigged.', 'reason to believe', OPEN],
    ['Many people have good reason to believe the dam will fail.', 'reason to believe', OPEN],
    ['After the spill, residents have reason to believe the water is unsafe.', 'reason to believe', OPEN],
    // 4. What a deal or an event "is understood to mean" is a report with nobody behind it.
    ['The merger is understood to mean hundreds of job losses at the plant.', 'is understood to', HEARSAY],
    ['The ruling is understood to mean a delay for the bridge.', 'is understood to', HEARSAY],
    // 5. "Maintain" before "that" or a clause, "call" naming or demanding; view holders opening a sentence.
    ['Critics maintain that the bypass is too costly.', 'critics maintain', CROWD],
    ['Opponents maintain the levy will hurt small farms.', 'opponents maintain', CROWD],
    ['Experts call it the worst drought in a century.', 'experts call', CROWD],
    ['Advocates call for a ban on the pesticide.', 'advocates call', CROWD],
    ['The mill makes a cloth that experts call bramble-weave.', 'experts call', CROWD],
    ['Critics say the bypass is too costly.', 'critics say', CROWD],
    ['Experts say the reservoir is too low.', 'experts say', CROWD],
    ['Supporters say the levy will pay for itself.', 'supporters say', CROWD],
    // 6. People in some quarters or circles, however the sentence goes on.
    ['The move was welcomed in some quarters.', 'in some quarters', CROWD],
    ['In some quarters, the levy is seen as a tax on farmers.', 'in some quarters', CROWD],
    ['The painter is admired in many circles.', 'in many circles', CROWD],
    // 7. A thing that is not a team moving clear: a guess.
    ['The storm could have moved clear of the coast by Friday, forecasters said.', 'could', MODAL],
    ['The convoy could have gone level with the border post by dawn.', 'could', MODAL],
    // 8. "Next in line" is a guess about who comes next.
    ['The rebels appear next in line to seize power, experts fear.', 'appear', LOOK],
    ['The deputy appears first in line for the top job.', 'appears', LOOK],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // 1. The attributive use keeps its narrowing.
    ['The kettle sold below suggested retail prices in March.', 'suggested', SIGN],
    ['A suggested donation of six dollars is welcome.', 'suggested', SIGN],
    ['The list of suggested edits ran to nine pages.', 'suggested', SIGN],
    // 2. A purpose clause with its own subject.
    ['The lane was widened so that buses could pass.', 'could', MODAL],
    // 3. A named holder, a named role, an investigating body, the speaker.
    ['Police have reason to believe the courier fled north.', 'reason', OPEN],
    ['Ms Orlova has good reason to believe she was followed.', 'reason', OPEN],
    ['The minister has reason to believe the deal will hold.', 'reason', OPEN],
    ['We have every reason to believe the ferry will sail.', 'reason', OPEN],
    // 4. A term or a quoted word defined.
    ['The label is understood to mean grown within fifty miles.', 'understood', HEARSAY],
    ['The word "kith" is understood to mean friends.', 'understood', HEARSAY],
    // 5. "Maintain" as keep, "call" as telephone; counted or owned view holders at a sentence's start.
    ['Advocates maintain a hotline for victims of abuse.', 'advocates', CROWD],
    ['Supporters maintain the park every weekend.', 'supporters', CROWD],
    ['Supporters called the office every day.', 'supporters', CROWD],
    ['Two experts said the reservoir is too low.', 'experts', CROWD],
    ['The critics on the jury said the film was long.', 'critics', CROWD],
    // 6. A firm's quarters of the year and circles flown.
    ['The firm lost money in some quarters last year but made a profit overall.', 'quarters', CROWD],
    ['The shop made a loss in some quarters of the year.', 'quarters', CROWD],
    ['The birds flew in many circles over the field.', 'circles', CROWD],
    // 7. A league place after a team or a name.
    ['Rovers could have gone top with a win.', 'could', MODAL],
    ['The side could have moved third on goal difference.', 'could', MODAL],
    // 8. A running order.
    ['The duo appear next on the bill.', 'appear', LOOK],
    ['The pair appeared last in the running order.', 'appeared', LOOK],
    ['The captain appears second in the batting order.', 'appears', LOOK],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
