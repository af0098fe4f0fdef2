/**
 * Round 16 second fixes after the reader's audit and the code review: a frame of reckoning or seeing only where set
 * off ("By her account, ..."; not "approved by her account manager", "saved by the referee's count", "tears welled
 * in his eyes, and"), agentless reckonings likewise; "called a day early by" is a time, no label; a claim lodged
 * with an insurer, a sport's "statement win" and a voters' "verdict" report no words; "the problem with his claim is
 * that" is the problem's clause; a poll after a vote share is the election; and the misses: "a rival complained",
 * "the councillor made jokes", "the coach's concern is that", "Plenty of clubs" (no name "Plenty").
 */
import { describe, expect, test } from 'vitest';
import type { SourceType } from '../../src/engine/types.ts';
import { attributionsOf, expectNoAttribution, expectSourceOver } from './attribution-over.ts';

/** Frames set off at the start, between commas, after "be", or closing a clause after no verb. */
const FRAMES: [string, string, SourceType][] = [
  ['By her account, the meeting was short.', 'By her account', 'pronoun'],
  ['The meeting, by his own account, was short.', 'by his own account', 'pronoun'],
  ['In his eyes, the plan failed.', 'In his eyes', 'pronoun'],
  ["By the council's count, 300 homes were flooded.", "By the council's count", 'named'],
  ['By her reckoning, the project is two years late.', 'By her reckoning', 'pronoun'],
  ["By the union's reckoning, 300 jobs will go.", "By the union's reckoning", 'named'],
  ['In her reckoning, the project is late.', 'In her reckoning', 'pronoun'],
  ['By some accounts, the bridge is unsafe.', 'By some accounts', 'agentless'],
  ['The bridge is unsafe, by some accounts.', 'by some accounts', 'agentless'],
  ['He was by some estimates the richest man in the town.', 'by some estimates', 'agentless'],
  ['He was by all accounts a decent man.', 'by all accounts', 'agentless'],
  ['By common consent Reyes has always been called brave.', 'By common consent', 'agentless'],
];
/** A bank's account, a boxer's count, the body's eyes, an opinion piece: the same words mid-clause. */
const PLAIN_SENSES: string[] = [
  'The transfer was approved by her account manager at the bank.',
  "The bill was paid by the company's account in Zurich.",
  'The rent is taken by their account provider each month.',
  "The theft was discovered by the firm's accounts team.",
  "The boxer was saved by the referee's count.",
  'Tears welled in his eyes, and he left the court.',
  'The motion was lost by her count.',
  'Payments were made by several accounts linked to the firm.',
  "Donations were received by several accounts in the charity's name.",
  'The money was moved by one account holder in Jersey.',
  'Fraudsters opened the loans by some accounts they had stolen.',
  'The budget was set by one calculation made in 2019.',
  'The tie was decided by one calculation error.',
  'The post was shared by other accounts linked to the group.',
  'The claim was amplified by several accounts on X.',
];
const PLAIN_SENSES_OVER: [string, string][] = [
  ['She had a glint in her eyes, friends recalled.', 'in her eyes'],
  ['In her opinion piece, the columnist attacked the plan.', 'In her opinion'],
];

/** "called a day early by": when a meeting was called; "called a liar by" still judges. */
const CALLED_JUDGES: [string, string, SourceType][] = [
  ['The plan was called a disgrace by critics.', 'called a disgrace by critics', 'vague'],
  ['He was called an idiot by the coach.', 'called an idiot by the coach', 'pronoun'],
  ['The plan was called reckless by critics.', 'called reckless by critics', 'vague'],
];
const CALLED_TIMES: string[] = [
  'The meeting was called a day early by the chairman.',
  'The inquiry was called a year after the fire by the minister.',
  'The strike was called an hour before the shift by the union.',
  'The election was called a year early by the premier.',
  'She was called a week later by the hospital.',
  'The election was called early by the premier.',
  'The match was called off by the referee.',
];

