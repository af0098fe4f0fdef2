/**
 * Hedges (rhetoric-hedge.ts): the senses in which a hedge word marks a guess, and the near misses where the
 * same word names a sign, a comparison of rates, a stretch of time or a rough figure. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';

type Row = [text: string, words: string, rule: string];

const SUGGESTION = 'rhetoric/hedge/suggestion';
const POSSIBILITY = 'rhetoric/hedge/possibility';
const MODAL = 'rhetoric/hedge/speculative-modal';
const APPEARANCE = 'rhetoric/hedge/appearance';
const VAGUE_QUANTITY = 'rhetoric/hedge/vague-quantity';
const UNNAMED_PEOPLE = 'rhetoric/hedge/unnamed-people';
const VAGUE_CROWD = 'rhetoric/hedge/vague-crowd';
const OPEN_QUESTION = 'rhetoric/hedge/open-question';

const hedgesOn = (text: string, words: string) =>
  rhetoricOf(text).filter((f) => f.technique === 'hedge' && f.text.toLowerCase().includes(words.toLowerCase()));

describe('flags', () => {
  test.each<Row>([
    ['Early counts indicate that turnout fell in every district.', 'indicate that', SUGGESTION],
    ['The tests indicated that the pipe had burst.', 'indicated that', SUGGESTION],
    ['Tyre marks were found, indicating a second car.', 'indicating', SUGGESTION],
    ['New Study Suggests Coffee Is Good For You', 'Suggests', SUGGESTION],
    // A share takes no owner: "most" before a noun or "of" is an amount nobody counted.
    ['Most of the money was spent on roads.', 'Most', VAGUE_QUANTITY],
    ['The council said most shops would close early.', 'most', VAGUE_QUANTITY],
    ['The results suggest a link between noise and sleep.', 'suggest', SUGGESTION],
    ['The figures suggest that the scheme is working.', 'suggest', SUGGESTION],
    ['It is more likely than not that the bridge will close.', 'more likely than not', POSSIBILITY],
    ['The striker will likely miss the final.', 'likely', POSSIBILITY],
    ['The cuts could mean longer waits at the clinic.', 'could mean', MODAL],
    ['A rash may indicate an allergy to the drug.', 'may indicate', MODAL],
    ['The fall in sales might signal a wider slowdown.', 'might signal', MODAL],
    ['The leak may have come from inside the ministry.', 'may have', MODAL],
    ['The driver appeared nervous at the checkpoint.', 'appeared nervous', APPEARANCE],
    ['Many residents oppose the new road.', 'Many residents oppose', UNNAMED_PEOPLE],
    ['Talks could drag on for several years.', 'several', VAGUE_QUANTITY],
    ['Thousands came, and many more watched at home.', 'many', VAGUE_QUANTITY],
    ['Others fear the bridge will close.', 'Others', VAGUE_QUANTITY],
    // A vague amount of people who hold a view: the amount hides who they are.
    ['Many local farmers oppose the new pipeline.', 'Many local farmers oppose', UNNAMED_PEOPLE],
    ['Some voters say the tax is unfair.', 'Some voters say', UNNAMED_PEOPLE],
    ['Most landlords expect rents to rise next year.', 'Most landlords expect', UNNAMED_PEOPLE],
    ['Many tenants still do not trust the landlord.', 'Many tenants still do not trust', UNNAMED_PEOPLE],
    ['Some residents have long argued that the bridge is unsafe.', 'Some residents have long argued', UNNAMED_PEOPLE],
    ['A handful of parents complained about the new timetable.', 'A handful of parents complained', UNNAMED_PEOPLE],
    ['Some scientists warn that the glacier will vanish.', 'Some scientists warn', UNNAMED_PEOPLE],
    ['Many people believe the tax is unfair.', 'Many people believe', UNNAMED_PEOPLE],
    // People whose part is to hold views are a crowd whatever they do.
    ['Some critics called the film a failure.', 'Some critics', VAGUE_CROWD],
    ['According to several analysts, the deal is dead.', 'several analysts', VAGUE_CROWD],
    ['Dr Lee and other experts warned against the plan.', 'other experts', VAGUE_CROWD],
    ['Unlike other economists, Dr Park expects growth.', 'other economists', VAGUE_CROWD],
    // A modal with "have" and a noun guesses, about a person, people, things picked out or a kind forecast.
    ['The suspect may have a gun, police said.', 'may have', MODAL],
    ['Hospitals may have no beds left by Friday.', 'may have', MODAL],
    ['Prices may have a further fall next year.', 'may have', MODAL],
    ['Ferries may be either cancelled or delayed on Monday.', 'may be', MODAL],
    ['Investigators may have a new lead in the case.', 'may have', MODAL],
    ["The council's buses may have a new livery next year.", 'may have', MODAL],
    ['The cables may have failed in the heat.', 'may have', MODAL],
    ['Older cars may have to be recalled.', 'may have', MODAL],
    // A modal before a link, a cause, a state or what is going on now guesses.
    ['The two attacks may be linked, police said.', 'may be', MODAL],
    ['The fire could be caused by a faulty heater.', 'could be', MODAL],
    ['The gunman may be hiding in the woods.', 'may be', MODAL],
    ['The players may be tired after the trip.', 'may be', MODAL],
    ['The club may well be sold this summer.', 'may well', POSSIBILITY],
    // "A certain" before an amount or a degree leaves it open; "certain" before a plural is "some".
    ['A certain amount of rain is expected on Tuesday.', 'certain', VAGUE_QUANTITY],
    ['The bill passed with a certain number of votes to spare.', 'certain', VAGUE_QUANTITY],
    ['Certain species of bat are protected by law.', 'Certain', VAGUE_QUANTITY],
    // "Often seen as" regards.
    ['The coach is often seen as the best in the league.', 'often seen as', VAGUE_QUANTITY],
    // A guess about what is happening, a hint dropped, a reason offered, a possibility that is no ability.
    ['It is possible that the comet will be visible on Friday.', 'It is possible', POSSIBILITY],
    ['It looks like the deal will collapse.', 'looks like', APPEARANCE],
    ['The economy looks like it is slowing.', 'looks like', APPEARANCE],
    ['The minister hinted at an early election.', 'hinted', SUGGESTION],
    ['He dropped a hint that he would stand again.', 'hint', SUGGESTION],
    ['There is reason to believe the fire was started deliberately.', 'reason to believe', OPEN_QUESTION],
    // Hearsay with its claim in a clause; not being sure.
    ['It is thought that the talks will resume on Monday.', 'It is thought that', 'rhetoric/hedge/hearsay'],
    ['The cause of the fire remains uncertain.', 'remains uncertain', OPEN_QUESTION],
    // Guessing about an event stays speculation, in a market or not.
    ['Speculation grew that the minister would resign.', 'Speculation', SUGGESTION],
    ['There is market speculation that the bank will cut rates.', 'speculation', SUGGESTION],
    ['The report is speculative and unconfirmed.', 'speculative', POSSIBILITY],
    // "Most of the time" is "usually"; "may, or may not" is "may or may not".
    ['Most of the time the trains run late.', 'Most', VAGUE_QUANTITY],
    ['The match may, or may not, go ahead on Sunday.', 'may, or may not', MODAL],
    // "Others" as a subject stays a hedge, and so does an impression, given to someone or not.
    ['The leak appears to the naked eye to be small.', 'appears to', APPEARANCE],
    ['Some fled the flood; others stayed to guard their homes.', 'others', VAGUE_QUANTITY],
    ['The plan appears to me to be flawed.', 'appears to', APPEARANCE],
    ['The driver appears to have lost control on the bend.', 'appears to', APPEARANCE],
    ['The new drug appeared to slow the disease in older patients.', 'appeared to', APPEARANCE],
  ])('%s', (text, words, rule) => {
    expect(hedgesOn(text, words).map((f) => f.rule)).toContain(rule);
  });
});

// People only counted, or who did something other than hold a view, keep the weaker vague-amount hedge: the
// amount is still vague, but no crowd is offered as support.
describe('counts people without a view', () => {
  test.each<[text: string, words: string]>([
    ['Many residents were evacuated before the flood.', 'Many'],
    ['Several players were taken to hospital after the crash.', 'Several'],
    ['Some passengers waited six hours for a replacement bus.', 'Some'],
    ['Many commuters posted videos of the flood.', 'Many'],
    ['Several doctors decided to stay at the clinic overnight.', 'Several'],
    ['Some chairs were broken in the storm.', 'Some'],
    ['Many people attended the funeral on Friday.', 'Many'],
    ['Many fans travelled overnight to watch the final.', 'Many'],
    ['Numerous scientists have measured the glacier since 1950.', 'Numerous'],
    // Report verbs in another sense: a telephone call, a battery, an exam, a memory.
    ['Several passengers called the police after the fight.', 'Several'],
    ['Many workers charged their phones at the station.', 'Many'],
    ['Some pupils answered every question correctly.', 'Some'],
    ['Some students recalled the fire drill.', 'Some'],
  ])('%s', (text, words) => {
    const rules = hedgesOn(text, words).map((f) => f.rule);
    expect(rules).toContain(VAGUE_QUANTITY);
    expect(rules).not.toContain(UNNAMED_PEOPLE);
    expect(rules).not.toContain(VAGUE_CROWD);
  });
});

describe('does not flag', () => {
  test.each<[text: string, words: string]>([
    // "Indicate" with an object names what a sign shows; "is indicated" is a doctor's "is called for".
    ['A green light indicates the lift has arrived.', 'indicates'],
    ['The arrow on the map indicates the nearest exit.', 'indicates'],
    ['Surgery is indicated only when the fracture does not heal.', 'indicated'],
    ['Flags were raised to indicate the end of the race.', 'indicate'],
    // A person who suggests proposes.
    ['She suggested a new name for the park.', 'suggested'],
    ['They suggest meeting on Fridays instead.', 'suggest'],
    ['The report suggests that ministers should resign.', 'suggests'],
    ['Her lawyer suggested that she should be released on bail.', 'suggested'],
    // A comparison of two rates, usually measured, is not a guess.
    ['Young drivers are more likely to crash at night, the agency said.', 'likely'],
    ['Cyclists were twice as likely as walkers to be hurt.', 'likely'],
    ['Older voters were less likely than students to switch parties.', 'likely'],
    // Shown before people or at a place: "appeared to" a crowd is being seen.
    ['The bishop appeared to the pilgrims from the cathedral steps.', 'appeared to'],
    ['The singer appeared to her fans at the window.', 'appeared to'],
    ['The queen appeared to the crowd.', 'appeared to'],
    // "Appear" before a count word means "occur".
    ['The ship appears several times in the harbour ledger.', 'appears several'],
    // A stretch of time measures a wait, not a share.
    ['The jury took a few hours to reach its verdict.', 'a few'],
    ['The bakery closed for a few months after the flood.', 'a few'],
    // A rough figure, as "some 2,000" is.
    ['Several hundred fans waited outside the stadium.', 'Several'],
    ['A few thousand tickets went on sale on Friday.', 'a few'],
    ['Many thousands of homes lost power in the storm.', 'Many'],
    // After a count, "most" ranks.
    ['The three most common causes are smoking, diet and age.', 'most'],
    // After an owner, and in the names of awards and lists, "most" ranks.
    ["She was named the league's most valuable player.", 'most'],
    ["The company's most profitable division makes batteries.", 'most'],
    ['Their most recent album sold poorly.', 'most'],
    ['He won the award for most improved player.', 'most'],
    ['The suspect was added to the Most Wanted list.', 'most'],
    ['She led a most unusual life.', 'most'],
    // Other people in general.
    ['Volunteers put the needs of others first.', 'others'],
    ['The coach listened to the views of others.', 'others'],
    // Other members of a group already named or counted.
    ['Two other analysts at the bank resigned.', 'other'],
    ['The other experts on the panel agreed.', 'other'],
    // "The certain" means sure.
    ['She spoke with the certain knowledge that the vote was won.', 'certain'],
    // A modal before a passive says what is allowed or can be done.
    ['Tickets may be bought at the door.', 'may'],
    ['The dough may be frozen for up to a month.', 'may'],
    // "A certain" picks one thing out and counts nothing.
    ['The festival was held in honour of a certain saint.', 'certain'],
    ['Villagers still tell of a certain old Irish custom.', 'certain'],
    // Watched, not regarded; a measure's spread, not a share.
    ['Deer are often seen in the park at dusk.', 'often'],
    ['Ticket prices vary widely from one club to the next.', 'widely'],
    // A likeness, a trace, a gesture, a reassurance, a sure outcome.
    ['The new stadium looks like a spaceship.', 'looks like'],
    ['The sauce has a hint of lemon.', 'hint'],
    ['She pointed to the door and told him to leave.', 'pointed'],
    ['There is nothing to suggest the deaths are linked, police said.', 'suggest'],
    ['Police said there was no reason to believe the public was at risk.', 'reason to believe'],
    ['The crew saved the climbers from certain death.', 'certain'],
    // Trading on a price, and a genre of fiction.
    ['The fund made its money from property speculation in the 1980s.', 'speculation'],
    ['Investors speculated heavily in tech stocks.', 'speculated'],
    ['Traders speculate on the price of oil.', 'speculate'],
    ['The film is a work of speculative fiction.', 'speculative'],
    // People in general, acted on; a kind left vague; a fair depth.
    ['She devoted her life to helping others.', 'others'],
    ['Police arrested two men and questioned others.', 'others'],
    ['Witnesses heard an explosion of some kind.', 'some'],
    ['The court examined the contract in some detail.', 'some'],
    // The stretch of a life, as of a season, measures time.
    ['She lived in Paris for most of her life.', 'most'],
    ['Much of his time in office was spent abroad.', 'Much'],
  ])('%s', (text, words) => {
    expect(hedgesOn(text, words)).toEqual([]);
  });
});
