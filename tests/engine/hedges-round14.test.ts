/**
 * Round 14's hedges: the rest of the vague shares and frequencies ("mainly", "routinely"), "as many" as a
 * conjunction's amount, and a question nobody can yet answer; each with its near misses. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const VAGUE_QUANTITY = 'rhetoric/hedge/vague-quantity';
const OPEN_QUESTION = 'rhetoric/hedge/open-question';
const MODAL = 'rhetoric/hedge/speculative-modal';
const VAGUE_CROWD = 'rhetoric/hedge/vague-crowd';
const POSSIBILITY = 'rhetoric/hedge/possibility';
const HEARSAY = 'rhetoric/hedge/hearsay';

describe('flags', () => {
  test.each<Row>([
    // A share over half, of what nobody says, as "largely" and "mostly" give it.
    ['The valley is mainly rural.', 'mainly', VAGUE_QUANTITY],
    ['The museum is chiefly known for its clocks.', 'chiefly', VAGUE_QUANTITY],
    ['The estate grows predominantly barley.', 'predominantly', VAGUE_QUANTITY],
    ['The scheme primarily helps first-time buyers.', 'primarily', VAGUE_QUANTITY],
    ['The club folded, mainly because its ground was sold.', 'mainly', VAGUE_QUANTITY],
    // How often, never counted, as "frequently" gives it.
    ['Complaints were routinely ignored by the landlord.', 'routinely', VAGUE_QUANTITY],
    ['The evening train is regularly late.', 'regularly', VAGUE_QUANTITY],
    ['The two leaders met regularly over the years.', 'regularly', VAGUE_QUANTITY],
    ['Complaints were routinely ignored by every landlord.', 'routinely', VAGUE_QUANTITY],
    // Some do not, how many or how often unsaid; "in general" as "generally".
    ['Not all schools will reopen on Monday.', 'Not all', VAGUE_QUANTITY],
    ['The new buses are not all electric.', 'not all', VAGUE_QUANTITY],
    ['The buses do not always run on time.', 'not always', VAGUE_QUANTITY],
    ['In general, fares rose faster than wages.', 'In general', VAGUE_QUANTITY],
    ['Rents, in general, went up.', 'in general', VAGUE_QUANTITY],
    ['By and large, the new buses are on time.', 'By and large', VAGUE_QUANTITY],
    ['On the whole, voters liked the plan.', 'On the whole', VAGUE_QUANTITY],
    ['The new timetable was, on the whole, a success.', 'on the whole', VAGUE_QUANTITY],
    // A bare "much of a" shares out a thing owned: no degree without a negation before it.
    ["Much of a country's wealth is held by its elite.", 'Much of', VAGUE_QUANTITY],
    // "As" a conjunction before a plain vague amount.
    ['Milk prices fell that spring, as many farmers sold their herds.', 'many', VAGUE_QUANTITY],
    ['As many farmers sold their herds, milk prices fell.', 'many', VAGUE_QUANTITY],
    // After a verb with no object, a verb after the noun makes "as" the conjunction and the noun its subject.
    ['Prices fell as many farmers sold up.', 'many', VAGUE_QUANTITY],
    ['The mill closed as many workers left the town.', 'many', VAGUE_QUANTITY],
    // A question nobody can yet answer.
    ['Engineers cannot say whether the bridge will reopen this year.', 'cannot say whether', OPEN_QUESTION],
    ["Doctors can't tell if the new drug works.", "can't tell if", OPEN_QUESTION],
    ['It is impossible to say why the roof fell in.', 'impossible to say why', OPEN_QUESTION],
    ['We still cannot predict whether the river will flood.', 'cannot predict whether', OPEN_QUESTION],
    ['It is hard to say whether the new timetable will work.', 'hard to say whether', OPEN_QUESTION],
    ['It was difficult to tell how the fire spread.', 'difficult to tell how', OPEN_QUESTION],
    ['It is hard to know when the rift began.', 'hard to know when', OPEN_QUESTION],
    // How far a thing went is a fact left open, even after "how" and an adverb or adjective.
    ['It is hard to say how badly the bridge was damaged.', 'hard to say how', OPEN_QUESTION],
    ['It is hard to say how much the repairs will cost.', 'hard to say how', OPEN_QUESTION],
    // A claim nobody is said to make.
    ['It is claimed that the well never runs dry.', 'It is claimed that', HEARSAY],
    ['The tonic is claimed to cure colds.', 'is claimed to', HEARSAY],
    // Past hearsay as the present is: "was reported to", beside "was said to".
    ['The ship was reported to have sunk off the cape.', 'was reported to', HEARSAY],
    ['The coach was reported to fire staff by text.', 'was reported to', HEARSAY],
    ['The mayor was reported to own two hotels.', 'was reported to', HEARSAY],
    // Verbs wink may also read as nouns still take the infinitive after "to".
    ['The minister was reported to face charges.', 'was reported to', HEARSAY],
    ['The union was reported to back the deal.', 'was reported to', HEARSAY],
    // "Likely" and "possibly" as a noun.
    ['There is a strong likelihood that the talks will fail.', 'likelihood that', POSSIBILITY],
    ['There was some possibility that the bridge would reopen.', 'possibility that', POSSIBILITY],
    // A mishap nobody allows: a modal before one forecasts.
    ['Trains may be delayed by the strike.', 'may be', MODAL],
    ['The ferry could be cancelled because of high winds.', 'could be', MODAL],
    // A decision forecast from a cause nobody chose.
    ['The final may be postponed due to the frozen pitch.', 'may be', MODAL],
    ['Low-lying homes may be flooded tonight.', 'may be', MODAL],
    ['Walkers might be stranded on the ridge for hours.', 'might be', MODAL],
    ['The letters may also now be stolen.', 'may also now be', MODAL],
    // A named voice with an unnamed crowd behind it.
    ['The historian Ann Bell, among others, argued that the bridge was unsafe.', 'among others, argued', VAGUE_CROWD],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Evenly, a measure of form, not how often.
    ['The posts are regularly spaced along the fence.', 'regularly', VAGUE_QUANTITY],
    // "Not all that" means "not very"; "all this" asks about everything.
    ['The two plans are not all that different.', 'not all', VAGUE_QUANTITY],
    ['Is not all this a waste of money?', 'not all', VAGUE_QUANTITY],
    // Everyone, or a manner of speaking.
    ['Voters in general trust the courts.', 'in general', VAGUE_QUANTITY],
    ['The attack was condemned by the public in general.', 'in general', VAGUE_QUANTITY],
    ['The minister spoke only in general terms.', 'in general', VAGUE_QUANTITY],
    ['She worked in general practice for twenty years.', 'in general', VAGUE_QUANTITY],
    // All of a thing, or a degree: no share of anything.
    ['The tax falls on the whole estate.', 'on the whole', VAGUE_QUANTITY],
    ['The audit threw doubt on the whole of the road budget.', 'on the whole', VAGUE_QUANTITY],
    ['The ban applies on the whole of the island.', 'on the whole', VAGUE_QUANTITY],
    ['The final was not much of a contest.', 'much of', VAGUE_QUANTITY],
    ['The new stand is hardly much of an improvement.', 'much of', VAGUE_QUANTITY],
    ["The final wasn't much of a contest.", 'much of', VAGUE_QUANTITY],
    ['The storm did not make much of a dent in the harvest.', 'much of', VAGUE_QUANTITY],
    // A timetable is fixed, not vague.
    ['The airline runs regularly scheduled flights to Oslo.', 'regularly', VAGUE_QUANTITY],
    // The clause says how often: nothing is left vague.
    ['The tram runs regularly every ten minutes.', 'regularly', VAGUE_QUANTITY],
    ['The drops are used regularly, twice a day.', 'regularly', VAGUE_QUANTITY],
    ['Glass is collected regularly on Mondays.', 'regularly', VAGUE_QUANTITY],
    ['Nurses urge patients to regularly walk for 20 minutes a day.', 'regularly', VAGUE_QUANTITY],
    ['Staff routinely, once a week, test the alarms.', 'routinely', VAGUE_QUANTITY],
    // "As many" that compares or bounds a figure.
    ['The home side won twice as many games as the visitors.', 'many', VAGUE_QUANTITY],
    ['The Greens won as many seats as the Liberals.', 'many', VAGUE_QUANTITY],
    ['As many as 300 people were moved from their homes.', 'many', VAGUE_QUANTITY],
    ['The new ward has half as many beds.', 'many', VAGUE_QUANTITY],
    ['She scored as many goals this season.', 'many', VAGUE_QUANTITY],
    ['The team won as many games last year.', 'many', VAGUE_QUANTITY],
    ['Rovers lost as many games, and the coach left.', 'many', VAGUE_QUANTITY],
    ['The firm hired as many staff as it could.', 'many', VAGUE_QUANTITY],
    // An idiom: hope remains.
    ['Not all is lost for the club.', 'Not all', VAGUE_QUANTITY],
    // After a singular "is" nothing is shared out: more is coming, or "not wholly".
    ['That is not all: the council also plans a new car park.', 'not all', VAGUE_QUANTITY],
    ["That's not all.", 'not all', VAGUE_QUANTITY],
    ['It was not all gloom for the shopkeepers.', 'not all', VAGUE_QUANTITY],
    // A person unsure of their own plans admits no gap in a claim.
    ['She cannot say whether she will stand again.', 'say whether', OPEN_QUESTION],
    ["He can't say if he will play on Sunday.", 'say if', OPEN_QUESTION],
    // An exclamation of the speaker's own feeling leaves no fact open.
    ['It is hard to say how proud I am of this team.', 'how', OPEN_QUESTION],
    ['It is hard to say how much this means to us.', 'how', OPEN_QUESTION],
    // Saying what one can do is no question left open.
    ['Fans can tell whether the gates are open from the app.', 'tell whether', OPEN_QUESTION],
    // What to do next is a person's own quandary, not a fact left open.
    ['It was difficult to know how to reply to the letter.', 'how', OPEN_QUESTION],
    ['It is hard to know when to sell a house.', 'when', OPEN_QUESTION],
    ['The board cannot say whether to appeal.', 'say whether', OPEN_QUESTION],
    // A person's own claim is for attribution to weigh.
    ['She claimed to have seen the ghost.', 'claimed to', HEARSAY],
    ['The driver was reported to the police by a neighbour.', 'reported to', HEARSAY],
    // A noun after "to" is whoever was told, not hearsay.
    ['The gas leak was reported to fire crews just after noon.', 'reported to', HEARSAY],
    ['The flooding was reported to emergency services.', 'reported to', HEARSAY],
    ['The broken lift was reported to council staff twice.', 'reported to', HEARSAY],
    // Ruling a thing out, or finding a task hard, leaves no question open.
    ['There is no possibility that the school will close.', 'possibility', POSSIBILITY],
    ['The new rules were hard to follow.', 'hard to', OPEN_QUESTION],
    // A modal before a passive that says what can be done or is allowed stays quiet.
    ['The road may be closed for the parade.', 'may be', MODAL],
    ['The soup may be frozen for a month.', 'may be', MODAL],
    ['Marks may be lost for late work.', 'may be', MODAL],
    // Calling a thing off is a decision a rule allows, not a mishap that befalls.
    ['A gym pass may be cancelled by its owner at any time.', 'may be', MODAL],
    ['Games may be postponed by the umpire when the court is wet.', 'may be', MODAL],
    ['Bookings may be cancelled free of charge up to a week ahead.', 'may be', MODAL],
    ['The permit may be cancelled if the builder breaks the rules.', 'may be', MODAL],
    // "Among others" closing a list of names is no crowd holding a view.
    ['The festival featured two choirs and a brass band, among others.', 'among others', VAGUE_CROWD],
    ['Ann Bell, among others, won a prize.', 'among others', VAGUE_CROWD],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
