/**
 * Round 16's hedge rows: a move in a career or a company "is possible" as an outcome when dated or someone's (not a
 * service on offer), the terms of a service after "possible", and a concession that grants only a known result
 * ("may have lost but is still top"), not a guessed act ("may have fled abroad but is still armed"); and two kinds
 * said of a whole class ("symptoms may be mild or severe"), which describe it. Each rule has near misses that keep
 * its behaviour. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const MODAL = 'rhetoric/hedge/speculative-modal';
const OPEN = 'rhetoric/hedge/open-possibility';

describe('flags', () => {
  test.each<Row>([
    // A move dated by a month or a season, or someone's: an outcome clubs or boards have yet to decide.
    ['A January transfer is possible.', 'is possible', OPEN],
    ['A summer move is possible for the winger.', 'is possible', OPEN],
    ["The striker's summer move is possible.", 'is possible', OPEN],
    ["Ruiz's transfer is possible before the deadline.", 'is possible', OPEN],
    ['A March exit is possible if results do not improve.', 'is possible', OPEN],
    // A change of hands or of fortune is an outcome whatever its date.
    ['A takeover of the club is possible.', 'is possible', OPEN],
    ['A merger is possible before the autumn.', 'is possible', OPEN],
    ['Relegation is possible for the first time since 1990.', 'is possible', OPEN],
    ['A comeback is possible after the break.', 'is possible', OPEN],
    // The American spelling wink gives "cancellations" is still a cancellation.
    ['Further cancellations are possible this week.', 'are possible', OPEN],
    ['Showers are possible on Monday.', 'are possible', OPEN],
    // Online is a place where attacks come, no term of a service; "at no more than" is no price.
    ['Further cyber attacks are possible online.', 'are possible', OPEN],
    ["Walkouts are possible at no more than a day's notice.", 'are possible', OPEN],
    // A guessed act keeps its hedge, "but ... still" notwithstanding.
    ['The gunman may have fled abroad but is still armed.', 'may have', MODAL],
    ['The suspect may have crossed into France but is still at large.', 'may have', MODAL],
    ['The virus may have spread to cattle, but it is still rare in people.', 'may have', MODAL],
    ['The thieves may have been helped by a guard but are still unknown.', 'may have', MODAL],
    ['The company may have hidden losses but is still trading.', 'may have', MODAL],
    ['The patient may have been infected but is still without symptoms.', 'may have', MODAL],
    // A dummy "it" opens a question, no subject taken up.
    ['The team may have won, but it is still unclear whether the coach stays.', 'may have', MODAL],
    ['The party may have lost, but it is still too early to say.', 'may have', MODAL],
    // A new subject after "but" still starts a guess.
    ['The suspect may be in Spain, but police still have no lead.', 'may be', MODAL],
    // Two kinds said of one thing, a known group or a counted few are a guess; so are a change and a mishap.
    ['The fire may be accidental or deliberate.', 'may be', MODAL],
    ['The victims may be Syrian or Iraqi.', 'may be', MODAL],
    ['These symptoms may be mild or severe.', 'may be', MODAL],
    ["The club's shirts may be red or blue.", 'may be', MODAL],
    ['Two cables may be faulty or loose.', 'may be', MODAL],
    ['Prices may be higher or lower next year.', 'may be', MODAL],
    ['Results may be delayed or cancelled.', 'may be', MODAL],
    ['The two attacks may be linked or unrelated.', 'may be', MODAL],
    // A report's "that", or "provided that" as a condition, is no law laying down terms.
    ['The report states that the two attacks may be linked.', 'may be', MODAL],
    ['Provided that it rains, the crops may be fine.', 'may be', MODAL],
    ['The contract provides that the club may have sold the player already.', 'may have', MODAL],
    // What befell a case or is true of it is a guess, even after a bare plural.
    ['Hostages may be alive or dead.', 'may be', MODAL],
    ['Suspects may be guilty or innocent.', 'may be', MODAL],
    ['Such reports may be true or false.', 'may be', MODAL],
    // One kind alone says nothing of a class's variety.
    ['Symptoms may be mild.', 'may be', MODAL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A transfer or a move as a service, undated and nobody's.
    ['A transfer is possible on request.', 'possible', OPEN],
    ['Transfers are possible at any station with the same ticket.', 'possible', OPEN],
    ['Bank transfers are possible.', 'possible', OPEN],
    ['Exit is possible through the rear door.', 'possible', OPEN],
    ['Winter swimming is possible in the lake.', 'possible', OPEN],
    ['Refunds are possible in January.', 'possible', OPEN],
    ['Refunds are possible on request.', 'possible', OPEN],
    // A sale dated by a month or a season is the shops' own ("the January sales"), so "sale" is no move.
    ['A January sale is possible at the outlet.', 'possible', OPEN],
    // The terms of a service after "possible" make even an outcome word an option.
    ['Cancellation is possible free of charge until Friday.', 'possible', OPEN],
    ['A change of seat is possible at no extra cost.', 'possible', OPEN],
    ['Changes to the booking are possible on request.', 'possible', OPEN],
    ['Delivery is possible by appointment.', 'possible', OPEN],
    // A known result or a change of fortune granted before "but ... still".
    ['The team may have lost, but it is still top of the league.', 'may have', MODAL],
    ['The team may have lost but remains top.', 'may have', MODAL],
    ['He may have retired but is still busy.', 'may have', MODAL],
    ['The film may have flopped, but it still made money.', 'may have', MODAL],
    ['The club may have been relegated but remains ambitious.', 'may have', MODAL],
    ['She may have aged but still runs.', 'may have', MODAL],
    ['They may have lost the vote, but they still hold the majority.', 'may have', MODAL],
    ['The striker may have scored twice, but he is still not happy.', 'may have', MODAL],
    ['The minister may have resigned, but she still sits in parliament.', 'may have', MODAL],
    ['Prices may have risen, but they are still below the peak.', 'may have', MODAL],
    // Two kinds said of a whole class: its members differ, the "can be" of a description.
    ['Symptoms may be mild or severe.', 'may be', MODAL],
    ['Charging leads may be either coiled or straight.', 'may be', MODAL],
    ['Older mobile phones may be slow or unreliable.', 'may be', MODAL],
    ['Payments may be weekly or monthly.', 'may be', MODAL],
    // A law's own terms: leave or a ban, whatever the participle.
    ['The new law provides that a citizen may be involved in only one such union.', 'may be', MODAL],
    ['The rules stipulate that a referee may be related to neither club.', 'may be', MODAL],
    ['The statute decrees that no judge may be connected with a party to the case.', 'may be', MODAL],
    ['Officials may be honest or corrupt.', 'may be', MODAL],
    // A possession granted, as before.
    ['The club may have little money but is still ambitious.', 'may have', MODAL],
    // Wink reads "rules" as a verb; a plural after "have" is still a possession.
    ['The leagues may have rules, but they still welcome beginners.', 'may have', MODAL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
