/**
 * Table of claim examples: for every claim rule, sentences it must flag with their type, and near misses
 * that must not get that rule. Written for this project.
 */
import type { ClaimType } from '../../src/engine/types.ts';

/** A sentence the rule must flag as a claim of this type. */
export interface ClaimCase {
  text: string;
  claimType: ClaimType;
}

/** Per rule: what it must flag, and near misses where it must not fire. */
export const CLAIM_CASES: Record<string, { flags: ClaimCase[]; misses: string[] }> = {
  'claim/casualty': {
    flags: [
      { text: 'The firefight left at least a dozen dead near the border.', claimType: 'statistical' },
      { text: 'Three soldiers were killed in the ambush on Tuesday.', claimType: 'statistical' },
      // An animal that kills names the killer; the dead are people.
      { text: 'A dog killed two children in the village last year.', claimType: 'statistical' },
      // A death in an event, counted or not, even when kin or a name is near.
      { text: 'Three people died in the fire on Elm Street.', claimType: 'statistical' },
      { text: 'The blast killed a police officer outside the station.', claimType: 'factual' },
      { text: 'Her two sons died in the shelling of the town.', claimType: 'statistical' },
      { text: 'A woman has died after a house fire in Derby.', claimType: 'factual' },
      { text: 'Her husband was killed in a crash on the bypass in 2016.', claimType: 'factual' },
      // One person's death by others' force or in a disaster is contested news, not a fact of a life.
      { text: 'Okafor died after police restrained him outside the club.', claimType: 'factual' },
      { text: 'Her son died in police custody in March.', claimType: 'factual' },
      { text: 'Ada Okafor died in the blast at the depot.', claimType: 'factual' },
    ],
    misses: [
      'The soldiers returned to their base on Tuesday.',
      // Deaths of animals are not the people killed or hurt a casualty claim counts.
      'Rangers counted 40 dead dolphins on the beach in March.',
      'More than 300 sheep died in the snow last winter.',
      // One named or related person's death told as a fact of their life: an obituary's routine fact.
      'Her husband died in 2016.',
      'His father died when he was 12, and the family moved to Leeds.',
      'Okafor, who died on Monday, led the union for 20 years.',
      'Ada Okafor died in hospital on Monday after a short illness.',
      // Police who tell of a death are the teller, not the force.
      'Her husband died at home on Sunday, police said.',
      "Her husband's death in 2016 left her to run the farm alone.",
      'She never recovered from the death of her mother in 2009.',
      // A text that stops right after the death word's owner must not throw.
      'The whole town still mourns the death of her',
    ],
  },
  'claim/accusation': {
    flags: [
      { text: 'Kabul accused Islamabad of harbouring the fighters.', claimType: 'factual' },
      { text: 'The country continues to harbour militants near the border.', claimType: 'factual' },
    ],
    misses: [
      'Kabul hosted Islamabad for talks on trade.',
      // The port, not the verb.
      'Fishing boats returned to Kestrel Harbour on Sunday.',
    ],
  },
  'claim/intent': {
    flags: [{ text: 'Both governments seek to expand their influence across the region.', claimType: 'factual' }],
    misses: ['Both governments expanded their trade across the region in 2019.'],
  },
  'claim/cause': {
    flags: [
      { text: 'The bridge collapsed because the steel cables had corroded.', claimType: 'causal' },
      // "thanks to" gives a cause; it thanks nobody.
      { text: 'Thanks to the new bill, farms in the state survived the 2019 drought.', claimType: 'causal' },
    ],
    misses: [
      'The bridge collapsed into the river in 1998.',
      // A wire report's closing credit names its writers: it contributes to nothing but the report.
      'Dana Pike in Oslo and Lee Marsh in Rome contributed to this report.',
    ],
  },
  'claim/statistic': {
    flags: [
      { text: 'Unemployment fell to 4.1 percent in March.', claimType: 'statistical' },
      { text: 'The program cost taxpayers $1.5 billion last year.', claimType: 'statistical' },
      { text: 'The wages of factory workers have gone down.', claimType: 'statistical' },
      // Short, but a figure is what a fact-checker checks first.
      { text: "We're up 400,000 jobs.", claimType: 'statistical' },
      { text: 'Murders are up.', claimType: 'statistical' },
      // A count per something is a rate; a number word with its unit is a measurement; a level that rises is a trend.
      { text: 'Twenty years ago, the county had two nurses for every bed.', claimType: 'statistical' },
      { text: 'The food package costs five cents a day.', claimType: 'statistical' },
      { text: 'The level of pollution in the river is increasing quickly.', claimType: 'statistical' },
      // "Well," only takes the floor, and a sentence may trail off: neither hides the figure.
      { text: "Well, the city owes $3 billion to its lenders.", claimType: 'statistical' },
      { text: 'We cut the waiting list by 35,000 names, so...', claimType: 'statistical' },
      // Past ten, or as a share, a number in words is a figure someone counted.
      { text: 'Two-thirds of the residents live on that one check.', claimType: 'statistical' },
      { text: 'Fifty-one other countries have managed the same.', claimType: 'statistical' },
      { text: 'The survey found 42 of the 60 wells were dry.', claimType: 'statistical' },
      // Points in a poll or a market are measured, even beside a word of the table.
      { text: 'Labour moved five points clear at the top of the polls.', claimType: 'statistical' },
      { text: 'Inflation is now two points above the bank’s target.', claimType: 'statistical' },
    ],
    misses: [
      'We talked about the program for a while.',
      'Two years ago, we went to the river.',
      'Two of the residents live on that street.',
      // "twice as" + a clause tells when something happened twice, not a ratio ("twice as many").
      'Brandt scored twice as Rovers won at home.',
      // A game's score is the result the reporter watched, not a measured figure.
      'The Kestrels beat the Ospreys 3-1 on Saturday.',
      'The Lions won 24 – 17 in overtime.',
      'It was a 2-0 win for the home side.',
      // A league position or gap is the table anyone can read, like the score.
      'Kessington beat Rovers 2-1 on Saturday to move two points clear at the top of the league.',
      'City remain 10 points adrift of safety after the defeat.',
      'They finished fifth in the league, 12 points behind the champions.',
      // An age and a place named with a number identify; nobody counted them.
      'Hale and her 19-year-old daughter were asked to help.',
      'Ruth Dorn, 47, of Mill Road, was asked to help.',
      'The family moved to Leeds when she was 12.',
      'The warden walked his first patrol on Seventy Mile Bay.',
      // A share needs a number or "a" before it: "the first half of" is a stretch of time.
      'The first half of the meeting was about roads.',
      // A change that is forecast has not been measured.
      'Costs are going to go up for every family.',
    ],
  },
  'claim/event': {
    flags: [
      { text: 'The senator voted against the bill in 2015.', claimType: 'factual' },
      { text: 'The army withdrew its last troops from the valley in May.', claimType: 'factual' },
      { text: 'The senator opposed the bill in 2015.', claimType: 'factual' },
      { text: 'Germany overtook Japan as the largest exporter in Europe.', claimType: 'factual' },
      // Ends in a name, but the lower-case words before it make it a sentence, not a title.
      { text: 'It was signed by President Gerald Ford.', claimType: 'factual' },
      // A ranking over a stated field is a record to look up, even when its word is "worst".
      { text: 'This is the worst harvest in recorded history.', claimType: 'factual' },
      // A call reported in someone else's name is a claim about their position: did they make it?
      { text: 'In 2015 the senator said that the state should close the mine.', claimType: 'factual' },
      { text: 'The mill shipped more steel this spring than in any spring on record.', claimType: 'factual' },
    ],
    misses: [
      'Thank you all for coming tonight.',
      'What did the senator vote for?',
      // A participle after a present "be" or "most" describes a state; nothing happened that one could check.
      "It's still the most trusted bond.",
      "I'm opposed to these policies.",
      "Thirdly, expand what people call rainy-day funds.",
      // "was" alone is a past state, and "I" names nobody: a personal aside, not a checkable event.
      'My aunt was the boss of a bakery.',
      'I was in the church on Sunday.',
      // "worst" with no field it ranks over is a judgement.
      'This is the worst idea for the town.',
      // An occasion marked, however many names and dates it holds.
      'We thank Ana Ortiz, whose daughter rebuilt the town library in 2011.',
    ],
  },
  'claim/routine': {
    flags: [{ text: 'Shares in the company closed 2 percent higher on Friday.', claimType: 'statistical' }],
    misses: ['The company was founded by two brothers in Ohio in 1952.'],
  },
  'claim/prediction': {
    flags: [
      { text: 'The region risks becoming a staging ground for attacks.', claimType: 'prediction' },
      // "going to" after a contracted "be" is the future too, and a forecast change is not yet a statistic.
      { text: "It's going to cost the town more.", claimType: 'prediction' },
      { text: "I'm going to cut fares on every line.", claimType: 'prediction' },
    ],
    misses: ['The region became a staging ground for attacks in 2001.', 'The cost of the program went up in 2019.'],
  },
  'claim/opinion': {
    flags: [
      { text: 'The failure to secure these lines is a strategic blunder.', claimType: 'opinion' },
      { text: 'I think our team is the one voters trust.', claimType: 'opinion' },
    ],
    misses: ['The failure to secure these lines cost the army 40 trucks in 2021.'],
  },
  'claim/prescription': {
    flags: [
      { text: 'The coalition must now pivot to a posture of deterrence.', claimType: 'prescription' },
      { text: 'It is now for NATO to decide whether to counter or cede the field.', claimType: 'prescription' },
      // The speaker's own call, however it is introduced.
      { text: "I'd say the state should close the mine.", claimType: 'prescription' },
      { text: 'I said the state should close the mine.', claimType: 'prescription' },
      // Auxiliaries and adverbs between the speaker and the verb do not make it someone else's call.
      { text: 'I have always argued that the state should close the mine.', claimType: 'prescription' },
      { text: 'We have said for years that the state should close the mine.', claimType: 'prescription' },
      // A report after the speaker's own call leaves it their call.
      { text: 'I believe we should close the mine, as the mayor suggested.', claimType: 'prescription' },
    ],
    misses: [
      'The coalition pivoted to a posture of deterrence in 2019.',
      'In 2015 the senator said that the state should close the mine.',
      // A plural subject reports in the base form too.
      'Critics say the state should close the mine.',
    ],
  },
};

