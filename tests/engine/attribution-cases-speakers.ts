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
      { text: "Sen. Ruth Abara (D-Ore.), the panel's chair, said the hearing would go ahead.", phrase: 'Ruth Abara', source: 'named', sourceName: 'Sen. Ruth Abara' },
      { text: '"That is not our view," Senator Paul Brandt, R-Ky., said.', phrase: 'Paul Brandt', source: 'named', sourceName: 'Senator Paul Brandt' },
      { text: 'Inspector Duarte, too, who had toured the docks, said the cranes were safe.', phrase: 'Duarte', source: 'named', sourceName: 'Inspector Duarte' },
      { text: 'The chef Lucia Ferro herself admitted the soup was too salty.', phrase: 'Lucia Ferro herself admitted', source: 'named' },
      { text: 'The rally featured Petrov vowing a rematch.', phrase: 'Petrov vowing', source: 'named' },
      { text: 'Coach Halvorsen benched two starters and last week explained that discipline mattered.', phrase: 'Coach Halvorsen', source: 'named' },
      { text: 'Captain Leo Marsh, already tired from the flight, told the crew to rest.', phrase: 'Captain Leo Marsh', source: 'named' },
      // Idioms of saying: "made it clear that", "made the case that", "weighed in".
      { text: 'Governor Ames made it clear that taxes would not rise.', phrase: 'Governor Ames made', source: 'named' },
      { text: 'Senator Webb made the case that the plan fails renters.', phrase: 'Senator Webb made', source: 'named' },
      { text: 'The Foreign Ministry of Peru also weighed in on the dispute.', phrase: 'weighed', source: 'named' },
      // A quotation signed with a dash, as in an epigraph or a collection of readers' comments.
      { text: '“We deserve a mayor who listens.” ― Ana Costa', phrase: 'Ana Costa', source: 'named', sourceName: 'Ana Costa' },
      { text: '"Build the bridge first." — Tomas Brandt, engineer', phrase: 'Tomas Brandt', source: 'named' },
      { text: '“We need jobs here.” ― Ana Costa\n“He never listens.” ― Tomas Brandt', phrase: 'Ana Costa', source: 'named', sourceName: 'Ana Costa' },
      // A saying owned by a name: "Webb's warning that" reports Webb's words as "Webb warned that" would.
      { text: "Auditors kept digging after Ines Duarte's denial of any wrongdoing.", phrase: "Ines Duarte's denial", source: 'named', sourceName: 'Ines Duarte' },
      { text: "Mayor Ann Webb's warning that the fund would run dry alarmed the council.", phrase: "Webb's warning", source: 'named' },
    ],
    misses: [
      // A plural opening the sentence is no name, whatever follows it.
      'Farmers in the valley said the river had never been so low.',
      'Families of the victims said they would appeal.',
      "Trump's support among older voters has slipped.",
      'The report listed nine witnesses testifying before the panel.',
      'The vote was close — Senator Ann Webb won it.',
      '"We are done here" — the day after the vote.',
      "Critics' concerns about the plan grew.",
      'The vote (held in S.C.) ended early. Said to be the closest in years, it drew crowds.',
      'Rep. Dana Whitfield (R-S.C.) voted against the bill.',
      'Inspector Duarte, too, who had toured the docks, left early.',
      'Coach Halvorsen benched two starters and last week the storm announced its arrival.',
      'Governor Ames made it clear and simple for everyone.',
      'Tomas Brandt weighed sixty kilograms.',
      'Tomas Brandt hit the ball hard.',
      // Owned nouns that name a deed or are the subject themselves; places before an -ing form; a dash before a
      // new clause; "hit back" with blows or goals.
      "The army's attacks on the city killed 40 civilians.",
      "Ukraine's response to the attack killed 30 soldiers.",
      "Senator Lee's speech lasted an hour.",
      'Thousands marched in New York demanding a ceasefire.',
      'Protesters marched through London demanding an inquiry.',
      'Fans chanted "four more years" — Maria Santos smiled and waved from the stage.',
      'Ukraine hit back with drone strikes on two refineries.',
      'Arsenal hit back with two late goals.',
    ],
  },
  // A share of people polled taking a side is the poll's finding; a whole crowd taking one is nobody's finding.
  'attribution/survey-share': {
    flags: [
      { text: 'Roughly three-quarters back the new curfew.', phrase: 'three-quarters back', source: 'document' },
      { text: 'About 6 in 10 young voters supported the mayor.', phrase: '6 in 10 young voters supported', source: 'document' },
      { text: 'Only 5 percent prefer the third candidate.', phrase: '5 percent prefer', source: 'document' },
      { text: 'Half of the electorate said the economy came first.', phrase: 'Half of the electorate said', source: 'document' },
      { text: 'About seven of 10 nurses think shifts run too long.', phrase: 'seven of 10 nurses think', source: 'document' },
      { text: 'A quarter say the buses run late.', phrase: 'A quarter say', source: 'document' },
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
      { text: 'A newspaper editorial on Sunday urged voters to reject the tax.', phrase: 'A newspaper editorial', source: 'document' },
      { text: 'The campaign ad claims that the mayor raised taxes.', phrase: 'The campaign ad claims', source: 'document' },
    ],
    misses: [
      'A letter sent to the board was described as rude.',
      'A survey conducted by the university last week was expensive.',
      'The neighbours of the survey office said nothing.',
      'Records from the county are kept in the basement.',
      'She left a message on Monday.',
      'The column of troops marched on.',
      'A column of tanks crossing the border showed that the army was moving.',
    ],
  },
  'attribution/pronoun': {
    flags: [
      { text: 'Maria Lopez toured the plant. Her remarks afterwards were brief.', phrase: 'Her remarks', source: 'pronoun', sourceName: 'Maria Lopez' },
      { text: 'Senator Ann Webb voted no. Her harsh criticism of the bill surprised aides.', phrase: 'Her harsh criticism', source: 'pronoun' },
      { text: 'The union met on Friday. Their threats that the plant would close alarmed the town.', phrase: 'Their threats', source: 'pronoun' },
    ],
    misses: [
      'The bank closed his account.',
      'She read his version.',
      'Her view from the tower was clear.',
      'His attacks on the village killed 12 people last year.',
      'Their threats forced 300 families to flee the valley.',
      'Her response time improved by 30 percent.',
    ],
  },
  'attribution/hearsay': {
    flags: [
      { text: 'Tradition says the oak was planted by a king.', phrase: 'Tradition says', source: 'vague' },
      { text: 'In the valley, folklore says that the well never runs dry.', phrase: 'folklore says', source: 'vague' },
    ],
    misses: ['The blues legend Muddy Waters played the hall in 1960.', 'The tradition of the harvest fair began in 1850.'],
  },
  'attribution/agentless-phrase': {
    flags: [
      { text: 'It had been theorised that ferries ran late on windy days.', phrase: 'It had been theorised that', source: 'agentless' },
      { text: 'It may be conjectured that the letter was never sent.', phrase: 'It may be conjectured that', source: 'agentless' },
    ],
    misses: ['It has been raining all week.', 'We observed that the birds returned.'],
  },
  'attribution/agentless-noun': {
    flags: [
      { text: 'The lab hired Tom Okoye, deemed one of the best coders in the city.', phrase: 'deemed one', source: 'agentless' },
    ],
    misses: [
      'Critics, meanwhile, considered the film a failure.',
      'The board considered the offer on Monday.',
      // The subject's own verb after a relative clause or an aside; "thought" and "believed" are too often finite.
      'Jones, who lost the primary, believed the race was rigged.',
      'The jury, in the end, believed the witness.',
      'Jones, who lost the primary, considered the result unfair.',
      'The mayor, after a long pause, thought the question over.',
      'The crew fixed the mast, considered the damage and sailed home.',
    ],
  },
  'attribution/vague-group': {
    flags: [
      { text: 'The toll bridge, which drivers say is too narrow, will be widened.', phrase: 'drivers say', source: 'vague' },
      { text: 'It is a gap that experts say is growing.', phrase: 'experts say', source: 'vague' },
      // The phrase after a verb's preposition is that preposition's object, not the speaker: the subject before
      // "who" speaks.
      { text: 'Opponents of the plan who moved into the city cite rising rents.', phrase: 'Opponents of the plan', source: 'vague' },
      { text: 'Parents who moved to Ohio last year say the school is full.', phrase: 'Parents who moved', source: 'vague' },
    ],
    misses: ['The seeds which farmers sow are costly.', 'Their say is final.'],
  },
};
