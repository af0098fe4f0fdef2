/**
 * Round 17 fixes, attribution: a judge counts as the court only when ruling from the bench; a place after "named
 * in" must be a document, hearsay or a paper (not a ranking or a time); "drew a distinction" and "highlighted" need
 * a speaker and words; a hackers' group's name is no crowd; a masthead needs a paper's word; headings are no names.
 */
import { describe, expect, test } from 'vitest';
import type { SourceType } from '../../src/engine/index.ts';
import { attributionsOf, expectSourceOver } from './attribution-over.ts';

/** Expects no attribution finding with the given source (any source when none is given) to reach the words. */
function expectNoneOver(text: string, words: string, source?: SourceType): void {
  const at = text.indexOf(words);
  expect(at, 'the words must be in the text').toBeGreaterThanOrEqual(0);
  const hits = attributionsOf(text).filter((f) => f.start < at + words.length && f.end > at && (!source || f.source === source));
  expect(hits.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
}

describe('a judge is the court only when acting from the bench', () => {
  test.each([
    ['A judge on the television talent show said the singer was out of tune.', 'A judge on the television talent show said'],
    ['A judge at the county flower show said the roses at Ostby were the best.', 'A judge at the county flower show said'],
    ['One judge at the baking contest said the sponge was dry.', 'One judge at the baking contest said'],
    ['A former judge said the new law was badly drafted.', 'A former judge said'],
    ['A retired magistrate said the fines were too low.', 'A retired magistrate said'],
    ['A judge told reporters after the dinner that the law was unfair.', 'A judge told'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'anonymous'));
  // The rule's own cases and a near miss of ours: a ruling verb, or a plain "said" in a courtroom.
  test.each([
    ['A judge ruled on Monday that the count in Ostby must go on.', 'A judge ruled'],
    ['A federal judge ordered the harbour files released.', 'A federal judge ordered'],
    ['A magistrate said at the hearing that the bail terms were too loose.', 'A magistrate said'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
});

describe('a printed source after "named in" is a document, hearsay or a paper', () => {
  test.each([
    ['He was named in the batting order at number four.', 'named in the batting order'],
    ['Rovers are listed in the table in third place after the win.', 'listed in the table'],
    ['Profits reported in the first quarter rose by a tenth.', 'reported in the first quarter'],
    ['The firm is listed in the FTSE 100 index.', 'listed in the FTSE 100 index'],
    ['The pump performed as previously described in the manual.', 'described in the manual'],
    ['She was listed in the starting line-up for the final.', 'listed in the starting'],
  ])('%s', (text, words) => expectNoneOver(text, words, 'document'));
  test.each([
    ['She is identified in court papers as the owner of the barge.', 'identified in court papers', 'document'],
    ['He was named in leaked documents as the buyer.', 'named in leaked documents', 'document'],
    ['The valve was described in the patent.', 'described in the patent', 'document'],
    // Lower case gives no name to read, so the printed place stays a document, not a named paper.
    ['The fee, first reported in the harbour post, will rise.', 'reported in the harbour post', 'document'],
    ['The mayor was named in the Kelby Echo.', 'named in the Kelby Echo', 'named'],
    ['The result was reported in the journal Nature.', 'reported in the journal Nature', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
  test('a run-on line of many matches stays quick', () => {
    const text = `${'the vote was reported in the Harbour Post and '.repeat(3000)}more.`;
    const began = performance.now();
    expect(attributionsOf(text).length).toBeGreaterThan(0);
    expect(performance.now() - began).toBeLessThan(20_000);
  });
});

describe('drawing a distinction or breaking a silence is speech only for a speaker', () => {
  test.each([
    ['The law draws a distinction between amateur and professional boxers.', 'draws'],
    ['The rules draw a clear distinction between day visitors and residents.', 'draw'],
    ['The museum draws a distinction between loans and gifts in its catalogue.', 'draws'],
    ['She drew parallels to the horizon in pencil.', 'drew'],
    ['The final whistle broke a tense silence.', 'broke'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test.each([
    ['The minister drew a distinction between loans and gifts.', 'The minister drew', 'pronoun'],
    ['She drew parallels to the crash of the old bank.', 'She drew', 'pronoun'],
    ['He broke a two-year silence on the row over the pier.', 'He broke', 'pronoun'],
    ['Mayor Vell broke a long silence about the ferry deal.', 'Mayor Vell broke', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

describe('highlighting by a deed or a pen says nothing', () => {
  test.each([
    ['The striker highlighted his quality with a superb second goal.', 'highlighted'],
    ['Students highlighted key passages in their textbooks.', 'highlighted'],
    ['The editor highlighted the lines in yellow.', 'highlighted'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test.each([
    ['Mayor Vell highlighted the cost of the toll.', 'Mayor Vell highlighted', 'named'],
    ['Mayor Vell highlighted her concerns with the plan.', 'Mayor Vell highlighted', 'named'],
  ] as const)('%s', (text, phrase, source) => expectSourceOver(text, phrase, source));
});

describe('a lone capitalised word counts a crowd only when it is a counting word', () => {
  test('a group called Anonymous', () => expectNoneOver('Anonymous said it had hacked the ministry site.', 'Anonymous said', 'vague'));
  test('a counting word', () => expectSourceOver('Dozens warned that the pier was unsafe.', 'Dozens warned', 'vague'));
  test('another counting word', () => expectSourceOver('Several said the fares were too high.', 'Several said', 'vague'));
});

describe("a paper takes a side only by a paper's name", () => {
  test.each([
    ['The Green Paper backs a sugar tax.', 'The Green Paper backs'],
    ['The Budget Report Wants Deeper Cuts To Schools', 'The Budget Report Wants'],
    ['The Green Paper wants a levy on sweets.', 'The Green Paper wants'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test('a masthead', () => expectSourceOver('The Harbour Post backs the ferry plan.', 'The Harbour Post backs', 'document'));
});

describe('a heading of common words before a colon is no named source', () => {
  test.each([
    ['Local News reports: the mayor of Ostby will resign.', 'Local News'],
    ['Sports Desk reports: the Ostby club was sold.', 'Sports Desk'],
    ['Match Highlights: the Ostby club won at home.', 'Match Highlights'],
    ['Top Stories: the Ostby club won at home.', 'Top Stories'],
  ])('%s', (text, words) => expectNoneOver(text, words));
  test.each([
    ['The Harbour News reports: the mayor of Ostby will resign.', 'The Harbour News reports'],
    ['Tom Hale: the dam at Ostby is safe.', 'Tom Hale:'],
    ['The council: the Ostby pier will close.', 'The council:'],
  ])('%s', (text, phrase) => expectSourceOver(text, phrase, 'named'));
  test('a headline crowd still speaks', () => expectSourceOver('Local Residents: the Ostby pier is unsafe.', 'Local Residents:', 'vague'));
});
