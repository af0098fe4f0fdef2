/**
 * Word senses found by reading ordinary reports of our own from the genres round 11 did not read (round 13):
 * planning, schools, transport, arts listings, personal finance, crime briefs, religion and community notices.
 * A scheme the council delayed, a medieval manuscript, fake text messages sent by fraudsters, a centenary
 * celebrated, a stolen bike, a sell-out tour, a road that slashes journey times, a course taught entirely in
 * Welsh, an attack not thought terror-related, a wave of cancellations, a cinema demolished, everyone welcome
 * to a fun day, stolen data, a rocket that exploded, a cult classic, a crumbling roof, a family devastated, a
 * herd of cows, rats in a grain store, sheep taken to slaughter, bargains snapped up, what a scheme offers or
 * has done, a nurse struck off for dishonesty.
 * Each loaded sense keeps a flags row; each plain sense a row.
 */
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';
import { on, type Row } from './rhetoric-rows.ts';

describe('flags', () => {
  test.each<Row>([
    ["The mayor's scheme to reward his donors was exposed.", 'scheme', 'rhetoric/loaded-language/scheme'],
    ['The union called the deal a sell-out of its members.', 'sell-out', 'rhetoric/loaded-language/scheme'],
    ['The regime still uses medieval punishments.', 'medieval', 'rhetoric/loaded-language/judgement'],
    ['His views on women are medieval.', 'medieval', 'rhetoric/loaded-language/judgement'],
    ['It was a fake investigation run by his allies.', 'fake', 'rhetoric/loaded-language/dishonesty'],
    ['The celebrated author opened the festival.', 'celebrated', 'rhetoric/loaded-language/puffery'],
    ['The election was stolen from the people.', 'stolen', 'rhetoric/loaded-language/scheming-verbs'],
    ['The government slashed funding for libraries.', 'slashed', 'rhetoric/loaded-language/scheming-verbs'],
    ['The plan is entirely wrong.', 'entirely', 'rhetoric/exaggeration/totality'],
    ['The rebels spread terror across the region.', 'terror', 'rhetoric/fear-appeal/alarm'],
    ['A wave of protesters stormed the hall.', 'wave of', 'rhetoric/loaded-language/mob'],
    ["The ruling demolished the government's case.", 'demolished', 'rhetoric/loaded-language/destruction-verbs'],
    ['Everyone hates the new tax.', 'everyone', 'rhetoric/exaggeration/absolutes'],
    ['The new law devastated small towns.', 'devastated', 'rhetoric/loaded-language/destruction-verbs'],
    ['Prices exploded after the tax rise.', 'exploded', 'rhetoric/exaggeration/dramatic-movement'],
    ["The cult's leader was arrested.", 'cult', 'rhetoric/loaded-language/mob'],
    ['Crumbling public services are failing the poor.', 'crumbling', 'rhetoric/loaded-language/judgement'],
    ['A herd of journalists chased the minister.', 'herd of', 'rhetoric/loaded-language/mob'],
    ['The rats in parliament betrayed us.', 'rats', 'rhetoric/name-calling/insult'],
    ['The army carried out a slaughter of civilians.', 'slaughter', 'rhetoric/fear-appeal/mayhem'],
    ['She snapped at reporters.', 'snapped', 'rhetoric/loaded-language/charged-speech'],
    ['The scheme is a trick to enrich donors.', 'scheme', 'rhetoric/loaded-language/scheme'],
    ["The scheme has helped the mayor's friends get rich.", 'scheme', 'rhetoric/loaded-language/scheme'],
    ['His dishonesty shocked voters.', 'dishonesty', 'rhetoric/loaded-language/vice'],
    ['The governor called the new levy a retribution scheme.', 'scheme', 'rhetoric/loaded-language/scheme'],
    ['The senator complained that the inquiry was rigged.', 'complained', 'rhetoric/loaded-language/charged-speech'],
    ['The manager spent the meeting complaining about the referees.', 'complaining', 'rhetoric/loaded-language/charged-speech'],
    ['The coach whined about the referee for an hour.', 'whined', 'rhetoric/loaded-language/angry-speech'],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).not.toEqual([]);
  });
});

// Grief is a feeling (strong-emotion may read it), never the wrecking of a place or a law.
describe('does not read as the other sense', () => {
  test.each<Row>([
    ['The family said they were devastated by his death.', 'devastated', 'rhetoric/loaded-language/destruction-verbs'],
    // A crime named by its kind is a reported crime.
    ['Detectives charged two brothers over a phishing scam targeting pensioners.', 'scam', 'rhetoric/loaded-language/scheme'],
    ['The firm paid back savers who lost money in the fraud scheme.', 'scheme', 'rhetoric/loaded-language/scheme'],
    // A complaint about or of a plain thing is a report of it.
    ['Neighbours complained about the smell from the farm.', 'complained', 'rhetoric/loaded-language/charged-speech'],
    ['The striker complained of a sore hamstring after the match.', 'complained', 'rhetoric/loaded-language/charged-speech'],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});

describe('does not flag with any rule', () => {
  test.each<[text: string, words: string]>([
    ['An objection from the parish council delayed the scheme by three months.', 'scheme'],
    ['Councillors approved the scheme on Tuesday.', 'scheme'],
    ['Inspectors praised the school for its reading scheme.', 'scheme'],
    ['Tickets for the sell-out tour went in minutes.', 'sell-out'],
    ['The play was a sell-out at last summer’s festival.', 'sell-out'],
    ['The library bought a rare medieval manuscript with a lottery grant.', 'medieval'],
    ['The walk ends at a medieval church beside the river.', 'medieval'],
    ['Fraudsters sent customers fake text messages about parcels.', 'fake'],
    ['Police seized fake banknotes worth 5,000 pounds.', 'fake'],
    ['The chapel celebrated its centenary with a concert.', 'celebrated'],
    ['The firm celebrated its 50th anniversary.', 'celebrated'],
    ['A bike was stolen from outside the station.', 'stolen'],
    ['Tools were stolen from a van parked in the street.', 'stolen'],
    ['The new rail link will slash travel times.', 'slash'],
    ['The course is taught entirely in Welsh.', 'entirely'],
    ['The centre is run entirely by volunteers.', 'entirely'],
    ['Police said the attack was not thought to be terror-related.', 'terror'],
    ['The airline was hit by a wave of cancellations.', 'wave of'],
    ['The old cinema will be demolished to make way for flats.', 'demolished'],
    ['Builders will demolish the factory in the spring.', 'demolish'],
    ['Everyone is welcome to the free family fun day.', 'everyone'],
    ['Hackers stole the personal data of 2 million customers.', 'stole'],
    ['The rocket exploded shortly after launch.', 'exploded'],
    ['The game has become a cult classic among older players.', 'cult'],
    ["The school's roof is crumbling and needs urgent repairs.", 'crumbling'],
    ['A herd of cows blocked the lane for an hour.', 'herd of'],
    ['A pack of hounds escaped from the kennels.', 'pack of'],
    ['Farmers are battling an infestation of rats in the grain stores.', 'rats'],
    ['The sheep were taken to slaughter at the local abattoir.', 'slaughter'],
    ['Shoppers snapped up bargains in the January sales.', 'snapped'],
    ['The scheme offers free insulation to low-income households.', 'scheme'],
    ['The scheme has helped 3,000 young people find jobs.', 'scheme'],
    ['The nurse was struck off for dishonesty.', 'dishonesty'],
  ])('%s', (text, words) => {
    expect(rhetoricOf(text).filter((f) => f.text.toLowerCase().includes(words.toLowerCase()))).toEqual([]);
  });
});
