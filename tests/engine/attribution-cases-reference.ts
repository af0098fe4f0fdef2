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
      { text: '“The lights went out,” said one of two neighbours who heard the bang.', phrase: 'one of two neighbours', source: 'vague' },
      { text: "Some of Varga's friends say he worked too hard.", phrase: "Some of Varga's friends say", source: 'vague' },
      { text: 'Republicans worry about the plan. The Republicans say it costs too much.', phrase: 'The Republicans say', source: 'vague' },
      { text: 'Many fear that the deal will collapse.', phrase: 'Many fear', source: 'vague' },
      { text: 'Tenants were angry about the rent; most said they would move.', phrase: 'most said', source: 'vague' },
      { text: 'The report prompted critics to warn that the dam was unsafe.', phrase: 'critics to warn', source: 'vague' },
      { text: 'Experts we consulted said the ward was full.', phrase: 'Experts we consulted said', source: 'vague' },
      { text: 'Both bids, deemed unworkable by engineers, were rejected.', phrase: 'deemed unworkable by engineers', source: 'vague' },
      { text: 'She got slammed by critics for skipping the debate.', phrase: 'slammed by critics', source: 'vague' },
      { text: 'Federal investigators have discovered that the forms were forged.', phrase: 'Federal investigators have discovered', source: 'vague' },
      { text: 'The mill closed, with senior managers blaming the cost of power.', phrase: 'senior managers blaming', source: 'vague' },
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
      '“Nobody can say when the bus will come,” Halvorsen said.',
      '“People tell me the plan is dead,” the mayor said.',
      'The ministry says most of the students admitted are adults.',
    ],
  },
  'attribution/definite-reference': {
    flags: [
      { text: 'So the 58-year-old coach said the pitch was wet.', phrase: 'the 58-year-old coach said', source: 'pronoun' },
      {
        text: 'The Ohio mayor and Green Party candidate said she would run.',
        phrase: 'The Ohio mayor and Green Party candidate said',
        source: 'pronoun',
      },
      { text: 'Three unions and two charities wrote to the mayor. The groups say they are concerned.', phrase: 'The groups say', source: 'pronoun' },
    ],
    misses: ['Last week harbour official Ines Duarte said the dredging was over.'],
  },
  'attribution/pronoun': {
    flags: [
      { text: 'She also compared the mayor to his rival, saying both ignore the suburbs.', phrase: 'She also compared', source: 'pronoun' },
      { text: 'He often votes for Democrats, saying, "I do not relate to the others."', phrase: 'He often votes', source: 'pronoun' },
    ],
    misses: ['She walked to the station, smiling at the crowd.'],
  },
  'attribution/named-source': {
    flags: [
      {
        text: 'Governor Ames has offered a tribute to “prairie grit,” saying the county never quits.',
        phrase: 'Governor Ames has offered',
        source: 'named',
      },
    ],
    misses: ['Governor Ames has offered a tribute to “prairie grit.”'],
  },
  'attribution/document': {
    flags: [
      { text: 'Her office released a statement saying she was relieved.', phrase: 'Her office released a statement saying', source: 'document', sourceName: 'Her office' },
      { text: 'He agreed to sell the plane in 2010, records show.', phrase: 'records show', source: 'document' },
      { text: 'In that month, port records show, the ship docked nine times.', phrase: 'records show', source: 'document' },
    ],
    misses: ['His office released the prisoner on Monday.', 'He watched several talk shows.'],
  },
  'attribution/hearsay': {
    flags: [{ text: 'Research suggests the drug works.', phrase: 'Research suggests', source: 'vague' }],
    // A bare singular is headline style for one poll; an owner's possessive picks out one report.
    misses: [
      'American dream survives among young adults, poll finds.',
      "The auditor's report issued in June listed several errors.",
    ],
  },
  'attribution/anonymity-phrase': {
    flags: [
      { text: 'Two officials, speaking on background, said the talks had failed.', phrase: 'speaking on background', source: 'anonymous' },
      { text: 'A staffer who did not want to be named said the bill was dead.', phrase: 'did not want to be named', source: 'anonymous' },
      {
        text: '“The floor shook,” said a witness who didn’t want to speak on the record.',
        phrase: 'want to speak on the record',
        source: 'anonymous',
      },
    ],
    misses: [
      'The mayor spoke on the record about the plan.',
      'The band did not want to play the song.',
      'The council voted on parking permits for residents.',
    ],
  },
  'attribution/agentless-phrase': {
    flags: [{ text: 'The new drug is said to work within hours.', phrase: 'is said to', source: 'agentless' }],
    // "Supposed to" mostly means planned or obliged in news.
    misses: ['The concert was supposed to follow the parade.'],
  },
  'attribution/survey-share': {
    flags: [{ text: 'A majority of parents expect the school to reopen.', phrase: 'A majority of parents expect', source: 'document' }],
    misses: ['The majority said it would block the bill.'],
  },
  'attribution/institution': {
    flags: [{ text: 'The Russians announced they would withdraw.', phrase: 'The Russians announced', source: 'named' }],
    misses: ['Russians say the war is going well.'],
  },
  'attribution/unnamed-person': {
    flags: [
      { text: 'The fund holds $2 million, according to a banker tracking the deal.', phrase: 'a banker', source: 'anonymous' },
      { text: 'A second police source speaking to the Herald said the cells were full.', phrase: 'A second police source', source: 'anonymous' },
    ],
    misses: ['Marco Rubio, speaking to reporters in Ohio, said the race was open.'],
  },
};
