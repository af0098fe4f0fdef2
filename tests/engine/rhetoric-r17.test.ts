/**
 * Round 17, loaded wording: "refused to" before an answer, an apology or an admission (a duty held back), not
 * before a comment or a concession of defeat; "applauded" as the writer's praise, not an audience clapping; the
 * labels "deniers" and "political correctness"; each camp's own name in the abortion debate ("pro-life",
 * "pro-choice"); stock endings ("on a high note", "never been the same"); warm praise ("heartfelt", "stirring");
 * a measured superlative ranked by an ordinal ("the fourth-tallest tower in the world") left as a fact;
 * and the epithet rule leaving titles, eras and places alone ("Vanity Fair", "the Great Recession", "Great
 * Britain"). Sentences are our own; each rule is tested in lower case too.
 */
import { describe, expect, test } from 'vitest';
import { on, type Row } from './rhetoric-rows.ts';

const REFUSAL = 'rhetoric/loaded-language/refusal';
const PRAISE_VERB = 'rhetoric/loaded-language/praise-verb';
const EVERYDAY = 'rhetoric/loaded-language/everyday-praise';
const LABEL = 'rhetoric/name-calling/contentious-label';
const POLITICAL = 'rhetoric/name-calling/political-label';
const STOCK = 'rhetoric/figurative/stock-phrase';
const EPITHET = 'rhetoric/name-calling/epithet';
const PARTISAN = 'rhetoric/loaded-language/partisan-term';
const SUPERLATIVE = 'rhetoric/exaggeration/superlative';

describe('flags', () => {
  test.each<Row>([
    // A duty the writer says was held back.
    ['The councillor refused to answer questions about the lease.', 'refused to answer', REFUSAL],
    ['the club refused to apologise for the chants .', 'refused to apologise', REFUSAL],
    ['The landlord refuses to disclose the rent rise.', 'refuses to disclose', REFUSAL],
    ['Ministers refused to rule out higher fares.', 'refused to rule out', REFUSAL],
    ['the mayor is refusing to release the report .', 'refusing to release', REFUSAL],
    // Praise told as the writer's own report.
    ['Reviewers applauded the new ferry timetable.', 'applauded', PRAISE_VERB],
    ['farmers applaud the decision to drop the levy .', 'applaud', PRAISE_VERB],
    ['The vicar gave a heartfelt sermon.', 'heartfelt', EVERYDAY],
    ['she made a stirring appeal for calm .', 'stirring', EVERYDAY],
    ['He gave an impassioned defence of the plan.', 'impassioned', EVERYDAY],
    // Labels one side pins on the other.
    ['The panel was full of flood deniers.', 'deniers', LABEL],
    ['the blogger called him a vaccine denier .', 'denier', LABEL],
    ['The rules were dropped over political correctness.', 'political correctness', POLITICAL],
    ['the speech blamed political correctness for the ban .', 'political correctness', POLITICAL],
    // Each camp's own name for itself, and a subsidy called welfare.
    ['The pro-life group rallied outside the clinic.', 'pro-life', PARTISAN],
    ['she joined a pro-choice march in the capital .', 'pro-choice', PARTISAN],
    ['Critics called the port subsidy corporate welfare.', 'corporate welfare', PARTISAN],
    // A record claimed over the whole world, unranked.
    ['It was the biggest scandal in the world.', 'biggest scandal', SUPERLATIVE],
    ['the tallest tower in the world was a fraud .', 'tallest tower', SUPERLATIVE],
    // Stock endings of a story.
    ['The festival ended on a high note.', 'on a high note', STOCK],
    ['the ferry town had never been entirely the same .', 'never been entirely the same', STOCK],
    ['Life in the valley will never be the same.', 'never be the same', STOCK],
    // A nickname before a person's name is still an epithet.
    ['Voters will not forget Crooked Hillary.', 'crooked hillary', EPITHET],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule).length).toBeGreaterThan(0);
  });
});

describe('does not flag', () => {
  test.each<Row>([
    // Plain reports of silence, a concession of defeat and a refusal of a thing.
    ['The councillor did not answer questions about the lease.', 'answer', REFUSAL],
    ['The spokesman refused to comment.', 'refused', REFUSAL],
    ['the losing candidate refused to concede .', 'refused', REFUSAL],
    ['The bank refused the loan.', 'refused', REFUSAL],
    ['The court refused to hear the appeal.', 'refused', REFUSAL],
    // An audience that claps is the event itself.
    ['The crowd applauded the brass band.', 'applauded', PRAISE_VERB],
    ['the audience applauded warmly at the end .', 'applauded', PRAISE_VERB],
    // The nouns without the label; a stirring spoon is a tool.
    ['The vicar gave a sermon.', 'sermon', EVERYDAY],
    ['She denied the charge in court.', 'denied', LABEL],
    ['The court ordered the correction of the political record.', 'correction', POLITICAL],
    // The plain names of the same sides and sums.
    ['The anti-abortion group rallied outside the clinic.', 'anti-abortion', PARTISAN],
    ['the port subsidy went to two shipping firms .', 'subsidy', PARTISAN],
    // A measured superlative ranked by an ordinal is a place in a checkable list.
    ['The new mast made it the fourth-tallest tower in the world.', 'tallest', SUPERLATIVE],
    ['rotterdam was then the 3rd largest port in the world .', 'largest', SUPERLATIVE],
    ['It is the second largest lake in the world.', 'largest', SUPERLATIVE],
    // Literal notes and sameness.
    ['The soprano held a high note for ten seconds.', 'high note', STOCK],
    ['the two samples are the same .', 'the same', STOCK],
    // Titles of works, named eras and places whose name opens with a loaded word.
    ['She wrote for Vanity Fair in 1990.', 'vanity', EPITHET],
    ['Jobs vanished during Great Recession years.', 'great', EPITHET],
    ['Marchers remembered Bloody Sunday in silence.', 'bloody', EPITHET],
    ['Exports from Great Britain rose last year.', 'great', EPITHET],
  ])('%s', (text, words, rule) => {
    expect(on(text, words, rule)).toEqual([]);
  });
});
