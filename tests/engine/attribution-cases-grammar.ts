/**
 * More attribution examples, for how the grammar finds a speaker: progressive verbs, roles and ages between
 * commas, speakers the word lists do not know, survey shares, participles that describe a noun, verbs that need
 * their particle, "with X saying", passives with nobody behind them and doubts nobody owns. Same shape as
 * attribution-cases.ts; written for this project.
 */
import type { FlagCase } from './attribution-cases.ts';

/** Per rule: what it must flag, and near misses where it must stay silent. */
export const GRAMMAR_CASES: Record<string, { flags: FlagCase[]; misses: string[] }> = {
  'attribution/named-source': {
    flags: [
      { text: 'Maria Ortiz is telling neighbours that the clinic will reopen.', phrase: 'Maria Ortiz is telling', source: 'named' },
      // A time phrase with its preposition between subject and verb; a verb of keeping on before the -ing form; an
      // adverb between the comma and a participle that borrows the subject.
      { text: "Okafor in June criticised the council's handling of the flood.", phrase: 'Okafor in June criticised', source: 'named' },
      { text: 'Tomas Reyes kept insisting that the depot had closed.', phrase: 'Tomas Reyes kept insisting', source: 'named' },
      { text: 'Ines Hald defended the levy, wrongly suggesting that farmers had backed it.', phrase: 'Ines Hald', source: 'named' },
      // "as X put it" closes its clause with someone's way of saying.
      { text: 'As Ines Hald put it, the pier is a wreck.', phrase: 'Ines Hald put', source: 'named' },
      // "continued" reports only next to a quotation, also after a comma.
      { text: 'Ines Hald continued, “We are not done yet.”', phrase: 'Ines Hald continued', source: 'named' },
      // A headline's title case capitalises its verb too.
      { text: 'Marta Kolb Says Ferry Fares Will Rise Again.', phrase: 'Marta Kolb Says', source: 'named', sourceName: 'Marta Kolb' },
      { text: 'Hedda Lund, head of the water board, said the reservoir was full.', phrase: 'Hedda Lund', source: 'named', sourceName: 'Hedda Lund' },
      { text: 'Marley Anderson, 21, a student from Reno, said she voted for the first time.', phrase: 'Marley Anderson', source: 'named', sourceName: 'Marley Anderson' },
      { text: 'On Monday, Nadia Okoro took the chair and said she would cut costs.', phrase: 'Nadia Okoro', source: 'named' },
      { text: 'Varga said his deputy had never seen the file.', phrase: 'Varga said', source: 'named' },
      { text: 'The host ignored Paula Grant, who announced she is leaving the show.', phrase: 'Paula Grant', source: 'named', sourceName: 'Paula Grant' },
      { text: 'Rosa Diaz, meanwhile, cautioned that the ferry might sink.', phrase: 'Rosa Diaz', source: 'named', sourceName: 'Rosa Diaz' },
      // Loud or sorrowful ways of saying something are still saying it.
      { text: 'Governor Ames is trumpeting her record on schools.', phrase: 'Governor Ames', source: 'named' },
      { text: 'Maria Ortiz bemoaned the lack of money for the clinic.', phrase: 'Maria Ortiz', source: 'named' },
    ],
    misses: [
      'Ines Hald continued, walking past the “old” mill.',
      'Keane kept running until the final whistle.',
      'The striker, clearly struggling, limped off after an hour.',
      'Sales in June rose 4 percent, the best month since 2019.',
      'Ines Hald put it on the shelf.',
      'As Ines Hald put it down, the phone rang.',
      // A headline's participle is a passive: nobody named here told anyone anything.
      'Ana Ruiz Told To Leave Town By Friday.',
      'Lindqvist, who was chasing the title, lost the final.',
      'Appearing on local radio, the league leader said the season was over.',
      'The coach singled out a referee, continuing to mock the officials.',
      'Okoye continues to pursue the case.',
      'Louis Armstrong played the trumpet in New Orleans.',
    ],
  },
  'attribution/vague-group': {
    flags: [
      // "those who said": people picked out only by what they said.
      { text: 'Those who said the ferry was late were offered a refund.', phrase: 'Those who said', source: 'vague' },
      { text: 'Her view matches what others are saying about the bridge.', phrase: 'others are saying', source: 'vague' },
      { text: 'Environmentalists warn that the cost could fall to taxpayers.', phrase: 'Environmentalists warn', source: 'vague' },
      { text: 'The campaign spent $12 million, according to media trackers.', phrase: 'according to media trackers', source: 'vague' },
      { text: 'Markets rose, with analysts saying the rally would last.', phrase: 'analysts saying', source: 'vague' },
      { text: 'The aides - especially those in New York - said the plan was over.', phrase: 'The aides', source: 'vague' },
      // A list of examples between the subject and its verb leaves the subject plain.
      { text: 'Several unions, including the bakers, argued that the rota was unfair.', phrase: 'Several unions', source: 'vague' },
      { text: 'Some growers, like the Ortega family, complained the frost came early.', phrase: 'Some growers', source: 'vague' },
    ],
    misses: [
      'Those who left early missed the final goal.',
      'Figures written on the whiteboard explain the budget.',
      'The statements said little.',
      'Neighbours are pointing fingers at the landlord.',
      'She walked in with her lawyers, smiling.',
      'The voters were unhappy and worried about the economy.',
      'Several towns, including Ashby, flooded last spring.',
    ],
  },
  'attribution/agentless-speech': {
    flags: [
      { text: 'New measures were announced on Friday.', phrase: 'were announced', source: 'agentless' },
      { text: 'The senator was asked about the vote.', phrase: 'was asked', source: 'agentless' },
      { text: 'The president is briefed every morning.', phrase: 'is briefed', source: 'agentless' },
      { text: 'The plan was quietly revealed last week.', phrase: 'was quietly revealed', source: 'agentless' },
    ],
    misses: [
      'The results were announced by the commission.',
      'He was sworn in on Monday.',
      'The letter was addressed to the mayor.',
      'Texas was called for Cruz within minutes.',
      'The club is now assured of reaching the final.',
      'The request was denied.',
      'The senator is asking about the vote.',
      'The minister announced new measures.',
    ],
  },
  'attribution/agentless-appearance': {
    flags: [
      { text: 'The leak appears to come from inside the ministry.', phrase: 'appears to', source: 'agentless' },
      { text: 'It seems the talks have failed.', phrase: 'It seems', source: 'agentless' },
      { text: 'The plan apparently stalled in May.', phrase: 'apparently', source: 'agentless' },
    ],
    misses: ['The minister appeared before the committee on Monday.', 'She seemed tired after the vote.'],
  },
  'attribution/agentless-noun': {
    flags: [
      { text: 'Stocks fell after news that the bank had failed.', phrase: 'news that', source: 'agentless' },
      { text: 'The scheme has long faced doubts that it saves money.', phrase: 'doubts that', source: 'agentless' },
      { text: 'A common refrain is that the town is dying.', phrase: 'refrain is that', source: 'agentless' },
      { text: 'The so-called rainy-day fund ran dry.', phrase: 'so-called', source: 'agentless' },
      { text: 'The mayor, known as a hardliner on crime, lost the vote.', phrase: 'known as', source: 'agentless' },
      { text: 'The announcement that the council is reopening the tender delayed the works.', phrase: 'announcement that', source: 'agentless' },
      { text: 'Cheap flights, seen as a gift to tourists, have strained the island.', phrase: 'seen as', source: 'agentless' },
    ],
    misses: [
      "Trump's claims that the vote was rigged were false.",
      'The company claims that sales rose.',
      'He had high hopes that the bill would pass.',
      'Their fears that the dam would break came true.',
      'Stocks fell after news that rattled the market.',
      'The senator, seen leaving the building, declined to comment.',
      'The flyer mocks Dunne and claims that bankers fund her.',
      'Petra Holm floated the notion that the fees could drop.',
      "I never heard her utter a sentence I would quarrel with.",
    ],
  },
  'attribution/document': {
    flags: [
      { text: 'Audit data show that four accounts were searched.', phrase: 'Audit data show', source: 'document' },
      { text: 'Polls show that the race is tight.', phrase: 'Polls show', source: 'document' },
      { text: 'Records show a second payment in May.', phrase: 'Records show', source: 'document' },
      { text: 'Her office released a statement saying she was relieved.', phrase: 'a statement saying', source: 'document' },
    ],
    misses: ['The data center shows signs of wear.', 'Studies show that the drug works.'],
  },
  'attribution/named-role': {
    flags: [
      { text: 'Speaking on a morning show, the GOP front-runner said the debate was rigged.', phrase: 'the GOP front-runner said', source: 'named' },
      { text: 'DNC chair dismisses the accusations.', phrase: 'DNC chair dismisses', source: 'named' },
    ],
    misses: ['The GOP front-runner arrived late.', 'A DNC staffer dismissed the accusations.'],
  },
  'attribution/pronoun': {
    flags: [
      { text: 'She pointed out that the plan failed.', phrase: 'She pointed', source: 'pronoun' },
      // A contracted "has" after he/she: "she's said" is "she has said", not a passive with nobody behind it.
      { text: "She's said that the ferry will be late again.", phrase: "She's said", source: 'pronoun' },
      { text: "He's predicted a wet summer for the valley.", phrase: "He's predicted", source: 'pronoun' },
      // wink tags "further" as a verb; it is an adverb between the subject and its verb.
      { text: 'She further argued that the ferry was unsafe.', phrase: 'She further argued', source: 'pronoun' },
    ],
    misses: ['They are pointing fingers at the council.', 'The talks further stalled when she left.'],
  },
  'attribution/agentless-phrase': {
    flags: [
      { text: 'The remark was widely condemned.', phrase: 'was widely condemned', source: 'agentless' },
      { text: "I'm told the deal is off.", phrase: "I'm told", source: 'agentless' },
      { text: 'We were told the plan is off.', phrase: 'We were told', source: 'agentless' },
      { text: 'Amid growing concerns about security, the mayor resigned.', phrase: 'Amid growing concerns about', source: 'agentless' },
      { text: 'There are questions about his record.', phrase: 'There are questions about', source: 'agentless' },
      { text: 'There is widespread agreement that the bridge is unsafe.', phrase: 'widespread agreement that', source: 'agentless' },
    ],
    misses: [
      "She's said that the ferry will be late again.",
      'The remark was condemned by the mayor.',
      'Trump raised questions about the vote.',
      'I told them the plan was off.',
      'Questions about his record were answered by the clerk.',
    ],
  },
  'attribution/definite-reference': {
    flags: [{ text: '"We will win," the front-runner said.', phrase: 'the front-runner said', source: 'pronoun' }],
    misses: ['That said, the plan may still fail.', 'The code painted on the crate was faded.'],
  },
  'attribution/unnamed-person': {
    flags: [
      { text: 'One aide who described the meeting said the budget was frozen.', phrase: 'One aide who described the meeting said', source: 'anonymous' },
      // In a headline every word is capitalised: "Former Nurse" is still a role, no name.
      { text: 'Clinic Closed Early, Former Nurse Says.', phrase: 'Former Nurse Says', source: 'anonymous' },
    ],
    // "A man called Tomas Reyes": a naming participle gives his name; nobody called anyone.
    misses: ['An ad says the senator lied.', 'A man called Tomas Reyes was arrested at the port.'],
  },
  'attribution/survey-share': {
    flags: [
      { text: 'In Leeds, half of nurses said they were exhausted.', phrase: 'half of nurses said', source: 'document' },
      { text: 'About 3 in 10 say the trains are too crowded.', phrase: '3 in 10 say', source: 'document' },
      { text: 'Sixty-one percent of teachers said they felt tired.', phrase: 'percent of teachers said', source: 'document' },
      { text: 'On housing, 37% say rents are too high.', phrase: '37% say', source: 'document' },
      { text: 'Almost four out of five say the park is too small.', phrase: 'say', source: 'document' },
    ],
    misses: ['Half of the money was spent on roads.', 'The two sides said they would meet again.'],
  },
};