/** Nouns of words after "make", "deliver": a claim that, an appeal for calm, a jury's verdict. */
const WORDS_GIVEN: [string, string, SourceType][] = [
  ['He made a claim that the vote was rigged.', 'He made', 'pronoun'],
  ['Senator Reyes made similar claims on the radio.', 'Senator Reyes made', 'named'],
  ['He made an appeal for calm.', 'He made', 'pronoun'],
  ['The jury delivered its verdict on Friday.', 'The jury delivered', 'named'],
  ["The councillor made jokes about the mayor's car.", 'The councillor made', 'pronoun'],
];
const NO_WORDS_GIVEN: string[] = [
  'He made a claim on his insurance after the burglary.',
  'The farmer made a claim for compensation after the flood.',
  'The drivers made a claim for unpaid overtime at the tribunal.',
  'The airline made a claim against its insurer.',
  'The club made a statement win over the champions.',
  'She made a claim on her insurance after the flood.',
  'He made an appeal against the fine.',
  'Voters delivered a verdict on the government.',
];

/** "X's saying is that": the owner's clause, unless the saying hangs off another noun ("the problem with"). */
const OWNED_CLAUSES: [string, string, SourceType][] = [
  ["The coach's concern is that the squad is too young.", "The coach's concern", 'pronoun'],
  ["Okafor's argument is that it costs nothing.", "Okafor's argument", 'named'],
  ['His argument is that it costs nothing.', 'His argument', 'pronoun'],
];
const OWNED_INSIDE: string[] = [
  'The problem with his claim is that it ignores the costs.',
  'The appeal of her argument is that it is simple.',
  "What is striking about the club's statement is that it names nobody.",
  'The danger of his position is that it leaves the club exposed.',
  'The beauty of her proposal was that it cost nothing.',
  'The strength of his argument is that it costs nothing.',
  'The trouble with her argument is that it ignores costs.',
];

/** A poll close after a share or a standing it measured; an election's result or a census aside is not one. */
const POLL_FIGURES: [string, string, SourceType][] = [
  ['The mayor won 41 percent backing in a Herald poll.', 'in a Herald poll', 'document'],
  ['Reyes leads in the polls.', 'in the polls', 'document'],
  ['Reyes leads by six points in the latest poll.', 'in the latest poll', 'document'],
  ['Six percent of voters in the survey were undecided.', 'in the survey', 'document'],
  ['Labour took 35 percent in a poll last May.', 'in a poll', 'document'],
  ['The mayor won 45 percent support among older voters in a new poll.', 'in a new poll', 'document'],
];
const ELECTIONS: string[] = [
  'The party won 40 percent of the vote in the polls on Thursday.',
  'Labour took 35 percent in local polls last May.',
  'Turnout was 62 percent, the highest in any poll since 1992.',
  'The town grew by 8 percent, and its name was misspelt in the census.',
  'Ahead of the election, forty people took part in the survey.',
  'The bridge, which leads to the island, was shown in the survey.',
  'Reyes has a big lead over the mayor in the county polls conducted in May.',
];

/** Speakers the lists missed: a rival (wink's adjective), a crowd counted by "plenty" or "lots". */
const MISSED: [string, string, SourceType][] = [
  ['A rival complained to the regulator.', 'A rival complained', 'anonymous'],
  ['A rival said the fees rose.', 'A rival said', 'anonymous'],
  ['Plenty of fans said the coach must go.', 'Plenty of fans said', 'vague'],
  ['Lots of fans said the coach must go.', 'Lots of fans said', 'vague'],
];
const NO_NAME_PLENTY: string[] = ['Plenty of clubs want the striker.', 'There was plenty of talk about the coach.'];

describe('flags', () => {
  test.each([...FRAMES, ...CALLED_JUDGES, ...WORDS_GIVEN, ...OWNED_CLAUSES, ...POLL_FIGURES, ...MISSED])('%s', (text, phrase, source) => {
    expectSourceOver(text, phrase, source);
  });
});

describe('does not flag', () => {
  test.each([...PLAIN_SENSES, ...CALLED_TIMES, ...NO_WORDS_GIVEN, ...OWNED_INSIDE, ...ELECTIONS, ...NO_NAME_PLENTY])('%s', (text) => {
    expectNoAttribution(text);
  });
  test.each(PLAIN_SENSES_OVER)('%s: nothing over "%s"', (text, words) => {
    const at = text.indexOf(words);
    const over = attributionsOf(text).filter((f) => f.start < at + words.length && at < f.end);
    expect(over.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});
