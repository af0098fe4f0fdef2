/**
 * Round 18, loaded wording: verdicts in the writer's voice ("dogmatic", "ill-advised"), praise of pluck and
 * mastery ("plucky", "consummate"), ironic praise and a named tone ("much-vaunted", "tongue-in-cheek"), hardship
 * verbs for ordinary work ("toiled"), grumbling speech verbs ("groused", "blurted", "opined") and adverbs through
 * which the writer comments on an act ("inexplicably", "sensibly"), adverbs that grade an act ("deftly",
 * "clumsily"), land called lost, to be regained, and nouns that dismiss or cheer ("a gimmick", "red tape",
 * "a godsend"). Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const VERDICT = 'rhetoric/loaded-language/verdict';
const PLUCK = 'rhetoric/loaded-language/pluck-praise';
const IRONIC = 'rhetoric/loaded-language/ironic-praise';
const HARDSHIP = 'rhetoric/loaded-language/hardship-verb';
const CHARGED = 'rhetoric/loaded-language/charged-speech';
const EDITORIAL = 'rhetoric/loaded-language/editorial-adverb';
const ANGRY = 'rhetoric/loaded-language/angry-speech';
const MANNER = 'rhetoric/loaded-language/manner-verdict';
const LOST_LAND = 'rhetoric/loaded-language/lost-land';
const DISMISSIVE = 'rhetoric/loaded-language/dismissive-noun';
const WINDFALL = 'rhetoric/loaded-language/windfall-praise';

describe('flags', () => {
  test.each<Row>([
    // The writer's verdict on a plan, an approach or an economy.
    ['The council pressed ahead with an ill-advised plan to sell the park.', 'ill-advised', VERDICT],
    ['Her dogmatic approach split the board.', 'dogmatic', VERDICT],
    ['The town has a moribund high street and few jobs.', 'moribund', VERDICT],
    ['The minister offered a risible excuse for the delay.', 'risible', VERDICT],
    ['The scandal-hit charity closed its shop in Elmford.', 'scandal-hit', VERDICT],
    ['the board made a wrong - headed choice .', 'wrong - headed', VERDICT],
    // Praise of pluck and mastery.
    ['The plucky village team reached the final.', 'plucky', PLUCK],
    ['He was a consummate politician to the end.', 'consummate', PLUCK],
    ['An intrepid explorer crossed the ice cap alone.', 'intrepid', PLUCK],
    // Ironic praise and a named tone.
    ['The much-vaunted reform has not cut waiting lists.', 'much-vaunted', IRONIC],
    ['He sent a tongue-in-cheek reply to the letter.', 'tongue-in-cheek', IRONIC],
    // Work told as hardship.
    ['She toiled for a decade to restore the mill.', 'toiled', HARDSHIP],
    ['Volunteers slaved away in the kitchen all night.', 'slaved away', HARDSHIP],
    ['Miners toiling underground earned little.', 'toiling', HARDSHIP],
    // Speech verbs that mock the speaker.
    ['The coach groused that the pitch was too wet.', 'groused', CHARGED],
    // "Gripe" had its noun; the past tense of the verb is written out, as its lemma is read as "grip".
    ['Residents griped about the new bins for weeks.', 'griped', ANGRY],
    ['The columnist opined that the mayor should resign.', 'opined', CHARGED],
    ['He blurted out the name of the buyer.', 'blurted', CHARGED],
    ['The chairman quipped that the budget was a work of fiction.', 'quipped', CHARGED],
    // The writer's comment on an act.
    ['The board inexplicably delayed the vote until May.', 'inexplicably', EDITORIAL],
    ['The council sensibly kept the old bridge open.', 'sensibly', EDITORIAL],
    ['Reporters dutifully repeated the figures.', 'dutifully', EDITORIAL],
    // How well or badly someone acted, graded by the writer.
    ['The mayor deftly avoided the question.', 'deftly', MANNER],
    ['The agency clumsily handled the recall.', 'clumsily', MANNER],
    ['The band aptly chose a storm for its name.', 'aptly', MANNER],
    ['Rebels gleefully posted the video.', 'gleefully', MANNER],
    ['The plan was hopelessly out of date.', 'hopelessly', MANNER],
    ['She did sterling work for the food bank.', 'sterling work', PLUCK],
    ['The council took a timid approach to the bus lanes.', 'timid', VERDICT],
    // Nouns that dismiss, and nouns that cheer.
    ['The free bus passes were a gimmick before the vote.', 'gimmick', DISMISSIVE],
    ['Farmers say red tape keeps them indoors.', 'red tape', DISMISSIVE],
    ['The union accused the board of double standards.', 'double standards', DISMISSIVE],
    ['Warnings about the dam were dismissed as alarmism.', 'alarmism', DISMISSIVE],
    ['His harangue at the meeting lasted an hour.', 'harangue', 'rhetoric/loaded-language/scornful-speech-noun'],
    ['The new ferry has been a godsend for the island.', 'godsend', WINDFALL],
    ['The merger was a masterstroke by the chairman.', 'masterstroke', WINDFALL],
    // Land called lost, to be won back.
    ['The party promised to regain the lost territories in the east.', 'regain the lost territories', LOST_LAND],
    ['the empire hoped to recover its lost provinces .', 'recover its lost provinces', LOST_LAND],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // The plain statements of the same facts.
    ['The council pressed ahead with a plan to sell the park.', 'plan', VERDICT],
    ['The village team reached the final.', 'team', PLUCK],
    ['The reform has not cut waiting lists.', 'reform', IRONIC],
    ['She worked for a decade to restore the mill.', 'worked', HARDSHIP],
    ['The coach said that the pitch was too wet.', 'said', CHARGED],
    ['The board delayed the vote until May.', 'delayed', EDITORIAL],
    // A fall or a walk in fog is described, not graded; the currency is plain.
    ['The striker fell clumsily and hurt his knee.', 'clumsily', MANNER],
    ['The hikers were hopelessly lost in the fog.', 'hopelessly', MANNER],
    // A name that fits is a state, not an act graded (round 18 fix; see rhetoric-r18-fix.test.ts).
    ['The band was aptly named after a storm.', 'aptly', MANNER],
    ['The pound sterling fell against the euro.', 'sterling', PLUCK],
    // Red tape as stationery.
    ['She bought a roll of red tape for the parcels.', 'red tape', DISMISSIVE],
    ['Staff tied the files with red tape and string.', 'red tape', DISMISSIVE],
    // Regaining a lead or a lost seat is no claim to land.
    ['The team regained the lead after the break.', 'regained', LOST_LAND],
    ['The party hopes to regain seats it lost in 2019.', 'regain', LOST_LAND],
    // Gripping a rope is no gripe.
    ['She gripped the rope and climbed.', 'gripped', ANGRY],
    // "Toil" as a noun is not the verb of hardship; nor is a praise word negated in the plain sense here.
    ['The toil of the harvest is shown in the museum.', 'toil', HARDSHIP],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
