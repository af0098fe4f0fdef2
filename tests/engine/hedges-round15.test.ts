/**
 * Round 15's hedges: "alleged" read by its sense (the careful word before a person or an offence, hearsay on a
 * claim with no source), a kind left unnamed ("some sort of deal", "kind of strange") and an outcome said to be
 * possible ("delays are possible"); each with its near misses. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const HEARSAY = 'rhetoric/hedge/hearsay';
const VAGUE_KIND = 'rhetoric/hedge/vague-kind';
const OPEN_POSSIBILITY = 'rhetoric/hedge/open-possibility';

describe('flags', () => {
  test.each<Row>([
    // "Allegedly" on a claim nobody in the text makes: hearsay.
    ['The money was allegedly moved offshore.', 'allegedly', HEARSAY],
    ['The mayor allegedly kept a second office.', 'allegedly', HEARSAY],
    // "Alleged" before what is no offence, and "alleged to": a claim passed on with no source.
    ["The minister's alleged links to the firm were never proved.", 'alleged', HEARSAY],
    ['His alleged affair with an aide made the front pages.', 'alleged', HEARSAY],
    ['A spy alleged to have sold secrets was arrested.', 'alleged', HEARSAY],
    ['The coach is alleged to have hidden the report.', 'is alleged to', HEARSAY],
    ['It is alleged that the mayor took bribes.', 'It is alleged that', HEARSAY],
    // A kind nobody names, and the adverb that softens a word.
    ['The two sides reached some sort of deal late on Friday.', 'some sort of', VAGUE_KIND],
    ['Police think some form of accelerant was used.', 'some form of', VAGUE_KIND],
    ['Residents want some kind of barrier on the bend.', 'some kind of', VAGUE_KIND],
    ['The new timetable is kind of confusing.', 'kind of', VAGUE_KIND],
    ['The plan sort of worked in the end.', 'sort of', VAGUE_KIND],
    ["The band's sound is sort of like early punk.", 'sort of like', VAGUE_KIND],
    // An outcome said to be possible.
    ['Delays are possible on the coast road tonight.', 'are possible', OPEN_POSSIBILITY],
    ['A second recount is possible.', 'is possible', OPEN_POSSIBILITY],
    ['Further job cuts remain possible.', 'remain possible', OPEN_POSSIBILITY],
    ['Snow is possible on high ground.', 'is possible', OPEN_POSSIBILITY],
    ['Clashes between the two groups are quite possible.', 'are quite possible', OPEN_POSSIBILITY],
    ['More strikes are possible if talks fail.', 'are possible', OPEN_POSSIBILITY],
    ['Other explanations are also possible.', 'are also possible', OPEN_POSSIBILITY],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // The careful word of court reporting, before a person or an offence.
    ['The alleged attacker was remanded in custody.', 'alleged', HEARSAY],
    ['The alleged victim told the court she was afraid.', 'alleged', HEARSAY],
    ['Police arrested the alleged getaway driver.', 'alleged', HEARSAY],
    ['The alleged fraud cost the council two million pounds.', 'alleged', HEARSAY],
    ['He denies the alleged assault on a neighbour.', 'alleged', HEARSAY],
    ['The alleged insider trading took place in May.', 'alleged', HEARSAY],
    ['The club reported the alleged incidents to the league.', 'alleged', HEARSAY],
    ['Two alleged gang members were charged on Monday.', 'alleged', HEARSAY],
    // The verb with its speaker: someone's words, for attribution to weigh.
    ['Prosecutors alleged that he stole the car.', 'alleged', HEARSAY],
    ['The lawsuit alleged the firm hid its losses.', 'alleged', HEARSAY],
    ['The tenants, who alleged that the flats were damp, won their case.', 'alleged', HEARSAY],
    // A kind named, or asked about: a noun, exact.
    ['This kind of bus runs on hydrogen.', 'kind of', VAGUE_KIND],
    ['What sort of school does she run?', 'sort of', VAGUE_KIND],
    ['It is a new kind of battery.', 'kind of', VAGUE_KIND],
    ['He is the kind of player who never gives up.', 'kind of', VAGUE_KIND],
    ['The shop sells all kinds of cheese.', 'kinds of', VAGUE_KIND],
    ['Jobs for all kind of skilled workers were lost.', 'kind of', VAGUE_KIND],
    ['It was kind of him to help.', 'kind of', VAGUE_KIND],
    ['Witnesses heard an explosion of some kind.', 'some kind', VAGUE_KIND],
    // What can be done, or was; what is ruled out.
    ['It is possible to see the comet with the naked eye.', 'possible', OPEN_POSSIBILITY],
    ['Without the grant the new wing would not be possible.', 'possible', OPEN_POSSIBILITY],
    ['A deal is not possible before the summer.', 'possible', OPEN_POSSIBILITY],
    ['The win was made possible by a late goal.', 'possible', OPEN_POSSIBILITY],
    ['Write back as soon as possible.', 'possible', OPEN_POSSIBILITY],
    ['Parking is possible in the side streets.', 'possible', OPEN_POSSIBILITY],
    ['The swap was possible because the pins were the same size.', 'possible', OPEN_POSSIBILITY],
    ['Online voting is now possible in three states.', 'possible', OPEN_POSSIBILITY],
    ['This is possible thanks to a new chip in the phone.', 'possible', OPEN_POSSIBILITY],
    ['The club will sell the ground, if that is even possible.', 'possible', OPEN_POSSIBILITY],
    ['Staff will help as far as is possible.', 'possible', OPEN_POSSIBILITY],
    ['Whatever is possible will be done.', 'possible', OPEN_POSSIBILITY],
    ['Everything that is possible has been tried.', 'possible', OPEN_POSSIBILITY],
    // "It is possible" is the possibility group's: one finding, not two.
    ['It is possible that the fire was lit on purpose.', 'possible', OPEN_POSSIBILITY],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
