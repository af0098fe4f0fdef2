/** Table-driven tests of single claim features that the confidence ranking reads, where a sentence-level test cannot see them. */
import { describe, expect, test } from 'vitest';
import { type SentenceFeatures, sentenceFeatures } from '../../src/engine/detectors/claims/features.ts';
import { parse } from '../../src/engine/nlp.ts';

type Row = [keyof SentenceFeatures, string];

/** Checks that the text's first sentence has (or lacks) the feature. */
const hasFeature = (expected: boolean) => (feature: keyof SentenceFeatures, text: string) => {
  const doc = parse(text);
  expect(Boolean(sentenceFeatures(doc, doc.sentences[0], 0)[feature])).toBe(expected);
};

describe('flags', () => {
  test.each([
    ['perfect', 'The farm has been in debt for years.'],
    ['perfect', 'Wages have never been this low.'],
    ['perfect', "We've been losing factories to other states."],
    ['publicMatters', 'The new law raised taxes on farms.'],
    ['scope', 'Crime is falling in this country.'],
    ['scope', 'It was the best harvest ever.'],
    ['ceremony', 'Congratulations to the team on the 2019 title.'],
    ['ceremony', 'Thanks, everyone, for coming out in the rain.'],
    ['conversation', 'Senator, you may respond.'],
    ['conversation', 'Let me ask you about the mine.'],
    ['estimate', 'Nearly 40 percent of the town voted by mail.'],
    ['estimate', 'The storm cut power to at least 200 homes.'],
    ['estimate', 'The council spent some $3 billion on the bridge.'],
    ['estimate', 'Almost all of the wells ran dry by August.'],
    ['estimate', 'As many as five ferries were cancelled.'],
    ['estimate', 'The mill lost almost a third of its workers.'],
    ['initials', 'The FBI arrested two men in Ohio.'],
    ['initials', 'NATO leaders met in Vilnius on Tuesday.'],
    ['initials', 'The senator voted for NAFTA in 1993.'],
    ['initials', 'Most HMOs raised their fees.'],
    ['numbers', 'Rents in the town are twice as high as in 2010.'],
    ['numbers', 'The new reactor makes twice the power of the old one.'],
    ['numbers', 'The ferry leaves at 6.02 am with 300 passengers.'],
    // A report inside the speaker's own view leaves it a view.
    ['opinion', 'I think the senator told the truth about the budget.'],
  ] as Row[])('%s: %s', hasFeature(true));
});

describe('does not flag', () => {
  test.each([
    // A modal before "have" imagines a past; it records nothing.
    ['perfect', 'The farm would have been in debt for years.'],
    ['perfect', 'They should have been told about the debt.'],
    ['perfect', 'The farm was in debt for years.'],
    // A name that holds a public word is still a name.
    ['publicMatters', 'Bill Clinton spoke to the farmers.'],
    ['scope', 'The team played in the park.'],
    ['ceremony', 'Thanks to the new bill, farms survived.'],
    ['conversation', 'The army vowed to respond to the attack.'],
    ['conversation', 'The ministry did not respond to a request for comment.'],
    ['ceremony', 'The government will welcome 10,000 refugees next year.'],
    ['ceremony', 'Thanks, in part, to the new bill, farms survived.'],
    ['scope', 'Police in the city said two men were held.'],
    ['scope', 'Have you ever been to the coast?'],
    // A bare count, a loose "about" before a small count, and a time of day are no estimate.
    ['estimate', 'Five ferries were cancelled.'],
    ['estimate', 'I want to talk about two things tonight.'],
    ['estimate', 'The match starts at about 7 p.m. on Sunday.'],
    ['estimate', 'Some people in the valley still remember the flood.'],
    ['estimate', 'At least the rain held off for the parade.'],
    ['estimate', 'The film is about a boy and his dog.'],
    // Everyday initialisms, numerals, headings and shouting name no public body.
    ['initials', 'The CEO of the bakery chain stepped down after ten years.'],
    ['initials', 'Researchers sequenced the DNA of an ancient wolf.'],
    ['initials', 'Police said the SUV left the road near Hull.'],
    ['initials', 'Henry VIII is the subject of a new exhibition.'],
    ['initials', 'The band played its hit [CROWD CHEERS] and left.'],
    ['initials', 'It was a HUGE win for the club.'],
    ['initials', 'The Mayor of Leeds opened the new library.'],
    // A count of occasions and a time of day measure nothing.
    ['numbers', 'She won the national poetry prize twice.'],
    ['numbers', 'The striker hit the post twice before the break.'],
    ['numbers', 'The rocket left the launch pad at 6.02 am.'],
    // "ever since" dates; it ranks nothing.
    ['scope', 'The two towns have traded ever since.'],
  ] as Row[])('%s: %s', hasFeature(false));
});
