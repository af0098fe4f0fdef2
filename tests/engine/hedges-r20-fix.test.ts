/**
 * Round 20's hedge fixes. An amount standing for people is a crowd with a view only when its verb takes a view: a
 * title claimed, the cold felt, walls kept up, a move weighed or nothing said is no view. A passive of procedure or of
 * a literal mark ("considered by several committees", "branded by several farmers") names a body or people at work;
 * opinion someone owns, polls measure or cuts into parts, a consensus among a group the writer names, and documents
 * after "according to" are no unnamed crowd. A crowd that calls a thing by a name is one. Sentences are our own.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const CROWD = 'rhetoric/hedge/vague-crowd';

describe('flags', () => {
  test.each<Row>([
    // A verb of view with a clause or "that" after it.
    ['Some claim the ballot was rigged.', 'some claim', CROWD],
    ['Many feel it is too late to save the pier.', 'many feel', CROWD],
    ['Many consider the toll bridge a failure.', 'many consider', CROWD],
    ['Others have maintained that the quarry is unsafe.', 'others have maintained', CROWD],
    ['Some have said that the ferry levy failed.', 'some have said', CROWD],
    // A procedural verb with the amount alone, before "to" or "as".
    ['The levy is considered by many to be unfair.', 'considered by many', CROWD],
    ['The new diet was dismissed by some as a fad.', 'dismissed by some', CROWD],
    ['The tower is considered by many experts to be ugly.', 'many experts', CROWD],
    // Split opinion and a consensus with nobody named in them.
    ['Opinion is divided on the harbour wall.', 'opinion is divided', CROWD],
    ['There is a consensus among economists that rents will rise.', 'consensus among', CROWD],
    // A crowd that names a thing, with the thing before its name.
    ['Experts call the new blight a serious threat to orchards.', 'experts call', CROWD],
    ['Critics called the mayor of Dunmere a coward.', 'critics called', CROWD],
    ["Experts call the council's plan a tax on tenants.", 'experts call', CROWD],
    ['According to several senior officials, the deal is off.', 'according to several senior officials', CROWD],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // A plain object after the verb: a thing won, sought, felt or kept up, and silence.
    ['Others have claimed the cup on muddier pitches.', 'claimed', CROWD],
    ['Many have claimed refuge since the war ended.', 'claimed', CROWD],
    ['Most have felt the frost this spring.', 'felt', CROWD],
    ['Some have considered closing the fish market.', 'considered', CROWD],
    ['Some have considered moving the fish market.', 'considered', CROWD],
    ['Others have maintained the old drystone walls for generations.', 'maintained', CROWD],
    ['Some have said nothing since the trial ended.', 'said', CROWD],
    // A passive of procedure or of a literal mark, with a body or people at work.
    ['The motion was considered by several councils.', 'considered', CROWD],
    ['The appeal was dismissed by several tribunals.', 'dismissed', CROWD],
    ['The sheep were branded by several shepherds.', 'branded', CROWD],
    ['The crates were labelled by some of the helpers.', 'labelled', CROWD],
    // Opinion owned, measured by a poll, or cut into parts.
    ["The tribunal's opinion was divided into four sections.", 'opinion', CROWD],
    ["The referees' opinion was divided on the late goal.", 'opinion', CROWD],
    ['Public opinion is split almost evenly, the poll found.', 'opinion', CROWD],
    // A consensus among a group the writer names or counts.
    ['There was consensus among the seven jurors.', 'consensus', CROWD],
    ['There was a consensus among the four unions.', 'consensus', CROWD],
    // A consensus with an owner is that body's.
    ["The panel's consensus was that the pier must close.", 'consensus', CROWD],
    ["The growers' consensus is that prices will fall.", 'consensus', CROWD],
    ['Their consensus was that the match should go ahead.', 'consensus', CROWD],
    // Documents after "according to".
    ['According to many regional newspapers, the mill closed.', 'according', CROWD],
    ["According to most of the society's own records, the race was void.", 'according', CROWD],
    // A crowd on the telephone still rings a thing that ends the phrase.
    ['Supporters called the depot on Tuesday.', 'supporters', CROWD],
    ["Supporters called the team's ticket office to complain.", 'supporters', CROWD],
    ["Others have claimed the county's chess title in earlier years.", 'claimed', CROWD],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
