/**
 * Round 15's hedges, the false alarms: words that look like a hedge in a sense that is definite on any text ("some
 * man" as "a certain man", an amount listed in full after a colon, a name in use after "often called", "suggest"
 * with a plan as its object); each with the near misses that keep the hedge. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const VAGUE_QUANTITY = 'rhetoric/hedge/vague-quantity';
const SUGGESTION = 'rhetoric/hedge/suggestion';
const MODAL = 'rhetoric/hedge/speculative-modal';

describe('flags', () => {
  test.each<Row>([
    // "Some" before a plural or a mass shares out an amount nobody gives.
    ['Some men were arrested after the match.', 'Some', VAGUE_QUANTITY],
    ['The board has some power over the budget.', 'some', VAGUE_QUANTITY],
    ['The shop sold some end tables at half price.', 'some', VAGUE_QUANTITY],
    ['Some endings of the series were rewritten.', 'Some', VAGUE_QUANTITY],
    ['The strike caused some disruption to flights.', 'some', VAGUE_QUANTITY],
    // A clause after the colon names no member: the amount stays open.
    ['Prices fell for many farmers: they sold their herds.', 'many', VAGUE_QUANTITY],
    ['Several clubs complained: the fee was too high.', 'Several', VAGUE_QUANTITY],
    ['Many cities, such as Leeds and York, raised fares.', 'Many', VAGUE_QUANTITY],
    ['Several clubs complained: Rovers among them.', 'Several', VAGUE_QUANTITY],
    // Near misses of the idioms: words changed, players counted, patients shared out.
    ['The bill changed a few words in the clause.', 'a few', VAGUE_QUANTITY],
    ['The coach said a few players were injured.', 'a few', VAGUE_QUANTITY],
    ['Too many patients wait too long for a bed.', 'many', VAGUE_QUANTITY],
    // A share after "be" takes a noun or nothing; fame after "most" praises.
    ['Most are closed in winter.', 'Most', VAGUE_QUANTITY],
    ['Most residents in the town are old.', 'Most', VAGUE_QUANTITY],
    ['The singer is most famous for his early songs.', 'most', VAGUE_QUANTITY],
    ['Most of the people who came left early.', 'Most', VAGUE_QUANTITY],
    // A judgement after "often called" is no name in use.
    ['The tower is often called the ugliest building in town.', 'often called', VAGUE_QUANTITY],
    ['The coach is often described as stubborn.', 'often described', VAGUE_QUANTITY],
    ["The wall is often called Trump's folly.", 'often called', VAGUE_QUANTITY],
    // Evidence that suggests, or a clause after the noun, draws a conclusion.
    ['The figures suggest a compromise is near.', 'suggest', SUGGESTION],
    ['The data suggest a new route is needed.', 'suggest', SUGGESTION],
    ['Aides suggested a deal was close.', 'suggested', SUGGESTION],
    ['The results suggest a link between diet and sleep.', 'suggest', SUGGESTION],
    ['Historians have suggested several causes of the fire.', 'suggested', SUGGESTION],
    // "May" naming no leave, or leave after a guess about the past or about now, still guesses.
    ['The suspect may have fled to Spain.', 'may have', MODAL],
    ['The suspect may have fled with the cash.', 'may have', MODAL],
    ['The firm may have acted without permission.', 'may have', MODAL],
    ['Police say the gang may be operating without a licence.', 'may be', MODAL],
    ['Each patient may have different symptoms.', 'may have', MODAL],
    ['Each flood may have cost the town two million pounds.', 'may have', MODAL],
    ['Residents may have two bins with no permit.', 'may have', MODAL],
    // A new subject after "but", or no "still", leaves the first clause a guess.
    ['The suspect may be in Spain, but police still have no lead.', 'may be', MODAL],
    ['The old bridge may be safe, but engineers are not sure.', 'may be', MODAL],
    ['The striker may be out for weeks, but the club is still hopeful.', 'may be', MODAL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // "Some" before one being or one aim means "a certain": one, unnamed, nothing counted.
    ['She was attacked by some man in the car park.', 'some', VAGUE_QUANTITY],
    ['Some woman left a parcel at the door.', 'Some', VAGUE_QUANTITY],
    ['The old temple was built for some god of the harvest.', 'some', VAGUE_QUANTITY],
    ['Only some unseen force could have saved the village.', 'some', VAGUE_QUANTITY],
    ['She took the post as a step toward some end of her own.', 'some', VAGUE_QUANTITY],
    // An amount listed in full after a colon leaves nothing to count.
    ['The choir toured many countries: Chile, Peru and Ghana.', 'many', VAGUE_QUANTITY],
    ['He visited a few cities: Paris, Rome and Oslo.', 'a few', VAGUE_QUANTITY],
    ['He named a few: Paris, Rome and Oslo.', 'a few', VAGUE_QUANTITY],
    ['The league fined a number of clubs: Rovers, United and City.', 'a number of', VAGUE_QUANTITY],
    ['The band toured several countries: their native Chile, Spain and Peru.', 'several', VAGUE_QUANTITY],
    // "Most" grading an adjective where or when it is highest, or grading a verb after "who".
    ['Rain is most common in the spring.', 'most', VAGUE_QUANTITY],
    ['The road is most dangerous at night.', 'most', VAGUE_QUANTITY],
    ['The families who most need help get the least.', 'most', VAGUE_QUANTITY],
    // A name in use: how often is no claim, the name is.
    ['The ridge is commonly called Long Spine by walkers.', 'commonly', VAGUE_QUANTITY],
    ['The lane is often called Tanner Row or Old Row.', 'often called', VAGUE_QUANTITY],
    ['The night buses are often called "owl" buses.', 'often called', VAGUE_QUANTITY],
    ["The stairway is commonly called 'the Steps'.", 'commonly', VAGUE_QUANTITY],
    ['The bridge is often called “the Harp” by locals.', 'often called', VAGUE_QUANTITY],
    ['The plain is sometimes named Long Flat on old maps.', 'sometimes', VAGUE_QUANTITY],
    // Idioms that count nothing.
    ['He did not say so in so many words.', 'many', VAGUE_QUANTITY],
    ['The driver admitted he had had one too many.', 'many', VAGUE_QUANTITY],
    ['The mayor said a few words at the opening.', 'a few', VAGUE_QUANTITY],
    ['Too many cooks spoil the broth, the chef joked.', 'many', VAGUE_QUANTITY],
    // "Suggest" with a plan as its object proposes.
    ['Engineers suggested a new route.', 'suggested', SUGGESTION],
    ['The council suggested a new name for the park.', 'suggested', SUGGESTION],
    ['She suggested a compromise on the fee.', 'suggested', SUGGESTION],
    ['Residents suggested a bus route to the station.', 'suggested', SUGGESTION],
    ['The union has suggested a truce until March.', 'suggested', SUGGESTION],
    // "May" giving leave: leave named in its clause, or a ration counted out to each.
    ['Tenants may have a pet with the landlord’s consent.', 'may have', MODAL],
    ['Dogs may be off the lead with the owner’s consent.', 'may be', MODAL],
    ['Drivers may be in the bay without a permit after 6pm.', 'may be', MODAL],
    ['Each household may have two bins.', 'may have', MODAL],
    ['Each team may have up to five substitutes on the bench.', 'may have', MODAL],
    ['Each of the twelve clubs may have two foreign players.', 'may have', MODAL],
    // "May" granting a point that "but ... still" keeps in force.
    ['The club may be small but is still a force in the league.', 'may be', MODAL],
    ['The league may be amateur but is still fiercely fought.', 'may be', MODAL],
    ['The bank may have a new owner but has still kept its name.', 'may have', MODAL],
    ['The team may have lost on Saturday but remains top of the table.', 'may have', MODAL],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
