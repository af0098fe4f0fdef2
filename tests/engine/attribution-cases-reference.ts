/**
 * Attribution examples for who a phrase points at: unnamed sources met again ("the source said"), a share of a
 * group ("one of two witnesses"), people described by an -ing clause ("a strategist monitoring the race"), roles
 * glued to ages or joined by "and", and hearsay inside quotations. Same shape as attribution-cases.ts; written for this project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const REFERENCE_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/unnamed-back-reference': {
    flags: [
      {
        text: 'An official, who asked not to be named, said the talks had failed. The official said a new round was unlikely.',
        phrase: 'The official said',
        source: 'anonymous',
      },
      { text: 'The source said the mayor knew about the leak.', phrase: 'The source said', source: 'anonymous' },
    ],
    misses: [
      'Senator Jane Ross spoke on Monday. The senator said the bill would pass.',
      'The source of the leak was never found.',
    ],
  },
  'attribution/vague-group': {
    flags: [
      { text: '“It was awful,” said one of two witnesses who saw the crash.', phrase: 'one of two witnesses', source: 'vague' },
      { text: "Some of Clinton's allies say she could not have done more.", phrase: "Some of Clinton's allies say", source: 'vague' },
      { text: 'Republicans worry about the plan. The Republicans say it costs too much.', phrase: 'The Republicans say', source: 'vague' },
      { text: 'Many fear that the deal will collapse.', phrase: 'Many fear', source: 'vague' },
      { text: 'Voters were worried about the economy; most said they were afraid.', phrase: 'most said', source: 'vague' },
      { text: 'The report prompted critics to warn that the dam was unsafe.', phrase: 'critics to warn', source: 'vague' },
      { text: 'All the experts I interviewed said her plan was more detailed.', phrase: 'experts I interviewed said', source: 'vague' },
      { text: 'Some measures, deemed insufficient by Democrats, failed to pass.', phrase: 'deemed insufficient by Democrats', source: 'vague' },
      { text: 'He got dinged by critics for using a shell company.', phrase: 'dinged by critics', source: 'vague' },
      { text: 'Federal investigators have discovered that the forms were forged.', phrase: 'Federal investigators have discovered', source: 'vague' },
      { text: 'China was warned, with top defense officials underlining the risk.', phrase: 'top defense officials underlining', source: 'vague' },
    ],
    misses: [
      'Some fear of heights is normal.',
      'The agency most likely said nothing.',
      'The storm forced residents to leave their homes.',
      'The dogs we adopted bark all night.',
      'The vote underscores the divide in the party.',
      'Most children learned to swim in the lake.',
      'Some of the money went to charity.',
      'One of the reports was never published.',
      // Hearsay inside someone's quotation is that speaker's; the article's source is the speaker.
      '“Nobody yet knows how it will work,” Wiegold said.',
      '“People tell me the plan is dead,” the mayor said.',
      'The State Department says the majority of Syrian refugees admitted are women.',
    ],
  },
  'attribution/definite-reference': {
    flags: [
      { text: 'So the 63-year-old senator said the vote was close.', phrase: 'the 63-year-old senator said', source: 'pronoun' },
      {
        text: 'The Florida senator and Republican presidential candidate said he would run.',
        phrase: 'The Florida senator and Republican presidential candidate said',
        source: 'pronoun',
      },
      { text: 'Three unions and two charities wrote to the mayor. The groups say they are concerned.', phrase: 'The groups say', source: 'pronoun' },
    ],
    misses: ['Last week State Department official David Holmes said it was over.'],
  },
  'attribution/pronoun': {
    flags: [
      { text: 'She also compared Trump to Clinton, saying they are both part of the system.', phrase: 'She also compared', source: 'pronoun' },
      { text: 'He often votes for Democrats, saying, "I do not relate to the others."', phrase: 'He often votes', source: 'pronoun' },
    ],
    misses: ['She walked to the station, smiling at the crowd.'],
  },
  'attribution/named-source': {
    flags: [
      {
        text: 'Donald Trump has delivered a defense of “New York values,” saying the city is brave.',
        phrase: 'Donald Trump has delivered',
        source: 'named',
      },
    ],
    misses: ['Donald Trump has delivered a defense of “New York values.”'],
  },
  'attribution/document': {
    flags: [
      { text: 'His office released a statement saying he is confident.', phrase: 'His office released a statement saying', source: 'document', sourceName: 'His office' },
      { text: 'He agreed to sell the plane in 2010, records show.', phrase: 'records show', source: 'document' },
      { text: 'During that stretch, F.A.A. records show, the jet flew 216 hours.', phrase: 'records show', source: 'document' },
    ],
    misses: ['His office released the prisoner on Monday.', 'He watched several talk shows.'],
  },
  'attribution/hearsay': {
    flags: [{ text: 'Research suggests the drug works.', phrase: 'Research suggests', source: 'vague' }],
    // A bare singular is headline style for one poll; an owner's possessive picks out one report.
    misses: [
      'American dream survives among young adults, poll finds.',
      "The inspector general's report issued in May reported several attacks.",
    ],
  },
  'attribution/anonymity-phrase': {
    flags: [
      { text: 'Two officials, speaking on background, said the talks had failed.', phrase: 'speaking on background', source: 'anonymous' },
      { text: 'A staffer who did not want to be named said the bill was dead.', phrase: 'did not want to be named', source: 'anonymous' },
      {
        text: '“It was awful,” said a witness who didn’t want to speak on the record.',
        phrase: 'want to speak on the record',
        source: 'anonymous',
      },
    ],
    misses: [
      'The mayor spoke on the record about the plan.',
      'The band did not want to play the song.',
      'The senators voted on background checks for gun buyers.',
    ],
  },
  'attribution/agentless-phrase': {
    flags: [{ text: 'The new drug is said to work within hours.', phrase: 'is said to', source: 'agentless' }],
    // "Supposed to" mostly means planned or obliged in news.
    misses: ['The rally was supposed to follow the speech.'],
  },
  'attribution/survey-share': {
    flags: [{ text: 'A majority of voters expect Clinton to win.', phrase: 'A majority of voters expect', source: 'document' }],
    misses: ['The majority said it would block the bill.'],
  },
  'attribution/institution': {
    flags: [{ text: 'The Russians announced they would withdraw.', phrase: 'The Russians announced', source: 'named' }],
    misses: ['Russians say the war is going well.'],
  },
  'attribution/unnamed-person': {
    flags: [
      { text: 'The group has $3 million in ads, according to a GOP strategist monitoring the race.', phrase: 'a GOP strategist', source: 'anonymous' },
      { text: 'Another intelligence source speaking to Fox News said the agents were busy.', phrase: 'Another intelligence source', source: 'anonymous' },
    ],
    misses: ['Marco Rubio, speaking to reporters in Ohio, said the race was open.'],
  },
};
