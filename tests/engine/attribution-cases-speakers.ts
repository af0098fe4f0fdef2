/**
 * More attribution examples, for speakers the grammar used to lose: a lawmaker's party and state in brackets or
 * between commas ("Rep. Jane Roe (D-Md.) said"), a sentence wink cut at such a bracket, an aside before a
 * relative clause, shares of people polled, documents described before their verb, sayings with an owner,
 * signed quotations, and findings or stories with nobody behind them. Same shape as attribution-cases.ts;
 * written for this project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const SPEAKER_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/named-source': {
    flags: [
      { text: 'Rep. Dana Whitfield (R-S.C.) said the bill would fail.', phrase: 'Dana Whitfield', source: 'named', sourceName: 'Rep. Dana Whitfield' },
      { text: '"We will not wait," Rep. Omar Lindqvist (D-Fla.) said.', phrase: 'Omar Lindqvist', source: 'named', sourceName: 'Rep. Omar Lindqvist' },
      { text: 'Sen. Ruth Abara (D-Md.), chair of the panel, said the hearing would go ahead.', phrase: 'Ruth Abara', source: 'named', sourceName: 'Sen. Ruth Abara' },
      { text: '"That is not our view," Senator Paul Brandt, R-Ky., said.', phrase: 'Paul Brandt', source: 'named', sourceName: 'Senator Paul Brandt' },
      { text: 'Moreno, meanwhile, who has no endorsements yet, said the count speaks for itself.', phrase: 'Moreno', source: 'named', sourceName: 'Moreno' },
      { text: 'Okafor himself acknowledged on Monday that the count would be close.', phrase: 'Okafor himself acknowledged', source: 'named' },
      { text: 'The rally ended with a speech that included Okafor vowing to protect the mill.', phrase: 'Okafor vowing', source: 'named' },
      { text: 'Governor Ames freed up funds and on Monday announced that more was coming.', phrase: 'Governor Ames', source: 'named' },
      { text: 'Mayor Ann Webb, still stinging over the vote, said the council had erred.', phrase: 'Mayor Ann Webb', source: 'named' },
      // Idioms of saying: "made it clear that", "made the case that", "weighed in", "hit back".
      { text: 'Governor Ames made it clear that the budget would not grow.', phrase: 'Governor Ames made', source: 'named' },
      { text: 'Senator Webb made the case that the plan fails renters.', phrase: 'Senator Webb made', source: 'named' },
      { text: 'The Foreign Ministry of Peru also weighed in on the dispute.', phrase: 'weighed', source: 'named' },
      { text: 'Governor Ames hit back at her critics on Monday.', phrase: 'Governor Ames hit', source: 'named' },
      // A quotation signed with a dash, as in an epigraph or a collection of readers' comments.
      { text: '“We deserve a mayor who listens.” ― Ana Costa', phrase: 'Ana Costa', source: 'named', sourceName: 'Ana Costa' },
      { text: '"Build the bridge first." — Tomas Brandt, engineer', phrase: 'Tomas Brandt', source: 'named' },
      // A saying owned by a name: "Webb's warning that" reports Webb's words as "Webb warned that" would.
      { text: "Despite Okafor's declarations of victory, the count went on.", phrase: "Okafor's declarations", source: 'named', sourceName: 'Okafor' },
      { text: "Mayor Ann Webb's warning that the fund would run dry alarmed the council.", phrase: "Webb's warning", source: 'named' },
    ],
    misses: [
      "Trump's support among older voters has slipped.",
      'The report listed nine witnesses testifying before the panel.',
      'The vote was close — Senator Ann Webb won it.',
      '"We are done here" — the day after the vote.',
      "Critics' concerns about the plan grew.",
      'The vote (held in S.C.) ended early. Said to be the closest in years, it drew crowds.',
      'Rep. Dana Whitfield (R-S.C.) voted against the bill.',
      'Moreno, meanwhile, who has no endorsements yet, kept campaigning.',
      'Governor Ames freed up funds and on Monday the rain announced itself.',
      'Governor Ames made it clear and simple for everyone.',
      'Tomas Brandt weighed sixty kilograms.',
      'Tomas Brandt hit the ball hard.',
    ],
  },
  // A share of people polled taking a side is the poll's finding; a whole crowd taking one is nobody's finding.
  'attribution/survey-share': {
    flags: [
      { text: 'About three-quarters support a ban on the imports.', phrase: 'three-quarters support', source: 'document' },
      { text: 'About 6 in 10 young voters supported the mayor.', phrase: '6 in 10 young voters supported', source: 'document' },
      { text: 'Only 5 percent prefer the third candidate.', phrase: '5 percent prefer', source: 'document' },
      { text: 'Half of the electorate said the economy came first.', phrase: 'Half of the electorate said', source: 'document' },
      { text: 'Nearly eight of 10 renters say they pay too much.', phrase: 'eight of 10 renters say', source: 'document' },
      { text: 'Nearly a third say they do not know.', phrase: 'a third say', source: 'document' },
    ],
    misses: [
      'Democrats want lower taxes.',
      'Three-quarters of the budget supports schools.',
      'Half of the money shows up as profit.',
      'About 6 in 10 homes lack insulation.',
      'The third say in the matter was hers.',
    ],
  },
  // A document described at length before its verb is still the source, not the last noun of its description.
  'attribution/document': {
    flags: [
      { text: 'A survey conducted by the university last week showed that most tenants pay too much.', phrase: 'A survey conducted', source: 'document' },
      { text: 'A court filing submitted on Friday says that the firm owed no tax.', phrase: 'A court filing', source: 'document' },
      { text: 'An audit by the state of every county office found missing ledgers.', phrase: 'An audit by the state', source: 'document' },
      { text: 'But a review of hospital records going back to 2010 shows fewer deaths.', phrase: 'a review of hospital records', source: 'document' },
      { text: 'Records from the county have long shown a gap in pay.', phrase: 'Records from the county', source: 'document' },
      { text: '"The plan is unworkable," the editorial noted.', phrase: 'the editorial noted', source: 'document' },
      { text: 'The campaign ad claims that the mayor raised taxes.', phrase: 'The campaign ad claims', source: 'document' },
    ],
    misses: [
      'A letter sent to the board was described as rude.',
      'A survey conducted by the university last week was expensive.',
      'The neighbours of the survey office said nothing.',
      'Records from the county are kept in the basement.',
      'She left a message on Monday.',
      'The column of troops marched on.',
    ],
  },
  'attribution/pronoun': {
    flags: [
      { text: 'Maria Lopez toured the plant. Her remarks afterwards were brief.', phrase: 'Her remarks', source: 'pronoun', sourceName: 'Maria Lopez' },
      { text: 'Senator Ann Webb voted no. Her harsh criticism of the bill surprised aides.', phrase: 'Her harsh criticism', source: 'pronoun' },
    ],
    misses: ['The bank closed his account.', 'She read his version.', 'Her view from the tower was clear.'],
  },
  'attribution/hearsay': {
    flags: [
      { text: 'Legend claims that the bridge was built in a single night.', phrase: 'Legend claims', source: 'vague' },
      { text: 'In the valley, folklore says that the well never runs dry.', phrase: 'folklore says', source: 'vague' },
    ],
    misses: ['The blues legend Muddy Waters played the hall in 1960.', 'The tradition of the harvest fair began in 1850.'],
  },
  'attribution/agentless-phrase': {
    flags: [
      { text: 'It has been observed that the birds return each spring.', phrase: 'It has been observed that', source: 'agentless' },
      { text: 'It may be conjectured that the letter was never sent.', phrase: 'It may be conjectured that', source: 'agentless' },
    ],
    misses: ['It has been a long winter.', 'We observed that the birds returned.'],
  },
  'attribution/agentless-noun': {
    flags: [
      {
        text: 'He trained Ana Ruiz, considered the finest potter of her generation.',
        phrase: 'considered the',
        source: 'agentless',
      },
    ],
    misses: ['Critics, meanwhile, considered the film a failure.', 'The board considered the offer on Monday.'],
  },
  'attribution/vague-group': {
    flags: [
      { text: 'The target, which scientists say is the bare minimum, was missed.', phrase: 'scientists say', source: 'vague' },
      { text: 'It is a gap that experts say is growing.', phrase: 'experts say', source: 'vague' },
    ],
    misses: ['The seeds which farmers sow are costly.', 'Their say is final.'],
  },
};