/** Sentences that are not claims at all, whatever their words. */
export const NON_CLAIMS: readonly string[] = [
  'Why did the ministry close the border?',
  'By Jane Smith and Omar Farouk',
  'Border Raid Signals Dangerous Escalation',
  'Read more: how the raid unfolded.',
  'Thank you very much.',
  // A title leaves its small words in lower case; a discourse marker does not hide the throat-clearing after it.
  'Storm Cuts Power to the Coast for Third Day',
  'Well, let me come back to that point.',
];

/** Pairs of sentences where the first must rank as more check-worthy than the second: [why, higher, lower]. */
export const CONFIDENCE_ORDER: readonly [string, string, string][] = [
  ['a specific figure about a past event outranks a vague present statement', 'The senator voted against the $40 billion aid bill in 2015.', 'Our economy is doing things that matter for people.'],
  ['a ranking over a stated field outranks the bare ranking', 'Unemployment among veterans is the lowest in the nation.', 'Unemployment among veterans is the lowest.'],
  ['a state that has held up to now is a track record', 'The farm has been in debt for years.', 'The farm is in debt.'],
  ['a fact told plainly outranks the same fact inside a welcome', 'Ana Ortiz, whose daughter rebuilt the town library in 2011, is here.', 'Please welcome Ana Ortiz, whose daughter rebuilt the town library in 2011.'],
  ['a fact told plainly outranks the same fact closing a turn', 'The senator voted to close the mine in 2015.', 'The senator voted to close the mine in 2015, and my time is up.'],
  ['a figure given with its precision is presented as measured', 'Nearly 4,000 families left the valley after the flood.', 'Families left the valley after the flood, 4,000 of them.'],
  ['an agency known by its initials is one public body on record', 'The FBI closed the office in Dayton last spring.', 'The Hendersons closed the office in Dayton last spring.'],
  ['at the same weight, more checkable details rank first', 'The council under Ana Ortiz and Ben Cole closed the old mill on the edge of Lima in 2019.', 'The council under Ana Ortiz and Ben Cole closed the old mill on the edge of town in 2019.'],
  ['a public matter outranks a private one of the same shape', 'The mayor changed the rules for schools in 2019.', 'The chef changed the recipe for pancakes in 2019.'],
];
